/**
 * A small in-memory applier of Edit[] to Grids, with Excel's semantics for the parts the planners
 * use: inserted rows shift cells, merges and validations down; a merge keeps only its top-left value.
 */
import type { Edit } from "../../src/core/edits";
import type { CellRange, CellValue, Grid } from "../../src/core/grid";

export interface Validation {
  sheet: string;
  range: CellRange;
  list: string[];
  strict: boolean;
}

export interface TestBook {
  grids: Grid[];
  validations: Validation[];
}

export function cloneGrid(grid: Grid): Grid {
  return {
    ...grid,
    values: grid.values.map((line) => [...line]),
    merges: grid.merges.map((m) => ({ ...m })),
    numberFormats: grid.numberFormats?.map((line) => [...line]),
  };
}

export function applyEdits(book: TestBook, edits: readonly Edit[]): TestBook {
  const grids = book.grids.map(cloneGrid);
  let validations = book.validations.map((v) => ({ ...v, range: { ...v.range }, list: [...v.list] }));
  const gridOf = (sheet: string): Grid => {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) throw new Error(`no sheet ${sheet}`);
    return grid;
  };
  for (const edit of edits) {
    const grid = gridOf(edit.sheet);
    switch (edit.kind) {
      case "setValue":
        setCell(grid, edit.row, edit.col, edit.value);
        break;
      case "insertRows": {
        const at = Math.max(0, edit.row - grid.origin.row);
        while (grid.values.length < at) grid.values.push([]);
        grid.values.splice(at, 0, ...Array.from({ length: edit.count }, () => [] as CellValue[]));
        if (grid.numberFormats) {
          while (grid.numberFormats.length < at) grid.numberFormats.push([]);
          grid.numberFormats.splice(
            at,
            0,
            ...Array.from({ length: edit.count }, () => [] as (string | null)[]),
          );
        }
        grid.merges = grid.merges.map((m) => shiftRange(m, edit.row, edit.count));
        validations = validations.map((v) =>
          v.sheet === edit.sheet ? { ...v, range: shiftRange(v.range, edit.row, edit.count) } : v,
        );
        break;
      }
      case "merge": {
        const { row, col, rowCount, colCount } = edit.range;
        for (let r = row; r < row + rowCount; r++) {
          for (let c = col; c < col + colCount; c++) if (r !== row || c !== col) setCell(grid, r, c, null);
        }
        grid.merges = grid.merges.filter((m) => !overlaps(m, edit.range));
        grid.merges.push({ ...edit.range });
        break;
      }
      case "setValidation":
        validations = validations.filter((v) => v.sheet !== edit.sheet || !overlaps(v.range, edit.range));
        validations.push({
          sheet: edit.sheet,
          range: { ...edit.range },
          list: [...edit.list],
          strict: edit.strict,
        });
        break;
    }
  }
  return { grids, validations };
}

function setCell(grid: Grid, row: number, col: number, value: CellValue): void {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  if (r < 0 || c < 0) throw new Error(`cell outside the grid: ${row},${col}`);
  while (grid.values.length <= r) grid.values.push([]);
  const line = grid.values[r];
  while (line.length <= c) line.push(null);
  line[c] = value;
}

/** Excel: rows inserted at or above a range push it down; inside a range, the range grows. */
function shiftRange(range: CellRange, at: number, count: number): CellRange {
  if (range.row >= at) return { ...range, row: range.row + count };
  if (range.row + range.rowCount > at) return { ...range, rowCount: range.rowCount + count };
  return range;
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}
