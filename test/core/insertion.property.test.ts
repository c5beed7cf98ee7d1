/**
 * Nothing lost (issue 9 a): for random sheets holding real tables beside the user's own cells,
 * merges and dropdowns, every planned insertion keeps every original cell's value, merge and
 * validation — shifted down, never overwritten.
 */
import fc from "fast-check";
import { applyEdits, type Book, type Validation } from "../../src/core/apply-edits";
import { findTables } from "../../src/core/detect/find-tables";
import type { Edit } from "../../src/core/edits";
import type { CellRange, CellValue, Grid } from "../../src/core/grid";
import {
  BUILTIN_CATALOGUE,
  findTemplate,
  planAddMissingRows,
  planAddRow,
  planNewTable,
} from "../../src/core/templates";
import { loadSeedTables, seedSheet } from "../helpers/seed";

const SHEET = "S";
const seeds = loadSeedTables();

interface Scenario {
  grid: Grid;
  validations: Validation[];
  /** The user's own blocks of cells (a 科目/金额 list): sheet rows top..top+height-1 in columns 24–25. */
  blocks: { top: number; height: number }[];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    picks: fc.uniqueArray(fc.nat(seeds.length - 1), { minLength: 1, maxLength: 3 }),
    mergeLevels: fc.boolean(),
    gap: fc.integer({ min: 1, max: 3 }),
    col: fc.nat(3),
    // The user's own content beside and below the tables.
    notes: fc.array(
      fc.record({
        row: fc.nat(80),
        col: fc.integer({ min: 10, max: 14 }),
        text: fc.string({ minLength: 1, maxLength: 6 }),
      }),
      {
        maxLength: 12,
      },
    ),
    userMerges: fc.array(fc.record({ row: fc.nat(80), rowCount: fc.integer({ min: 1, max: 4 }) }), {
      maxLength: 3,
    }),
    userLists: fc.array(fc.record({ row: fc.nat(80), rowCount: fc.integer({ min: 1, max: 5 }) }), {
      maxLength: 3,
    }),
    userBlocks: fc.array(fc.record({ top: fc.nat(80), height: fc.integer({ min: 2, max: 5 }) }), {
      maxLength: 2,
    }),
  })
  .map(({ picks, mergeLevels, gap, col, notes, userMerges, userLists, userBlocks }) => {
    const { grid } = seedSheet(
      SHEET,
      picks.map((i) => seeds[i]),
      { mergeLevels, gap, at: { row: 0, col } },
    );
    for (const note of notes) {
      while (grid.values.length <= note.row) grid.values.push([]);
      const line = grid.values[note.row];
      while (line.length <= note.col) line.push(null);
      line[note.col] = note.text;
    }
    userMerges.forEach((m, i) =>
      grid.merges.push({ row: m.row, col: 16 + i, rowCount: m.rowCount, colCount: 1 }),
    );
    const validations = userLists.map((v, i) => ({
      sheet: SHEET,
      range: { row: v.row, col: 20 + i, rowCount: v.rowCount, colCount: 1 },
      list: ["甲", "乙"],
      strict: true,
    }));
    // Blocks apart from one another (a blank row between), each a header and its lines.
    const blocks: { top: number; height: number }[] = [];
    for (const block of userBlocks) {
      if (blocks.some((b) => block.top <= b.top + b.height && b.top <= block.top + block.height)) continue;
      blocks.push(block);
      for (let r = block.top; r < block.top + block.height; r++) {
        while (grid.values.length <= r) grid.values.push([]);
        const line = grid.values[r];
        while (line.length <= 25) line.push(null);
        line[24] = r === block.top ? "科目" : `项目${r}`;
        line[25] = r === block.top ? "金额" : r;
      }
    }
    return { grid, validations, blocks };
  });

/** A plan; a new table's (which may choose where its rows go) keeps the user's blocks whole. */
type Plan = ((grid: Grid) => Edit[]) & { newTable?: true };

const planArb: fc.Arbitrary<Plan> = fc.oneof(
  fc
    .record({ table: fc.nat(2), profile: fc.constantFrom("2015" as const, "2021" as const) })
    .map(({ table, profile }): Plan => (grid) => {
      const tables = findTables([grid]);
      const target = tables[table % tables.length];
      // A user's note beside a title can hide it; such a table names no item: take any item's rows.
      const item =
        findTemplate(BUILTIN_CATALOGUE, target.fundingItem ?? "") ?? BUILTIN_CATALOGUE.templates[0];
      return planAddMissingRows(target, item, { profile, grid });
    }),
  fc
    .record({
      item: fc.nat(BUILTIN_CATALOGUE.templates.length - 1),
      row: fc.nat(90),
      layout: fc.constantFrom("combined" as const, "split" as const),
    })
    .map(({ item, row, layout }): Plan =>
      Object.assign(
        (grid: Grid) =>
          planNewTable(BUILTIN_CATALOGUE.templates[item], {
            profile: "2015",
            layout,
            anchor: { sheet: SHEET, row, col: 0 },
            year: 2023,
            number: 1,
            insertRows: true,
            grid,
          }),
        { newTable: true as const },
      ),
    ),
  fc
    .record({
      table: fc.nat(2),
      group: fc.constantFrom("数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"),
    })
    .map(({ table, group }): Plan => (grid) => {
      const tables = findTables([grid]);
      return planAddRow(tables[table % tables.length], group, { grid });
    }),
);

function valueAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

const blank = (value: CellValue) => value === null || value === "";

describe("planned insertions keep every original cell, merge and validation", () => {
  it("shifted, never overwritten", () => {
    fc.assert(
      fc.property(scenarioArb, planArb, ({ grid, validations, blocks }, plan) => {
        const edits = plan(grid);
        let book: Book = { grids: [grid], validations };
        // Where each original row is now, as the edits insert rows one by one.
        const height = grid.origin.row + grid.values.length + 200;
        const rowNow = Array.from({ length: height }, (_, r) => r);
        const original = new Map<string, [number, number]>(); // current "row,col" → original position
        grid.values.forEach((line, r) =>
          line.forEach((value, c) => {
            if (!blank(value)) original.set(`${r + grid.origin.row},${c + grid.origin.col}`, [r, c]);
          }),
        );
        const rekey = () => {
          original.clear();
          grid.values.forEach((line, r) =>
            line.forEach((value, c) => {
              if (!blank(value))
                original.set(`${rowNow[r + grid.origin.row]},${c + grid.origin.col}`, [r, c]);
            }),
          );
        };
        for (const edit of edits) {
          if (edit.kind === "insertRows") {
            for (let r = 0; r < rowNow.length; r++) if (rowNow[r] >= edit.row) rowNow[r] += edit.count;
            rekey();
          } else if (edit.kind === "setValue") {
            // Never onto a cell the user had filled.
            expect(original.has(`${edit.row},${edit.col}`)).toBe(false);
          } else if (edit.kind === "merge") {
            const { row, col, rowCount, colCount } = edit.range;
            for (let r = row; r < row + rowCount; r++) {
              for (let c = col; c < col + colCount; c++) {
                // A merge keeps only its top-left value: it may cover no other filled original cell.
                if (r !== row || c !== col) expect(original.has(`${r},${c}`)).toBe(false);
              }
            }
          }
          book = applyEdits(book, [edit]);
        }
        const [after] = book.grids;
        grid.values.forEach((line, r) =>
          line.forEach((value, c) => {
            if (blank(value)) return;
            expect([r, c, valueAt(after, rowNow[r + grid.origin.row], c + grid.origin.col)]).toEqual([
              r,
              c,
              value,
            ]);
          }),
        );
        const covers = (outer: CellRange, inner: CellRange) =>
          outer.col === inner.col &&
          outer.colCount === inner.colCount &&
          outer.row <= inner.row &&
          outer.row + outer.rowCount >= inner.row + inner.rowCount;
        for (const merge of grid.merges) {
          const shifted = {
            ...merge,
            row: rowNow[merge.row],
            rowCount: rowNow[merge.row + merge.rowCount - 1] - rowNow[merge.row] + 1,
          };
          expect(after.merges.some((m) => covers(m, shifted))).toBe(true);
        }
        // A new table's rows go above or below the user's blocks, never between their rows.
        if (plan.newTable) {
          for (const block of blocks) {
            const rows = Array.from({ length: block.height }, (_, i) => rowNow[block.top + i]);
            expect(rows).toEqual(rows.map((_, i) => rows[0] + i));
          }
        }
        for (const validation of validations) {
          const top = rowNow[validation.range.row];
          expect(
            book.validations.some(
              (v) => v.list.join() === "甲,乙" && v.range.col === validation.range.col && v.range.row === top,
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
