/**
 * A copy of a workbook model's content, and putting it back: what an undo step of the in-memory Excel
 * keeps (src/preview/office/undo.ts). Sheets stay the same objects, so references to them survive an
 * undo; the log of inserts (`WorkbookModel.edits`, which a download replays) is not part of the state.
 */
import type { CellLayer } from "./cell-layer";
import { clone } from "./plain";
import type { SheetModel, WorkbookModel } from "./workbook-model";

type LayerName =
  "values" | "numberFormats" | "formats" | "hyperlinks" | "formulas" | "origins" | "rowOrigins";

const LAYERS: readonly LayerName[] = [
  "values",
  "numberFormats",
  "formats",
  "hyperlinks",
  "formulas",
  "origins",
  "rowOrigins",
];

interface SheetState {
  sheet: SheetModel;
  name: string;
  layers: Record<LayerName, (unknown[] | undefined)[]>;
  columnWidths: [number, number][];
  merges: SheetModel["merges"];
  validations: SheetModel["validations"];
  conditionalFormats: SheetModel["conditionalFormats"];
  visibility: SheetModel["visibility"];
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string | null;
  settings: [string, string][];
}

/** Copies a layer's rows: each row's array anew (cells are replaced on write, never changed in place). */
function copyRows<T>(layer: CellLayer<T>): (T[] | undefined)[] {
  return layer.rows.map((line) => line?.slice());
}

export function captureState(model: WorkbookModel): WorkbookState {
  return {
    sheets: model.sheets.map((sheet) => ({
      sheet,
      name: sheet.name,
      layers: Object.fromEntries(
        LAYERS.map((name) => [name, copyRows(sheet[name] as CellLayer<unknown>)]),
      ) as SheetState["layers"],
      columnWidths: [...sheet.columnWidths],
      merges: sheet.merges.map((m) => ({ ...m })),
      validations: clone(sheet.validations),
      conditionalFormats: clone(sheet.conditionalFormats),
      visibility: sheet.visibility,
    })),
    activeSheetId: model.activeSheetId,
    settings: [...model.settings],
  };
}

/** Puts a captured state back: sheets added since go, sheets deleted since come back, each sheet's content as it was. */
export function restoreState(model: WorkbookModel, state: WorkbookState): void {
  model.sheets.splice(0, model.sheets.length, ...state.sheets.map((s) => s.sheet));
  for (const saved of state.sheets) {
    const sheet = saved.sheet;
    sheet.name = saved.name;
    for (const name of LAYERS) {
      // A copy again, so the state can be put back a second time (a step undone, redone, undone).
      (sheet[name] as CellLayer<unknown>).rows = (saved.layers[name] as (unknown[] | undefined)[]).map(
        (line) => line?.slice(),
      );
    }
    sheet.columnWidths.clear();
    for (const [col, width] of saved.columnWidths) sheet.columnWidths.set(col, width);
    sheet.merges = saved.merges.map((m) => ({ ...m }));
    sheet.validations = clone(saved.validations);
    sheet.conditionalFormats = clone(saved.conditionalFormats);
    sheet.visibility = saved.visibility;
  }
  model.activeSheetId = state.activeSheetId;
  model.settings.clear();
  for (const [key, value] of state.settings) model.settings.set(key, value);
  model.notify({ kind: "sheets", sheetId: null });
}
