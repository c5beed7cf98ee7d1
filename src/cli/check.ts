/**
 * `jixiao check <files or folders...>`: read each workbook, find its tables, lint them, report.
 *
 * What runs where (engine-client.ts, pool.ts, child.ts): the main thread parses the arguments, finds
 * the files, puts the report together and prints it, and loads the engine (the rules and their
 * wording) only if it is to run it itself.
 * - One file: the main thread reads it, where it is within the in-process limits (limits.ts); where
 *   a core is free for it (engine-client.ts, coreFree), an engine worker thread starts at once and
 *   warms the engine's JIT meanwhile; the Grids go to the worker, the file's records come back.
 *   Elsewhere the engine runs in the main thread after the read. A file past the in-process limits
 *   is read and checked in a child process instead, under --max-memory and --timeout.
 * - More files: a pool of child processes (`--jobs`, default one per core), each reading and
 *   checking one file at a time, so memory holds one workbook per child. Results are reported in the
 *   order the files were given, whatever order they finish in: the output is the same as one by one.
 * A file that cannot be read, or whose check crashes or runs out of memory or time, is reported
 * with a one-line error and the rest are still checked. JIXIAO_WORKER=never does it all in the
 * main thread (the same output, for comparison and debugging).
 */
import * as os from "node:os";
import type { Lang } from "../core/i18n/catalogue";
import type { ProfileChoice } from "../core/lint";
import type { ChildSetup } from "./child";
import { collectFiles } from "./collect-files";
import { palette, wantsColour } from "./colour";
import { engineOnWorker, startEngine, workersAllowed } from "./engine-client";
import type { WorkerSetup } from "./engine-worker";
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE } from "./exit-codes";
import { formatText } from "./format-text";
import type { Io } from "./io";
import type { JsonFile, JsonReport } from "./json-report";
import {
  parseCommandArgs,
  parseFormat,
  parseJobs,
  parseLang,
  parseProfileOption,
  processLimits,
  readOptions,
  UsageError,
  type Format,
} from "./options";
import { checkFiles, type ProcessLimits } from "./pool";
import type { ReadOptions } from "./read-workbook";
import { addToSummary, emptySummary, JSON_REPORT_VERSION, unreadFile, type CheckedFile } from "./summary";
import { jsonText, terminalSafe } from "./terminal-text";

export interface CheckOptions {
  format: Format;
  profile: ProfileChoice;
  lang: Lang;
  quiet: boolean;
  read: ReadOptions;
  /** Files checked at once in a batch. */
  jobs: number;
  limits: ProcessLimits;
}

/**
 * Warm-up rounds the engine worker may run while the main thread reads one file: 40–60 ms each
 * cold, 5–10 ms warm; the file's arrival ends the warm-up at once, and so does a busy machine
 * (engine-worker.ts). Measured on the 10,000-row bench workbook: the engine's time on it falls
 * from about 450 ms cold to 200 ms after 10 rounds and 150 ms after 30; further rounds gain little.
 */
export const WARM_UP_ROUNDS = 40;

export async function parseCheckArgs(
  args: readonly string[],
  io: Io,
): Promise<{ paths: string[]; options: CheckOptions }> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string", short: "f" },
    profile: { type: "string", short: "p" },
    lang: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    "max-size": { type: "string" },
    "max-cells": { type: "string" },
    "max-sheets": { type: "string" },
    jobs: { type: "string", short: "j" },
    "max-memory": { type: "string" },
    timeout: { type: "string" },
  });
  const options: CheckOptions = {
    format: parseFormat(values.format as string | undefined),
    lang: parseLang(values.lang as string | undefined, io.env),
    quiet: values.quiet === true,
    read: readOptions(values),
    profile: await parseProfileOption(values.profile as string | undefined),
    jobs: parseJobs(values.jobs as string | undefined, os.availableParallelism()),
    limits: processLimits(values),
  };
  if (positionals.length === 0) throw new UsageError("usage.noFiles");
  return { paths: positionals, options };
}

/** Milliseconds per phase, when JIXIAO_TIMING is set (for tuning; printed on stderr). */
interface Timing {
  read: number;
  find: number;
  lint: number;
  format: number;
  /** One file: how long the main thread waited for the engine after its read. */
  wait: number;
}

function workerSetup(options: CheckOptions, warmUpRounds: number): WorkerSetup {
  return { options: { profile: options.profile, lang: options.lang, quiet: options.quiet }, warmUpRounds };
}

function childSetup(options: CheckOptions): ChildSetup {
  return {
    options: { profile: options.profile, lang: options.lang, quiet: options.quiet },
    read: options.read,
  };
}

/**
 * One file: the main thread reads it while the engine worker (if a core is free for it) loads and
 * warms up; then the engine checks it. A file past the in-process limits goes to a child process.
 */
async function checkOneFile(
  file: string,
  options: CheckOptions,
  io: Io,
  timing: Timing | undefined,
): Promise<{ result: CheckedFile; engine: string }> {
  const engine = startEngine(workerSetup(options, WARM_UP_ROUNDS), options.limits, engineOnWorker(io.env));
  try {
    const started = performance.now();
    // Loaded now, while the worker starts: the reader is a tenth of a second of modules.
    const { readGrids, readGridsHere } = await import("./read-workbook");
    const read = workersAllowed(io.env)
      ? await readGridsHere(file, options.read)
      : await readGrids(file, options.read);
    const readMs = performance.now() - started;
    if (!read.ok) {
      if ("handOver" in read) return await checkInChild(file, options, engine);
      return { result: unreadFile(file, read.error, options.lang), engine: engine.describe() };
    }
    const result = await engine.check(file, read.value);
    if (timing) {
      timing.read += readMs;
      timing.wait += performance.now() - started - readMs;
    }
    return { result, engine: engine.describe() };
  } finally {
    engine.close();
  }
}

/** A file past the in-process limits: read and checked in a child process, the engine here let go first. */
async function checkInChild(
  file: string,
  options: CheckOptions,
  engine: { close(): void },
): Promise<{ result: CheckedFile; engine: string }> {
  engine.close();
  let result: CheckedFile | null = null;
  const pool = { jobs: 1, setup: childSetup(options), limits: options.limits, useChildren: true };
  await checkFiles([file], pool, (_index, checked) => (result = checked));
  return { result: result!, engine: "a child process (past the in-process limits)" };
}

export async function runCheck(args: readonly string[], io: Io): Promise<number> {
  const { paths, options } = await parseCheckArgs(args, io);
  const { files } = collectFiles(paths);
  if (files.length === 0) throw new UsageError("usage.nothingFound", { paths: paths.join(", ") });

  const progress = io.stderrIsTTY && files.length > 1 ? io.progress : null;
  const summary = emptySummary();
  const listed: JsonFile[] = [];
  const timing: Timing | undefined = io.env.JIXIAO_TIMING
    ? { read: 0, find: 0, lint: 0, format: 0, wait: 0 }
    : undefined;

  // Each file as it comes due, in the order given: progress, its error line, its record.
  const report = (file: string, result: CheckedFile): void => {
    progress?.(`[${listed.length + 1}/${files.length}] ${terminalSafe(file)}`);
    addToSummary(summary, result.counts);
    listed.push(result.file);
    if (timing && result.timing) {
      timing.read += result.timing.read ?? 0;
      timing.find += result.timing.find;
      timing.lint += result.timing.lint;
      timing.format += result.timing.format;
    }
    const error = result.file.error;
    if (error && options.format === "text") {
      progress?.("");
      io.err(`${terminalSafe(file)}: ${terminalSafe(error.message)} (${error.code})\n`);
    }
  };

  let engine = "";
  if (files.length === 1) {
    const one = await checkOneFile(files[0], options, io, timing);
    engine = one.engine;
    report(files[0], one.result);
  } else {
    // Results arrive as files finish; they are reported once every file before them has been.
    const arrived = new Map<number, CheckedFile>();
    await checkFiles(
      files,
      {
        jobs: options.jobs,
        setup: childSetup(options),
        limits: options.limits,
        useChildren: workersAllowed(io.env),
      },
      (index, result) => {
        arrived.set(index, result);
        for (let next = listed.length; arrived.has(next); next = listed.length) {
          report(files[next], arrived.get(next)!);
          arrived.delete(next);
        }
      },
    );
    engine = workersAllowed(io.env)
      ? `${Math.min(options.jobs, files.length)} child processes`
      : "main thread";
  }
  progress?.("");

  const formatting = performance.now();
  if (options.format === "json") {
    const json: JsonReport = { version: JSON_REPORT_VERSION, files: listed, summary };
    io.out(jsonText(json) + "\n");
  } else {
    const colour = wantsColour(io.env, { isTTY: io.stdoutIsTTY });
    io.out(
      formatText(listed, summary, { lang: options.lang, palette: palette(colour), quiet: options.quiet }),
    );
  }
  if (timing) {
    const phases = { ...timing, output: performance.now() - formatting, sinceStart: performance.now() };
    const text = Object.entries(phases).map(([phase, ms]) => `${phase} ${Math.round(ms)} ms`);
    io.err(`timing: ${text.join(", ")} (${engine})\n`);
  }
  if (summary.unreadable > 0) return EXIT_TROUBLE;
  return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}
