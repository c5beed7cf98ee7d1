/**
 * exceljs, loaded when a workbook is first opened or saved: it is most of a megabyte, and the preview
 * paints without it. In the browser webpack resolves "exceljs" to its self-contained build (see
 * webpack.config.js), in its own chunk; under jest (node) it is the package's main entry.
 */
import type ExcelJSModule from "exceljs";

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | null = null;

export function loadExcelJs(): Promise<ExcelJS> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then(
    (module) => ((module as { default?: ExcelJS }).default ?? module) as ExcelJS,
    (error: unknown) => {
      // A failed download (the network dropped) may succeed when the person tries again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

type JsZipModule = typeof import("jszip");
let loadingZip: Promise<JsZipModule> | null = null;

/** JSZip, for the parts exceljs does not write (webextension.ts): loaded on the first download only. */
export function loadJsZip(): Promise<JsZipModule> {
  loadingZip ??= import(/* webpackChunkName: "jszip" */ "jszip").then(
    (module) => ((module as { default?: JsZipModule }).default ?? module) as JsZipModule,
    (error: unknown) => {
      loadingZip = null;
      throw error;
    },
  );
  return loadingZip;
}

/**
 * Every row the file has — with values or only with a height or formatting — without making the empty
 * ones: `eachRow({ includeEmpty: true })` creates a Row for every index up to the last, a million for a
 * sheet with one stray cell at its bottom. exceljs keeps its rows in a sparse `_rows` array (4.4.0,
 * pinned), which forEach walks without its holes.
 */
export function eachStoredRow(
  worksheet: import("exceljs").Worksheet,
  visit: (row: import("exceljs").Row, rowNumber: number) => void,
): void {
  const rows = (worksheet as unknown as { _rows: (import("exceljs").Row | undefined)[] })._rows;
  rows.forEach((row, index) => {
    if (row) visit(row, index + 1);
  });
}
