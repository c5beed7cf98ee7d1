/**
 * Findings and reports: plain, serialisable data. Wording lives in the message catalogues
 * (src/core/i18n); a finding carries a message id and its data.
 *
 * One word: a *finding* (问题 in Chinese) is what a rule reports — in the code (Finding), the pane,
 * the review sheet, the command line's text and the docs. Only the command line's JSON keeps the
 * field name `diagnostics`, which its contract (DESIGN.md) fixes.
 */
import type { Edit } from "./edits";
import type { Severity } from "./profiles/schema";

export type { Severity } from "./profiles/schema";

export type MessageData = Record<string, string | number>;

/** A change the user must accept (it may change meaning), with its own explanation. */
export interface Suggestion {
  messageId: string;
  data: MessageData;
  edits: Edit[];
}

export interface Finding {
  /** Stable rule id, e.g. "cost-upper-bound". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** 0-based sheet position of `cell`. */
  row: number;
  col: number;
  tableId: string | null;
  /** Message id within the rule; the catalogue key is `${rule}.${messageId}`. */
  messageId: string;
  data: MessageData;
  /** Edits that mend the finding without changing meaning; applying them is safe. */
  fix?: Edit[];
  suggestions?: Suggestion[];
}

export interface ReportStats {
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  /** The findings, in a stable order: table by table, then row, column, rule and message. */
  diagnostics: Finding[];
  /** Counts over every finding, including any left out of a partial report. */
  stats: ReportStats;
  /** True when the diagnostics were capped; `stats` still counts them all. */
  partial: boolean;
  /** The profile each table was checked against, by table id. */
  profiles: Record<string, string>;
}

export function emptyStats(): ReportStats {
  return { tables: 0, rows: 0, errors: 0, warnings: 0, infos: 0 };
}

export function countSeverity(stats: ReportStats, severity: Severity): void {
  if (severity === "error") stats.errors++;
  else if (severity === "warning") stats.warnings++;
  else stats.infos++;
}

/** One report from several (sheets checked one by one), in the order given. */
export function mergeReports(reports: readonly Report[]): Report {
  const stats = emptyStats();
  const profiles: Record<string, string> = {};
  for (const report of reports) {
    stats.tables += report.stats.tables;
    stats.rows += report.stats.rows;
    stats.errors += report.stats.errors;
    stats.warnings += report.stats.warnings;
    stats.infos += report.stats.infos;
    Object.assign(profiles, report.profiles);
  }
  return {
    diagnostics: reports.flatMap((r) => r.diagnostics),
    stats,
    partial: reports.some((r) => r.partial),
    profiles,
  };
}
