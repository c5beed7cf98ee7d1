/**
 * `jixiao check <files or folders...>`: read each workbook, find its tables, lint them, report.
 * Files are read one at a time and only their findings kept, so a batch of hundreds of
 * workbooks holds one in memory. A file that cannot be read is reported and the rest still checked.
 */
import { findTables } from "../core/detect/find-tables";
import type { Lang } from "../core/i18n/catalogue";
import { lint, type ProfileChoice } from "../core/lint";
import { readErrorMessage } from "./cli-messages";
import { collectFiles } from "./collect-files";
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE } from "./exit-codes";
import { palette, wantsColour } from "./colour";
import { formatText } from "./format-text";
import type { Io } from "./io";
import {
  addToSummary,
  emptySummary,
  jsonFile,
  JSON_REPORT_VERSION,
  type FileResult,
  type JsonFile,
  type JsonReport,
} from "./json-report";
import { DEFAULT_MAX_SIZE_MB } from "./limits";
import {
  parseCommandArgs,
  parseFormat,
  parseLang,
  parseMaxSize,
  parseProfileOption,
  UsageError,
  type Format,
} from "./options";
import { oneLine } from "./read-errors";
import { readGrids, type ReadOptions } from "./read-workbook";

export interface CheckOptions {
  format: Format;
  profile: ProfileChoice;
  lang: Lang;
  quiet: boolean;
  read: ReadOptions;
}

export function parseCheckArgs(args: readonly string[], io: Io): { paths: string[]; options: CheckOptions } {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string", short: "f" },
    profile: { type: "string", short: "p" },
    lang: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    "max-size": { type: "string" },
  });
  const options: CheckOptions = {
    format: parseFormat(values.format as string | undefined),
    lang: parseLang(values.lang as string | undefined, io.env),
    quiet: values.quiet === true,
    read: { maxBytes: parseMaxSize(values["max-size"] as string | undefined, DEFAULT_MAX_SIZE_MB) },
    profile: parseProfileOption(values.profile as string | undefined),
  };
  if (positionals.length === 0) throw new UsageError("usage.noFiles");
  return { paths: positionals, options };
}

/** Checks one file; never throws on the file's content. */
/** Milliseconds per phase, when JIXIAO_TIMING is set (for tuning; printed on stderr). */
export interface Timing {
  read: number;
  find: number;
  lint: number;
}

export async function checkFile(file: string, options: CheckOptions, timing?: Timing): Promise<FileResult> {
  let at = performance.now();
  const lap = (phase: keyof Timing): void => {
    const now = performance.now();
    if (timing) timing[phase] += now - at;
    at = now;
  };
  const read = await readGrids(file, options.read);
  lap("read");
  if (!read.ok) return { path: file, error: read.error, tables: [], report: null };
  try {
    const tables = findTables(read.value);
    lap("find");
    const report = lint(tables, { profile: options.profile });
    lap("lint");
    return { path: file, error: null, tables, report };
  } catch (error) {
    // An engine bug on one workbook must not stop a batch: the file is reported as not checked.
    return {
      path: file,
      error: { code: "UNREADABLE", data: { reason: `jixiao internal error: ${oneLine(error)}` } },
      tables: [],
      report: null,
    };
  }
}

export async function runCheck(args: readonly string[], io: Io): Promise<number> {
  const { paths, options } = parseCheckArgs(args, io);
  const { files } = collectFiles(paths);
  if (files.length === 0) throw new UsageError("usage.nothingFound", { paths: paths.join(", ") });

  const progress = io.stderrIsTTY && files.length > 1 ? io.progress : null;
  const summary = emptySummary();
  const listed: JsonFile[] = [];
  const timing: Timing | undefined = io.env.JIXIAO_TIMING ? { read: 0, find: 0, lint: 0 } : undefined;
  for (const [i, file] of files.entries()) {
    progress?.(`[${i + 1}/${files.length}] ${file}`);
    const result = await checkFile(file, options, timing);
    addToSummary(summary, result);
    listed.push(jsonFile(result, { lang: options.lang, quiet: options.quiet }));
    if (result.error && options.format === "text") {
      progress?.("");
      io.err(`${file}: ${readErrorMessage(result.error, options.lang)} (${result.error.code})\n`);
    }
  }
  progress?.("");

  const formatting = performance.now();
  if (options.format === "json") {
    const report: JsonReport = { version: JSON_REPORT_VERSION, files: listed, summary };
    io.out(JSON.stringify(report, null, 2) + "\n");
  } else {
    const colour = wantsColour(io.env, { isTTY: io.stdoutIsTTY });
    io.out(
      formatText(listed, summary, { lang: options.lang, palette: palette(colour), quiet: options.quiet }),
    );
  }
  if (timing) {
    const phases = { ...timing, output: performance.now() - formatting, sinceStart: performance.now() };
    const text = Object.entries(phases).map(([phase, ms]) => `${phase} ${Math.round(ms)} ms`);
    io.err(`timing: ${text.join(", ")}\n`);
  }
  if (summary.unreadable > 0) return EXIT_TROUBLE;
  return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}
