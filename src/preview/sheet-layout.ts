/**
 * Where things are on the grid view: column widths (from the text a column holds, as a person would
 * widen it, since the in-memory workbook keeps no widths), the extent shown, and which rows and
 * columns are in view. Pure, so the component stays thin and a test can hold the numbers.
 */
import type { CellValue } from "../core/grid";
import { displayText } from "../workbook/cell-values";
import type { SheetModel } from "../workbook/workbook-model";

export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 52;
export const DEFAULT_COLUMN_WIDTH = 72;
export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 260;
/** Blank rows and columns shown past the last used one, so there is room to add a table. */
export const SPARE_ROWS = 30;
export const SPARE_COLS = 4;
export const MIN_ROWS = 60;
export const MIN_COLS = 10;
/** Rows and columns rendered beyond the visible ones, so a scroll does not show blanks first. */
export const OVERSCAN_ROWS = 8;
export const OVERSCAN_COLS = 2;
/** Text cell padding, left and right together. */
const PADDING = 14;
/** Excel's default column is 8.43 characters at about 7 px each. */
export const PIXELS_PER_CHARACTER = 7;

export interface SheetLayout {
  rowCount: number;
  colCount: number;
  widths: number[];
  /** lefts[c] is column c's left edge; lefts[colCount] the total width. */
  lefts: number[];
  totalWidth: number;
  totalHeight: number;
}

export interface ViewWindow {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

/** Cell text as the grid shows it: the workbook's own text, and dates in any date format. */
export function cellText(value: CellValue, numberFormat: string): string {
  if (typeof value === "number" && !FAKE_DATE_FORMATS.test(numberFormat) && isDateFormat(numberFormat)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000);
    if (!Number.isNaN(date.getTime())) {
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    }
  }
  return displayText(value, numberFormat);
}

/** The date formats the fake's displayText writes out itself. */
const FAKE_DATE_FORMATS = /^(yyyy\/m\/d|yyyy-mm-dd|m\/d\/yyyy)$/;

/** A number format that shows a date: day, month or year codes outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  if (format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /m.*[d/-]|[/-].*m/i.test(bare);
}

/** About how wide a text is in px at the grid's 12 px font: wide (CJK) characters count twice. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 12.5 : code === 9 ? 14 : 7;
  }
  return width;
}

/**
 * Column widths from their text, between MIN and MAX. Left out: cells of merged areas wider than a
 * column, and the last value of a row of one or two (a title, a goal, a note), which runs into the
 * empty cells beside it as in Excel rather than widening its column for every row.
 */
export function columnWidths(sheet: SheetModel, colCount: number): number[] {
  const widths = new Array<number>(colCount).fill(0);
  const wideMerges = sheet.merges.filter((m) => m.colCount > 1);
  sheet.values.rows.forEach((line, row) => {
    if (!line) return;
    let filled = 0;
    let last = -1;
    line.forEach((value, col) => {
      if (value === undefined) return;
      filled++;
      last = col;
    });
    line.forEach((value, col) => {
      if (value === undefined || col >= colCount) return;
      if (filled <= 2 && col === last && typeof value === "string") return;
      if (
        wideMerges.some(
          (m) => m.row <= row && row < m.row + m.rowCount && m.col <= col && col < m.col + m.colCount,
        )
      )
        return;
      const width = textWidth(cellText(value, sheet.numberFormat(row, col))) + PADDING;
      if (width > widths[col]) widths[col] = width;
    });
  });
  return widths.map((w) =>
    w === 0 ? DEFAULT_COLUMN_WIDTH : Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w))),
  );
}

export function sheetLayout(sheet: SheetModel): SheetLayout {
  const used = sheet.usedRange(false);
  const rowCount = Math.max(MIN_ROWS, used ? used.row + used.rowCount + SPARE_ROWS : 0);
  const colCount = Math.max(MIN_COLS, used ? used.col + used.colCount + SPARE_COLS : 0);
  const widths = columnWidths(sheet, colCount);
  const lefts = new Array<number>(colCount + 1);
  lefts[0] = 0;
  for (let c = 0; c < colCount; c++) lefts[c + 1] = lefts[c] + widths[c];
  return {
    rowCount,
    colCount,
    widths,
    lefts,
    totalWidth: lefts[colCount],
    totalHeight: rowCount * ROW_HEIGHT,
  };
}

/** The column whose span holds x (px from the first column's left edge), clamped to the sheet. */
export function columnAt(layout: SheetLayout, x: number): number {
  let lo = 0;
  let hi = layout.colCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.lefts[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows and columns to render for a scroll position and viewport (both in px, headers included). */
export function viewWindow(
  layout: SheetLayout,
  scroll: { top: number; left: number },
  viewport: { width: number; height: number },
): ViewWindow {
  const top = Math.max(0, scroll.top);
  const bottom = top + Math.max(0, viewport.height - HEADER_HEIGHT);
  const left = Math.max(0, scroll.left);
  const right = left + Math.max(0, viewport.width - ROW_HEADER_WIDTH);
  return {
    firstRow: Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN_ROWS),
    lastRow: Math.min(layout.rowCount - 1, Math.ceil(bottom / ROW_HEIGHT) + OVERSCAN_ROWS),
    firstCol: Math.max(0, columnAt(layout, left) - OVERSCAN_COLS),
    lastCol: Math.min(layout.colCount - 1, columnAt(layout, right) + OVERSCAN_COLS),
  };
}

/** Excel's column width (characters) for a width in px, for the download. */
export function excelWidth(px: number): number {
  return Math.round((px / PIXELS_PER_CHARACTER) * 100) / 100;
}
