import type { Edit } from "../../../src/core/edits";
import type { Grid } from "../../../src/core/grid";
import { lint } from "../../../src/core/lint";
import type { Layout } from "../../../src/core/model";
import { BUILTIN_CATALOGUE, defaultGoal, findTemplate } from "../../../src/core/templates/catalogue";
import { templateRows } from "../../../src/core/templates/placement";
import {
  insertionSplit,
  LAYOUT_COLUMNS,
  nextTableNumber,
  planNewTable,
  tableTitle,
} from "../../../src/core/templates/plan";
import type { Template } from "../../../src/core/templates/schema";
import { applyAndDetect, blankBook, rowContent } from "./helpers";

const PROFILES = ["2015", "2021"] as const;
const LAYOUTS: Layout[] = ["combined", "split"];
const cases = BUILTIN_CATALOGUE.templates.flatMap((t) =>
  PROFILES.flatMap((profile) => LAYOUTS.map((layout) => [t.name, profile, layout, t] as const)),
);

function plan(
  t: Template,
  profile: "2015" | "2021",
  layout: Layout,
  extra: Partial<Parameters<typeof planNewTable>[1]> = {},
) {
  return planNewTable(t, {
    profile,
    layout,
    anchor: { sheet: "Sheet1", row: 0, col: 0 },
    year: 2022,
    number: 1,
    ...extra,
  });
}

describe("planNewTable: every item, both profiles, both layouts", () => {
  it.each(cases)(
    "%s (%s, %s): one table with the right title, item and rows, lint-clean",
    (_n, profile, layout, t) => {
      const { tables } = applyAndDetect(blankBook(), plan(t, profile, layout));
      expect(tables).toHaveLength(1);
      const [table] = tables;
      expect(table.title?.text).toBe(tableTitle(1, 2022, t.name));
      expect(table.fundingItem).toBe(t.name);
      expect(findTemplate(BUILTIN_CATALOGUE, table.fundingItem!)).toBe(t);
      expect(table.year).toBe(2022);
      expect(table.layout).toBe(layout);
      expect(table.goal?.value?.text).toBe(defaultGoal(t));
      expect(table.profileGuess).toBe(profile);
      const rows = templateRows(t, profile);
      expect(table.rows).toHaveLength(rows.length);
      // read back exactly: levels, name, description, value and basis
      table.rows.forEach((read, i) => {
        const planned = rows[i];
        expect(read.level1?.label).toBe(planned.level1);
        expect(read.level2?.label).toBe(planned.level2);
        expect(read.level3?.text).toBe(planned.name);
        expect(read.description?.text).toBe(planned.description);
        expect(read.basis?.text).toBe(planned.basis);
        expect(read.placeholder).toBe(false);
        if (planned.comparator === "定性")
          // a deadline or a period (2020年1月--2020年11月) is read as one; any other text as qualitative
          expect(read.parsed).toMatchObject({
            kind:
              read.parsed.kind === "date" || read.parsed.kind === "period" ? read.parsed.kind : "qualitative",
          });
        else
          expect(read.parsed).toMatchObject({
            kind: "quantity",
            number: planned.value,
            comparatorCanonical: true,
          });
      });
      const report = lint(tables, { profile });
      const findings = report.diagnostics
        .filter((d) => d.severity !== "info")
        .map((d) => [d.cell, d.rule, d.messageId]);
      expect(findings).toEqual([]);
    },
  );
});

describe("planNewTable: not even a hint", () => {
  // Hints are a reviewer's comments too; the catalogue's rows should draw none.
  it.each(cases)("%s (%s, %s)", (_n, profile, layout, t) => {
    const { tables } = applyAndDetect(blankBook(), plan(t, profile, layout));
    expect(lint(tables, { profile }).diagnostics.map((d) => [d.cell, d.rule, d.messageId])).toEqual([]);
  });
});

describe("planNewTable: the sheet it writes", () => {
  const meeting = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
  const count = templateRows(meeting, "2015").length;

  it("writes title, goal and header, merges the title and goal across, and level cells over their groups", () => {
    const edits = plan(meeting, "2015", "combined");
    const { book } = applyAndDetect(blankBook(), edits);
    const grid = book.grids[0];
    expect(grid.values[0][0]).toBe("1、2022年度会议费项目绩效目标表");
    expect(grid.values[1].slice(0, 2)).toEqual(["绩效目标", defaultGoal(meeting)]);
    expect(grid.values[2]).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "绩效指标描述",
      "指标值",
      "指标值确定依据",
    ]);
    expect(grid.merges).toContainEqual({ row: 0, col: 0, rowCount: 1, colCount: 6 });
    expect(grid.merges).toContainEqual({ row: 1, col: 1, rowCount: 1, colCount: 5 });
    // 产出指标 over the 6 output rows; 数量指标 over its 3 rows
    expect(grid.merges).toContainEqual({ row: 3, col: 0, rowCount: 6, colCount: 1 });
    expect(grid.merges).toContainEqual({ row: 3, col: 1, rowCount: 3, colCount: 1 });
    expect(grid.values[4][0]).toBeNull();
    // one-row groups are not merged
    expect(grid.merges.filter((m) => m.rowCount === 1 && m.colCount === 1)).toEqual([]);
    expect(grid.values.length).toBe(3 + count);
  });

  it("writes the split layout's comparator, number and unit in their own cells", () => {
    const { book, tables } = applyAndDetect(blankBook(), plan(meeting, "2015", "split"));
    const grid = book.grids[0];
    expect(grid.values[2]).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "绩效指标描述",
      "指标性质",
      "指标值",
      "计量单位",
      "指标值确定依据",
    ]);
    expect(LAYOUT_COLUMNS.split).toHaveLength(8);
    const first = tables[0].rows[0];
    expect([first.comparator?.raw, first.value?.raw, first.unit?.raw]).toEqual(["≥", 6, "次"]);
  });

  it("sets the dropdowns: level 1 by profile, level 2 by each group's level 1, comparators, basis categories", () => {
    const { book, tables } = applyAndDetect(blankBook(), plan(meeting, "2021", "split"));
    const [table] = tables;
    const at = (col: number, row: number) =>
      book.validations.find(
        (v) => v.range.col === col && row >= v.range.row && row < v.range.row + v.range.rowCount,
      );
    const cols = table.columns;
    expect(at(cols.level1!, table.firstRow)?.list).toEqual([
      "成本指标",
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
    expect(at(cols.level2!, table.firstRow)?.list).toEqual([
      "经济成本指标",
      "社会成本指标",
      "生态环境成本指标",
    ]);
    const effectRow = table.rows.find((r) => r.level1?.label === "效益指标")!.row;
    expect(at(cols.level2!, effectRow)?.list).toEqual(["经济效益指标", "社会效益指标", "生态效益指标"]);
    expect(at(cols.comparator!, table.lastRow)).toMatchObject({
      list: ["≥", "≤", "＝", "＞", "＜", "定性"],
      strict: true,
    });
    expect(at(cols.basis!, table.lastRow)).toMatchObject({ strict: false });
    expect(at(cols.basis!, table.lastRow)?.list).toContain("计划标准");
    expect(at(cols.value!, table.firstRow)).toBeUndefined();
  });

  it("leaves dropdowns out on request", () => {
    expect(
      plan(meeting, "2015", "combined", { dropdowns: false }).some((e) => e.kind === "setValidation"),
    ).toBe(false);
  });

  it("places a table at its anchor cell", () => {
    const travel = findTemplate(BUILTIN_CATALOGUE, "差旅费")!;
    const anchor = { sheet: "Sheet1", row: 5, col: 2 };
    const { tables } = applyAndDetect(blankBook(), plan(travel, "2015", "split", { anchor, number: 2 }));
    expect(tables).toHaveLength(1);
    expect(tables[0].title?.text).toBe("2、2022年度差旅费项目绩效目标表");
    expect(tables[0].headerRow).toBe(7);
    expect(tables[0].bounds).toEqual({
      row: 5,
      col: 2,
      rowCount: 3 + templateRows(travel, "2015").length,
      colCount: 8,
    });
  });

  it("plans tables back to back that read as separate tables", () => {
    const travel = findTemplate(BUILTIN_CATALOGUE, "差旅费")!;
    const second = plan(travel, "2015", "split", {
      anchor: { sheet: "Sheet1", row: 3 + count, col: 0 },
      number: 2,
    });
    const { tables } = applyAndDetect(blankBook(), [...plan(meeting, "2015", "combined"), ...second]);
    expect(tables.map((t) => [t.fundingItem, t.rows.length])).toEqual([
      ["会议费", count],
      ["差旅费", templateRows(travel, "2015").length],
    ]);
  });

  it("inserts its rows first on request, pushing what was at the anchor down untouched", () => {
    const book = blankBook();
    book.grids[0].values = [["上面的内容"], ["下面的内容"]];
    const { book: after, tables } = applyAndDetect(
      book,
      plan(meeting, "2015", "combined", {
        anchor: { sheet: "Sheet1", row: 1, col: 0 },
        insertRows: true,
      }),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(count);
    const grid = after.grids[0];
    expect(grid.values[0][0]).toBe("上面的内容");
    expect(grid.values[1 + 3 + count]).toEqual([]);
    expect(grid.values[1 + 3 + count + 1][0]).toBe("下面的内容");
  });

  it("takes the goal from the options, and can write level labels on every row instead of merging", () => {
    const edits = plan(meeting, "2015", "combined", { goal: "本单位自定的目标", mergeLevels: false });
    expect(edits.some((e: Edit) => e.kind === "merge" && e.range.colCount === 1)).toBe(false);
    const { tables } = applyAndDetect(blankBook(), edits);
    expect(tables[0].goal?.value?.text).toBe("本单位自定的目标");
    expect(tables[0].rows.every((r) => r.level1?.inherited === false && r.level2?.inherited === false)).toBe(
      true,
    );
    expect(tables[0].rows.map(rowContent)).toEqual(
      applyAndDetect(blankBook(), plan(meeting, "2015", "combined")).tables[0].rows.map(rowContent),
    );
  });
});

describe("nextTableNumber", () => {
  const titled = (text: string | null) => ({
    title: text === null ? null : { row: 0, col: 0, cell: "A1", raw: text, text },
  });
  it("continues after the highest number the sheet's titles use, so no two tables share one", () => {
    expect(
      nextTableNumber([titled("1、2022年度会议费项目绩效目标表"), titled("4、2022年度培训费项目绩效目标表")]),
    ).toBe(5);
    expect(nextTableNumber([titled("3. 2022年度会议费"), titled(null)])).toBe(4);
  });
  it("counts the tables when none is numbered", () => {
    expect(nextTableNumber([titled("会议费项目绩效目标表"), titled(null)])).toBe(3);
    expect(nextTableNumber([])).toBe(1);
  });
});

describe("insertionSplit: whole rows never split the user's own cells", () => {
  const grid = (values: (string | null)[][], merges: Grid["merges"] = []): Grid => ({
    sheet: "S",
    values,
    merges,
    origin: { row: 0, col: 0 },
  });
  const block = grid([
    [null, null, null, "科目", "金额"],
    [null, null, null, "办公费", "3"],
    [null, null, null, "差旅费", "2"],
    [null, null, null, null, null],
  ]);

  it("finds a 科目/金额 block crossed by the rows, beside the chosen cell", () => {
    expect(insertionSplit(block, 1)).toEqual({ row: 0, col: 3, rowCount: 3, colCount: 2 });
    expect(insertionSplit(block, 2)).toEqual({ row: 0, col: 3, rowCount: 3, colCount: 2 });
  });

  it("lets rows in above or below the block, and through a merged area's top only", () => {
    expect(insertionSplit(block, 0)).toBeNull();
    expect(insertionSplit(block, 3)).toBeNull();
    const merged = grid([["甲"], [null], [null]], [{ row: 0, col: 0, rowCount: 3, colCount: 1 }]);
    expect(insertionSplit(merged, 0)).toBeNull();
    expect(insertionSplit(merged, 1)).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 1 });
  });

  it("moves a new table's rows above the block when the sheet is known", () => {
    const item = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
    const edits = planNewTable(item, {
      profile: "2015",
      layout: "combined",
      anchor: { sheet: "S", row: 2, col: 0 },
      year: 2023,
      number: 1,
      insertRows: true,
      grid: block,
    });
    expect(edits[0]).toMatchObject({ kind: "insertRows", row: 0 });
  });
});
