/**
 * The parts of `check`'s report the main thread puts together: the summary, from each file's
 * counts, and the record of a file that could not be read. Nothing here loads the engine: the
 * findings are worded where they are found (json-report.ts, in the engine worker).
 */
import { readErrorMessage } from "./cli-messages";
import type { Lang } from "../core/i18n/catalogue";
import type { JsonFile, JsonSummary } from "./json-report";
import type { ReadError } from "./read-errors";

export const JSON_REPORT_VERSION = 1;

/** What one file adds to the summary. */
export interface FileCounts {
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings that carry a safe fix (among those listed). */
  fixable: number;
  /** 1 when the file could not be read. */
  unreadable: 0 | 1;
}

/** One checked (or unreadable) file: its record in the report and what it adds to the summary. */
export interface CheckedFile {
  file: JsonFile;
  counts: FileCounts;
  /** Milliseconds spent on it (read: in a pool worker), for JIXIAO_TIMING. */
  timing?: { read?: number; find: number; lint: number; format: number };
}

export function emptySummary(): JsonSummary {
  return { files: 0, tables: 0, rows: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0, fixable: 0 };
}

export function addToSummary(summary: JsonSummary, counts: FileCounts): void {
  summary.files++;
  summary.unreadable += counts.unreadable;
  summary.tables += counts.tables;
  summary.rows += counts.rows;
  summary.errors += counts.errors;
  summary.warnings += counts.warnings;
  summary.infos += counts.infos;
  summary.fixable += counts.fixable;
}

const UNREAD: FileCounts = {
  tables: 0,
  rows: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
  fixable: 0,
  unreadable: 1,
};

/** A file that could not be read (or checked): the error, worded, and empty lists. */
export function unreadFile(path: string, error: ReadError, lang: Lang): CheckedFile {
  return {
    file: {
      path,
      error: { code: error.code, message: readErrorMessage(error, lang) },
      tables: [],
      diagnostics: [],
    },
    counts: { ...UNREAD },
  };
}
