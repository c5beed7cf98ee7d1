/**
 * Reading a workbook from disk as a person sees it in Excel, into the engine's Grids: rich text
 * joined into one string, only the top-left cell of a merged area holding a value, formulas by
 * their cached result, dates as Excel date serials with their number format, error values as
 * their text (#N/A), hidden sheets read and marked. A .csv is one sheet named after the file.
 *
 * Every way a file can fail to be read becomes a ReadError (read-errors.ts); nothing here throws
 * on bad input.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { ValueType } from "exceljs/lib/doc/enums";
import XLSX from "exceljs/lib/xlsx/xlsx";
import { keepTextFormulaResults } from "./text-formula-results";
import { parseA1, parseRangeA1, type CellRange, type CellValue, type Grid } from "../core/grid";
import {
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_SHEETS,
  DEFAULT_MAX_SIZE_MB,
  IN_PROCESS_MAX_CELLS,
  IN_PROCESS_MAX_UNPACKED_MB,
  UNPACKED_FACTOR,
} from "./limits";
import { csvToGrid, decodeText } from "./read-csv";
import { fromFsError, oneLine, readError, type ReadError, type ReadResult } from "./read-errors";
import { checkWorkbookBytes } from "../xlsx/check-bytes";
import { tooLarge, ZIP_FAILURE } from "../xlsx/read-errors";
import type { CellPosition } from "./safe-fixes";
import { DEFAULT_DATE_FORMAT, isDateValue, shownValue } from "../xlsx/cell-value";
import { sniffMagic, type ZipEntry } from "../xlsx/zip-directory";
import { unpackWorkbook, type TooLargeHere } from "./unpack";
import { keepValidationRanges } from "./validations";

export type { TooLargeHere } from "./unpack";

export interface ReadOptions {
  /** The largest file accepted, in bytes; its parts may unpack to UNPACKED_FACTOR times that. */
  maxBytes: number;
  /** The most cells and rows its sheets may store (--max-cells). */
  maxCells: number;
  /** The most sheets (--max-sheets). */
  maxSheets: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: DEFAULT_MAX_SIZE_MB * 1024 * 1024,
  maxCells: DEFAULT_MAX_CELLS,
  maxSheets: DEFAULT_MAX_SHEETS,
};

/** Where reading in the command's own process stops and hands the file to a child (limits.ts). */
const IN_PROCESS = { maxUnpacked: IN_PROCESS_MAX_UNPACKED_MB * 1024 * 1024, maxCells: IN_PROCESS_MAX_CELLS };

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The workbook's sheets as `check` reads them. */
  grids: Grid[];
  /** The zip's parts, as its central directory lists them. */
  parts: ZipEntry[];
  /** The cells the file stores a formula in, 0-based (see formulaPredicate for merged cells). */
  formulaCells: CellPosition[];
}

export function isCsvPath(file: string): boolean {
  return /\.(csv|tsv)$/i.test(file);
}

/** The Grids of an .xlsx or .csv file, or why it cannot be read. */
export async function readGrids(
  file: string,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<ReadResult<Grid[]>> {
  return readGridsWithin(file, options) as Promise<ReadResult<Grid[]>>;
}

/**
 * readGrids in the command's own process: a workbook past the in-process limits (limits.ts) is
 * not read here but handed over (TooLargeHere), to be read in a child process.
 */
export function readGridsHere(
  file: string,
  options: ReadOptions,
): Promise<ReadResult<Grid[]> | TooLargeHere> {
  return readGridsWithin(file, options, IN_PROCESS);
}

async function readGridsWithin(
  file: string,
  options: ReadOptions,
  soft?: typeof IN_PROCESS,
): Promise<ReadResult<Grid[]> | TooLargeHere> {
  const bytes = await readBytes(file, options);
  if (!bytes.ok) return bytes;
  if (isCsvPath(file) && sniffMagic(bytes.value) === "other") {
    const stem = path.basename(file).replace(/\.[^.]*$/, "");
    return { ok: true, value: [csvToGrid(decodeText(bytes.value), sheetName(stem))] };
  }
  const unpacked = await unpackBytes(file, bytes.value, options, soft);
  if (!unpacked.ok) return unpacked;
  try {
    return { ok: true, value: modelToGrids(await loadModel(unpacked.value.zip)) };
  } catch (error) {
    return loadFailure(error);
  }
}

/** An .xlsx as an exceljs Workbook (for `fix`, which writes it back), or why it cannot be read. */
export async function loadWorkbook(
  file: string,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<ReadResult<LoadedWorkbook>> {
  return loadWorkbookWithin(file, options) as Promise<ReadResult<LoadedWorkbook>>;
}

/** loadWorkbook in the command's own process, handing over a workbook past the in-process limits. */
export function loadWorkbookHere(
  file: string,
  options: ReadOptions,
): Promise<ReadResult<LoadedWorkbook> | TooLargeHere> {
  return loadWorkbookWithin(file, options, IN_PROCESS);
}

async function loadWorkbookWithin(
  file: string,
  options: ReadOptions,
  soft?: typeof IN_PROCESS,
): Promise<ReadResult<LoadedWorkbook> | TooLargeHere> {
  const bytes = await readBytes(file, options);
  if (!bytes.ok) return bytes;
  const unpacked = await unpackBytes(file, bytes.value, options, soft);
  if (!unpacked.ok) return unpacked;
  // One parse: the model is read into Grids as `check` reads it, then handed to the Workbook.
  // (exceljs as a whole loads in a tenth of a second more than its reader: only `fix` needs it.)
  keepValidationRanges();
  keepTextFormulaResults();
  const exceljs = await import("exceljs");
  const workbook = new exceljs.Workbook();
  let grids: Grid[] = [];
  let formulaCells: CellPosition[] = [];
  const builder = {
    set model(model: unknown) {
      const sheets = worksheetsOf(model);
      grids = modelToGrids(sheets);
      formulaCells = sheets.flatMap(sheetFormulaCells);
      workbook.model = model as ExcelJS.WorkbookModel;
    },
  };
  try {
    await new XLSX(builder).load(unpacked.value.zip);
  } catch (error) {
    return loadFailure(error);
  }
  return { ok: true, value: { workbook, grids, parts: unpacked.value.parts, formulaCells } };
}

async function readBytes(file: string, options: ReadOptions): Promise<ReadResult<Buffer>> {
  try {
    // Synchronous: the thread has nothing else to do meanwhile, and each asynchronous call is a
    // round trip through libuv's thread pool (measured: 2 ms a file on a busy machine, a third of
    // a small workbook's whole check).
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return readError("UNREADABLE", { kind: "directory" });
    if (stat.size === 0) return readError("EMPTY");
    if (stat.size > options.maxBytes) return tooLarge(stat.size, options.maxBytes);
    const bytes = fs.readFileSync(file);
    if (bytes.length === 0) return readError("EMPTY");
    if (bytes.length > options.maxBytes) return tooLarge(bytes.length, options.maxBytes);
    return { ok: true, value: bytes };
  } catch (error) {
    return { ok: false, error: fromFsError(error) };
  }
}

/** The workbook's parts, checked and unpacked within the limits (unpack.ts), as a zip for exceljs. */
async function unpackBytes(
  file: string,
  bytes: Buffer,
  options: ReadOptions,
  soft: typeof IN_PROCESS | undefined,
): Promise<ReadResult<{ parts: ZipEntry[]; zip: Buffer }> | TooLargeHere> {
  const checked = checkWorkbookBytes(bytes, { maxBytes: options.maxBytes, fileName: file });
  if (!checked.ok) return checked;
  const maxUnpacked = options.maxBytes * UNPACKED_FACTOR;
  const limits = { maxUnpacked, maxCells: options.maxCells, maxSheets: options.maxSheets };
  const unpacked = await unpackWorkbook(bytes, checked.value, limits, soft);
  if (!unpacked.ok) return unpacked;
  return { ok: true, value: { parts: checked.value, zip: unpacked.value.zip } };
}

function loadFailure(error: unknown): { ok: false; error: ReadError } {
  const reason = oneLine(error);
  // saxes words what is wrong with a part's XML as "line:column: what".
  if (/^\d+:\d+: /.test(reason))
    return readError("UNREADABLE", { kind: "damaged", reason: `its XML: ${reason}` });
  if (ZIP_FAILURE.test(reason)) return readError("CORRUPT_ZIP");
  return readError("UNREADABLE", { reason });
}

/** Excel limits a sheet name to 31 characters without []:*?/\ ; a CSV's file stem may break either. */
function sheetName(stem: string): string {
  return stem.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

// ---- from exceljs's parsed model to Grids ----

/** Excel's day 0 (1899-12-30, UTC) in milliseconds; exceljs turns 1904-system serials into the same Dates. */

/** Parts of a sheet `check` does not read; exceljs skips parsing them. */
const IGNORED_SHEET_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "hyperlinks",
  "rowBreaks",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "picture",
  "drawing",
  "tableParts",
  "autoFilter",
  "sheetProtection",
];

interface CellModel {
  address: string;
  type: number;
  value?: ExcelJS.CellValue;
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  text?: ExcelJS.CellValue;
  style?: { numFmt?: string };
}

interface SheetModel {
  name: string;
  state?: string;
  rows?: ({ number: number; cells?: CellModel[] } | null | undefined)[];
  mergeCells?: string[] | null;
}

/**
 * Parses the workbook with exceljs's own reader and keeps the model it produces, instead of
 * letting it build a Worksheet, Row and Cell object for every cell: that is a third of the load
 * time on a large sheet, and `check` only reads values.
 */
async function loadModel(bytes: Buffer): Promise<SheetModel[]> {
  keepTextFormulaResults();
  const kept: { model: unknown } = { model: null };
  const keeper = {
    set model(value: unknown) {
      kept.model = value;
    },
  };
  await new XLSX(keeper).load(bytes, { ignoreNodes: IGNORED_SHEET_NODES });
  return worksheetsOf(kept.model);
}

/** The sheets of exceljs's workbook model, in the workbook's order (chart sheets are not among them). */
function worksheetsOf(model: unknown): SheetModel[] {
  const worksheets = (model as { worksheets?: (SheetModel | undefined)[] } | null)?.worksheets;
  if (!Array.isArray(worksheets)) throw new Error("exceljs gave no worksheets");
  return worksheets.filter((sheet): sheet is SheetModel => sheet !== undefined && sheet !== null);
}

function sheetFormulaCells(sheet: SheetModel): CellPosition[] {
  const cells: CellPosition[] = [];
  for (const row of sheet.rows ?? []) {
    for (const cell of row?.cells ?? []) {
      if (cell.type === ValueType.Merge) continue;
      if (cell.formula === undefined && cell.sharedFormula === undefined) continue;
      const position = parseA1(cell.address);
      if (position) cells.push({ sheet: sheet.name, ...position });
    }
  }
  return cells;
}

function modelToGrids(sheets: readonly SheetModel[]): Grid[] {
  return sheets.map(sheetModelToGrid);
}

function sheetModelToGrid(sheet: SheetModel): Grid {
  const builder = new GridBuilder();
  for (const row of sheet.rows ?? []) {
    if (!row?.cells) continue;
    for (const cell of row.cells) {
      if (cell.type === ValueType.Merge) continue;
      const position = parseA1(cell.address);
      if (position) builder.put(position.row, position.col, modelCellValue(cell), cell.style?.numFmt);
    }
  }
  const merges = (sheet.mergeCells ?? []).flatMap((address) => {
    const range = parseRangeA1(address);
    return range ? [range] : [];
  });
  return builder.grid(sheet.name, merges, sheet.state !== undefined && sheet.state !== "visible");
}

/** A model cell's value as a Cell's `value` gives it: a formula with its result, a link by its text. */
function modelCellValue(cell: CellModel): ExcelJS.CellValue {
  if (cell.formula !== undefined || cell.sharedFormula !== undefined) {
    return { formula: cell.formula ?? "", result: cell.result } as ExcelJS.CellValue;
  }
  if (cell.type === ValueType.Hyperlink) return cell.text ?? null;
  return cell.value ?? null;
}

/** Collects cell values (and number formats) into a Grid; merged areas keep only their top-left value. */
class GridBuilder {
  private readonly values: CellValue[][] = [];
  private numberFormats: (string | null)[][] | undefined;

  put(r: number, c: number, raw: ExcelJS.CellValue, numFmt: string | undefined): void {
    const value = toCellValue(raw);
    if (value === null) return;
    while (this.values.length <= r) this.values.push([]);
    const line = this.values[r];
    while (line.length < c) line.push(null);
    line[c] = value;
    if (typeof value !== "number") return;
    const format = numFmt || (isDateValue(raw) ? DEFAULT_DATE_FORMAT : null);
    if (!format || format === "General") return;
    this.numberFormats ??= [];
    while (this.numberFormats.length <= r) this.numberFormats.push([]);
    const formats = this.numberFormats[r];
    while (formats.length < c) formats.push(null);
    formats[c] = format;
  }

  grid(sheet: string, merges: CellRange[], hidden: boolean): Grid {
    // A writer may leave values in the cells a merge covers; Excel shows them empty.
    for (const m of merges) {
      for (let r = m.row; r < m.row + m.rowCount && r < this.values.length; r++) {
        const line = this.values[r];
        for (let c = m.col; c < m.col + m.colCount && c < line.length; c++) {
          if (r !== m.row || c !== m.col) line[c] = null;
        }
      }
    }
    const grid: Grid = { sheet, values: this.values, merges, origin: { row: 0, col: 0 } };
    if (this.numberFormats) grid.numberFormats = this.numberFormats;
    if (hidden) grid.hidden = true;
    return grid;
  }
}

/** A cell's value as the engine takes it (the one conversion of both .xlsx readers). */
export const toCellValue = shownValue;
