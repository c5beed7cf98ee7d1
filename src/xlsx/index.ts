/**
 * .xlsx in any JavaScript host without Node (the browser preview): read a file into the in-memory
 * workbook, write the workbook back. exceljs is loaded on first use (load-exceljs.ts).
 */
export {
  MAX_XLSX_BYTES,
  readXlsx,
  type ReadXlsxOptions,
  type XlsxNotes,
  type XlsxReadError,
  type XlsxReadResult,
} from "./read-xlsx";
export { writeXlsx, type WriteXlsxOptions } from "./write-xlsx";
export { tooLarge, type ReadErrorCode } from "./read-errors";
