/**
 * The review sheet (审核意见): one row per finding — table, cell (a link that jumps to it), severity,
 * message, rule — for a reviewer to file or send back. One read sync (sheet names and which sheet is
 * ours) and one write sync. A sheet of that name that we did not make is never overwritten: ours is
 * the one the workbook setting names, and otherwise the next free name (审核意见(2) …) is taken.
 * `reviewSheetContent` words it in the workbook's language (its own texts, the rules' messages and
 * names); `writeReviewSheet` lays it out.
 */
import type { Grid } from "../core/grid";
import { findingMessage, ruleName } from "../core/i18n/catalogue";
import { defineCatalogue } from "../core/i18n/define";
import type { Lang } from "../core/i18n/lang";
import type { Table } from "../core/model";
import type { Report } from "../core/report";
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

/** The review sheet's own words: its title, its headings and the severities. */
export const REVIEW_TEXTS = defineCatalogue({
  title: {
    "zh-CN": "审核意见（绩效指标助手生成，{date}，共 {count} 条）",
    "en-US": "Review notes (by Performance Target Assistant, {date}, {count} notes)",
  },
  table: { "zh-CN": "表格", "en-US": "Table" },
  cell: { "zh-CN": "单元格", "en-US": "Cell" },
  severity: { "zh-CN": "严重程度", "en-US": "Severity" },
  message: { "zh-CN": "问题", "en-US": "Finding" },
  rule: { "zh-CN": "规则", "en-US": "Rule" },
  error: { "zh-CN": "错误", "en-US": "Error" },
  warning: { "zh-CN": "警告", "en-US": "Warning" },
  info: { "zh-CN": "提示", "en-US": "Hint" },
});

/** The review sheet of a check, worded in `lang`: one row per finding, the rule named with its id beside. */
export function reviewSheetContent(
  result: { tables: readonly Table[]; report: Report },
  lang: Lang,
  today: Date = new Date(),
): ReviewSheetContent {
  const t = REVIEW_TEXTS.text;
  const titles = new Map(
    result.tables.map((table) => [
      table.id,
      table.title?.text.trim() || `${table.sheet}!${table.title?.cell ?? ""}`,
    ]),
  );
  const rows = result.report.diagnostics.map((d) => ({
    table: (d.tableId && titles.get(d.tableId)) || d.sheet,
    sheet: d.sheet,
    cell: d.cell,
    severity: t(lang, d.severity),
    message: findingMessage(d, lang),
    rule: ruleName(d.rule, lang),
  }));
  return {
    title: t(lang, "title", { date: today.toLocaleDateString(lang), count: rows.length }),
    headers: [t(lang, "table"), t(lang, "cell"), t(lang, "severity"), t(lang, "message"), t(lang, "rule")],
    rows,
  };
}

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
      // Which sheet is ours, kept in the workbook only when that changes: a settings write cannot be
      // undone (office-js #3141), and a refresh of the same sheet needs none.
      if (target.name !== ours) context.workbook.settings.add(REVIEW_SHEET_KEY, target.name);
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
