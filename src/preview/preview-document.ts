/**
 * What the preview has open: an in-memory workbook behind the office.js fake, the ExcelHost the pane
 * runs on, and the name a download takes. Opening a file makes a new document (and a new pane), as
 * opening another workbook in Excel does.
 */
import { hostFrom, type ExcelHost } from "../excel/host";
import { createFakeExcel, type FakeExcel } from "./office/fake-excel";
import type { WorkbookModel } from "../workbook/workbook-model";
import type { LostName } from "../xlsx/lost-parts";

export interface PreviewDocument {
  /** Changes with every document: the pane is keyed on it. */
  id: number;
  /** The file name a download takes. */
  name: string;
  fake: FakeExcel;
  host: ExcelHost;
  /** The bytes of the file it was read from: a download is written into them (none for the sample). */
  source?: ArrayBuffer;
  /** What that file holds that a download cannot keep, named in both languages. */
  lost: LostName[];
}

let documents = 0;

/**
 * Which Excel the preview's in-memory workbook behaves as: "undo" — one that can undo an add-in's writes,
 * where the pane marks the grid as the user types (the default); "no-undo" — an older one (Excel 2019,
 * 2021), where only the user's actions write and the pane says when the marks are behind. The page's
 * `?excel=no-undo` picks the second.
 */
export type PreviewExcel = "undo" | "no-undo";

export function previewExcelFrom(search: string): PreviewExcel {
  return new URLSearchParams(search).get("excel") === "no-undo" ? "no-undo" : "undo";
}

export function openDocument(
  model: WorkbookModel,
  name: string,
  file?: { source: ArrayBuffer; lost: LostName[] },
  excel: PreviewExcel = "undo",
): PreviewDocument {
  // The preview behaves as an Excel that reports dropdown picks and pastes (not every platform does:
  // see the fake's PlatformBehaviour), so what a person does in the grid is checked at once.
  const fake = createFakeExcel({
    model,
    platform: { changeEventOnDropdownPick: true, changeEventOnPaste: true },
    // The preview has no Ctrl+Z of its own, so its Excel keeps no undo steps; by default it is one that
    // can undo the add-in's writes, so the pane marks the grid as the user types.
    undo: { addinWritesUndoable: excel === "undo", platform: "web", depth: 0 },
  });
  documents += 1;
  // The pane's ExcelHost, built as office.js's is (Excel.run and the requirement-set test).
  return {
    id: documents,
    name,
    fake,
    host: hostFrom(fake.excel, fake.requirements),
    ...(file ? { source: file.source } : {}),
    lost: file?.lost ?? [],
  };
}
