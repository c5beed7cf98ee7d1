/**
 * The in-memory workbook as an .xlsx, for the preview's download.
 *
 * A workbook read from a file is written into that file (write-into-source.ts): everything exceljs
 * carries — borders, fonts, alignment, row heights, column widths, frozen panes, print setup, notes,
 * defined names, formulas, rich text, themes — goes through as read, and only what changed is written
 * over it. A workbook made here (the sample) is written afresh: every sheet (hidden ones stay hidden)
 * with its values, number formats, merged areas, data validations, the user's fills, font colours,
 * bold/italic and wrapping, hyperlinks, and custom-formula conditional formats — which is how the
 * add-in's marks are kept, so Excel shows them and the add-in finds them again (src/excel/marks.ts).
 *
 * Either way the add-in's settings are added where Excel keeps them (webextension.ts). Not written:
 * what exceljs drops (read-xlsx.ts's XlsxNotes.lost names it for the page).
 */
import type { Workbook } from "exceljs";
import type { WorkbookModel } from "../workbook/workbook-model";
import { loadExcelJs } from "./load-exceljs";
import { addSheet, DEFAULT_WORKBOOK_VIEW, type ColumnWidths } from "./sheet-writers";
import { withSettings } from "./webextension";
import { writeIntoSource } from "./write-into-source";

export interface WriteXlsxOptions {
  /** Column widths per sheet name, in Excel's character units (for sheets made here). */
  columnWidths?: ColumnWidths;
  /** The bytes of the file the workbook was read from: the download is written into them. */
  source?: ArrayBuffer;
}

export async function writeXlsx(model: WorkbookModel, options: WriteXlsxOptions = {}): Promise<ArrayBuffer> {
  const excel = await loadExcelJs();
  let workbook: Workbook;
  if (options.source) {
    workbook = await writeIntoSource(excel, model, options.source, options.columnWidths);
  } else {
    workbook = new excel.Workbook();
    workbook.creator = "绩效指标助手";
    for (const sheet of model.sheets) addSheet(workbook, sheet, options.columnWidths);
    const active = model.activeSheet();
    if (active) workbook.views = [{ ...DEFAULT_WORKBOOK_VIEW, activeTab: active.position }];
  }
  const written = await workbook.xlsx.writeBuffer();
  // The add-in's settings go where Excel keeps them, so they travel with the file (webextension.ts).
  const view = await withSettings(new Uint8Array(written as ArrayBuffer), model.settings);
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
}
