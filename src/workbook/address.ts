/**
 * A1 addresses as Excel writes and reads them: cells ("B3"), blocks ("B3:C4"), whole rows ("5:7"),
 * whole columns ("A:C"), an optional sheet qualifier ("Sheet1!A1", "'2022年绩效目标'!A1") and
 * comma-separated lists of areas ("A1:B2, D4").
 *
 * Coordinates are 0-based and absolute, as in core/grid.ts.
 */
import { columnIndex, columnName, type CellRange } from "../core/grid";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface ParsedAddress {
  /** The sheet qualifier with quotes removed, or null when the address has none. */
  sheet: string | null;
  range: CellRange;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses one area with an optional sheet qualifier; null when it is not an A1 address. */
export function parseAddress(text: string): ParsedAddress | null {
  const trimmed = text.trim();
  const split = splitSheet(trimmed);
  if (!split) return null;
  const range = parseLocal(split.local);
  return range ? { sheet: split.sheet, range } : null;
}

/** Parses "A1:B2, D4" (areas separated by commas outside quotes); null when any area is invalid. */
export function parseAreas(text: string): ParsedAddress[] | null {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const areas: ParsedAddress[] = [];
  for (const part of parts) {
    const parsed = parseAddress(part);
    if (!parsed) return null;
    areas.push(parsed);
  }
  return areas.length > 0 ? areas : null;
}

function splitSheet(text: string): { sheet: string | null; local: string } | null {
  if (text.startsWith("'")) {
    let name = "";
    let i = 1;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += ch;
    }
    if (text[i] !== "'" || text[i + 1] !== "!") return null;
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: text };
  return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

function parseLocal(local: string): CellRange | null {
  const [first, second, extra] = local.split(":");
  if (extra !== undefined || first === undefined) return null;
  const end = second ?? first;
  const a = CELL.exec(first);
  const b = CELL.exec(end);
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnIndex(a[1]);
    const c2 = columnIndex(b[1]);
    if (!inRows(r1) || !inRows(r2) || !inCols(c1) || !inCols(c2)) return null;
    return span(r1, r2, c1, c2);
  }
  if (second === undefined) return null;
  const ca = COLUMN.exec(first);
  const cb = COLUMN.exec(second);
  if (ca && cb) {
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    if (!inCols(c1) || !inCols(c2)) return null;
    return span(0, MAX_ROWS - 1, c1, c2);
  }
  const ra = ROW.exec(first);
  const rb = ROW.exec(second);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    if (!inRows(r1) || !inRows(r2)) return null;
    return span(r1, r2, 0, MAX_COLS - 1);
  }
  return null;
}

function inRows(row: number): boolean {
  return row >= 0 && row < MAX_ROWS;
}

function inCols(col: number): boolean {
  return col >= 0 && col < MAX_COLS;
}

function span(r1: number, r2: number, c1: number, c2: number): CellRange {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rowCount: Math.abs(r2 - r1) + 1, colCount: Math.abs(c2 - c1) + 1 };
}

/** "B3", "B3:C4", whole rows "5:7", whole columns "A:C" (Excel's own short forms). */
export function formatLocal(range: CellRange): string {
  const lastRow = range.row + range.rowCount - 1;
  const lastCol = range.col + range.colCount - 1;
  if (range.col === 0 && range.colCount === MAX_COLS) return `${range.row + 1}:${lastRow + 1}`;
  if (range.row === 0 && range.rowCount === MAX_ROWS)
    return `${columnName(range.col)}:${columnName(lastCol)}`;
  const start = columnName(range.col) + (range.row + 1);
  if (range.rowCount === 1 && range.colCount === 1) return start;
  return `${start}:${columnName(lastCol)}${lastRow + 1}`;
}

/** "$B$3:$C$4": the absolute form Excel writes into list-validation sources. */
export function formatAbsolute(range: CellRange): string {
  const start = `$${columnName(range.col)}$${range.row + 1}`;
  if (range.rowCount === 1 && range.colCount === 1) return start;
  return `${start}:$${columnName(range.col + range.colCount - 1)}$${range.row + range.rowCount}`;
}

/** "Sheet1!B3", "'Two Names'!B3": the form `Range.address` returns. */
export function formatAddress(sheetName: string, range: CellRange): string {
  return `${quoteSheetName(sheetName)}!${formatLocal(range)}`;
}

/**
 * Quotes a sheet name the way Excel does in `Range.address`: "Sheet1" stays bare, "Two Names" becomes
 * "'Two Names'", "Sheet's" becomes "'Sheet''s'" (office-js issue #512), and a name that reads as a cell
 * reference ("ev1") is quoted too (office-js issue #3643). Names of letters (Chinese included), digits
 * and underscores that start with a letter stay bare, as in =汇总!A1. Where we are unsure (periods,
 * names that start with a digit such as "2022年绩效目标") we quote: an adapter that parses quotes
 * handles both, one that does not is caught here.
 */
export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

export function needsQuotes(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) return true;
  if (/^(TRUE|FALSE)$/i.test(name)) return true;
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (a1 && columnIndex(a1[1]) < MAX_COLS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  // R1C1-shaped names: "R", "C", "R1", "RC", "R2C3".
  if (/^(R\d*)?(C\d*)?$/i.test(name)) return true;
  return false;
}

export function isEntireRows(range: CellRange): boolean {
  return range.col === 0 && range.colCount === MAX_COLS;
}

export function isEntireColumns(range: CellRange): boolean {
  return range.row === 0 && range.rowCount === MAX_ROWS;
}
