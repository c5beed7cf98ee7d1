/**
 * `jixiao fix <file> -o <out>`: applies the safe fixes (edits that mend a finding without changing
 * meaning) and writes a copy. The input is never written: `-o` naming it, by any path, is refused.
 *
 * The work on the file is fix-file.ts's. Where it runs: a workbook within the in-process limits
 * (limits.ts) is read in the command's own process, and the rounds of fixes run in the engine
 * (engine-client.ts): on a worker thread that loads and warms it while the main thread reads the
 * workbook, where a core is free for it, else in the main thread after the read. A workbook past
 * those limits is read, mended and written in a child process (pool.ts) under --max-memory and
 * --timeout, so one that needs more ends that process with one line, not this one.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CellValue } from "../core/grid";
import type { Lang } from "../core/i18n/catalogue";
import type { ProfileChoice } from "../core/lint";
import { cliMessage, readErrorMessage } from "./cli-messages";
import { EngineStopped, engineOnWorker, startEngine, workersAllowed } from "./engine-client";
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE } from "./exit-codes";
import { fixFile, type FixFileResult } from "./fix-file";
import type { Io } from "./io";
import {
  parseCommandArgs,
  parseFormat,
  parseLang,
  parseProfileOption,
  processLimits,
  readOptions,
  UsageError,
  type Format,
} from "./options";
import type { ProcessLimits } from "./pool";
import type { ReadError } from "./read-errors";
import { isCsvPath, type ReadOptions } from "./read-workbook";
import { boundedText, jsonText, terminalSafe } from "./terminal-text";

export type { AppliedFix, FixOutcome } from "./safe-fixes";
export { writeFixes } from "./fix-file";
export { lostParts } from "../xlsx/lost-parts";

/** Warm-up rounds while the workbook is read (as check.ts's WARM_UP_ROUNDS). */
const FIX_WARM_UP_ROUNDS = 40;

/** True when two paths name the same file: same path after links, or the same inode. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
  } catch {
    // one of them does not exist yet: compare the paths
  }
  return canonicalPath(a) === canonicalPath(b);
}

function canonicalPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

export interface FixArgs {
  input: string;
  output: string;
  format: Format;
  lang: Lang;
  profile: ProfileChoice;
  read: ReadOptions;
  limits: ProcessLimits;
}

export async function parseFixArgs(args: readonly string[], io: Io): Promise<FixArgs> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    profile: { type: "string", short: "p" },
    lang: { type: "string" },
    "max-size": { type: "string" },
    "max-cells": { type: "string" },
    "max-sheets": { type: "string" },
    "max-memory": { type: "string" },
    timeout: { type: "string" },
  });
  const lang = parseLang(values.lang as string | undefined, io.env);
  const output = values.output as string | undefined;
  if (positionals.length !== 1 || !output) throw new UsageError("usage.fixArgs");
  return {
    input: positionals[0],
    output,
    lang,
    format: parseFormat(values.format as string | undefined),
    profile: await parseProfileOption(values.profile as string | undefined),
    read: readOptions(values),
    limits: processLimits(values),
  };
}

/** The file, fixed in this process, or, past the in-process limits, in a child process. */
async function fixHereOrInChild(options: FixArgs, io: Io): Promise<FixFileResult> {
  const { input, output, lang, profile } = options;
  const engine = startEngine(
    { options: { profile, lang, quiet: false }, warmUpRounds: FIX_WARM_UP_ROUNDS },
    options.limits,
    engineOnWorker(io.env),
  );
  let result: Awaited<ReturnType<typeof fixFile>>;
  try {
    const here = workersAllowed(io.env);
    result = await fixFile(input, output, { lang, read: options.read, here }, (grids, cells) =>
      engine.fix(grids, cells),
    );
  } catch (error) {
    if (error instanceof EngineStopped) return { ok: false, error: error.error };
    throw error;
  } finally {
    engine.close();
  }
  if (result.ok || !("handOver" in result)) return result;
  const { fixInChild } = await import("./pool");
  return fixInChild(input, output, {
    jobs: 1,
    setup: { options: { profile, lang, quiet: false }, read: options.read },
    limits: options.limits,
    useChildren: true,
  });
}

export async function runFix(args: readonly string[], io: Io): Promise<number> {
  const options = await parseFixArgs(args, io);
  const { input, output, lang } = options;
  if (isCsvPath(input)) throw new UsageError("usage.fixCsv");
  if (sameFile(input, output)) throw new UsageError("usage.fixSameFile", { output });

  const result = await fixHereOrInChild(options, io);
  if (!result.ok) {
    if ("unwritable" in result)
      throw new UsageError("usage.outputUnwritable", { output, reason: result.unwritable });
    return unreadable(io, options, result.error);
  }
  const { outcome, cells, lost } = result;
  const stats = outcome.remaining;
  if (options.format === "json") {
    io.out(
      jsonText({
        version: 1,
        input,
        output,
        error: null,
        fixes: outcome.fixes.map((fix) => ({ ...fix })),
        skipped: outcome.skippedFormulas,
        notCarriedOver: lost,
        remaining: { errors: stats.errors, warnings: stats.warnings, infos: stats.infos },
      }) + "\n",
    );
  } else {
    const lines: string[] = [];
    for (const fix of outcome.fixes) {
      lines.push(`  ${fix.sheet}!${fix.cell}  ${quote(fix.from)} → ${quote(fix.to)}  ${fix.rule}`);
    }
    for (const skip of outcome.skippedFormulas)
      lines.push(`  ${cliMessage(lang, "fix.skippedFormula", skip)}`);
    lines.push(
      outcome.fixes.length > 0
        ? cliMessage(lang, "fix.applied", { fixed: outcome.fixes.length, cells, output })
        : cliMessage(lang, "fix.nothing", { output }),
    );
    if (stats.errors + stats.warnings + stats.infos > 0)
      lines.push(cliMessage(lang, "fix.remaining", { ...stats, output }));
    io.out(lines.map((line) => terminalSafe(line)).join("\n") + "\n");
    if (lost.length > 0)
      io.err(cliMessage(lang, "fix.lostParts", { parts: lost.join(lang === "zh-CN" ? "、" : ", ") }) + "\n");
  }
  return stats.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** The input could not be read, or its check stopped (memory, time): one line, or the JSON form. */
function unreadable(io: Io, options: FixArgs, error: ReadError): number {
  const message = readErrorMessage(error, options.lang);
  if (options.format === "json") {
    io.out(
      jsonText({ version: 1, input: options.input, output: null, error: { code: error.code, message } }) +
        "\n",
    );
  } else io.err(`${terminalSafe(options.input)}: ${terminalSafe(message)} (${error.code})\n`);
  return EXIT_TROUBLE;
}

/** A cell's value as the text output quotes it: line breaks and tabs as symbols (terminalSafe), cut if long. */
function quote(value: CellValue): string {
  if (value === null) return "∅";
  return `“${boundedText(String(value))}”`;
}
