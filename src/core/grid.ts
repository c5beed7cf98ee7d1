/**
 * Grid: the engine's one input. Each host (Excel, the preview workbook, the command line's
 * exceljs reader) turns a worksheet into a Grid; the engine never knows which host it serves.
 *
 * Coordinates are 0-based and absolute on the sheet: `row` 0 is the sheet's row 1, `col` 0 is
 * column A. `values[r][c]` is the cell at sheet row `origin.row + r`, column `origin.col + c`.
 */

export type CellValue = string | number | boolean | null;

/** A rectangle on a sheet, 0-based and absolute. */
export interface CellRange {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface Grid {
  sheet: string;
  /** Rows of cell values; rows may be ragged (missing cells read as null). */
  values: CellValue[][];
  /** Merged areas, in sheet coordinates. Only the top-left cell of an area holds a value. */
  merges: CellRange[];
  /** Sheet position of values[0][0]. */
  origin: { row: number; col: number };
  /**
   * Number formats parallel to `values`, where the host knows them (`0%`, `yyyy-mm-dd` …),
   * so that 0.95 formatted as a percentage reads as 95% and a date serial as a date.
   */
  numberFormats?: (string | null)[][];
  /** The sheet is hidden in its workbook (still checked, but marked). */
  hidden?: boolean;
  /**
   * Rows the host would not give with their merged areas (Excel returns at most 512 per request): read
   * without them, so a merged level cell reads as blank below its label, which the engine takes as the
   * label continued. The pane says so.
   */
  rowsWithoutMerges?: number;
}

/** The value at a sheet position, or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  if (r < 0 || c < 0) return null;
  const line = grid.values[r];
  if (!line || c >= line.length) return null;
  const value = line[c];
  return value === undefined ? null : value;
}

/** The number format at a sheet position, if the host supplied one. */
export function numberFormatAt(grid: Grid, row: number, col: number): string | null {
  const formats = grid.numberFormats;
  if (!formats) return null;
  const line = formats[row - grid.origin.row];
  const format = line?.[col - grid.origin.col];
  return format ?? null;
}

/** First sheet row after the grid. */
export function gridEndRow(grid: Grid): number {
  return grid.origin.row + grid.values.length;
}

/** First sheet column after the grid's widest row. */
export function gridEndCol(grid: Grid): number {
  let width = 0;
  for (const line of grid.values) if (line.length > width) width = line.length;
  return grid.origin.col + width;
}

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** 0-based column index for letters: A → 0, AA → 26. Returns -1 for anything else. */
export function columnIndex(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) return -1;
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const COLUMN_NAMES: string[] = [];

/** A1 address of a 0-based position: (0, 0) → "A1". Column letters are cached: addresses are made for every cell read. */
export function toA1(row: number, col: number): string {
  let name = COLUMN_NAMES[col];
  if (name === undefined) {
    name = columnName(col);
    if (col < 16_384) COLUMN_NAMES[col] = name;
  }
  return name + (row + 1);
}

/** A1 address of a range: a single cell gives "B2", a block "B2:D5". */
export function rangeToA1(range: CellRange): string {
  const start = toA1(range.row, range.col);
  if (range.rowCount === 1 && range.colCount === 1) return start;
  return `${start}:${toA1(range.row + range.rowCount - 1, range.col + range.colCount - 1)}`;
}

/**
 * Parses "B2" (or "$B$2", "b2") into a 0-based position; null if it is not a cell address. Read
 * character by character, without a regular expression: the command line calls it for every cell
 * of a workbook it reads.
 */
export function parseA1(address: string): { row: number; col: number } | null {
  const text =
    address.length > 0 && (address.charCodeAt(0) <= 32 || address.charCodeAt(address.length - 1) <= 32)
      ? address.trim()
      : address;
  let i = 0;
  if (text.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const letters = i;
  for (; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) code -= 32; // a-z
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  const letterCount = i - letters;
  if (letterCount === 0 || letterCount > 3) return null;
  if (text.charCodeAt(i) === 36) i++; // $
  const digits = i;
  let row = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  const digitCount = i - digits;
  if (digitCount === 0 || digitCount > 7 || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** Parses "B2:D5", "B2" or "Sheet1!B2:D5" (the sheet part is dropped) into a range. */
export function parseRangeA1(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second] = local.split(":");
  const start = parseA1(first ?? "");
  if (!start) return null;
  const end = second === undefined ? start : parseA1(second);
  if (!end) return null;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return {
    row,
    col,
    rowCount: Math.abs(end.row - start.row) + 1,
    colCount: Math.abs(end.col - start.col) + 1,
  };
}

export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.rowCount &&
    col >= range.col &&
    col < range.col + range.colCount
  );
}

/** True when `inner` lies wholly inside `outer`. */
export function rangeWithin(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

/** The smallest range holding all of them; null for none. */
export function boundingRange(ranges: readonly CellRange[]): CellRange | null {
  if (ranges.length === 0) return null;
  let row = Infinity;
  let col = Infinity;
  let endRow = -Infinity;
  let endCol = -Infinity;
  for (const r of ranges) {
    row = Math.min(row, r.row);
    col = Math.min(col, r.col);
    endRow = Math.max(endRow, r.row + r.rowCount);
    endCol = Math.max(endCol, r.col + r.colCount);
  }
  return { row, col, rowCount: endRow - row, colCount: endCol - col };
}

/** True when two ranges share at least one cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

/**
 * Index of merged areas by cell, for O(1) lookups while scanning large sheets.
 * `masterOf` gives the top-left cell of the area covering a position (or null).
 */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();

  constructor(merges: readonly CellRange[]) {
    for (const merge of merges) {
      // Very large merges (whole columns) are rare in these tables; index them cell by cell up to a cap.
      const cells = merge.rowCount * merge.colCount;
      if (cells > 100_000) continue;
      for (let r = merge.row; r < merge.row + merge.rowCount; r++) {
        for (let c = merge.col; c < merge.col + merge.colCount; c++) this.byCell.set(key(r, c), merge);
      }
    }
  }

  areaAt(row: number, col: number): CellRange | null {
    return this.byCell.get(key(row, col)) ?? null;
  }

  /** True when the position is inside a merged area but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const area = this.areaAt(row, col);
    return area !== null && (area.row !== row || area.col !== col);
  }
}

function key(row: number, col: number): number {
  // Excel's grid is at most 1,048,576 rows × 16,384 columns; this key is exact within it.
  return row * 16_384 + col;
}
