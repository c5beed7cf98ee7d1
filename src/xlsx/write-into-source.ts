/**
 * A download of a workbook that was read from a file, written into that file: the file is loaded
 * again and each of its sheets is rebuilt from the in-memory sheet, where every cell takes the style
 * (borders, fonts, fills, alignment, protection, number format), the note and — when the value is the
 * one read — the very content (formula, rich text, date, link, error) of the file's cell it came from
 * (SheetModel.origins, which move with inserted rows). Rows keep their height, visibility and outline
 * level the same way; columns, frozen panes and other views, print setup, defined names, images,
 * themes and sheet properties stay as read. Over that goes what the model changed: values, number
 * formats, the user's fills and font colours set here, merged areas, data validations and custom
 * conditional formats (the model holds all of them, read from this file). Conditional formats of
 * other kinds, print areas and defined names follow the inserts and deletes made since.
 *
 * Sheets added here are written whole; sheets deleted here are removed; order, names, visibility
 * and the active sheet are the model's. A workbook with formulas is marked for recalculation on open,
 * since the preview does not recalculate: Excel refreshes each result the first time it opens it.
 *
 * exceljs has no public way to empty a sheet's rows while keeping the sheet; `_rows` is reset
 * directly (exceljs 4.4.0, pinned). The tests in test/xlsx/faithful-download.test.ts hold all of it.
 */
import type { Cell, CellValue as ExcelCellValue, Style, Workbook, Worksheet } from "exceljs";
import { rangeToA1, toA1, type CellRange, type CellValue } from "../core/grid";
import { parseAddress } from "../workbook/address";
import { coalesce, shiftArea } from "../workbook/geometry";
import { shiftFormula } from "../workbook/formula-refs";
import type { CellFormat, LoggedEdit, SheetModel, WorkbookModel } from "../workbook/workbook-model";
import { eachStoredRow, type ExcelJS } from "./load-exceljs";
import { cellFormat, readValue } from "./read-xlsx";
import {
  addSheet,
  argb,
  DEFAULT_WORKBOOK_VIEW,
  modelCellValue,
  rangeKey,
  writeConditionalFormat,
  writeValidation,
  type ColumnWidths,
} from "./sheet-writers";

/** What the file held in one cell. */
interface FileCell {
  value: ExcelCellValue;
  style: Partial<Style>;
  note: Cell["note"] | undefined;
  merged: boolean;
}

interface FileRow {
  height: number | undefined;
  hidden: boolean;
  outlineLevel: number | undefined;
  style: Partial<Style>;
}

type ConditionalFormatting = {
  ref: string;
  rules: { type: string; priority?: number; formulae?: unknown[] }[];
};

type WorksheetInternals = Worksheet & {
  _rows: unknown[];
  conditionalFormattings: ConditionalFormatting[];
  orderNo: number;
};

export async function writeIntoSource(
  excel: ExcelJS,
  model: WorkbookModel,
  source: ArrayBuffer,
  columnWidths: ColumnWidths | undefined,
): Promise<Workbook> {
  const workbook = new excel.Workbook();
  // As read-xlsx.ts reads it: the validations are the model's, written below.
  await workbook.xlsx.load(source, { ignoreNodes: ["dataValidations", "extLst"] } as never);
  const bySource = new Map(workbook.worksheets.map((worksheet) => [worksheet.name, worksheet]));
  // Which of the file's sheets each sheet of the model is; the file's others were deleted here and go
  // first, so that a sheet made here may take the name of one deleted (a review sheet made again).
  const matched = new Map<SheetModel, Worksheet>();
  const kept = new Set<Worksheet>();
  for (const sheet of model.sheets) {
    const worksheet = sheet.source ? bySource.get(sheet.source) : undefined;
    if (worksheet && !kept.has(worksheet)) {
      kept.add(worksheet);
      matched.set(sheet, worksheet);
    }
  }
  for (const worksheet of bySource.values()) {
    if (!kept.has(worksheet)) workbook.removeWorksheet(worksheet.id);
  }
  let formulas = false;
  for (const sheet of model.sheets) {
    const worksheet = matched.get(sheet);
    if (worksheet) rebuildSheet(excel, worksheet, sheet, editsOf(model.edits, sheet));
    else addSheet(workbook, sheet, columnWidths);
    formulas ||= sheet.formulas.extent() !== null;
  }
  // Names, states and order last; a renamed sheet goes through a name no sheet has, so that two sheets
  // that swapped names never meet.
  const bySheet = new Map<string, Worksheet>();
  for (const sheet of model.sheets) {
    const worksheet = matched.get(sheet) ?? workbook.getWorksheet(sheet.name);
    if (worksheet) bySheet.set(sheet.id, worksheet);
  }
  model.sheets.forEach((sheet, index) => {
    const worksheet = bySheet.get(sheet.id);
    if (worksheet && worksheet.name !== sheet.name) worksheet.name = `\u0001${index}`;
  });
  model.sheets.forEach((sheet, index) => {
    const worksheet = bySheet.get(sheet.id) as WorksheetInternals | undefined;
    if (!worksheet) return;
    worksheet.name = sheet.name;
    worksheet.state =
      sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
    worksheet.orderNo = index + 1;
  });
  shiftDefinedNames(workbook, model.edits);
  const active = model.activeSheet();
  if (active) {
    const view = workbook.views?.[0] ?? DEFAULT_WORKBOOK_VIEW;
    workbook.views = [{ ...view, firstSheet: 0, activeTab: active.position }];
  }
  // The preview shows formulas' last results and does not recalculate them after an edit.
  if (formulas) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return workbook;
}

/** The edits made to this sheet, under any name it had. */
function editsOf(edits: readonly LoggedEdit[], sheet: SheetModel): LoggedEdit[] {
  return edits.filter((e) => e.sheet === sheet.name || e.sheet === sheet.source);
}

function key(row: number, col: number): number {
  return row * 16_384 + col;
}

function rebuildSheet(excel: ExcelJS, worksheet: Worksheet, sheet: SheetModel, edits: LoggedEdit[]): void {
  const cells = new Map<number, FileCell>();
  const rows = new Map<number, FileRow>();
  eachStoredRow(worksheet, (row, rowNumber) => {
    rows.set(rowNumber - 1, {
      height: row.height,
      hidden: row.hidden,
      outlineLevel: row.outlineLevel,
      style: (row as unknown as { style: Partial<Style> }).style,
    });
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cells.set(key(rowNumber - 1, colNumber - 1), {
        value: cell.value,
        style: cell.style,
        note: cell.note,
        merged: cell.type === excel.ValueType.Merge,
      });
    });
  });
  for (const merge of worksheet.model.merges) worksheet.unMergeCells(merge);
  const internals = worksheet as WorksheetInternals;
  internals._rows = [];

  for (const [r, c] of positions(sheet)) writeCell(worksheet.getCell(r + 1, c + 1), sheet, r, c, cells);
  sheet.rowOrigins.forEach((from, r) => {
    const original = rows.get(from);
    if (!original) return;
    const row = worksheet.getRow(r + 1);
    if (original.height !== undefined) row.height = original.height;
    if (original.hidden) row.hidden = true;
    if (original.outlineLevel) row.outlineLevel = original.outlineLevel;
    if (original.style && Object.keys(original.style).length > 0)
      (row as unknown as { style: Partial<Style> }).style = original.style;
  });
  for (const merge of sheet.merges) worksheet.mergeCellsWithoutStyle(rangeKey(merge));
  sheet.validations.forEach((entry) => writeValidation(worksheet, entry));

  // Conditional formats the model does not hold (colour scales, data bars…) stay, moved as cells moved.
  const others = (internals.conditionalFormattings ?? []).flatMap((format) => {
    const rules = format.rules.filter((rule) => !isCustomFormula(rule));
    if (rules.length === 0) return [];
    const ref = shiftRef(format.ref, edits);
    return ref ? [{ ...format, ref, rules }] : [];
  });
  internals.conditionalFormattings = [];
  sheet.conditionalFormats.forEach((entry, index) => writeConditionalFormat(worksheet, entry, index));
  internals.conditionalFormattings.push(...others);

  const printArea = worksheet.pageSetup?.printArea;
  if (printArea) {
    const shifted = printArea
      .split(",")
      .map((part) => shiftRef(part, edits, ":"))
      .filter(Boolean);
    worksheet.pageSetup.printArea = shifted.length > 0 ? shifted.join(",") : undefined;
  }

  const { row, col } = sheet.activeCell;
  if (worksheet.views?.length || row > 0 || col > 0) {
    const views = worksheet.views?.length ? worksheet.views : [{ state: "normal" as const }];
    const active = toA1(row, col);
    worksheet.views = views.map((view, i) => (i === 0 ? { ...view, activeCell: active } : view));
  }
}

/** Every place the model holds anything for, once. */
function positions(sheet: SheetModel): [number, number][] {
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const visit = (_value: unknown, r: number, c: number) => {
    const k = key(r, c);
    if (seen.has(k)) return;
    seen.add(k);
    out.push([r, c]);
  };
  sheet.origins.forEach(visit);
  sheet.values.forEach(visit);
  sheet.formulas.forEach(visit);
  sheet.numberFormats.forEach(visit);
  sheet.formats.forEach(visit);
  sheet.hyperlinks.forEach(visit);
  return out;
}

function writeCell(cell: Cell, sheet: SheetModel, r: number, c: number, cells: Map<number, FileCell>): void {
  const origin = sheet.origins.get(r, c);
  const file = origin ? cells.get(key(origin.row, origin.col)) : undefined;
  const sameContent = file !== undefined && !origin?.styleOnly && !file.merged;
  const value = sheet.value(r, c);
  const read = sameContent ? readValue(file.value) : null;
  const unchanged =
    read !== null &&
    !read.formula &&
    sameValue(read.value, value) &&
    !sheet.formulas.get(r, c) &&
    Boolean(read.link) === Boolean(sheet.hyperlink(r, c));
  cell.value = unchanged ? file!.value : modelCellValue(sheet, r, c);

  let style: Partial<Style> = file?.style ?? {};
  const wanted = sheet.formats.get(r, c) ?? null;
  if (!sameFormat(file ? cellFormat(file.style) : null, wanted, style)) style = withFormat(style, wanted);
  const numberFormat = sheet.numberFormats.get(r, c);
  if (numberFormat !== undefined && numberFormat !== (style.numFmt ?? "General"))
    style = { ...style, numFmt: numberFormat };
  if (Object.keys(style).length > 0) cell.style = style;
  if (sameContent && file.note !== undefined) cell.note = file.note;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-12);
}

const FORMAT_KEYS = ["fill", "fontColor", "bold", "italic"] as const;

/** True when the model's formatting is what the file's style already says (wrapping included, when set here). */
function sameFormat(read: CellFormat | null, wanted: CellFormat | null, style: Partial<Style>): boolean {
  if (FORMAT_KEYS.some((k) => (read?.[k] ?? undefined) !== (wanted?.[k] ?? undefined))) return false;
  if (wanted?.wrapText !== undefined && wanted.wrapText !== (style.alignment?.wrapText ?? false))
    return false;
  return true;
}

/** The file's style with the model's fill, font colour, bold, italic and wrapping over it. */
function withFormat(style: Partial<Style>, wanted: CellFormat | null): Partial<Style> {
  const next: Partial<Style> = { ...style };
  const fill = argb(wanted?.fill);
  if (fill) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  else if (style.fill?.type === "pattern" && style.fill.pattern === "solid") delete next.fill;
  const font = { ...(style.font ?? {}) };
  const color = argb(wanted?.fontColor);
  if (color) font.color = { argb: color };
  else if (font.color?.argb) delete font.color;
  if (wanted?.bold) font.bold = true;
  else delete font.bold;
  if (wanted?.italic) font.italic = true;
  else delete font.italic;
  next.font = font;
  if (wanted?.wrapText !== undefined)
    next.alignment = { ...(style.alignment ?? {}), wrapText: wanted.wrapText };
  return next;
}

function isCustomFormula(rule: { type: string; formulae?: unknown[] }): boolean {
  return rule.type === "expression" && typeof rule.formulae?.[0] === "string";
}

/** A list of areas ("A1:B5 D2"), moved by the edits; null when nothing is left. */
function shiftRef(ref: string, edits: readonly LoggedEdit[], join = " "): string | null {
  let areas: CellRange[] = ref
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part) => {
      const parsed = parseAddress(part.replace(/^.*!/, ""));
      return parsed ? [parsed.range] : [];
    });
  if (edits.length === 0) return ref;
  for (const { edit } of edits) areas = coalesce(areas.flatMap((area) => shiftArea(area, edit)));
  if (areas.length === 0) return null;
  return areas.map(rangeToA1).join(join);
}

/** Defined names (print titles and areas among them) move with the cells they name. */
function shiftDefinedNames(workbook: Workbook, edits: readonly LoggedEdit[]): void {
  if (edits.length === 0) return;
  const names = workbook.definedNames as unknown as {
    model: { name: string; ranges: string[]; localSheetId?: number }[];
  };
  names.model = names.model.map((entry) => ({
    ...entry,
    ranges: entry.ranges.map((range) =>
      edits.reduce((text, { sheet, edit }) => shiftFormula(`=${text}`, edit, "", sheet).slice(1), range),
    ),
  }));
}
