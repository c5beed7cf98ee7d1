/**
 * The proxy classes of the office.js fake: RequestContext, Workbook, WorksheetCollection, Worksheet,
 * WorksheetProtection, Range, RangeAreas, RangeCollection, RangeFormat/RangeFill/RangeFont,
 * DataValidation, ConditionalFormatCollection, ConditionalFormat and its custom rule and format,
 * SettingCollection, Setting, Runtime.
 *
 * Names and shapes follow @types/office-js (the contract; every public member name here exists on the
 * real type, which test/preview/office checks at compile time). Members the add-in does not use are not
 * implemented: they are undefined at run time, so a test fails loudly rather than passing on a guess.
 *
 * Semantics (load/sync, queued writes, errors, events) are in api-core.ts; the state is the workbook
 * model of src/workbook. The classes live in one module per seam (context and events; workbook and
 * sheets; ranges; range areas; formats; validation; conditional formats; settings); this module is
 * their one door.
 */
export * from "./context";
export * from "./workbook";
export * from "./range";
export * from "./range-areas";
export * from "./formats";
export * from "./validation";
export * from "./conditional-formats";
export * from "./settings";
