/**
 * The engine's work for the command line, as plain data in and out: Grids in, a file's report
 * records (worded, as `check` prints them) and its summary counts out; Grids in, the safe fixes
 * out. It runs in the engine worker (engine-worker.ts), or in the main thread when no worker can
 * be had (engine-client.ts); the main thread itself never loads it otherwise, so the rules and
 * their catalogues load, and warm up, beside the workbook's read.
 */
import { findTables } from "../core/detect/find-tables";
import type { Grid } from "../core/grid";
import type { Lang } from "../core/i18n/catalogue";
import { lint, type ProfileChoice } from "../core/lint";
import { fileCounts, jsonFile, type FileResult } from "./json-report";
import { oneLine, type ReadError } from "./read-errors";
import { applySafeFixes, formulaPredicate, type CellPosition, type FixOutcome } from "./safe-fixes";
import { unreadFile, type CheckedFile } from "./summary";

/** What `check` asks of the engine for every file of a run. */
export interface EngineOptions {
  profile: ProfileChoice;
  lang: Lang;
  /** List errors only (the counts still cover everything). */
  quiet: boolean;
}

/** An engine failure on one workbook: the file is reported as not checked, and a batch goes on. */
export function internalError(error: unknown): ReadError {
  return { code: "UNREADABLE", data: { reason: `jixiao internal error: ${oneLine(error)}` } };
}

/** Finds and lints a workbook's tables; never throws. */
export function checkGrids(path: string, grids: Grid[], options: EngineOptions): CheckedFile {
  let at = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - at;
    at = now;
    return ms;
  };
  try {
    const tables = findTables(grids);
    const find = lap();
    const report = lint(tables, { profile: options.profile });
    const lintMs = lap();
    const result: FileResult = { path, error: null, tables, report };
    const file = jsonFile(result, { lang: options.lang, quiet: options.quiet });
    return { file, counts: fileCounts(result), timing: { find, lint: lintMs, format: lap() } };
  } catch (error) {
    return unreadFile(path, internalError(error), options.lang);
  }
}

/** `fix`'s rounds of safe fixes on a workbook's Grids (which are mended in place). */
export function fixGrids(
  grids: Grid[],
  profile: ProfileChoice,
  formulaCells: readonly CellPosition[],
): FixOutcome {
  return applySafeFixes(grids, { profile, isFormula: formulaPredicate(grids, formulaCells) });
}
