/**
 * Writing the in-memory workbook's layers into an exceljs worksheet: values and links, number formats,
 * the user's formatting, merged areas, data validations and custom-formula conditional formats. Used
 * for a sheet made in the preview (write-xlsx.ts) and for the layers a download rewrites in a sheet read
 * from a file (write-into-source.ts).
 *
 * exceljs pitfall: its writer squeezes one-cell validation entries into ranges walking the addresses
 * in text order ("A10" before "A4"), which can produce overlapping ranges Excel calls damaged. Every
 * area is therefore written as a range key ("E4:E4" for one cell), which it writes as given.
 */
import type { CellValue, DataValidation, Workbook, Worksheet } from "exceljs";
import { columnName, type CellRange } from "../core/grid";
import type {
  CellFormat,
  ConditionalFormatEntry,
  SheetModel,
  ValidationEntry,
} from "../workbook/workbook-model";

/** Column widths per sheet name, in Excel's character units. */
export type ColumnWidths = ReadonlyMap<string, readonly number[]>;

/** "A1:B2"; a single cell as "E4:E4" (see the module header). */
export function rangeKey(range: CellRange): string {
  const start = `${columnName(range.col)}${range.row + 1}`;
  const end = `${columnName(range.col + range.colCount - 1)}${range.row + range.rowCount}`;
  return `${start}:${end}`;
}

export function argb(color: string | undefined | null): string | undefined {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return undefined;
  return `FF${color.slice(1).toUpperCase()}`;
}

export function writeSheet(worksheet: Worksheet, sheet: SheetModel): void {
  for (const merge of sheet.merges) worksheet.mergeCells(rangeKey(merge));
  sheet.values.forEach((value, r, c) => {
    worksheet.getCell(r + 1, c + 1).value = modelCellValue(sheet, r, c);
  });
  sheet.numberFormats.forEach((format, r, c) => {
    worksheet.getCell(r + 1, c + 1).numFmt = format;
  });
  sheet.formats.forEach((format, r, c) => applyFormat(worksheet, r, c, format));
  sheet.validations.forEach((entry) => writeValidation(worksheet, entry));
  sheet.conditionalFormats.forEach((entry, index) => writeConditionalFormat(worksheet, entry, index));
  const view: { state: "normal"; activeCell?: string } = { state: "normal" };
  if (sheet.activeCell) view.activeCell = `${columnName(sheet.activeCell.col)}${sheet.activeCell.row + 1}`;
  worksheet.views = [view];
}

/** A cell's value as the model holds it, for exceljs: with its hyperlink, or as its formula with the last result. */
export function modelCellValue(sheet: SheetModel, r: number, c: number): CellValue {
  const value = sheet.value(r, c);
  const formula = sheet.formulas.get(r, c);
  if (formula) return { formula: formula.replace(/^=/, ""), result: value ?? undefined } as CellValue;
  const link = sheet.hyperlink(r, c);
  const target = link?.documentReference?.replace(/^#/, "") ?? link?.address;
  return target
    ? {
        text: value === null ? (link?.textToDisplay ?? target) : String(value),
        hyperlink: target,
        ...(link?.screenTip ? { tooltip: link.screenTip } : {}),
      }
    : value;
}

function applyFormat(worksheet: Worksheet, r: number, c: number, format: CellFormat): void {
  const cell = worksheet.getCell(r + 1, c + 1);
  const fill = argb(format.fill);
  if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  const fontColor = argb(format.fontColor);
  if (fontColor || format.bold || format.italic) {
    cell.font = {
      ...(fontColor ? { color: { argb: fontColor } } : {}),
      ...(format.bold ? { bold: true } : {}),
      ...(format.italic ? { italic: true } : {}),
    };
  }
  if (format.wrapText) cell.alignment = { wrapText: true };
}

const OPERATORS: Record<string, DataValidation["operator"]> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

const ALERT_STYLES = { Stop: "stop", Warning: "warning", Information: "information" } as const;

function bare(formula: unknown): string {
  const text = String(formula ?? "");
  return text.startsWith("=") ? text.slice(1) : text;
}

/** A list source as the file keeps it: an inline list in quotes (quotes inside doubled), else the formula. */
export function listFormula(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

export function writeValidation(worksheet: Worksheet, entry: ValidationEntry): void {
  const rule = entry.rule;
  let base: Pick<DataValidation, "type" | "formulae" | "operator"> | null = null;
  if (rule?.list) base = { type: "list", formulae: [listFormula(rule.list.source)] };
  else if (rule?.custom) base = { type: "custom", formulae: [bare(rule.custom.formula)] };
  else {
    const kinds = [
      ["whole", rule?.wholeNumber],
      ["decimal", rule?.decimal],
      ["textLength", rule?.textLength],
      ["date", rule?.date],
      ["time", rule?.time],
    ] as const;
    const found = kinds.find(([, criteria]) => criteria);
    if (found) {
      const [type, criteria] = found as [DataValidation["type"], Record<string, unknown>];
      base = {
        type,
        formulae: [
          bare(criteria.formula1),
          ...(criteria.formula2 !== undefined ? [bare(criteria.formula2)] : []),
        ],
        operator: OPERATORS[String(criteria.operator ?? "Between")] ?? "between",
      };
    }
  }
  // A record with only a prompt or alert has no criteria: exceljs has no way to write "any value".
  if (!base) return;
  const validation: DataValidation = {
    ...base,
    allowBlank: entry.ignoreBlanks,
    showErrorMessage: entry.errorAlert.showAlert,
    errorStyle: ALERT_STYLES[entry.errorAlert.style],
    ...(entry.errorAlert.title ? { errorTitle: entry.errorAlert.title } : {}),
    ...(entry.errorAlert.message ? { error: entry.errorAlert.message } : {}),
    showInputMessage: entry.prompt.showPrompt,
    ...(entry.prompt.title ? { promptTitle: entry.prompt.title } : {}),
    ...(entry.prompt.message ? { prompt: entry.prompt.message } : {}),
  };
  const holder = worksheet as unknown as {
    dataValidations: { add(address: string, validation: DataValidation): void };
  };
  for (const area of entry.areas) holder.dataValidations.add(rangeKey(area), validation);
}

export function writeConditionalFormat(
  worksheet: Worksheet,
  entry: ConditionalFormatEntry,
  index: number,
): void {
  if (entry.type !== "Custom" || !entry.formula) return;
  const fill = argb(entry.format.fill);
  const fontColor = argb(entry.format.fontColor);
  worksheet.addConditionalFormatting({
    ref: entry.areas
      .map((area) => (area.rowCount * area.colCount === 1 ? rangeKey(area).split(":")[0] : rangeKey(area)))
      .join(" "),
    rules: [
      {
        type: "expression",
        formulae: [bare(entry.formula)],
        priority: index + 1,
        style: {
          // Differential formats fill with the background colour (ECMA-376 §18.8.17).
          ...(fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } } } : {}),
          ...(fontColor || entry.format.bold || entry.format.italic
            ? {
                font: {
                  ...(fontColor ? { color: { argb: fontColor } } : {}),
                  ...(entry.format.bold ? { bold: true } : {}),
                  ...(entry.format.italic ? { italic: true } : {}),
                },
              }
            : {}),
        },
        ...(entry.stopIfTrue ? { stopIfTrue: true } : {}),
      } as never,
    ],
  });
}

export const DEFAULT_WORKBOOK_VIEW = {
  x: 0,
  y: 0,
  width: 20000,
  height: 12000,
  firstSheet: 0,
  activeTab: 0,
  visibility: "visible",
} as const;

/** A sheet made here, written whole into `workbook`. */
export function addSheet(
  workbook: Workbook,
  sheet: SheetModel,
  columnWidths: ColumnWidths | undefined,
): void {
  const state =
    sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
  const worksheet = workbook.addWorksheet(sheet.name, { state });
  writeSheet(worksheet, sheet);
  columnWidths?.get(sheet.name)?.forEach((width, i) => {
    if (width > 0) worksheet.getColumn(i + 1).width = width;
  });
}
