/**
 * Reading a workbook from disk as a person sees it in Excel, into the engine's Grids: rich text
 * joined into one string, only the top-left cell of a merged area holding a value, formulas by
 * their cached result, dates as Excel date serials with their number format, error values as
 * their text (#N/A), hidden sheets read and marked. A .csv is one sheet named after the file.
 *
 * Every way a file can fail to be read becomes a ReadError (read-errors.ts); nothing here throws
 * on bad input.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellRange, CellValue, Grid } from "../core/grid";
import { DEFAULT_MAX_SIZE_MB, UNPACKED_FACTOR } from "./limits";
import { csvToGrid, decodeText } from "./read-csv";
import { fromFsError, oneLine, readError, type ReadError, type ReadResult } from "./read-errors";
import { listZip, oleKind, sniffMagic, unpackedSize, zipKind, type ZipEntry } from "./sniff";

export interface ReadOptions {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBytes: DEFAULT_MAX_SIZE_MB * 1024 * 1024 };

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The zip's parts, as its central directory lists them. */
  parts: ZipEntry[];
}

export function isCsvPath(file: string): boolean {
  return /\.(csv|tsv)$/i.test(file);
}

/** The Grids of an .xlsx or .csv file, or why it cannot be read. */
export async function readGrids(
  file: string,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<ReadResult<Grid[]>> {
  const bytes = await readBytes(file, options);
  if (!bytes.ok) return bytes;
  if (isCsvPath(file) && sniffMagic(bytes.value) === "other") {
    const stem = path.basename(file).replace(/\.[^.]*$/, "");
    return { ok: true, value: [csvToGrid(decodeText(bytes.value), sheetName(stem))] };
  }
  const loaded = await loadWorkbookBytes(file, bytes.value, options);
  if (!loaded.ok) return loaded;
  return { ok: true, value: workbookToGrids(loaded.value.workbook) };
}

/** An .xlsx as an exceljs Workbook (for `fix`, which writes it back), or why it cannot be read. */
export async function loadWorkbook(
  file: string,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<ReadResult<LoadedWorkbook>> {
  const bytes = await readBytes(file, options);
  if (!bytes.ok) return bytes;
  return loadWorkbookBytes(file, bytes.value, options);
}

async function readBytes(file: string, options: ReadOptions): Promise<ReadResult<Buffer>> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return readError("UNREADABLE", { kind: "directory" });
    if (stat.size === 0) return readError("EMPTY");
    if (stat.size > options.maxBytes) return tooLarge(stat.size, options.maxBytes);
    const bytes = await fs.readFile(file);
    if (bytes.length === 0) return readError("EMPTY");
    return { ok: true, value: bytes };
  } catch (error) {
    return { ok: false, error: fromFsError(error) };
  }
}

function tooLarge(size: number, limit: number): { ok: false; error: ReadError } {
  return readError("TOO_LARGE", { sizeMB: megabytes(size), limitMB: megabytes(limit) });
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

async function loadWorkbookBytes(
  file: string,
  bytes: Buffer,
  options: ReadOptions,
): Promise<ReadResult<LoadedWorkbook>> {
  switch (sniffMagic(bytes)) {
    case "empty":
      return readError("EMPTY");
    case "ole": {
      // Office wraps a password-protected .xlsx in an OLE file; an unencrypted OLE workbook is a .xls.
      const kind = oleKind(bytes);
      if (kind === "encrypted") return readError("ENCRYPTED");
      if (kind === "legacy" || /\.xl[st]$/i.test(file)) return readError("LEGACY_XLS");
      return readError(/\.xls[xm]$/i.test(file) ? "ENCRYPTED" : "NOT_ZIP");
    }
    case "other":
      if (isCsvPath(file)) return readError("UNREADABLE", { kind: "notCsv" });
      return readError("NOT_ZIP");
    case "zip":
      break;
  }
  const parts = listZip(bytes);
  if (!parts) return readError("CORRUPT_ZIP");
  const kind = zipKind(parts);
  if (kind !== "xlsx") return readError("UNREADABLE", { kind });
  const unpacked = unpackedSize(parts);
  if (unpacked > options.maxBytes * UNPACKED_FACTOR)
    return tooLarge(unpacked, options.maxBytes * UNPACKED_FACTOR);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = oneLine(error);
    if (ZIP_FAILURE.test(reason)) return readError("CORRUPT_ZIP");
    return readError("UNREADABLE", { reason });
  }
  return { ok: true, value: { workbook, parts } };
}

// What JSZip and zlib say about a damaged archive.
const ZIP_FAILURE =
  /zip|central directory|signature|corrupt|inflate|invalid (?:block|code|distance|stored)|end of data|crc32|unexpected end|incorrect header|size mismatch/i;

/** Excel limits a sheet name to 31 characters without []:*?/\ ; a CSV's file stem may break either. */
function sheetName(stem: string): string {
  return stem.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

export function workbookToGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}

/** Excel's day 0 (1899-12-30, UTC) in milliseconds; exceljs turns 1904-system serials into the same Dates. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  let numberFormats: (string | null)[][] | undefined;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs gives a merged area's other cells the top-left value; Excel shows them empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = cell.value;
      const value = toCellValue(raw);
      if (value === null) return;
      const c = colNumber - 1;
      while (line.length < c) line.push(null);
      line[c] = value;
      if (typeof value === "number") {
        const format = cell.numFmt || (isDateValue(raw) ? DEFAULT_DATE_FORMAT : null);
        if (format && format !== "General") {
          numberFormats ??= [];
          while (numberFormats.length <= r) numberFormats.push([]);
          const formats = numberFormats[r];
          while (formats.length < c) formats.push(null);
          formats[c] = format;
        }
      }
    });
    if (line.length === 0) return;
    while (values.length < r) values.push([]);
    values[r] = line;
  });
  const grid: Grid = {
    sheet: worksheet.name,
    values,
    merges: mergesOf(worksheet),
    origin: { row: 0, col: 0 },
  };
  if (numberFormats) grid.numberFormats = numberFormats;
  if (worksheet.state && worksheet.state !== "visible") grid.hidden = true;
  return grid;
}

function isDateValue(value: ExcelJS.CellValue): boolean {
  if (value instanceof Date) return true;
  return typeof value === "object" && value !== null && "result" in value && value.result instanceof Date;
}

/** A cell's value as the engine takes it: what Excel displays, not how the file stores it. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : (time - EXCEL_EPOCH_MS) / MS_PER_DAY;
  }
  if ("richText" in value && Array.isArray(value.richText))
    return value.richText.map((run) => run.text ?? "").join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === "object" && result !== null && "error" in result)
      return String((result as { error: unknown }).error);
    return toCellValue(result as ExcelJS.CellValue | undefined);
  }
  if ("text" in value) return toCellValue((value as { text: ExcelJS.CellValue }).text);
  return null;
}

interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The merged areas, 0-based. exceljs keeps them by top-left address in `_merges`; the public
 * `worksheet.model.merges` builds the whole sheet's model to get there, which is slow on large sheets.
 */
export function mergesOf(worksheet: ExcelJS.Worksheet): CellRange[] {
  const internal = (worksheet as unknown as { _merges?: Record<string, MergeDimensions> })._merges;
  const areas: MergeDimensions[] = internal
    ? Object.values(internal)
    : worksheet.model.merges.flatMap((address) => {
        const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address);
        if (!match) return [];
        return [{ top: +match[2], left: letters(match[1]), bottom: +match[4], right: letters(match[3]) }];
      });
  return areas.map((area) => ({
    row: area.top - 1,
    col: area.left - 1,
    rowCount: area.bottom - area.top + 1,
    colCount: area.right - area.left + 1,
  }));
}

function letters(name: string): number {
  let n = 0;
  for (const ch of name) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
