/**
 * Nothing lost (issue 9 a): for random sheets holding real tables beside the user's own cells,
 * merges and dropdowns, every planned insertion keeps every original cell's value, merge and
 * validation — shifted down, never overwritten.
 */
import fc from "fast-check";
import { applyEdits, type Book, type Validation } from "../../src/core/apply-edits";
import { findTables } from "../../src/core/detect/find-tables";
import type { Edit } from "../../src/core/edits";
import type { CellValue, Grid } from "../../src/core/grid";
import {
  BUILTIN_CATALOGUE,
  findTemplate,
  InsertionRefused,
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

/** A place on the sheet followed through inserts: whole rows move it when at or below; a band only within its columns. */
interface Point {
  row: number;
  col: number;
}

function follow(point: Point, edit: Extract<Edit, { kind: "insertRows" }>): void {
  const inBand = !edit.band || (point.col >= edit.band.col && point.col < edit.band.col + edit.band.colCount);
  if (inBand && point.row >= edit.row) point.row += edit.count;
}

describe("planned insertions keep every original cell, merge, validation and block of the user's", () => {
  it("shifted, never overwritten, never split", () => {
    fc.assert(
      fc.property(scenarioArb, planArb, ({ grid, validations, blocks }, plan) => {
        let edits: Edit[];
        try {
          edits = plan(grid);
        } catch (error) {
          // Refusing is a right answer when rows would cut a merged area reaching into the table.
          if (error instanceof InsertionRefused) return;
          throw error;
        }
        let book: Book = { grids: [grid], validations };
        // Every original filled cell, merge corner, validation and block cell, followed as rows go in.
        const cells: { from: Point; now: Point; value: CellValue }[] = [];
        grid.values.forEach((line, r) =>
          line.forEach((value, c) => {
            const at = { row: r + grid.origin.row, col: c + grid.origin.col };
            if (!blank(value)) cells.push({ from: { ...at }, now: { ...at }, value });
          }),
        );
        const merges = grid.merges.map((m) => ({
          merge: m,
          top: { row: m.row, col: m.col },
          bottom: { row: m.row + m.rowCount - 1, col: m.col },
        }));
        const lists = validations.map((v) => ({
          validation: v,
          top: { row: v.range.row, col: v.range.col },
        }));
        const blockRows = blocks.map((b) =>
          Array.from({ length: b.height }, (_, i) => ({ row: b.top + i, col: 24 })),
        );
        const filledNow = () => new Set(cells.map((cell) => `${cell.now.row},${cell.now.col}`));
        for (const edit of edits) {
          if (edit.kind === "insertRows") {
            for (const point of [
              ...cells.map((cell) => cell.now),
              ...merges.flatMap((m) => [m.top, m.bottom]),
              ...lists.map((l) => l.top),
              ...blockRows.flat(),
            ])
              follow(point, edit);
          } else if (edit.kind === "setValue") {
            // Never onto a cell the user had filled.
            expect(filledNow().has(`${edit.row},${edit.col}`)).toBe(false);
          } else if (edit.kind === "merge") {
            const { row, col, rowCount, colCount } = edit.range;
            const filled = filledNow();
            for (let r = row; r < row + rowCount; r++) {
              for (let c = col; c < col + colCount; c++) {
                // A merge keeps only its top-left value: it may cover no other filled original cell.
                if (r !== row || c !== col) expect(filled.has(`${r},${c}`)).toBe(false);
              }
            }
          }
          book = applyEdits(book, [edit]);
        }
        const [after] = book.grids;
        for (const cell of cells) {
          expect([cell.from, valueAt(after, cell.now.row, cell.now.col)]).toEqual([cell.from, cell.value]);
        }
        for (const { merge, top, bottom } of merges) {
          expect(
            after.merges.some(
              (m) =>
                m.col === merge.col &&
                m.colCount === merge.colCount &&
                m.row <= top.row &&
                m.row + m.rowCount > bottom.row,
            ),
          ).toBe(true);
        }
        // The user's blocks stay whole: their rows still one under another, wherever the rows went.
        for (const rows of blockRows) {
          expect(rows.map((p) => p.row)).toEqual(rows.map((_, i) => rows[0].row + i));
        }
        for (const { top } of lists) {
          expect(
            book.validations.some(
              (v) => v.list.join() === "甲,乙" && v.range.col === top.col && v.range.row === top.row,
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
