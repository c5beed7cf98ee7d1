/**
 * `jixiao fix <file> -o <out>`: applies the safe fixes (edits that mend a finding without changing
 * meaning) and writes a copy. The input is never written: `-o` naming it, by any path, is refused.
 *
 * Fixes are applied to the Grids in rounds, as ESLint does (one fix per cell per round, then check
 * again, since a fix may reveal another: safe-fixes.ts); only then are the changed cells written
 * into the exceljs workbook, one by one, so every other cell, style, merge, validation and sheet
 * goes through as read. The rounds run in the engine (engine-client.ts): on a worker that loads and
 * warms it while the main thread reads the workbook, where a core is free for it, else in the main
 * thread after the read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";
import type { Lang } from "../core/i18n/catalogue";
import type { ProfileChoice } from "../core/lint";
import { cliMessage, readErrorMessage } from "./cli-messages";
import { EngineStopped, engineOnWorker, startEngine, type ThreadLimits } from "./engine-client";
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE } from "./exit-codes";
import type { Io } from "./io";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS, MIN_MAX_MEMORY_MB } from "./limits";
import {
  parseCommandArgs,
  parseFormat,
  parseLang,
  parseMaxMemory,
  parseProfileOption,
  parseTimeout,
  readOptions,
  UsageError,
  type Format,
} from "./options";
import { oneLine, type ReadError } from "./read-errors";
import { isCsvPath, loadWorkbook, type ReadOptions } from "./read-workbook";
import type { AppliedFix, FixOutcome } from "./safe-fixes";
import type { ZipEntry } from "./sniff";
import { boundedText, jsonText, terminalSafe } from "./terminal-text";
import { compactValidations } from "./validations";

export type { AppliedFix, FixOutcome } from "./safe-fixes";

/** Warm-up rounds while the workbook is read (as check.ts's WARM_UP_ROUNDS). */
const FIX_WARM_UP_ROUNDS = 40;

/** Writes the mended values into the workbook, keeping each cell's style (and a hyperlink's target). */
export function writeFixes(workbook: ExcelJS.Workbook, fixes: readonly AppliedFix[]): number {
  const final = new Map<string, AppliedFix>();
  const first = new Map<string, CellValue>();
  for (const fix of fixes) {
    const key = `${fix.sheet}!${fix.cell}`;
    if (!first.has(key)) first.set(key, fix.from);
    final.set(key, fix);
  }
  let cells = 0;
  for (const [key, fix] of final) {
    if (first.get(key) === fix.to) continue;
    const worksheet = workbook.getWorksheet(fix.sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(fix.cell);
    const old = cell.value;
    if (old && typeof old === "object" && "hyperlink" in old && typeof fix.to === "string") {
      cell.value = { ...old, text: fix.to };
    } else {
      cell.value = fix.to;
    }
    cells++;
  }
  return cells;
}

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

/** Parts of an .xlsx that exceljs does not write back, with what a person calls them. */
const LOST_PARTS: { test: RegExp; name: Record<Lang, string> }[] = [
  { test: /^xl\/(charts|chartsheets)\//, name: { "zh-CN": "图表", "en-US": "charts" } },
  { test: /^xl\/(pivotTables|pivotCache)\//, name: { "zh-CN": "数据透视表", "en-US": "pivot tables" } },
  { test: /^xl\/vbaProject\.bin$/, name: { "zh-CN": "宏（VBA）", "en-US": "macros (VBA)" } },
  { test: /^xl\/(slicers|slicerCaches|timelines)\//, name: { "zh-CN": "切片器", "en-US": "slicers" } },
  { test: /^xl\/(webextensions)\//, name: { "zh-CN": "加载项设置", "en-US": "add-in settings" } },
  { test: /^customXml\//, name: { "zh-CN": "自定义 XML", "en-US": "custom XML" } },
  { test: /^xl\/threadedComments\//, name: { "zh-CN": "批注会话", "en-US": "threaded comments" } },
  { test: /^xl\/(activeX|ctrlProps)\//, name: { "zh-CN": "控件", "en-US": "form controls" } },
  { test: /^xl\/externalLinks\//, name: { "zh-CN": "外部链接", "en-US": "external links" } },
];

export function lostParts(parts: readonly ZipEntry[], lang: Lang): string[] {
  return LOST_PARTS.filter((kind) => parts.some((part) => kind.test.test(part.name))).map(
    (kind) => kind.name[lang],
  );
}

export interface FixArgs {
  input: string;
  output: string;
  format: Format;
  lang: Lang;
  profile: ProfileChoice;
  read: ReadOptions;
  limits: ThreadLimits;
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
    limits: {
      maxMemoryMB: parseMaxMemory(
        values["max-memory"] as string | undefined,
        DEFAULT_MAX_MEMORY_MB,
        MIN_MAX_MEMORY_MB,
      ),
      timeoutMs: parseTimeout(values.timeout as string | undefined, DEFAULT_TIMEOUT_SECONDS),
    },
  };
}

export async function runFix(args: readonly string[], io: Io): Promise<number> {
  const options = await parseFixArgs(args, io);
  const { input, output, lang } = options;
  if (isCsvPath(input)) throw new UsageError("usage.fixCsv");
  if (sameFile(input, output)) throw new UsageError("usage.fixSameFile", { output });

  const engine = startEngine(
    {
      options: { profile: options.profile, lang, quiet: false },
      read: options.read,
      warmUpRounds: FIX_WARM_UP_ROUNDS,
      readsFiles: false,
    },
    options.limits,
    engineOnWorker(io.env),
  );
  let loaded: Awaited<ReturnType<typeof loadWorkbook>>;
  let outcome: FixOutcome;
  try {
    loaded = await loadWorkbook(input, options.read);
    if (!loaded.ok) return unreadable(io, options, loaded.error);
    const { grids, formulaCells } = loaded.value;
    outcome = await engine.fix(grids, formulaCells);
  } catch (error) {
    if (error instanceof EngineStopped) return unreadable(io, options, error.error);
    throw error;
  } finally {
    engine.close();
  }
  const { workbook, parts } = loaded.value;
  const cells = writeFixes(workbook, outcome.fixes);

  try {
    await writeAtomically(workbook, output);
  } catch (error) {
    throw new UsageError("usage.outputUnwritable", { output, reason: oneLine(error) });
  }

  const stats = outcome.remaining;
  const lost = lostParts(parts, lang);
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

/** Writes beside the target and renames, so a failed write never leaves half a workbook behind. */
async function writeAtomically(workbook: ExcelJS.Workbook, output: string): Promise<void> {
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) {
    throw new Error(`${output} is a folder`);
  }
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  for (const worksheet of workbook.worksheets) compactValidations(worksheet);
  try {
    await workbook.xlsx.writeFile(temp);
    fs.renameSync(temp, output);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
