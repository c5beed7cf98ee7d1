/**
 * `fix`'s work on one file, from reading it to writing the mended copy: the same in the command's
 * own process (fix.ts, with its engine on a warm-up thread where a core is free) and in a child
 * process (child.ts) for a workbook past the in-process limits, which is read there under
 * --max-memory and --timeout. What it returns is plain data, for either to report.
 *
 * Fixes are applied to the Grids in rounds (safe-fixes.ts); only then are the changed cells written
 * into the exceljs workbook, one by one, so every other cell, style, merge, validation and sheet
 * goes through as read.
 */
import * as fs from "node:fs";
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/grid";
import type { Lang } from "../core/i18n/catalogue";
import { oneLine, type ReadError } from "./read-errors";
import { loadWorkbook, loadWorkbookHere, type ReadOptions, type TooLargeHere } from "./read-workbook";
import type { AppliedFix, CellPosition, FixOutcome } from "./safe-fixes";
import { lostParts } from "../xlsx/lost-parts";
import { tempPath } from "./temp-path";
import { compactValidations } from "./validations";

export type FixFileResult =
  | {
      ok: true;
      outcome: FixOutcome;
      /** Cells written (a cell mended twice counts once; one mended back to what it was, not at all). */
      cells: number;
      /** What the copy does not carry over (charts, macros…), worded. */
      lost: string[];
    }
  | { ok: false; error: ReadError }
  /** The copy could not be written (a usage error: the output's place). */
  | { ok: false; unwritable: string };

export interface FixFileOptions {
  lang: Lang;
  read: ReadOptions;
  /** Read it only if it is within the in-process limits (else TooLargeHere). */
  here: boolean;
}

/** Reads the input, has the engine run the rounds of safe fixes, writes the copy. */
export async function fixFile(
  input: string,
  output: string,
  options: FixFileOptions,
  fix: (grids: Grid[], formulaCells: CellPosition[]) => Promise<FixOutcome>,
): Promise<FixFileResult | TooLargeHere> {
  const loaded = options.here
    ? await loadWorkbookHere(input, options.read)
    : await loadWorkbook(input, options.read);
  if (!loaded.ok) return loaded;
  const { workbook, parts, grids, formulaCells } = loaded.value;
  const outcome = await fix(grids, formulaCells);
  const cells = writeFixes(workbook, outcome.fixes);
  try {
    await writeAtomically(workbook, output);
  } catch (error) {
    return { ok: false, unwritable: oneLine(error) };
  }
  return { ok: true, outcome, cells, lost: lostParts(parts, options.lang) };
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

/** Writes beside the target and renames, so a failed write never leaves half a workbook behind. */
async function writeAtomically(workbook: ExcelJS.Workbook, output: string): Promise<void> {
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) {
    throw new Error(`${output} is a folder`);
  }
  const temp = tempPath(output);
  for (const worksheet of workbook.worksheets) compactValidations(worksheet);
  try {
    await workbook.xlsx.writeFile(temp);
    fs.renameSync(temp, output);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
