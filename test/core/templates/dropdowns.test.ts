import { findTables } from "../../../src/core/detect/find-tables";
import { BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import { ProfileSchema, type ProfileInput } from "../../../src/core/profiles/schema";
import { BUILTIN_PROFILE_INPUTS } from "../../../src/core/profiles/builtin";
import { BUILTIN_CATALOGUE } from "../../../src/core/templates/catalogue";
import {
  dropdownsFor,
  fitInlineList,
  INLINE_LIST_LIMIT,
  level2Choices,
} from "../../../src/core/templates/dropdowns";
import { planNewTable } from "../../../src/core/templates/plan";
import { loadSeedTables, seedSheet } from "../../helpers/seed";

const source = (list: string[]) => list.join(",");

describe("fitInlineList", () => {
  it("keeps a list whose source fits, and cuts the rest at exactly 255 characters", () => {
    // 30 labels of 8 characters: 28 of them with their commas take 28 × 8 + 27 = 251 characters, 29 take 260
    const items = Array.from({ length: 30 }, (_, i) => `第${i + 10}号二级指标`);
    const fitted = fitInlineList(items);
    expect(fitted.list).toHaveLength(28);
    expect(source(fitted.list).length).toBeLessThanOrEqual(INLINE_LIST_LIMIT);
    expect(source(items.slice(0, fitted.list.length + 1)).length).toBeGreaterThan(INLINE_LIST_LIMIT);
    expect(fitted.complete).toBe(false);
  });

  it("fits a source of exactly 255 characters and refuses 256", () => {
    const a = "甲".repeat(127);
    const b = "乙".repeat(127); // 127 + 1 + 127 = 255
    expect(fitInlineList([a, b])).toEqual({ list: [a, b], complete: true });
    expect(fitInlineList([a, `${b}丙`])).toEqual({ list: [a], complete: false });
  });

  it("leaves out items holding a comma (the separator) and repeats", () => {
    expect(fitInlineList(["≥", "≤", "≥", "a,b", ""])).toEqual({ list: ["≥", "≤"], complete: false });
    expect(fitInlineList(["≥", "≤", "≥"])).toEqual({ list: ["≥", "≤"], complete: true });
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

  it("cuts a profile's list to 255 characters and makes it non-blocking", () => {
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
    expect(level2).toMatchObject({ strict: false });
    if (level2?.kind !== "setValidation") throw new Error("no list");
    expect(source(level2.list).length).toBeLessThanOrEqual(INLINE_LIST_LIMIT);
    expect(level2.list.length).toBeGreaterThan(5);
    expect(level2.list.length).toBeLessThan(20);
  });

  it("keeps every list of every planned table within Excel's limit", () => {
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
          if (e.kind === "setValidation")
            expect(source(e.list).length).toBeLessThanOrEqual(INLINE_LIST_LIMIT);
      }
    }
  });

  it("plans nothing for a table with no rows", () => {
    expect(dropdownsFor({ sheet: "S", layout: "split", columns: { level1: 0 }, rows: [] }, "2015")).toEqual(
      [],
    );
  });
});
