/**
 * `check --format json`: the one object DESIGN.md's "Command line" section fixes as a contract.
 * Outside tools rely on every field below; fields may be added, never renamed or dropped.
 * Rows are sheet rows as Excel shows them (1-based); the engine's model is 0-based.
 *
 * The records are made where the engine runs (the engine worker, see engine.ts), so the findings
 * cross to the main thread already worded; the summary is added up there (summary.ts).
 */
import { findingMessage, suggestionMessage, type Lang } from "../core/i18n/catalogue";
import type { Table } from "../core/model";
import type { Finding, MessageData, Report, Severity } from "../core/report";
import { readErrorMessage } from "./cli-messages";
import type { ReadError, ReadErrorCode } from "./read-errors";
import type { FileCounts } from "./summary";
import { boundedText } from "./terminal-text";

export { JSON_REPORT_VERSION } from "./summary";

export interface JsonTable {
  id: string;
  sheet: string;
  title: string | null;
  fundingItem: string | null;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  rowCount: number;
  profile: string;
  layout: "combined" | "split";
  /** Added: the table is on a hidden sheet. */
  hidden: boolean;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  tableId: string | null;
  message: string;
  fixable: boolean;
  /** Added: the message's id within the rule, stable across languages. */
  messageId: string;
  /** Added: changes a person may accept (they may change meaning), worded. */
  suggestions?: string[];
}

export interface JsonFile {
  path: string;
  error: { code: ReadErrorCode; message: string } | null;
  tables: JsonTable[];
  diagnostics: JsonDiagnostic[];
  /** Added: only the first diagnostics are listed (the summary still counts them all). */
  partial?: boolean;
}

export interface JsonSummary {
  files: number;
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Added: files that could not be read. */
  unreadable: number;
  /** Added: findings that `jixiao fix` mends. */
  fixable: number;
}

export interface JsonReport {
  version: number;
  files: JsonFile[];
  summary: JsonSummary;
}

/** What checking one file gave: its tables and report, or why it could not be read. */
export interface FileResult {
  path: string;
  error: ReadError | null;
  tables: readonly Table[];
  report: Report | null;
}

export interface JsonOptions {
  lang: Lang;
  /** List errors only (the summary still counts everything). */
  quiet?: boolean;
}

export function jsonFile(result: FileResult, options: JsonOptions): JsonFile {
  const file: JsonFile = {
    path: result.path,
    error: result.error
      ? { code: result.error.code, message: readErrorMessage(result.error, options.lang) }
      : null,
    tables: result.report ? result.tables.map((table) => jsonTable(table, result.report!)) : [],
    diagnostics: (result.report?.diagnostics ?? [])
      .filter((d) => !options.quiet || d.severity === "error")
      .map((d) => jsonDiagnostic(d, options.lang)),
  };
  if (result.report?.partial) file.partial = true;
  return file;
}

export function jsonTable(table: Table, report: Report): JsonTable {
  return {
    id: table.id,
    sheet: table.sheet,
    title: table.title?.text ?? null,
    fundingItem: table.fundingItem,
    headerRow: table.headerRow + 1,
    firstRow: table.firstRow + 1,
    lastRow: table.lastRow + 1,
    rowCount: table.rows.length,
    profile: report.profiles[table.id] ?? "",
    layout: table.layout,
    hidden: table.sheetHidden,
  };
}

export function jsonDiagnostic(diagnostic: Finding, lang: Lang): JsonDiagnostic {
  const out: JsonDiagnostic = {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    sheet: diagnostic.sheet,
    cell: diagnostic.cell,
    tableId: diagnostic.tableId,
    message: findingMessage({ ...diagnostic, data: boundedData(diagnostic.data) }, lang),
    fixable: (diagnostic.fix?.length ?? 0) > 0,
    messageId: diagnostic.messageId,
  };
  if (diagnostic.suggestions && diagnostic.suggestions.length > 0) {
    out.suggestions = diagnostic.suggestions.map((s) =>
      suggestionMessage(diagnostic, { ...s, data: boundedData(s.data) }, lang),
    );
  }
  return out;
}

/**
 * A message's data with each text cut to MAX_QUOTE_CHARS: the rules quote cells in their
 * messages, and a cell of 32,767 characters would otherwise be quoted whole in every finding about it.
 */
function boundedData(data: MessageData): MessageData {
  let bounded: MessageData | null = null;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== "string" || boundedText(value) === value) continue;
    bounded ??= { ...data };
    bounded[key] = boundedText(value);
  }
  return bounded ?? data;
}

/** What a checked file adds to the summary, counting every finding (also those --quiet does not list). */
export function fileCounts(result: FileResult): FileCounts {
  const report = result.report;
  const counts: FileCounts = {
    tables: 0,
    rows: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    fixable: 0,
    unreadable: result.error ? 1 : 0,
  };
  if (!report) return counts;
  counts.tables = report.stats.tables;
  counts.rows = report.stats.rows;
  counts.errors = report.stats.errors;
  counts.warnings = report.stats.warnings;
  counts.infos = report.stats.infos;
  for (const d of report.diagnostics) if ((d.fix?.length ?? 0) > 0) counts.fixable++;
  return counts;
}
