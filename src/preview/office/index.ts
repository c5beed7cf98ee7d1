/**
 * The office.js fake: an in-memory workbook with Excel's semantics for the subset the add-in uses.
 * Start at fake-excel.ts (usage, sources, guesses); the state is the plain workbook model of
 * src/workbook (workbook-model.ts), which the xlsx layer reads into and writes from as well.
 */
export {
  createFakeExcel,
  FakeExcel,
  SimulatedUser,
  type ExcelNamespaceLike,
  type FakeExcelOptions,
  type RequirementsLike,
  type UserResult,
} from "./fake-excel";
export { DEFAULT_CAPABILITIES, type ApiVersion, type Capabilities, type PlatformBehaviour } from "./api-core";
export { OfficeError, type OfficeErrorCode } from "../../workbook/office-error";
export {
  areasOf,
  SheetModel,
  WorkbookModel,
  type CellFormat,
  type CellView,
  type ConditionalFormatEntry,
  type Hyperlink,
  type ModelChange,
  type SheetSnapshot,
  type ValidationEntry,
  type ValidationRule,
  type WorkbookSnapshot,
} from "../../workbook/workbook-model";
