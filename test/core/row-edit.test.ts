import { findTables } from "../../src/core/detect/find-tables";
import type { Edit } from "../../src/core/edits";
import type { Grid } from "../../src/core/grid";
import type { IndicatorRow, Table } from "../../src/core/model";
import { planRowEdit, readRowForEdit, type RowEditInput } from "../../src/core/row-edit";
import { BUILTIN_CATALOGUE, findTemplate } from "../../src/core/templates/catalogue";
import { planNewTable } from "../../src/core/templates/plan";
import { applyEdits } from "../helpers/apply-edits";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { rowContent } from "./templates/helpers";

/** The seed's first table (会议费, combined layout), level-1 cells merged over their groups. */
function seedTable(mergeLevels = true): { grid: Grid; table: Table } {
  const { grid } = seedSheet("会议费", loadSeedTables().slice(0, 1), { mergeLevels });
  return { grid, table: findTables([grid])[0] };
}

/** A new 会议费 table in the split layout (指标性质 / 指标值 / 计量单位). */
function splitTable(): { grid: Grid; table: Table } {
  const edits = planNewTable(findTemplate(BUILTIN_CATALOGUE, "会议费")!, {
    profile: "2015",
    layout: "split",
    anchor: { sheet: "分列", row: 0, col: 0 },
    year: 2025,
    number: 1,
  });
  const book = applyEdits(
    { grids: [{ sheet: "分列", values: [], merges: [], origin: { row: 0, col: 0 } }], validations: [] },
    edits,
  );
  const grid = book.grids[0];
  return { grid, table: findTables([grid])[0] };
}

const byName = (table: Table, name: string): IndicatorRow =>
  table.rows.find((r) => r.level3?.text.trim() === name)!;

/** Applies a successful plan and reads the table again. */
function applyAndRead(grid: Grid, edits: Edit[]): Table {
  const after = applyEdits({ grids: [grid], validations: [] }, edits).grids[0];
  return findTables([after])[0];
}

function plan(table: Table, row: IndicatorRow, input: RowEditInput, grid: Grid): Edit[] {
  const result = planRowEdit(table, row, input, { grid });
  if (!result.ok) throw new Error(`planRowEdit refused: ${result.problem} (${result.field})`);
  return result.edits;
}

/** [cell, value] of each setValue edit, for readable expectations. */
const cells = (edits: Edit[]) =>
  edits.map((e) =>
    e.kind === "setValue" ? [`${String.fromCharCode(65 + e.col)}${e.row + 1}`, e.value] : [e.kind],
  );

describe("readRowForEdit", () => {
  test("splits a combined value into comparator, number and unit", () => {
    const { table } = seedTable();
    expect(readRowForEdit(byName(table, "参会人员出勤率"))).toEqual({
      level1: "产出指标",
      level2: "质量指标",
      name: "参会人员出勤率",
      description: "参会人员出勤率",
      value: { comparator: "≥", value: 95, unit: "%" },
      basis: "年初工作要点",
    });
  });

  test("a qualitative value is 定性 with its text", () => {
    const { table } = seedTable();
    expect(readRowForEdit(byName(table, "会议开展及时性")).value).toEqual({
      comparator: "定性",
      value: "及时",
      unit: "",
    });
  });

  test("reads the split layout's three cells", () => {
    const { table } = splitTable();
    const row = table.rows.find((r) => r.unit?.text === "%")!;
    expect(readRowForEdit(row).value).toMatchObject({
      comparator: expect.any(String),
      value: expect.any(Number),
      unit: "%",
    });
  });
});

describe("planRowEdit: the combined layout", () => {
  test("changing the comparator writes the one value cell, ≤ number unit", () => {
    const { grid, table } = seedTable();
    const row = byName(table, "参会人员出勤率");
    const edits = plan(table, row, { value: { comparator: "＝", value: 100, unit: "%" } }, grid);
    expect(cells(edits)).toEqual([[row.value!.cell, "＝100%"]]);
    expect(edits[0]).toMatchObject({ expected: "≥95%" });
    expect(rowContent(byName(applyAndRead(grid, edits), "参会人员出勤率"))[5]).toBe("＝100%");
  });

  test("an unchanged form writes nothing", () => {
    const { grid, table } = seedTable();
    let checked = 0;
    for (const row of table.rows) {
      const { value, basis, description } = readRowForEdit(row);
      // Values the parser reads as a quantity or a word round-trip to the same cells.
      if (row.parsed.kind !== "quantity" && row.parsed.kind !== "qualitative") continue;
      expect([row.value?.cell, plan(table, row, { value, basis, description }, grid)]).toEqual([
        row.value?.cell,
        [],
      ]);
      checked++;
    }
    expect(checked).toBe(table.rows.length);
  });

  test("a 定性 value is written as its text", () => {
    const { grid, table } = seedTable();
    const row = byName(table, "人均会议成本");
    expect(
      cells(plan(table, row, { value: { comparator: "定性", value: "按标准执行", unit: "" } }, grid)),
    ).toEqual([[row.value!.cell, "按标准执行"]]);
  });

  test("name, description and basis are written trimmed; a blank description clears its cell", () => {
    const { grid, table } = seedTable();
    const row = byName(table, "组织会议次数");
    const edits = plan(table, row, { name: " 召开会议次数 ", description: "", basis: "计划标准" }, grid);
    expect(cells(edits)).toEqual([
      [row.level3!.cell, "召开会议次数"],
      [row.description!.cell, null],
      [row.basis!.cell, "计划标准"],
    ]);
  });

  test("a level-2 label the row holds itself is rewritten, and nothing else", () => {
    const { grid, table } = seedTable();
    // 参与会议人数 sits between two other 数量指标 rows whose level-2 cells are filled in the seed.
    const row = byName(table, "参与会议人数");
    const edits = plan(table, row, { level2: "质量指标" }, grid);
    expect(cells(edits)).toEqual([[row.level2!.cell, "质量指标"]]);
  });

  test("a level-1 cell merged over its group is not written through", () => {
    const { grid, table } = seedTable(true);
    const row = byName(table, "参会人员出勤率");
    expect(planRowEdit(table, row, { level1: "效益指标" }, { grid })).toEqual({
      ok: false,
      problem: "levelMerged",
      field: "level1",
    });
    // The same label as now (or its written form) is no change at all.
    expect(planRowEdit(table, row, { level1: "产出指标" }, { grid })).toEqual({ ok: true, edits: [] });
  });

  test("blank-below groups: the row gets its own label, the rows below keep their group", () => {
    const { grid, table } = seedTable(false);
    const row = byName(table, "参与会议人数"); // level 1 inherited from 组织会议次数 above
    expect(row.level1!.inherited).toBe(true);
    const edits = plan(table, row, { level1: "效益指标" }, grid);
    const next = table.rows[table.rows.indexOf(row) + 1];
    expect(cells(edits)).toEqual([
      [`A${row.row + 1}`, "效益指标"],
      [`A${next.row + 1}`, "产出指标"],
    ]);
    const after = applyAndRead(grid, edits);
    expect(byName(after, "参与会议人数").level1!.label).toBe("效益指标");
    expect(byName(after, "会议持续天数").level1!.label).toBe("产出指标");
    expect(byName(after, "人均会议成本").level1!.label).toBe("产出指标");
  });

  test("refuses a quantity without a number, a 定性 value without text, a blank name", () => {
    const { grid, table } = seedTable();
    const row = byName(table, "组织会议次数");
    expect(
      planRowEdit(table, row, { value: { comparator: "≥", value: Number.NaN, unit: "次" } }, { grid }),
    ).toMatchObject({
      ok: false,
      problem: "badValue",
    });
    expect(
      planRowEdit(table, row, { value: { comparator: "定性", value: " ", unit: "" } }, { grid }),
    ).toMatchObject({
      ok: false,
      problem: "badValue",
    });
    expect(planRowEdit(table, row, { name: "  " }, { grid })).toMatchObject({
      ok: false,
      problem: "emptyText",
    });
  });
});

describe("planRowEdit: the split layout", () => {
  test("changing the comparator writes only the 指标性质 cell", () => {
    const { grid, table } = splitTable();
    const row = table.rows.find((r) => r.unit?.text === "%" && r.comparator?.text === "≥")!;
    const value = readRowForEdit(row).value;
    const edits = plan(table, row, { value: { ...value, comparator: "＝" } }, grid);
    expect(cells(edits)).toEqual([[row.comparator!.cell, "＝"]]);
    const after = applyAndRead(grid, edits).rows.find((r) => r.row === row.row)!;
    expect(after.parsed).toMatchObject({ kind: "quantity", comparator: "eq", number: value.value });
  });

  test("number and unit go to their own cells; 定性 clears the unit", () => {
    const { grid, table } = splitTable();
    const row = table.rows.find((r) => r.unit?.text === "次")!;
    expect(cells(plan(table, row, { value: { comparator: "≥", value: 12, unit: "场" } }, grid))).toEqual([
      [row.value!.cell, 12],
      [row.unit!.cell, "场"],
    ]);
    expect(
      cells(plan(table, row, { value: { comparator: "定性", value: "按计划召开", unit: "" } }, grid)),
    ).toEqual([
      [row.comparator!.cell, "定性"],
      [row.value!.cell, "按计划召开"],
      [row.unit!.cell, null],
    ]);
  });
});
