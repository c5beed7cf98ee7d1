/**
 * What a cell of an .xlsx shows, as the engine takes it — the one conversion of both readers of .xlsx
 * (the command line's, src/cli/read-workbook.ts, and the preview's, read-xlsx.ts), so that they see
 * the same cells in the same file (test/xlsx/readers-agree.test.ts):
 * - rich text as one string; a link by its text; an error value as its text (#N/A);
 * - a formula by its cached result (an error result as its text);
 * - a date as an Excel date serial (the caller gives it a date format when the cell has none);
 * - an empty string as an empty cell, as Excel shows it (and as office.js's `Range.values` reads it).
 */
import type { CellValue as ExcelCellValue } from "exceljs";
import type { CellValue } from "../core/grid";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** The number format a date cell without one is read with. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

export function shownValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return value === "" ? null : value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : (time - EXCEL_EPOCH_MS) / MS_PER_DAY;
  }
  if ("richText" in value && Array.isArray(value.richText))
    return value.richText.map((run) => run.text ?? "").join("") || null;
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === "object" && result !== null && "error" in result)
      return String((result as { error: unknown }).error);
    return shownValue(result as ExcelCellValue | undefined);
  }
  if ("text" in value) return shownValue((value as { text: ExcelCellValue }).text);
  return null;
}

/** True for a date, or a formula whose cached result is one: it is shown with a date format. */
export function isDateValue(value: ExcelCellValue | undefined): boolean {
  if (value instanceof Date) return true;
  return typeof value === "object" && value !== null && "result" in value && value.result instanceof Date;
}

/** True for a formula (its cached result is what shownValue gives). */
export function isFormulaValue(value: ExcelCellValue | undefined): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/** A link's target, for a cell holding a hyperlink. */
export function linkOf(value: ExcelCellValue | undefined): string | undefined {
  return typeof value === "object" && value !== null && "hyperlink" in value ? value.hyperlink : undefined;
}
