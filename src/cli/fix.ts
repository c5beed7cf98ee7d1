/**
 * `jixiao fix <file> -o <out>`: applies the safe fixes (edits that mend a finding without changing
 * meaning) and writes a copy. The input is never written: `-o` naming it, by any path, is refused.
 *
 * Fixes are applied to the Grids in rounds, as ESLint does (one fix per cell per round, then check
 * again, since a fix may reveal another); only then are the changed cells written into the exceljs
 * workbook, one by one, so every other cell, style, merge, validation and sheet goes through as read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { findTables } from "../core/detect/find-tables";
import type { Edit } from "../core/edits";
import { cellAt, toA1, type CellValue, type Grid } from "../core/grid";
import type { Lang } from "../core/i18n/catalogue";
import { lint, type ProfileChoice } from "../core/lint";
import type { Report } from "../core/report";
import { EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE } from "./exit-codes";
import { cliMessage, readErrorMessage } from "./cli-messages";
import type { Io } from "./io";
import { DEFAULT_MAX_SIZE_MB, MAX_FIX_PASSES } from "./limits";
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
import { isCsvPath, loadWorkbook } from "./read-workbook";
import type { ZipEntry } from "./sniff";
import { compactValidations } from "./validations";

export interface AppliedFix {
  rule: string;
  sheet: string;
  cell: string;
  from: CellValue;
  to: CellValue;
}

export interface FixOutcome {
  fixes: AppliedFix[];
  /** Cells a fix would have changed but that hold a formula (left alone). */
  skippedFormulas: { sheet: string; cell: string }[];
  /** The report on the mended grids: what is left for a person. */
  remaining: Report;
}

/**
 * Applies safe fixes to `grids` in place, round after round, until none is left or the rounds run
 * out. `isFormula` says which cells must not be touched.
 */
export function applySafeFixes(
  grids: Grid[],
  options: { profile: ProfileChoice; isFormula?: (sheet: string, row: number, col: number) => boolean },
): FixOutcome {
  const fixes: AppliedFix[] = [];
  const skipped = new Map<string, { sheet: string; cell: string }>();
  const bySheet = new Map(grids.map((grid) => [grid.sheet, grid]));
  let report = lint(findTables(grids), { profile: options.profile });
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const touched = new Set<string>();
    let applied = 0;
    for (const diagnostic of report.diagnostics) {
      const edits = diagnostic.fix ?? [];
      if (edits.length === 0) continue;
      const plan = planCells(edits, bySheet, touched, options.isFormula, skipped);
      if (!plan) continue;
      for (const { grid, edit } of plan) {
        const from = cellAt(grid, edit.row, edit.col);
        setCell(grid, edit.row, edit.col, edit.value);
        touched.add(cellKey(edit.sheet, edit.row, edit.col));
        fixes.push({
          rule: diagnostic.rule,
          sheet: edit.sheet,
          cell: toA1(edit.row, edit.col),
          from,
          to: edit.value,
        });
      }
      applied++;
    }
    if (applied === 0) break;
    report = lint(findTables(grids), { profile: options.profile });
  }
  return { fixes, skippedFormulas: [...skipped.values()], remaining: report };
}

type SetValue = Extract<Edit, { kind: "setValue" }>;

/** The edits of one fix, if all of them can be applied now; a fix is applied whole or not at all. */
function planCells(
  edits: readonly Edit[],
  bySheet: ReadonlyMap<string, Grid>,
  touched: ReadonlySet<string>,
  isFormula: ((sheet: string, row: number, col: number) => boolean) | undefined,
  skipped: Map<string, { sheet: string; cell: string }>,
): { grid: Grid; edit: SetValue }[] | null {
  const plan: { grid: Grid; edit: SetValue }[] = [];
  for (const edit of edits) {
    // Fixes only set values today; a fix of another kind is left for the pane, which can show it.
    if (edit.kind !== "setValue") return null;
    const grid = bySheet.get(edit.sheet);
    if (!grid) return null;
    const key = cellKey(edit.sheet, edit.row, edit.col);
    if (touched.has(key)) return null;
    if (edit.expected !== undefined && cellAt(grid, edit.row, edit.col) !== edit.expected) return null;
    if (isFormula?.(edit.sheet, edit.row, edit.col)) {
      skipped.set(key, { sheet: edit.sheet, cell: toA1(edit.row, edit.col) });
      return null;
    }
    plan.push({ grid, edit });
  }
  return plan;
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

function setCell(grid: Grid, row: number, col: number, value: CellValue): void {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  while (grid.values.length <= r) grid.values.push([]);
  const line = grid.values[r];
  while (line.length <= c) line.push(null);
  line[c] = value;
}

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

function isFormulaCell(workbook: ExcelJS.Workbook): (sheet: string, row: number, col: number) => boolean {
  return (sheet, row, col) => {
    const worksheet = workbook.getWorksheet(sheet);
    const cell = worksheet?.findCell(row + 1, col + 1);
    const value = cell?.value;
    return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
  };
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
  maxBytes: number;
}

export function parseFixArgs(args: readonly string[], io: Io): FixArgs {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    profile: { type: "string", short: "p" },
    lang: { type: "string" },
    "max-size": { type: "string" },
  });
  const lang = parseLang(values.lang as string | undefined, io.env);
  const output = values.output as string | undefined;
  if (positionals.length !== 1 || !output) throw new UsageError("usage.fixArgs");
  return {
    input: positionals[0],
    output,
    lang,
    format: parseFormat(values.format as string | undefined),
    profile: parseProfileOption(values.profile as string | undefined),
    maxBytes: parseMaxSize(values["max-size"] as string | undefined, DEFAULT_MAX_SIZE_MB),
  };
}

export async function runFix(args: readonly string[], io: Io): Promise<number> {
  const options = parseFixArgs(args, io);
  const { input, output, lang } = options;
  if (isCsvPath(input)) throw new UsageError("usage.fixCsv");
  if (sameFile(input, output)) throw new UsageError("usage.fixSameFile", { output });

  const loaded = await loadWorkbook(input, { maxBytes: options.maxBytes });
  if (!loaded.ok) {
    const message = readErrorMessage(loaded.error, lang);
    if (options.format === "json") {
      io.out(
        JSON.stringify(
          { version: 1, input, output: null, error: { code: loaded.error.code, message } },
          null,
          2,
        ) + "\n",
      );
    } else io.err(`${input}: ${message} (${loaded.error.code})\n`);
    return EXIT_TROUBLE;
  }
  const { workbook, grids, parts } = loaded.value;
  const outcome = applySafeFixes(grids, { profile: options.profile, isFormula: isFormulaCell(workbook) });
  const cells = writeFixes(workbook, outcome.fixes);

  try {
    await writeAtomically(workbook, output);
  } catch (error) {
    throw new UsageError("usage.outputUnwritable", { output, reason: oneLine(error) });
  }

  const stats = outcome.remaining.stats;
  const lost = lostParts(parts, lang);
  if (options.format === "json") {
    io.out(
      JSON.stringify(
        {
          version: 1,
          input,
          output,
          error: null,
          fixes: outcome.fixes.map((fix) => ({ ...fix })),
          skipped: outcome.skippedFormulas,
          notCarriedOver: lost,
          remaining: { errors: stats.errors, warnings: stats.warnings, infos: stats.infos },
        },
        null,
        2,
      ) + "\n",
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
    io.out(lines.join("\n") + "\n");
    if (lost.length > 0)
      io.err(cliMessage(lang, "fix.lostParts", { parts: lost.join(lang === "zh-CN" ? "、" : ", ") }) + "\n");
  }
  return stats.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

function quote(value: CellValue): string {
  if (value === null) return "∅";
  return `“${String(value).replace(/\r?\n/g, "⏎").replace(/\t/g, "⇥")}”`;
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
