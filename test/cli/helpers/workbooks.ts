/** Writing test workbooks with exceljs: Grids as sheets, and the seed tables as the CLI reads them. */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid";
import { csvToGrid, decodeText } from "../../../src/cli/read-csv";
import { SEED_DIR } from "../../helpers/seed";

/** A fixed time stamp, so that the same content gives the same workbook properties. */
const STAMP = new Date(Date.UTC(2022, 0, 1));

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jixiao tests";
  workbook.created = STAMP;
  workbook.modified = STAMP;
  return workbook;
}

/** Adds a Grid as a sheet: values, number formats, merges, hidden state. */
export function addGridSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(grid.sheet, { state: grid.hidden ? "hidden" : "visible" });
  grid.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = sheet.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
      cell.value = value;
      const format = grid.numberFormats?.[r]?.[c];
      if (format) cell.numFmt = format;
    });
  });
  for (const m of grid.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  return sheet;
}

export async function writeGridsWorkbook(file: string, grids: readonly Grid[]): Promise<void> {
  const workbook = newWorkbook();
  for (const grid of grids) addGridSheet(workbook, grid);
  await workbook.xlsx.writeFile(file);
}

export function seedDir(): string {
  return SEED_DIR;
}

/** The seed CSV files, in their index order. */
export function seedCsvFiles(): string[] {
  const index = JSON.parse(fs.readFileSync(path.join(seedDir(), "index.json"), "utf8")) as { file: string }[];
  return index.map((entry) => path.join(seedDir(), entry.file));
}

/** Each seed CSV as the CLI reads it: one sheet named after the file's stem. */
export function seedCsvGrids(): Grid[] {
  return seedCsvFiles().map((file) =>
    csvToGrid(decodeText(fs.readFileSync(file)), path.basename(file).replace(/\.csv$/, "")),
  );
}

/** The seed CSVs' bytes, hashed into cache keys for conversions made from them. */
export function seedFingerprint(): string {
  return seedCsvFiles()
    .map((file) => `${path.basename(file)}:${fs.readFileSync(file).toString("base64")}`)
    .join("\n");
}

/** A sheet's data validations by address, as exceljs keeps them (its typings leave this out). */
export function validationModel(
  sheet: ExcelJS.Worksheet,
): Record<string, ExcelJS.DataValidation | undefined> {
  return (
    sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }
  ).dataValidations.model;
}
