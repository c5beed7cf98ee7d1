import fc from "fast-check";
import { findTables } from "../../../src/core/detect/find-tables";
import { toA1, type CellRange, type CellValue, type Grid } from "../../../src/core/grid";
import type { Field } from "../../../src/core/model";
import { PARSED_VALUE_KINDS } from "../../../src/core/parse/parse-value";

// Cells drawn mostly from the tables' own vocabulary, so that random grids do contain tables.
const WORDS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "绩效指标描述",
  "指标值",
  "指标值确定依据",
  "指标性质",
  "计量单位",
  "权重",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "社会效益指标",
  "会议次数",
  "≥6次",
  "≥95%",
  "≤5万元",
  "及时",
  "有效提升",
  "填报说明：",
  "合计",
  "绩效目标",
  "1.目标内容1",
  "1、2022年度会议费项目绩效目标表",
  "项目名称",
  "#N/A",
  "",
  "  ",
  "\t",
  "≥",
  "定性",
];

const HEADER_WORDS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "指标性质",
  "计量单位",
  "权重",
  "指标值确定依据",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 50_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 2, maxLength: 9 }), { maxLength: 30 }),
    origin: fc.record({ row: fc.nat(20), col: fc.nat(5) }),
    merges: fc.array(
      fc.record({
        row: fc.nat(40),
        col: fc.nat(12),
        rowCount: fc.integer({ min: 1, max: 6 }),
        colCount: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 6 },
    ),
    hidden: fc.boolean(),
    // Most grids get real header rows (in random column orders) so that tables are found and read.
    headers: fc.array(
      fc.record({ at: fc.nat(30), words: fc.shuffledSubarray(HEADER_WORDS, { minLength: 2 }) }),
      { maxLength: 3 },
    ),
  })
  .map(({ rows, origin, merges, hidden, headers }) => ({
    sheet: "S",
    values: headers.reduce<CellValue[][]>((acc, h) => {
      const copy = [...acc];
      copy.splice(Math.min(h.at, copy.length), 0, h.words);
      return copy;
    }, rows),
    merges: merges as CellRange[],
    origin,
    hidden,
  }));

function checkField(field: Field | null): void {
  if (!field) return;
  expect(field.cell).toBe(toA1(field.row, field.col));
  expect(typeof field.text).toBe("string");
}

describe("findTables on arbitrary grids", () => {
  it("the generator yields grids with tables in them (else the properties below prove little)", () => {
    const sample = fc.sample(gridArb, { numRuns: 300, seed: 42 });
    const found = sample.map((grid) => findTables([grid]));
    expect(found.filter((tables) => tables.length > 0).length).toBeGreaterThan(100);
    expect(found.flat().reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(150);
  });

  it("never throws and returns well-formed tables", () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), (grids) => {
        const tables = findTables(grids);
        tables.forEach((table, i) => {
          expect(table.id).toBe(`t${i + 1}`);
          expect(table.firstRow).toBeGreaterThan(table.headerRow);
          expect(table.lastRow).toBeGreaterThanOrEqual(table.firstRow - 1);
          expect(table.rows.length).toBeLessThanOrEqual(table.lastRow - table.firstRow + 1);
          let previous = table.headerRow;
          for (const row of table.rows) {
            expect(row.row).toBeGreaterThan(previous);
            expect(row.row).toBeLessThanOrEqual(table.lastRow);
            previous = row.row;
            expect(PARSED_VALUE_KINDS).toContain(row.parsed.kind);
            for (const field of [row.level1, row.level2, row.level3, row.description, row.value, row.basis])
              checkField(field);
          }
          expect(["2015", "2021", null]).toContain(table.profileGuess);
        });
      }),
      { numRuns: 1500 },
    );
  });

  it("finds the same tables wherever the block sits on the sheet", () => {
    fc.assert(
      fc.property(gridArb, fc.nat(30), fc.nat(8), (grid, dr, dc) => {
        const moved: Grid = {
          ...grid,
          origin: { row: grid.origin.row + dr, col: grid.origin.col + dc },
          merges: grid.merges.map((m) => ({ ...m, row: m.row + dr, col: m.col + dc })),
        };
        const shape = (g: Grid, r: number, c: number) =>
          findTables([g]).map((t) => [t.headerRow - r, t.bounds.col - c, t.rows.length, t.end, t.layout]);
        expect(shape(moved, dr, dc)).toEqual(shape(grid, 0, 0));
      }),
      { numRuns: 500 },
    );
  });
});
