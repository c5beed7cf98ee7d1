/**
 * The review sheet (审核意见): one row per finding — table, cell (a link that jumps to it), severity,
 * message, rule — for a reviewer to file or send back. One read sync (sheet names and which sheet is
 * ours) and one write sync. A sheet of that name that we did not make is never overwritten: ours is
 * the one the workbook setting names, and otherwise the next free name (审核意见(2) …) is taken.
 * The pane words everything (title, headers, severities, messages); this module only lays it out.
 */
import type { Grid } from "../core/grid";
import { toAdapterError } from "./errors";
import type { ExcelHost } from "./host";
import { excelValue } from "./write-edits";

export const REVIEW_SHEET_NAME = "审核意见";
/** The workbook setting naming the review sheet the add-in made, so a refresh rewrites that one. */
export const REVIEW_SHEET_KEY = "jixiao.reviewSheet";

export interface ReviewRow {
  /** The table as a reviewer names it (its title, or its sheet and cell). */
  table: string;
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  severity: string;
  message: string;
  rule: string;
}

export interface ReviewSheetContent {
  /** The first row: what the sheet is and when it was made. */
  title: string;
  /** Five column headings: table, cell, severity, message, rule. */
  headers: readonly [string, string, string, string, string];
  rows: readonly ReviewRow[];
}

export interface ReviewSheetResult {
  sheet: string;
  /** False when an earlier review sheet of ours was refreshed. */
  created: boolean;
  rows: number;
}

const WIDTH = 5;
/** Column widths in points: table, cell, severity, message (问题), rule. */
const COLUMN_WIDTHS = [180, 90, 50, 320, 160] as const;
/** The message and rule columns wrap. */
const WRAPPED = new Set([3, 4]);
/** Rows above the findings: the title, then the headings. */
export const REVIEW_FIRST_ROW = 2;

/** A reference Excel follows inside the workbook: 'Sheet name'!E4 (quotes doubled inside the name). */
export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * Which sheet to write: ours (the setting's name) when it still exists, else the first free name of
 * 审核意见, 审核意见(2), 审核意见(3) … Excel compares sheet names without case.
 */
export function reviewSheetTarget(
  existing: readonly string[],
  ours: string | null,
): { name: string; reuse: boolean } {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (ours && taken.has(ours.toLowerCase())) {
    return { name: existing.find((name) => name.toLowerCase() === ours.toLowerCase())!, reuse: true };
  }
  for (let n = 1; ; n++) {
    const name = n === 1 ? REVIEW_SHEET_NAME : `${REVIEW_SHEET_NAME}(${n})`;
    if (!taken.has(name.toLowerCase())) return { name, reuse: false };
  }
}

/** Writes (or refreshes) the review sheet and activates it. */
export async function writeReviewSheet(
  host: ExcelHost,
  content: ReviewSheetContent,
): Promise<ReviewSheetResult> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const setting = context.workbook.settings.getItemOrNullObject(REVIEW_SHEET_KEY);
      setting.load("value");
      await context.sync();

      const ours = setting.isNullObject || typeof setting.value !== "string" ? null : setting.value;
      const target = reviewSheetTarget(
        sheets.items.map((s) => s.name),
        ours,
      );
      const sheet = target.reuse ? sheets.getItem(target.name) : sheets.add(target.name);
      // A refresh starts from a blank sheet: old rows, links and formats go.
      if (target.reuse) sheet.getRange().clear("All");
      const values: string[][] = [
        [content.title, "", "", "", ""],
        [...content.headers],
        ...content.rows.map((row) => [
          row.table,
          `${row.sheet}!${row.cell}`,
          row.severity,
          row.message,
          row.rule,
        ]),
      ];
      sheet.getRangeByIndexes(0, 0, values.length, WIDTH).values = values.map((line) => line.map(excelValue));
      sheet.getRangeByIndexes(0, 0, REVIEW_FIRST_ROW, WIDTH).format.font.bold = true;
      // Messages and rule names are sentences: their columns wrap at a readable width (points).
      COLUMN_WIDTHS.forEach((width, col) => {
        const column = sheet.getRangeByIndexes(REVIEW_FIRST_ROW - 1, col, values.length - 1, 1).format;
        column.columnWidth = width;
        if (WRAPPED.has(col)) column.wrapText = true;
      });
      content.rows.forEach((row, i) => {
        sheet.getRangeByIndexes(REVIEW_FIRST_ROW + i, 1, 1, 1).hyperlink = {
          documentReference: cellReference(row.sheet, row.cell),
          textToDisplay: `${row.sheet}!${row.cell}`,
        };
      });
      context.workbook.settings.add(REVIEW_SHEET_KEY, target.name);
      sheet.activate();
      await context.sync();
      return { sheet: target.name, created: !target.reuse, rows: content.rows.length };
    });
  } catch (error) {
    throw toAdapterError(error);
  }
}

/**
 * The review sheet the add-in wrote (审核意见, 审核意见(2) …, or any sheet whose first cell is its
 * title in either language): it lists findings, and holds no target table to check.
 */
export function isReviewSheet(name: string, grid: Grid | null): boolean {
  if (new RegExp(`^${REVIEW_SHEET_NAME}(\\(\\d+\\))?$`).test(name)) return true;
  const first = grid?.values[0]?.[0];
  return (
    typeof first === "string" &&
    /^(审核意见（绩效指标助手生成|Review notes \(by Performance Target Assistant)/.test(first)
  );
}
