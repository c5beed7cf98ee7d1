/**
 * An .xlsx, read in the browser, as a new in-memory workbook (the office.js fake's WorkbookModel):
 * what a person sees in Excel, as the command line reads it — rich text joined into one string,
 * formulas by their cached result (the formula kept beside it), error values as their text (#N/A),
 * dates as Excel date serials with their number format, only the top-left cell of a merged area
 * holding a value — plus what the preview shows and writes back: number formats, merged areas, hidden
 * sheets, data validations, the user's fills and font colours, hyperlinks and custom-formula
 * conditional formats (our marks). Every cell and row also keeps where it came from in the file
 * (SheetModel.origins, rowOrigins, source), so a download can write the file's own styles back
 * (write-into-source.ts); what it cannot keep is named in the notes.
 *
 * Bad input never throws: it is a result with a code the page words in one sentence.
 */
import type { Cell, CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { CellRange, CellValue } from "../core/grid";
import { parseAddress } from "../workbook/address";
import { coalesce, subtractAll } from "../workbook/geometry";
import {
  WorkbookModel,
  type CellFormat,
  type ConditionalFormatEntry,
  type ErrorAlert,
  type SheetModel,
  type ValidationEntry,
  type ValidationRule,
} from "../workbook/workbook-model";
import { DEFAULT_DATE_FORMAT, isDateValue, isFormulaValue, linkOf, shownValue } from "./cell-value";
import { eachStoredRow, loadExcelJs, type ExcelJS } from "./load-exceljs";
import {
  parseDataValidations,
  parseLocationHyperlinks,
  sheetParts,
  SHEET_TAIL_MARKER,
  type XmlValidation,
} from "./sheet-xml";
import { lostPartNames, lostSheetFeatures, type LostName } from "./lost-parts";
import { settingsFromWebExtension } from "./webextension";
import { entryText, entryTextFrom } from "./zip";
import { checkWorkbookBytes } from "./check-bytes";
import { oneLine, readError, ZIP_FAILURE, type ReadError } from "./read-errors";
import type { ZipEntry } from "./zip-directory";

/** The largest file the preview opens: a browser tab holds the file, exceljs's model and ours at once. */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;
/** Why a workbook could not be read: the vocabulary of both readers (read-errors.ts). */
export type { ReadError as XlsxReadError } from "./read-errors";

export interface XlsxNotes {
  sheets: number;
  /** Cells holding a formula: shown (and written back) as their last calculated value. */
  formulaCells: number;
  /** Conditional formats of kinds the preview does not draw (a download keeps them). */
  skippedConditionalFormats: number;
  /** What the file holds that a download cannot keep (charts, macros…), named in both languages, once each. */
  lost: LostName[];
}

export type XlsxReadResult =
  { ok: true; model: WorkbookModel; notes: XlsxNotes } | { ok: false; error: ReadError };

export interface ReadXlsxOptions {
  maxBytes?: number;
}

export async function readXlsx(data: ArrayBuffer, options: ReadXlsxOptions = {}): Promise<XlsxReadResult> {
  const maxBytes = options.maxBytes ?? MAX_XLSX_BYTES;
  const bytes = new Uint8Array(data);
  const checked = checkWorkbookBytes(bytes, { maxBytes });
  if (!checked.ok) return checked;
  const entries = checked.value;
  let excel: ExcelJS;
  try {
    excel = await loadExcelJs();
  } catch (error) {
    return readError("UNREADABLE", { reason: oneLine(error) });
  }
  const workbook = new excel.Workbook();
  try {
    // Validations and the extension list are read from the XML (sheet-xml.ts says why).
    await workbook.xlsx.load(data, { ignoreNodes: ["dataValidations", "extLst"] } as never);
  } catch (error) {
    const reason = oneLine(error);
    return ZIP_FAILURE.test(reason) ? readError("CORRUPT_ZIP") : readError("UNREADABLE", { reason });
  }
  try {
    const extras = await readSheetExtras(bytes, entries);
    const addin = await readAddinSettings(bytes, entries);
    // Our own settings are written back; only other add-ins' parts would be lost.
    const parts = addin.others ? entries : entries.filter((e) => !WEBEXTENSION_PART.test(e.name));
    const lost = [...lostPartNames(parts), ...[...extras.values()].flatMap((extra) => extra.lost)];
    const result = toModel(excel, workbook, extras, lost);
    if (result.ok) for (const [key, json] of addin.settings) result.model.settings.set(key, json);
    return result;
  } catch (error) {
    return readError("UNREADABLE", { reason: oneLine(error) });
  }
}

// ---- the add-in's settings, from its web extension part ----

const WEBEXTENSION_PART = /^\/?xl\/webextensions\//;

async function readAddinSettings(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): Promise<{ settings: Map<string, string>; others: boolean }> {
  const settings = new Map<string, string>();
  let others = false;
  if (typeof DecompressionStream === "undefined" || typeof TextDecoderStream === "undefined")
    return { settings, others: entries.some((e) => WEBEXTENSION_PART.test(e.name)) };
  for (const entry of entries) {
    if (!/^\/?xl\/webextensions\/webextension\d*\.xml$/.test(entry.name)) continue;
    const xml = await entryText(bytes, entry);
    const ours = xml === null ? null : settingsFromWebExtension(xml);
    if (ours) for (const [key, json] of ours) settings.set(key, json);
    else others = true;
  }
  return { settings, others };
}

// ---- validations and in-workbook links, from the XML ----

interface SheetExtras {
  validations: XmlValidation[];
  links: ReturnType<typeof parseLocationHyperlinks>;
  lost: LostName[];
}

async function readSheetExtras(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): Promise<Map<string, SheetExtras>> {
  // Browsers from before 2023 (and jsdom) cannot inflate a part themselves: the workbook still opens,
  // without its dropdowns and in-workbook links.
  if (typeof DecompressionStream === "undefined" || typeof TextDecoderStream === "undefined")
    return new Map();
  // Some writers start part names with "/"; the parts are looked up without it.
  const byName = new Map(entries.map((entry) => [entry.name.replace(/^\//, ""), entry]));
  const workbookEntry = byName.get("xl/workbook.xml");
  const relsEntry = byName.get("xl/_rels/workbook.xml.rels");
  const out = new Map<string, SheetExtras>();
  if (!workbookEntry || !relsEntry) return out;
  const [workbookXml, relsXml] = await Promise.all([
    entryText(bytes, workbookEntry),
    entryText(bytes, relsEntry),
  ]);
  if (workbookXml === null || relsXml === null) return out;
  for (const { name, part } of sheetParts(workbookXml, relsXml)) {
    const entry = part ? byName.get(part) : undefined;
    if (!entry) continue;
    const tail = await entryTextFrom(bytes, entry, SHEET_TAIL_MARKER);
    if (!tail) continue;
    out.set(name, {
      validations: parseDataValidations(tail),
      links: parseLocationHyperlinks(tail),
      lost: lostSheetFeatures(tail),
    });
  }
  return out;
}

// ---- exceljs's workbook to ours ----

export interface CellRead {
  value: CellValue;
  formula: boolean;
  /** A number format the value needs when the cell has none (a date). */
  impliedFormat?: string;
  link?: string;
}

/** A cell's value as shown (the one conversion of both .xlsx readers: cell-value.ts), and what goes with it. */
export function readValue(value: ExcelCellValue | undefined): CellRead {
  const shown = shownValue(value);
  const read: CellRead = { value: shown, formula: isFormulaValue(value) };
  if (shown !== null && isDateValue(value)) read.impliedFormat = DEFAULT_DATE_FORMAT;
  const link = linkOf(value);
  if (link !== undefined) read.link = link;
  return read;
}

/** "#RRGGBB" from exceljs's ARGB ("FFFFC7CE"); theme and indexed colours are not resolved. */
function rgb(color: { argb?: string } | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== "string" || !/^[0-9a-f]{6,8}$/i.test(argb)) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

export function cellFormat(cell: { fill?: Cell["fill"]; font?: Cell["font"] }): CellFormat | null {
  const format: CellFormat = {};
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = rgb(fill.fgColor);
    if (color) format.fill = color;
  }
  const font = cell.font;
  const fontColor = rgb(font?.color);
  if (fontColor && fontColor !== "#000000") format.fontColor = fontColor;
  if (font?.bold) format.bold = true;
  if (font?.italic) format.italic = true;
  return Object.keys(format).length > 0 ? format : null;
}

/** A link written as a place in the workbook ("'Sheet 1'!A1", "#Sheet1!A1") rather than a URL. */
function isPlaceInWorkbook(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && /!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(target);
}

function areasOf(sqref: string): CellRange[] {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part) => {
      const parsed = parseAddress(part);
      return parsed ? [parsed.range] : [];
    });
}

type WorksheetInternals = Worksheet & {
  conditionalFormattings?: {
    ref: string;
    rules: {
      type: string;
      priority?: number;
      formulae?: unknown[];
      stopIfTrue?: boolean;
      style?: {
        fill?: { type?: string; fgColor?: { argb?: string }; bgColor?: { argb?: string } };
        font?: { color?: { argb?: string }; bold?: boolean; italic?: boolean };
      };
    }[];
  }[];
};

function toModel(
  excel: ExcelJS,
  workbook: InstanceType<ExcelJS["Workbook"]>,
  extras: Map<string, SheetExtras>,
  lost: readonly LostName[],
): XlsxReadResult {
  const model = new WorkbookModel();
  const once = new Map(lost.map((name) => [name["zh-CN"], name]));
  const notes: XlsxNotes = {
    sheets: 0,
    formulaCells: 0,
    skippedConditionalFormats: 0,
    lost: [...once.values()],
  };
  const worksheets = workbook.worksheets;
  for (const worksheet of worksheets) {
    const sheet = model.addSheet(worksheet.name);
    sheet.source = worksheet.name;
    notes.sheets++;
    if (worksheet.state === "hidden") sheet.visibility = "Hidden";
    if (worksheet.state === "veryHidden") sheet.visibility = "VeryHidden";
    sheet.merges = readCells(excel, worksheet, sheet, notes);
    readConditionalFormats(worksheet as WorksheetInternals, sheet, model, notes);
    const extra = extras.get(worksheet.name);
    if (extra) {
      sheet.validations = validationEntries(extra.validations);
      for (const link of extra.links) {
        const at = parseAddress(link.ref);
        if (!at) continue;
        const text = sheet.value(at.range.row, at.range.col);
        sheet.hyperlinks.set(at.range.row, at.range.col, {
          documentReference: link.location,
          textToDisplay: link.display ?? (text === null ? link.location : String(text)),
          ...(link.tooltip ? { screenTip: link.tooltip } : {}),
        });
      }
    }
    const view = worksheet.views?.[0] as { activeCell?: string } | undefined;
    const active = view?.activeCell ? parseAddress(view.activeCell) : null;
    if (active) {
      sheet.selection = { ...active.range, rowCount: 1, colCount: 1 };
      sheet.activeCell = { row: active.range.row, col: active.range.col };
    }
  }
  const activeTab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const visible = (s: SheetModel | undefined) => s && s.visibility === "Visible";
  const wanted = model.sheets[activeTab];
  model.activeSheetId =
    (visible(wanted) ? wanted : model.sheets.find(visible))?.id ?? model.sheets[0]?.id ?? null;
  return { ok: true, model, notes };
}

/** Reads values, formats and links into the sheet; returns the merged areas (from the cells, which is cheaper than worksheet.model). */
function readCells(excel: ExcelJS, worksheet: Worksheet, sheet: SheetModel, notes: XlsxNotes): CellRange[] {
  const merges = new Map<Cell, CellRange>();
  // Every row, even one without values: its height and its bordered empty cells are the file's too.
  eachStoredRow(worksheet, (row, rowNumber) => {
    sheet.rowOrigins.set(rowNumber - 1, 0, rowNumber - 1);
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      sheet.origins.set(r, c, { row: r, col: c });
      // A merged area's other cells keep their own formatting (its borders) even without a value.
      const format = cellFormat(cell);
      if (format) sheet.formats.set(r, c, format);
      // A merged area's other cells repeat its top-left value in exceljs; Excel holds it once.
      if (cell.type === excel.ValueType.Merge) {
        const master = cell.master;
        const area = merges.get(master) ?? {
          row: Number(master.row) - 1,
          col: Number(master.col) - 1,
          rowCount: 1,
          colCount: 1,
        };
        area.rowCount = Math.max(area.rowCount, r - area.row + 1);
        area.colCount = Math.max(area.colCount, c - area.col + 1);
        merges.set(master, area);
        return;
      }
      // A formula's `value` drops a cached result that is falsy (0, FALSE, ""): read the result itself.
      const read = readValue(
        cell.type === excel.ValueType.Formula
          ? ({
              formula: cell.formula,
              result: (cell as Cell & { result?: unknown }).result,
            } as ExcelCellValue)
          : cell.value,
      );
      if (read.formula) {
        notes.formulaCells++;
        // exceljs gives a shared formula's other cells their own translated text.
        const formula = cell.formula;
        if (formula) sheet.formulas.set(r, c, `=${formula}`);
      }
      if (read.value !== null) sheet.values.set(r, c, read.value);
      const numFmt = cell.numFmt || read.impliedFormat;
      if (numFmt && numFmt !== "General" && read.value !== null) sheet.numberFormats.set(r, c, numFmt);
      if (read.link) {
        const inWorkbook = isPlaceInWorkbook(read.link);
        sheet.hyperlinks.set(r, c, {
          ...(inWorkbook ? { documentReference: read.link.replace(/^#/, "") } : { address: read.link }),
          textToDisplay: read.value === null ? read.link : String(read.value),
        });
      }
    });
  });
  return [...merges.values()];
}

function readConditionalFormats(
  worksheet: WorksheetInternals,
  sheet: SheetModel,
  model: WorkbookModel,
  notes: XlsxNotes,
): void {
  const found: { priority: number; entry: ConditionalFormatEntry }[] = [];
  for (const format of worksheet.conditionalFormattings ?? []) {
    const areas = areasOf(format.ref);
    for (const rule of format.rules ?? []) {
      const formula = rule.formulae?.[0];
      if (rule.type !== "expression" || typeof formula !== "string" || areas.length === 0) {
        notes.skippedConditionalFormats++;
        continue;
      }
      const fill = rule.style?.fill;
      const font = rule.style?.font;
      found.push({
        priority: rule.priority ?? Number.MAX_SAFE_INTEGER,
        entry: {
          id: model.nextConditionalFormatId(),
          type: "Custom",
          areas,
          formula: formula.startsWith("=") ? formula : `=${formula}`,
          format: {
            fill: (fill?.type === "pattern" && (rgb(fill.bgColor) ?? rgb(fill.fgColor))) || null,
            fontColor: rgb(font?.color) ?? null,
            bold: font?.bold ?? null,
            italic: font?.italic ?? null,
            numberFormat: null,
          },
          stopIfTrue: rule.stopIfTrue === true,
        },
      });
    }
  }
  // The model keeps them in priority order: 1 is the top.
  sheet.conditionalFormats = found.sort((a, b) => a.priority - b.priority).map((f) => f.entry);
}

// ---- data validations ----

const OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

const ALERT_STYLES: Record<string, ErrorAlert["style"]> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

function withEquals(formula: string | null): string {
  return formula === null ? "" : formula.startsWith("=") ? formula : `=${formula}`;
}

/** A list's source as office.js gives it: an inline list without its quotes, else the formula. */
export function listSource(formula: string): string {
  const inline = /^"(.*)"$/s.exec(formula.trim());
  return inline ? inline[1].replace(/""/g, '"') : withEquals(formula.trim());
}

function validationRule(v: XmlValidation): ValidationRule | null {
  const criteria = () => ({
    formula1: withEquals(v.formula1),
    ...(v.formula2 !== null ? { formula2: withEquals(v.formula2) } : {}),
    operator: OPERATORS[v.operator ?? "between"] ?? "Between",
  });
  switch (v.type) {
    case "list":
      return v.formula1 === null
        ? null
        : { list: { inCellDropDown: !v.showDropDown, source: listSource(v.formula1) } };
    case "custom":
      return v.formula1 === null ? null : { custom: { formula: withEquals(v.formula1) } };
    case "whole":
      return { wholeNumber: criteria() };
    case "decimal":
      return { decimal: criteria() };
    case "textLength":
      return { textLength: criteria() };
    case "date":
      return { date: criteria() };
    case "time":
      return { time: criteria() };
    default:
      return null;
  }
}

/** One record per dataValidation element; where two overlap (a damaged file), the later one wins the cells. */
export function validationEntries(validations: readonly XmlValidation[]): ValidationEntry[] {
  const entries: ValidationEntry[] = [];
  for (const v of validations) {
    const areas = coalesce(areasOf(v.sqref));
    if (areas.length === 0) continue;
    for (const earlier of entries) {
      earlier.areas = areas.reduce((kept, cut) => subtractAll(kept, cut), earlier.areas);
    }
    entries.push({
      areas,
      rule: validationRule(v),
      errorAlert: {
        showAlert: v.showErrorMessage,
        style: ALERT_STYLES[v.errorStyle ?? "stop"] ?? "Stop",
        title: v.errorTitle,
        message: v.error,
      },
      ignoreBlanks: v.allowBlank,
      prompt: { showPrompt: v.showInputMessage, title: v.promptTitle, message: v.prompt },
    });
  }
  return entries.filter((entry) => entry.areas.length > 0);
}
