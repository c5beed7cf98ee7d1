/**
 * The pieces of exceljs's inside the command line uses: its value types and its XLSX reader (both
 * load without the rest of exceljs, which `check` never needs), which parses a workbook into a
 * plain model and then hands it to the workbook it was built for. `check` hands it a stand-in that
 * keeps the model, skipping the Worksheet, Row and Cell objects exceljs would build from it
 * (read-workbook.ts). exceljs is pinned to an exact version; a test holds both ways of reading to
 * the same Grids.
 */
declare module "exceljs/lib/xlsx/xlsx" {
  export default class XLSX {
    constructor(workbook: { model: unknown });
    load(data: Buffer, options?: { ignoreNodes?: string[] }): Promise<unknown>;
  }
}

declare module "exceljs/lib/xlsx/xform/sheet/data-validations-xform" {
  /** Parses a sheet's <dataValidations>; `model` maps addresses to validations. */
  export default class DataValidationsXform {
    model: Record<string, unknown>;
    parseClose(name: string): boolean;
  }
}

declare module "exceljs/lib/doc/enums" {
  /** The same numbers as ExcelJS.ValueType; this module loads nothing else. */
  export const ValueType: typeof import("exceljs").ValueType;
}

declare module "exceljs/lib/xlsx/xform/sheet/cell-xform" {
  /** Parses one <c> of a sheet; `reconcile` applies the cell's style (and turns date-formatted values into Dates). */
  export default class CellXform {
    reconcile(model: Record<string, unknown>, options: unknown): void;
  }
}
