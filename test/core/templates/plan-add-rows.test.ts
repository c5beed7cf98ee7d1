import { findTables } from "../../../src/core/detect/find-tables";
import type { Edit } from "../../../src/core/edits";
import { applyEdits } from "../../helpers/apply-edits";
import type { Grid } from "../../../src/core/grid";
import type { Table } from "../../../src/core/model";
import { nameKey } from "../../../src/core/templates/schema";
import { BUILTIN_CATALOGUE, findTemplate } from "../../../src/core/templates/catalogue";
import { templateRows } from "../../../src/core/templates/placement";
import {
  InsertionRefused,
  missingRows,
  planAddMissingRows,
  planAddRow,
  planNewTable,
} from "../../../src/core/templates/plan";
import { lint } from "../../../src/core/lint";
import { loadSeedTables, seedSheet, type SeedTable } from "../../helpers/seed";
import { applyAndDetect, blankBook, bookOf, groupRuns, level2Key, rowContent } from "./helpers";

const PROFILES = ["2015", "2021"] as const;

/** Every standard row of the item is in the table, under its name or one of its aliases. */
function expectAllStandardRows(table: Table, item: string, profile: "2015" | "2021"): void {
  const have = new Set(table.rows.map((r) => nameKey(r.level3?.text ?? "")));
  const template = findTemplate(BUILTIN_CATALOGUE, item)!;
  for (const row of templateRows(template, profile)) {
    expect([row.name, [row.name, ...row.aliases].some((n) => have.has(nameKey(n)))]).toEqual([
      row.name,
      true,
    ]);
  }
}

/** `before` is a subsequence of `after`, in order. */
function expectSubsequence(before: string[][], after: string[][]): void {
  let j = 0;
  for (const row of before) {
    while (j < after.length && JSON.stringify(after[j]) !== JSON.stringify(row)) j++;
    expect([row, j < after.length]).toEqual([row, true]);
    j++;
  }
}

/** Applies edits one at a time: every value written lands in a blank cell (a new row's), never an existing one. */
function expectWritesOnlyBlankCells(grid: Grid, edits: readonly Edit[]): void {
  let book = bookOf(grid);
  for (const edit of edits) {
    if (edit.kind === "setValue") {
      const line = book.grids[0].values[edit.row - book.grids[0].origin.row] ?? [];
      expect([edit.row, edit.col, line[edit.col] ?? null]).toEqual([edit.row, edit.col, null]);
    }
    book = applyEdits(book, [edit]);
  }
}

/** Each level-1 (and level-2) group of more than one row is exactly one merged area of its column. */
function expectMergedGroups(
  table: Table,
  grid: Grid,
  levels: ("level1" | "level2")[] = ["level1", "level2"],
): void {
  const all = [
    ["level1", (r: Table["rows"][number]) => r.level1?.label ?? "", table.columns.level1!],
    ["level2", level2Key, table.columns.level2!],
  ] as const;
  for (const [, key, col] of all.filter(([level]) => levels.includes(level))) {
    const rows = table.rows;
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && key(rows[i]) === key(rows[start])) continue;
      const length = i - start;
      const range = { row: rows[start].row, col, rowCount: length, colCount: 1 };
      if (length > 1)
        expect([key(rows[start]), grid.merges]).toEqual([key(rows[start]), expect.arrayContaining([range])]);
      start = i;
    }
  }
}

/** A seed table without some of its rows (by 三级 name): last year's table, missing what the catalogue has. */
function withoutRows(seed: SeedTable, names: readonly string[]): SeedTable {
  return { ...seed, body: seed.body.filter((line) => !names.includes(line[2])) };
}

describe("planAddMissingRows on the seed's tables", () => {
  const seeds = loadSeedTables();
  const cases = seeds.flatMap((seed) =>
    PROFILES.flatMap((profile) =>
      [true, false].map(
        (merged) => [seed.fundingItem, profile, merged ? "merged" : "blank below", seed, merged] as const,
      ),
    ),
  );

  it.each(cases)("%s (%s, level cells %s)", (_item, profile, _variant, seed, merged) => {
    const { grid } = seedSheet("2022年绩效目标", [seed], { mergeLevels: merged });
    const [before] = findTables([grid]);
    const template = findTemplate(BUILTIN_CATALOGUE, before.fundingItem!)!;
    const missing = missingRows(before, template, { profile });
    const edits = planAddMissingRows(before, template, { profile, grid });
    const { book, tables } = applyAndDetect(bookOf(grid), edits);
    expectWritesOnlyBlankCells(grid, edits);

    expect(tables).toHaveLength(1);
    const [after] = tables;
    expect(after.rows).toHaveLength(before.rows.length + missing.length);
    expect(after.title?.text).toBe(before.title?.text);
    expect(after.goal?.value?.text).toBe(before.goal?.value?.text);
    expectAllStandardRows(after, seed.fundingItem, profile);
    // every original row's content is still there, in order, levels included
    expectSubsequence(before.rows.map(rowContent), after.rows.map(rowContent));
    // groups that were contiguous stay contiguous
    const runsBefore = groupRuns(before.rows, level2Key);
    const runsAfter = groupRuns(after.rows, level2Key);
    for (const [key, runs] of runsBefore) if (runs === 1) expect([key, runsAfter.get(key)]).toEqual([key, 1]);
    const level1Before = groupRuns(before.rows, (r) => r.level1?.label ?? "");
    const level1After = groupRuns(after.rows, (r) => r.level1?.label ?? "");
    for (const [key, runs] of level1Before)
      if (runs === 1) expect([key, level1After.get(key)]).toEqual([key, 1]);
    // merged tables stay merged: every level-1 group of the result is one merged area
    if (merged) expectMergedGroups(after, book.grids[0], ["level1"]);
    // running it again adds nothing
    expect(planAddMissingRows(after, template, { profile, grid: book.grids[0] })).toEqual([]);
  });

  it("adds the standard rows a table lacks at the end of their groups (会议费, 2015)", () => {
    // last year's table without two of its rows (every row of the seed is now in the catalogue)
    const seed = withoutRows(
      seeds.find((s) => s.fundingItem === "会议费")!,
      ["会议持续天数", "选举结果公开"],
    );
    const { grid } = seedSheet("S", [seed], { mergeLevels: true });
    const [before] = findTables([grid]);
    const template = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
    expect(missingRows(before, template).map((r) => r.name)).toEqual(["会议持续天数", "会议决定事项公开率"]);
    const { tables } = applyAndDetect(bookOf(grid), planAddMissingRows(before, template, { grid }));
    const names = tables[0].rows.map((r) => r.level3?.text);
    // 会议持续天数 after the last 数量 row, 会议决定事项公开率 after the last 社会效益 row
    expect(names.indexOf("会议持续天数")).toBe(names.indexOf("参与会议人数") + 1);
    expect(names.indexOf("会议决定事项公开率")).toBe(names.indexOf("收集代表建议") + 1);
    const added = tables[0].rows.find((r) => r.level3?.text === "会议持续天数")!;
    expect([added.level1?.label, added.level1?.inherited, added.level2?.label]).toEqual([
      "产出指标",
      true,
      "数量指标",
    ]);
  });

  it("puts a level-1 group the table lacks where the profile orders it: 成本指标 first in 2021", () => {
    const seed = seeds.find((s) => s.fundingItem === "招待费")!;
    // last year's table without its cost rows
    const withoutCost = { ...seed, body: seed.body.filter((line) => line[1] !== "成本指标") };
    const { grid } = seedSheet("S", [withoutCost], { mergeLevels: true });
    const [before] = findTables([grid]);
    const template = findTemplate(BUILTIN_CATALOGUE, "招待费")!;
    const { tables } = applyAndDetect(
      bookOf(grid),
      planAddMissingRows(before, template, { profile: "2021", grid }),
    );
    const level1s = [...groupRuns(tables[0].rows, (r) => r.level1?.label ?? "").keys()];
    expect(level1s).toEqual(["成本指标", "产出指标", "效益指标", "满意度指标"]);
    expect(tables[0].rows.slice(0, 2).map((r) => [r.level2?.label, r.level3?.text])).toEqual([
      ["经济成本指标", "接待成本控制率"],
      ["经济成本指标", "招待费人均标准"],
    ]);
  });
});

describe("planAddMissingRows on a table of the catalogue's own rows", () => {
  const items = BUILTIN_CATALOGUE.templates;

  /** The item's table with only some of its rows, as planNewTable lays it out (merged or not). */
  function sparse(
    item: (typeof items)[number],
    profile: "2015" | "2021",
    layout: "combined" | "split",
    mergeLevels: boolean,
    keep: (i: number) => boolean,
  ): Grid {
    const rows = item.rows.filter((_row, i) => keep(i));
    const edits = planNewTable(
      { ...item, rows },
      {
        profile,
        layout,
        anchor: { sheet: "Sheet1", row: 0, col: 0 },
        year: 2022,
        number: 1,
        mergeLevels,
        dropdowns: false,
      },
    );
    return applyAndDetect(blankBook(), edits).book.grids[0];
  }

  it.each(items.flatMap((t) => PROFILES.map((p) => [t.name, p, t] as const)))(
    "%s (%s): rows taken out come back, in their groups, and the table is lint-clean again",
    (_name, profile, item) => {
      for (const [layout, mergeLevels] of [
        ["combined", true],
        ["split", false],
        ["split", true],
      ] as const) {
        for (const keep of [(i: number) => i % 2 === 0, (i: number) => i % 3 === 1, (i: number) => i === 0]) {
          const grid = sparse(item, profile, layout, mergeLevels, keep);
          const [before] = findTables([grid]);
          const { book, tables } = applyAndDetect(
            bookOf(grid),
            planAddMissingRows(before, item, { profile, grid }),
          );
          expect(tables).toHaveLength(1);
          // a table whose level cells are merged keeps them merged (one with no group of two rows does not tell)
          if (grid.merges.some((m) => m.colCount === 1)) expectMergedGroups(tables[0], book.grids[0]);
          const names = tables[0].rows.map((r) => r.level3?.text ?? "");
          expect([...names].sort()).toEqual(
            templateRows(item, profile)
              .map((r) => r.name)
              .sort(),
          );
          expectSubsequence(before.rows.map(rowContent), tables[0].rows.map(rowContent));
          for (const key of [level2Key, (r: Table["rows"][number]) => r.level1?.label ?? ""])
            expect([...groupRuns(tables[0].rows, key).values()].every((runs) => runs === 1)).toBe(true);
          const order = templateRows(item, profile).map((r) => r.level1);
          const level1s = [...groupRuns(tables[0].rows, (r) => r.level1?.label ?? "").keys()];
          expect(level1s).toEqual([...new Set(order)]);
          const findings = lint(tables, { profile }).diagnostics.filter((d) => d.severity !== "info");
          expect(findings.map((d) => [d.cell, d.rule, d.messageId])).toEqual([]);
        }
      }
    },
  );

  it("fills a table that has only its header, above whatever follows it", () => {
    const travel = findTemplate(BUILTIN_CATALOGUE, "差旅费")!;
    const grid: Grid = {
      sheet: "S",
      values: [
        ["9、2022年度差旅费项目绩效目标表"],
        ["绩效目标", "保障因公出差，差旅费报销合规、及时"],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
        [],
        ["填报说明：本表由财务科填报"],
      ],
      merges: [],
      origin: { row: 0, col: 0 },
    };
    const [before] = findTables([grid]);
    expect(before.rows).toEqual([]);
    const { book, tables } = applyAndDetect(bookOf(grid), planAddMissingRows(before, travel, { grid }));
    expect(tables[0].rows.map((r) => r.level3?.text)).toEqual(
      templateRows(travel, "2015").map((r) => r.name),
    );
    expect(lint(tables, { profile: "2015" }).diagnostics.map((d) => [d.cell, d.rule])).toEqual([]);
    expect(book.grids[0].values[3 + tables[0].rows.length + 1][0]).toBe("填报说明：本表由财务科填报");
  });

  it("fills the split layout's 指标值类型 column when the table has one", () => {
    const meeting = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
    const grid: Grid = {
      sheet: "S",
      values: [
        ["1、2022年度会议费项目绩效目标表"],
        ["绩效目标", "按期召开会议"],
        [
          "一级指标",
          "二级指标",
          "三级指标",
          "指标值类型",
          "指标性质",
          "指标值",
          "计量单位",
          "指标值确定依据",
        ],
        ["产出指标", "数量指标", "组织会议次数", "定量", "≥", 6, "次", "计划标准"],
      ],
      merges: [],
      origin: { row: 0, col: 0 },
    };
    const [before] = findTables([grid]);
    const { tables } = applyAndDetect(bookOf(grid), planAddMissingRows(before, meeting, { grid }));
    const timely = tables[0].rows.find((r) => r.level3?.text === "会议按时召开率")!;
    expect([timely.valueType?.text, timely.comparator?.text, timely.value?.raw, timely.unit?.text]).toEqual([
      "定量",
      "≥",
      95,
      "%",
    ]);
    expect(tables[0].rows).toHaveLength(templateRows(meeting, "2015").length);
  });

  it("never writes into a cell a merge covers, and adds dropdowns over the grown table on request", () => {
    const seed = withoutRows(
      loadSeedTables().find((s) => s.fundingItem === "执法检查费")!,
      ["组织专题调研次数", "形成调研报告"],
    );
    const { grid } = seedSheet("S", [seed], { mergeLevels: true });
    const [before] = findTables([grid]);
    const template = findTemplate(BUILTIN_CATALOGUE, "执法检查费")!;
    const edits = planAddMissingRows(before, template, { grid, dropdowns: true });
    const { book, tables } = applyAndDetect(bookOf(grid), edits);
    const merges = book.grids[0].merges;
    for (const e of edits) {
      if (e.kind !== "setValue") continue;
      const covering = merges.find(
        (m) => e.row >= m.row && e.row < m.row + m.rowCount && e.col >= m.col && e.col < m.col + m.colCount,
      );
      if (covering) expect([covering.row, covering.col]).toEqual([e.row, e.col]);
    }
    const level1Lists = book.validations.filter((v) => v.range.col === 0);
    expect(level1Lists.map((v) => [v.range.row, v.range.rowCount])).toEqual([
      [tables[0].firstRow, tables[0].rows.length],
    ]);
  });

  it("without the grid, still inserts rows that read back in their groups", () => {
    const seed = loadSeedTables().find((s) => s.fundingItem === "会议费")!;
    const { grid } = seedSheet("S", [seed], { mergeLevels: true });
    const [before] = findTables([grid]);
    const template = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
    const { tables } = applyAndDetect(bookOf(grid), planAddMissingRows(before, template));
    expectAllStandardRows(tables[0], "会议费", "2015");
    expectSubsequence(before.rows.map(rowContent), tables[0].rows.map(rowContent));
  });
});

describe("planAddRow", () => {
  const seed = loadSeedTables().find((s) => s.fundingItem === "会议费")!;

  it.each([true, false])(
    "adds one blank row at the end of a group, its levels filled (merged: %s)",
    (merged) => {
      const { grid } = seedSheet("S", [seed], { mergeLevels: merged });
      const [before] = findTables([grid]);
      const { tables } = applyAndDetect(bookOf(grid), planAddRow(before, "质量指标", { grid }));
      const rows = tables[0].rows;
      expect(rows).toHaveLength(before.rows.length + 1);
      const quality = rows.filter((r) => r.level2?.label === "质量指标");
      const added = quality[quality.length - 1];
      expect(added.placeholder).toBe(true);
      expect([added.level1?.label, added.level2?.label, added.level3?.text]).toEqual([
        "产出指标",
        "质量指标",
        "",
      ]);
      expect(rows[rows.indexOf(added) + 1].level2?.label).toBe("时效指标");
      expectSubsequence(before.rows.map(rowContent), rows.map(rowContent));
    },
  );

  it("adds a row at the very end of the table", () => {
    const { grid } = seedSheet("S", [seed], { mergeLevels: true });
    const [before] = findTables([grid]);
    const { book, tables } = applyAndDetect(
      bookOf(grid),
      planAddRow(before, { level1: "满意度指标", level2: "服务对象满意度指标" }, { grid }),
    );
    const rows = tables[0].rows;
    expect(rows).toHaveLength(before.rows.length + 1);
    expect(rows[rows.length - 1]).toMatchObject({ placeholder: true });
    expect(rows[rows.length - 1].level1?.label).toBe("满意度指标");
    // the one-row 满意度 group is now two rows, merged
    expect(book.grids[0].merges).toContainEqual({
      row: rows[rows.length - 2].row,
      col: 0,
      rowCount: 2,
      colCount: 1,
    });
  });

  it("creates a group the table lacks where the profile orders it", () => {
    const { grid } = seedSheet("S", [seed], { mergeLevels: false });
    const [before] = findTables([grid]);
    const { tables } = applyAndDetect(
      bookOf(grid),
      planAddRow(before, "经济成本指标", { profile: "2021", grid }),
    );
    expect(tables[0].rows[0]).toMatchObject({ placeholder: true });
    expect([tables[0].rows[0].level1?.label, tables[0].rows[0].level2?.label]).toEqual([
      "成本指标",
      "经济成本指标",
    ]);
  });

  it("plans nothing for a group the profile does not know", () => {
    const { grid } = seedSheet("S", [seed]);
    const [before] = findTables([grid]);
    expect(planAddRow(before, "不存在的指标")).toEqual([]);
    expect(planAddRow(before, { level1: "投入指标", level2: "数量指标" })).toEqual([]);
  });
});

describe("rowCells in a split table that lacks a part's column", () => {
  const meeting = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
  const header = (words: string[]): Grid => ({
    sheet: "S",
    values: [["1、2022年度会议费项目绩效目标表"], ["绩效目标", "按期召开会议"], words],
    merges: [],
    origin: { row: 0, col: 0 },
  });

  it.each([
    [
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "指标值确定依据"],
      ["≥", "95%", undefined],
    ],
    [
      ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值确定依据"],
      [undefined, "≥95", "%"],
    ],
  ])("%j: the value still reads as written", (words, cells) => {
    const grid = header(words);
    const [before] = findTables([grid]);
    const { tables } = applyAndDetect(bookOf(grid), planAddMissingRows(before, meeting, { grid }));
    const row = tables[0].rows.find((r) => r.level3?.text === "参会人员出勤率")!;
    expect([row.comparator?.raw, row.value?.raw, row.unit?.raw]).toEqual(cells);
    expect(row.parsed).toMatchObject({
      kind: "quantity",
      comparator: "ge",
      number: 95,
      unit: { canonical: "%" },
    });
    expect(lint(tables, { profile: "2015" }).stats).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe("rows into a table with the user's own cells beside it", () => {
  const seed = withoutRows(
    loadSeedTables().find((s) => s.fundingItem === "会议费")!,
    ["会议持续天数", "选举结果公开"],
  );
  const template = findTemplate(BUILTIN_CATALOGUE, "会议费")!;

  function put(grid: Grid, row: number, col: number, value: string): void {
    while (grid.values.length <= row - grid.origin.row) grid.values.push([]);
    const line = grid.values[row - grid.origin.row];
    while (line.length <= col - grid.origin.col) line.push(null);
    line[col - grid.origin.col] = value;
  }

  /** The seed table (merged levels) with a 科目/金额 list two columns to its right, over its body. */
  function withBlock(): { grid: Grid; table: Table; block: { row: number; col: number } } {
    const { grid } = seedSheet("S", [seed], { mergeLevels: true });
    const [table] = findTables([grid]);
    const col = table.bounds.col + table.bounds.colCount + 1;
    const row = table.firstRow;
    put(grid, row, col, "科目");
    put(grid, row, col + 1, "金额");
    for (let i = 1; i < table.rows.length; i++) {
      put(grid, row + i, col, `科目${i}`);
      put(grid, row + i, col + 1, String(i * 100));
    }
    return { grid, table, block: { row, col } };
  }

  it("whole rows when nothing beside the table would be split", () => {
    const { grid } = seedSheet("S", [seed], { mergeLevels: true });
    const [table] = findTables([grid]);
    const edits = planAddMissingRows(table, template, { grid });
    const inserts = edits.filter((e) => e.kind === "insertRows");
    expect(inserts.length).toBeGreaterThan(0);
    expect(inserts.every((e) => e.kind === "insertRows" && e.band === undefined)).toBe(true);
  });

  it("only the table's columns shift when whole rows would split the block: the block stays whole, in place", () => {
    const { grid, table, block } = withBlock();
    const before = JSON.stringify(grid.values.map((line) => line.slice(block.col - grid.origin.col)));
    const edits = planAddMissingRows(table, template, { grid });
    const inserts = edits.filter((e) => e.kind === "insertRows");
    expect(inserts.length).toBeGreaterThan(0);
    for (const edit of inserts)
      expect(edit).toMatchObject({ band: { col: table.bounds.col, colCount: table.bounds.colCount } });
    const { book, tables } = applyAndDetect(bookOf(grid), edits);
    const after = book.grids[0];
    const beside = after.values
      .slice(0, grid.values.length)
      .map((line) => line.slice(block.col - after.origin.col));
    expect(JSON.stringify(beside.map((line) => line.slice(0, 2)))).toBe(
      JSON.stringify(JSON.parse(before).map((line: unknown[]) => line.slice(0, 2))),
    );
    expectAllStandardRows(tables[0], "会议费", "2015");
    expectSubsequence(table.rows.map(rowContent), tables[0].rows.map(rowContent));
    expectMergedGroups(tables[0], after, ["level1"]);
  });

  it("a note merged down beside the table stays as it was", () => {
    const { grid } = seedSheet("S", [seed], { mergeLevels: true });
    const [table] = findTables([grid]);
    const col = table.bounds.col + table.bounds.colCount + 1;
    const note = { row: table.firstRow, col, rowCount: table.rows.length, colCount: 1 };
    put(grid, note.row, col, "说明：以上指标按年度工作要点填写");
    grid.merges.push(note);
    const edits = planAddMissingRows(table, template, { grid });
    expect(edits.some((e) => e.kind === "insertRows" && e.band !== undefined)).toBe(true);
    const { book } = applyAndDetect(bookOf(grid), edits);
    expect(book.grids[0].merges).toContainEqual(note);
  });

  it("is refused, naming the area, when a merged area reaches into the table's columns from beside it", () => {
    // The user's own cells beside the table (so whole rows would split them)…
    const { grid, table } = withBlock();
    const right = table.bounds.col + table.bounds.colCount;
    // …and, below the table, a merged area over its last column and the next one.
    const below = { row: table.lastRow + 3, col: right - 1, rowCount: 1, colCount: 2 };
    grid.merges.push(below);
    expect(() => planAddMissingRows(table, template, { grid })).toThrow(InsertionRefused);
    try {
      planAddMissingRows(table, template, { grid });
    } catch (error) {
      expect((error as InsertionRefused).range).toEqual(below);
    }
  });
});
