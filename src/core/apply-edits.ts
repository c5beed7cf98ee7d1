/**
 * Applying Edit[] to Grids in memory, with Excel's semantics for what the planners use: inserted
 * rows shift cells, merges and validations down (a merge the insertion falls inside grows); a merge
 * keeps only its top-left value. Hosts use it to know a sheet's state after their own writes
 * without reading it back; tests use it to re-detect what a plan produces.
 */
import type { Edit } from "./edits";
import { rangesOverlap, type CellRange, type CellValue, type Grid } from "./grid";

export interface Validation {
  sheet: string;
  range: CellRange;
  list: string[];
  strict: boolean;
}

/** Grids and the dropdown lists set on them. */
export interface Book {
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

/** The grids after the edits (validations are not part of a grid and are dropped). */
export function applyEditsToGrids(grids: readonly Grid[], edits: readonly Edit[]): Grid[] {
  return applyEdits({ grids: [...grids], validations: [] }, edits).grids;
}

/** A new book with the edits applied in order; the input is left as it was. Edits for unknown sheets throw (a planner bug). */
export function applyEdits(book: Book, edits: readonly Edit[]): Book {
  const grids = book.grids.map(cloneGrid);
  let validations = book.validations.map((v) => ({ ...v, range: { ...v.range }, list: [...v.list] }));
  const gridOf = (sheet: string): Grid => {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) throw new Error(`no sheet named ${sheet}`);
    return grid;
  };
  for (const edit of edits) {
    const grid = gridOf(edit.sheet);
    switch (edit.kind) {
      case "setValue":
        setCell(grid, edit.row, edit.col, edit.value);
        break;
      case "insertRows": {
        if (edit.band) {
          insertBand(grid, edit.row, edit.count, edit.band);
          validations = validations.map((v) =>
            v.sheet === edit.sheet && insideBand(v.range, edit.band!)
              ? { ...v, range: shiftRange(v.range, edit.row, edit.count) }
              : v,
          );
          break;
        }
        const at = Math.max(0, edit.row - grid.origin.row);
        if (edit.row < grid.origin.row) grid.origin = { ...grid.origin, row: grid.origin.row + edit.count };
        else {
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
          for (let c = col; c < col + colCount; c++) if (r !== row || c !== col) clearCell(grid, r, c);
        }
        grid.merges = grid.merges.filter((m) => !rangesOverlap(m, edit.range));
        grid.merges.push({ ...edit.range });
        break;
      }
      case "setValidation":
        validations = validations.filter(
          (v) => v.sheet !== edit.sheet || !rangesOverlap(v.range, edit.range),
        );
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

/** Grows the grid as needed: a Grid starts at its origin, so cells above or left of it extend it. */
function setCell(grid: Grid, row: number, col: number, value: CellValue): void {
  if (row < grid.origin.row) {
    const extra = grid.origin.row - row;
    grid.values.unshift(...Array.from({ length: extra }, () => [] as CellValue[]));
    grid.numberFormats?.unshift(...Array.from({ length: extra }, () => [] as (string | null)[]));
    grid.origin = { ...grid.origin, row };
  }
  if (col < grid.origin.col) {
    const extra = grid.origin.col - col;
    grid.values = grid.values.map((line) => [...new Array<CellValue>(extra).fill(null), ...line]);
    grid.numberFormats = grid.numberFormats?.map((line) => [
      ...new Array<string | null>(extra).fill(null),
      ...line,
    ]);
    grid.origin = { ...grid.origin, col };
  }
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  while (grid.values.length <= r) grid.values.push([]);
  const line = grid.values[r];
  while (line.length <= c) line.push(null);
  line[c] = value;
}

function clearCell(grid: Grid, row: number, col: number): void {
  const line = grid.values[row - grid.origin.row];
  const c = col - grid.origin.col;
  if (line && c >= 0 && c < line.length) line[c] = null;
}

/** Excel: rows inserted at or above a range push it down; inside a range, the range grows. */
export function shiftRange(range: CellRange, at: number, count: number): CellRange {
  if (range.row >= at) return { ...range, row: range.row + count };
  if (range.row + range.rowCount > at) return { ...range, rowCount: range.rowCount + count };
  return range;
}

function insideBand(range: CellRange, band: { col: number; colCount: number }): boolean {
  return range.col >= band.col && range.col + range.colCount <= band.col + band.colCount;
}

/** Shifts the band's cells (and merges inside it) at and below `row` down by `count`; the rest stays. */
function insertBand(grid: Grid, row: number, count: number, band: { col: number; colCount: number }): void {
  const last = grid.origin.row + grid.values.length - 1;
  for (let r = last; r >= row; r--) {
    for (let c = band.col; c < band.col + band.colCount; c++) {
      const value = grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? null;
      const format = grid.numberFormats?.[r - grid.origin.row]?.[c - grid.origin.col] ?? null;
      if (value !== null) setCell(grid, r + count, c, value);
      else clearCell(grid, r + count, c);
      if (grid.numberFormats) {
        const formats = grid.numberFormats;
        while (formats.length <= r + count - grid.origin.row) formats.push([]);
        formats[r + count - grid.origin.row][c - grid.origin.col] = format;
        const here = formats[r - grid.origin.row];
        if (here && c - grid.origin.col < here.length) here[c - grid.origin.col] = null;
      }
      clearCell(grid, r, c);
    }
  }
  grid.merges = grid.merges.map((m) => (insideBand(m, band) ? shiftRange(m, row, count) : m));
}
