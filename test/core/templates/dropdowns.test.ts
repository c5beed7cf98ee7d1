import { findTables } from "../../../src/core/detect/find-tables";
import { BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import { ProfileSchema, type ProfileInput } from "../../../src/core/profiles/schema";
import { BUILTIN_PROFILE_INPUTS } from "../../../src/core/profiles/builtin";
import { BUILTIN_CATALOGUE } from "../../../src/core/templates/catalogue";
import { dropdownsFor, level2Choices } from "../../../src/core/templates/dropdowns";
import { inlineListSource, LIST_SHEET, ListColumns, listKey } from "../../../src/core/templates/list-sheet";
import { planNewTable } from "../../../src/core/templates/plan";
import { loadSeedTables, seedSheet } from "../../helpers/seed";


describe("the list sheet (list-sheet.ts)", () => {
  it("gives an inline source up to exactly 255 characters, and none beyond", () => {
    const a = "甲".repeat(127);
    const b = "乙".repeat(127); // 127 + 1 + 127 = 255
    expect(inlineListSource([a, b])).toBe(`${a},${b}`);
    expect(inlineListSource([a, `${b}丙`])).toBeNull();
    expect(inlineListSource(["a,b", "c"])).toBe("a，b,c");
  });

  it("places each distinct list in a column of its own, once, after the columns the sheet holds", () => {
    const existing = [listKey(["x", "y"]), null];
    const columns = new ListColumns(existing);
    expect(columns.place(["x", "y"])).toBe(`=${LIST_SHEET}!$A$2:$A$3`);
    const long = Array.from({ length: 40 }, (_, i) => `第${i + 1}个二级指标`);
    expect(columns.place(long)).toBe(`=${LIST_SHEET}!$C$2:$C$41`);
    expect(columns.place([...long])).toBe(`=${LIST_SHEET}!$C$2:$C$41`);
    expect(columns.place(["z"])).toBe(`=${LIST_SHEET}!$D$2:$D$2`);
    expect(columns.newColumns.map((c) => [c.col, c.key, c.items.length])).toEqual([
      [2, listKey(long), 40],
      [3, listKey(["z"]), 1],
    ]);
  });

  it("keys a list by its items and their order", () => {
    expect(listKey(["a", "b"])).toBe(listKey(["a", "b"]));
    expect(listKey(["a", "b"])).not.toBe(listKey(["b", "a"]));
    expect(listKey(["a", "b"])).not.toBe(listKey(["a", "b", "c"]));
  });
});

describe("dropdownsFor", () => {
  it("gives each level-1 group its own level-2 list, and the basis categories as a free-text list", () => {
    const { grid } = seedSheet("S", loadSeedTables().slice(0, 1), { mergeLevels: true });
    const [table] = findTables([grid]);
    const edits = dropdownsFor(table, "2015");
    const lists = edits.map((e) =>
      e.kind === "setValidation" ? [e.range.col, e.range.row, e.range.rowCount, e.list, e.strict] : null,
    );
    const first = table.firstRow;
    expect(lists).toEqual([
      [0, first, 14, ["产出指标", "效益指标", "满意度指标"], true],
      [1, first, 6, ["数量指标", "质量指标", "时效指标", "成本指标"], true],
      [1, first + 6, 7, ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"], true],
      [1, first + 13, 1, ["服务对象满意度指标"], true],
      [5, first, 14, ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"], false],
    ]);
  });

  it("leaves legacy groups out of the lists: 可持续影响 is not offered in 2021", () => {
    expect(level2Choices(BUILTIN_PROFILES["2021"], "效益指标")).toEqual([
      "经济效益指标",
      "社会效益指标",
      "生态效益指标",
    ]);
    expect(level2Choices(BUILTIN_PROFILES["2021"], "不知道")).toContain("经济成本指标");
  });

  it("keeps a profile's long list whole and strict (its writer puts it on the list sheet)", () => {
    const base = BUILTIN_PROFILE_INPUTS["2015"];
    const long: ProfileInput = {
      ...base,
      id: "long",
      level1: base.level1.map((l1, i) =>
        i === 0
          ? {
              ...l1,
              expectedLevel2: [],
              level2: Array.from({ length: 20 }, (_, j) => ({
                label: `很长的二级指标名称第${j + 1}个指标`,
                role: "other" as const,
              })),
            }
          : l1,
      ),
    };
    const profile = ProfileSchema.parse(long);
    const edits = dropdownsFor(
      {
        sheet: "S",
        layout: "combined",
        columns: { level1: 0, level2: 1 },
        rows: [{ row: 3, level1: "产出指标" }],
      },
      profile,
    );
    const level2 = edits.find((e) => e.kind === "setValidation" && e.range.col === 1);
    expect(level2).toMatchObject({ strict: true });
    if (level2?.kind !== "setValidation") throw new Error("no list");
    expect(level2.list).toHaveLength(20);
    expect(inlineListSource(level2.list)).toBeNull();
  });

  it("keeps every list of every built-in template inline (within Excel's 255 characters)", () => {
    for (const t of BUILTIN_CATALOGUE.templates) {
      for (const profile of ["2015", "2021"] as const) {
        const edits = planNewTable(t, {
          profile,
          layout: "split",
          anchor: { sheet: "S", row: 0, col: 0 },
          year: 2022,
          number: 1,
        });
        for (const e of edits)
          if (e.kind === "setValidation") expect(inlineListSource(e.list)).not.toBeNull();
      }
    }
  });

  it("plans nothing for a table with no rows", () => {
    expect(dropdownsFor({ sheet: "S", layout: "split", columns: { level1: 0 }, rows: [] }, "2015")).toEqual(
      [],
    );
  });
});
