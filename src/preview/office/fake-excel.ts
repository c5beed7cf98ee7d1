/**
 * An Excel for tests, the bench and the browser preview: `Excel.run` and the enums over an in-memory
 * workbook (workbook-model.ts) with office.js's semantics (api-core.ts, excel-api.ts), plus the controls
 * a test needs: sync counting, a simulated user, protection, cell-edit mode, reloads, API versions and
 * platform quirks.
 *
 *   const fake = createFakeExcel({ model: WorkbookModel.fromGrids([grid]), apiVersion: "1.13" });
 *   const adapter = createExcelHost({ excel: fake.excel, requirements: fake.requirements });
 *   fake.user.edit("Sheet1", "B3", "≥95%");          // the user types; onChanged arrives later
 *   await fake.idle();                               // every handler has run
 *   fake.model.sheet("Sheet1").cell("B3").validation // what the add-in left behind
 *   fake.syncCount                                   // round trips so far
 *
 * `fake.excel` is typed as the part of the real `Excel` namespace the add-in uses, so adapter code is
 * written against @types/office-js and runs unchanged on either. The fake implements a subset: a member
 * it lacks is undefined at run time, and a test that needs it fails loudly.
 *
 * Sources (office-js-docs-pr = github.com/OfficeDev/office-js-docs-pr; "d.ts" = @types/office-js):
 * - Error codes and messages: office-js-docs-pr docs/testing/application-specific-api-error-handling.md.
 *   PropertyNotLoaded / ValueNotLoaded texts: office.js's own strings.
 * - Protected sheet → AccessDenied: d.ts (WorksheetProtection and AllowEditRange members: "If worksheet
 *   protection is enabled and not paused, this method throws an AccessDenied error").
 * - Cell-edit mode: d.ts Excel.RunOptions.delayForCellEdit ("the batch automatically fails");
 *   docs/excel/excel-add-ins-delay-in-cell-edit.md.
 * - 5 MB request/response limit (Excel on the web) and 5,000,000 cells per read:
 *   docs/concepts/resource-limits-and-performance-optimization.md.
 * - A member newer than the host: the CDN office.js has it, the host rejects it with ApiNotFound
 *   (office-docs issue OfficeDev/office-js-docs#643; the error table above).
 * - Events: args shapes and API sets from d.ts (triggerSource 1.14, details 1.9, getRange 1.8, the
 *   collection's onChanged 1.9 and a worksheet's 1.7, onNameChanged 1.17); removing a handler needs its
 *   own context and a sync (docs/excel/excel-add-ins-events.md); dropdown picks without onChanged:
 *   office-js issues #420 (Windows), #3888 and #4066 (web); pastes without onChanged: #3899.
 * - Addresses: quoting of sheet names, office-js #512 ("'Two Names'!A1", "'Sheet''s …'!A1", "Sheet1!A1")
 *   and #3643 (a name shaped like a cell reference is quoted); RangeAreas.address is "Sheet1!F3:F5,
 *   Sheet1!H:H" and properties read null unless uniform (docs/excel/excel-add-ins-multiple-ranges.md).
 * - Merged areas: only those whose top-left cell is in the range (office-js #3611); more than 512 fail
 *   (d.ts).
 * - Validation: a rule over cells of several validation records fails with InvalidArgument (office-js
 *   #2594); a list source reads back as set (OfficeDev/office-js-docs#1314); Inconsistent and
 *   MixedCriteria (d.ts); a paste is not validated (docs/excel/excel-add-ins-data-validation.md).
 * - Conditional formats: added at the top priority, priority semantics, getRange failing on several
 *   areas, stopIfTrue null on data bars (d.ts).
 * - Empty cells read "" (docs/excel/excel-add-ins-ranges-set-get-values.md); text starting with "=", "+"
 *   or "-" is read as a formula (d.ts Range.values).
 * - Batches are not transactional (Zlatkovsky, buildingofficeaddins.com/proxy-objects); office.js sends
 *   no empty batch, requires the batch to return a promise (RunMustReturnPromise), and ends Excel.run
 *   with a cleanup request of its own, so commands never synced are never sent: these three are from
 *   office.js's run implementation as recalled, not re-read here.
 * - Conditional format ids cannot survive a reload: an xlsx cfRule has no id (ECMA-376 §18.3.1.10).
 * - A row inserted inside a merged area (or a validation or conditional-format area) widens it, one
 *   inserted at or above its first row moves it: Excel's behaviour as known, not found in the stored docs.
 * - Only data changes raise onChanged ("Occurs when data within cells is changed", d.ts): the add-in's
 *   validation, conditional-format and format writes raise none (onFormatChanged is not implemented).
 *
 * Guesses, each the stricter choice where Excel's behaviour could not be found:
 * - Setting a property does not make it readable without load + sync.
 * - Every write to a protected sheet fails (cells are not modelled as locked or unlocked).
 * - An inline list source over 255 characters fails with InvalidArgument (Excel's known limit; what the
 *   API does beyond it is undocumented). A rule over a range that is only partly validated fails too.
 * - A Range whose cells have different validation reads rule (and other differing properties) null.
 * - A write of a non-array to `values`, or of a value into a cell hidden inside a merged area, fails;
 *   merging over part of a merged area, or an insert or delete that cuts through one, fails with
 *   InvalidOperation; more than 512 merged areas fail with GeneralException; writing through a null
 *   object fails with InvalidObjectPath.
 * - When a sync fails on the payload limit, its writes were already applied (the host ran the batch).
 * - Inserted cells take the formatting of the row above (the UI's "Format Same As Above"); Clear All
 *   also removes validation (as VBA's Range.Clear does).
 * - A cell without fill reads "#FFFFFF", the default font colour "#000000"; a cell without hyperlink
 *   reads null; ConditionalFormat.priority is the index in the sheet's order.
 * - Sheet names starting with a digit ("2022年绩效目标") or holding a period are quoted in addresses.
 * - By default the platform raises no onChanged for pastes or dropdown picks; the simulated user's
 *   Enter moves the selection down (raising onSelectionChanged).
 */
import type { CellRange, CellValue } from "../../core/grid";
import { formatLocal, MAX_COLS, parseAddress } from "../../workbook/address";
import {
  DEFAULT_CAPABILITIES,
  FakeHost,
  versionAtLeast,
  type ApiVersion,
  type Capabilities,
  type PlatformBehaviour,
} from "./api-core";
import { coerceInput, displayText } from "../../workbook/cell-values";
import {
  activationEvents,
  addedEvent,
  changedEvent,
  deletedEvent,
  nameChangedEvent,
  RequestContext,
  selectRange,
  type RequestContextOptions,
} from "./excel-api";
import { intersect } from "../../workbook/geometry";
import { OfficeError } from "../../workbook/office-error";
import { WorkbookModel, type CellFormat, type SheetModel } from "../../workbook/workbook-model";
import type { RaisedEvent } from "./api-core";
import type { UndoStack } from "./undo";

type EnumValues<E> = { [K in keyof E]: `${E[K] & string}` };

/** The enums the add-in uses, as string constants; `satisfies` keeps them equal to @types/office-js. */
export const InsertShiftDirection = { down: "Down", right: "Right" } as const satisfies EnumValues<
  typeof Excel.InsertShiftDirection
>;
export const DeleteShiftDirection = { up: "Up", left: "Left" } as const satisfies EnumValues<
  typeof Excel.DeleteShiftDirection
>;
export const ConditionalFormatType = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const satisfies EnumValues<typeof Excel.ConditionalFormatType>;
export const DataValidationType = {
  none: "None",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
  inconsistent: "Inconsistent",
  mixedCriteria: "MixedCriteria",
} as const satisfies EnumValues<typeof Excel.DataValidationType>;
export const DataValidationAlertStyle = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
} as const satisfies EnumValues<typeof Excel.DataValidationAlertStyle>;
export const EventTriggerSource = {
  unknown: "Unknown",
  thisLocalAddin: "ThisLocalAddin",
} as const satisfies EnumValues<typeof Excel.EventTriggerSource>;
export const EventSource = { local: "Local", remote: "Remote" } as const satisfies EnumValues<
  typeof Excel.EventSource
>;
export const DataChangeType = {
  unknown: "Unknown",
  rangeEdited: "RangeEdited",
  rowInserted: "RowInserted",
  rowDeleted: "RowDeleted",
  columnInserted: "ColumnInserted",
  columnDeleted: "ColumnDeleted",
  cellInserted: "CellInserted",
  cellDeleted: "CellDeleted",
} as const satisfies EnumValues<typeof Excel.DataChangeType>;
export const SheetVisibility = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const satisfies EnumValues<typeof Excel.SheetVisibility>;
export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
  resetContents: "ResetContents",
} as const satisfies EnumValues<typeof Excel.ClearApplyTo>;
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  dirtySupportingFormula: "DirtySupportingFormula",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge",
  rangeExceedsLimit: "RangeExceedsLimit",
  rangeImageExceedsLimit: "RangeImageExceedsLimit",
  refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedFillType: "UnsupportedFillType",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const satisfies EnumValues<typeof Excel.ErrorCodes>;

/** The part of the `Excel` namespace the add-in uses. */
export type ExcelNamespaceLike = Pick<
  typeof Excel,
  | "run"
  | "InsertShiftDirection"
  | "DeleteShiftDirection"
  | "ConditionalFormatType"
  | "DataValidationType"
  | "DataValidationAlertStyle"
  | "EventTriggerSource"
  | "EventSource"
  | "DataChangeType"
  | "SheetVisibility"
  | "ClearApplyTo"
  | "ErrorCodes"
>;

/** What `Office.context.requirements` offers, for the adapter's feature tests. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string | number): boolean;
}

export interface FakeExcelOptions {
  /** The workbook; a fresh one with an empty "Sheet1" when left out. */
  model?: WorkbookModel;
  /** The host's ExcelApi requirement set; "1.17" when left out. */
  apiVersion?: ApiVersion;
  missingApi?: Capabilities["missingApi"];
  platform?: Partial<PlatformBehaviour>;
  responsePayloadLimitBytes?: number | null;
  /** Other requirement sets the host claims ({ ExcelApiOnline: "1.1" }). */
  otherRequirementSets?: Record<string, string>;
  /**
   * The user's undo stack under add-in writes (undo.ts). By default add-in writes are not undoable, as
   * on hosts before undo support: every write clears the stack. `addinWritesUndoable` makes the host
   * claim ExcelUndoApiAll 1.0; `platform` picks which documented APIs clear the stack ("desktop").
   */
  undo?: Partial<Capabilities["undo"]>;
  /** The longest address list getRanges takes (8,192 characters, 512 areas by default). */
  addressLimit?: Capabilities["addressLimit"];
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options);
}

type Batch<T> = (context: RequestContext) => Promise<T>;

export class FakeExcel {
  readonly host: FakeHost;
  readonly capabilities: Capabilities;
  readonly requirements: RequirementsLike;
  readonly user: SimulatedUser;
  /** A co-author editing the same workbook elsewhere (Excel on the web, OneDrive or SharePoint). */
  readonly coauthor: SimulatedUser;
  readonly InsertShiftDirection = InsertShiftDirection;
  readonly DeleteShiftDirection = DeleteShiftDirection;
  readonly ConditionalFormatType = ConditionalFormatType;
  readonly DataValidationType = DataValidationType;
  readonly DataValidationAlertStyle = DataValidationAlertStyle;
  readonly EventTriggerSource = EventTriggerSource;
  readonly EventSource = EventSource;
  readonly DataChangeType = DataChangeType;
  readonly SheetVisibility = SheetVisibility;
  readonly ClearApplyTo = ClearApplyTo;
  readonly ErrorCodes = ErrorCodes;

  constructor(options: FakeExcelOptions = {}) {
    const model = options.model ?? defaultModel();
    this.capabilities = {
      ...DEFAULT_CAPABILITIES,
      apiVersion: options.apiVersion ?? DEFAULT_CAPABILITIES.apiVersion,
      missingApi: options.missingApi ?? DEFAULT_CAPABILITIES.missingApi,
      platform: { ...DEFAULT_CAPABILITIES.platform, ...(options.platform ?? {}) },
      responsePayloadLimitBytes:
        options.responsePayloadLimitBytes === undefined
          ? DEFAULT_CAPABILITIES.responsePayloadLimitBytes
          : options.responsePayloadLimitBytes,
      undo: { ...DEFAULT_CAPABILITIES.undo, ...(options.undo ?? {}) },
      addressLimit: options.addressLimit ?? DEFAULT_CAPABILITIES.addressLimit,
    };
    this.host = new FakeHost(model, this.capabilities);
    const others: Record<string, string> = {
      // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities, "Check for undo support".
      ...(this.capabilities.undo.addinWritesUndoable ? { ExcelUndoApiAll: "1.0" } : {}),
      ...(options.otherRequirementSets ?? {}),
    };
    const apiVersion = this.capabilities.apiVersion;
    this.requirements = {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        // The numeric overload is deprecated because 1.10 is the number 1.1; it behaves the same here.
        const wanted = minVersion === undefined ? "1.1" : String(minVersion);
        if (name === "ExcelApi") return versionAtLeast(apiVersion, wanted);
        const other = others[name];
        return other !== undefined && versionAtLeast(other, wanted);
      },
    };
    this.user = new SimulatedUser(this.host);
    this.coauthor = new SimulatedUser(this.host, "coauthor");
    this.run = this.run.bind(this);
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** Round trips so far: syncs that carried commands. */
  get syncCount(): number {
    return this.host.syncCount;
  }

  /** The user's undo stack: its depth, how often the add-in's writes cleared it (undo.ts). */
  get undo(): UndoStack {
    return this.host.undo;
  }

  resetSyncCount(): void {
    this.host.syncCount = 0;
  }

  /** Commands never synced, formulas written as text: things a test may want to assert are absent. */
  get warnings(): readonly string[] {
    return this.host.warnings;
  }

  /** What the add-in's event handlers threw or rejected with. */
  get handlerErrors(): readonly unknown[] {
    return this.host.handlerErrors;
  }

  /** Event handlers registered by the add-in (and not removed). */
  get handlerCount(): number {
    return this.host.handlerCount();
  }

  /** The namespace to hand the adapter in place of the global `Excel`. */
  get excel(): ExcelNamespaceLike {
    return this as unknown as ExcelNamespaceLike;
  }

  /**
   * `Excel.run(batch)`, `run(options, batch)`, `run(object or context, batch)` (the latter reuses the
   * object's request context, as removing an event handler needs). The batch must return a promise
   * (RunMustReturnPromise otherwise). Commands left unsynced when the batch ends are not sent (office.js
   * cleans up with a request of its own) and are reported in `warnings`.
   */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: RequestContextOptions | { context: unknown } | RequestContext, batch: Batch<T>): Promise<T>;
  async run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
    if (typeof batch !== "function")
      throw new OfficeError("InvalidArgument", "Excel.run needs a batch function.");
    let context: RequestContext;
    if (first instanceof RequestContext) context = first;
    else if (
      first &&
      typeof first === "object" &&
      "context" in first &&
      (first as { context: unknown }).context instanceof RequestContext
    ) {
      context = (first as { context: RequestContext }).context;
    } else
      context = new RequestContext(
        this.host,
        typeof first === "object" && first !== null ? (first as RequestContextOptions) : {},
      );
    const result = batch(context) as unknown;
    if (!result || typeof (result as { then?: unknown }).then !== "function") {
      throw new OfficeError("RunMustReturnPromise");
    }
    const value = await (result as Promise<T>);
    if (context.pendingCommandCount > 0) {
      this.host.warnings.push(
        `An Excel.run ended with ${context.pendingCommandCount} queued command(s) that were never synced.`,
      );
    }
    return value;
  }

  /** Resolves when every event handler the add-in registered has finished with the events so far. */
  idle(limit?: number): Promise<void> {
    return this.host.idle(limit);
  }

  protect(sheetName: string): void {
    this.model.sheet(sheetName).protected = true;
  }

  unprotect(sheetName: string): void {
    this.model.sheet(sheetName).protected = false;
  }

  /**
   * Closes and reopens the workbook: the same model (values, settings, validations, conditional formats
   * survive; a test saves nothing it did not save), but a new session: earlier request contexts fail,
   * event handlers are gone, cell-edit mode ends, events are on again and conditional formats get new ids
   * (see WorkbookModel.reassignConditionalFormatIds).
   */
  reload(): void {
    this.host.session += 1;
    this.host.dropAllHandlers();
    this.host.leaveCellEditMode();
    this.host.eventsEnabled = true;
    this.model.reassignConditionalFormatIds();
  }
}

function defaultModel(): WorkbookModel {
  const model = new WorkbookModel();
  model.addSheet("Sheet1");
  return model;
}

export interface UserResult {
  accepted: boolean;
  /** Why Excel refused: a protected sheet, or a Stop alert of the cell's validation. */
  reason?: "protected" | "validation";
}

/**
 * What a person does in Excel, with the events Excel raises for it (from a later macrotask; `await
 * fake.idle()` to let the add-in's handlers run). Typing goes through validation (a Stop alert refuses a
 * value outside the list) and Excel's coercion of typed text; pastes and dropdown picks raise `onChanged`
 * only where the platform does (`capabilities.platform`). Addresses are local ("B3"); rows of
 * insertRows/deleteRows count from 1 as Excel shows them.
 */
export class SimulatedUser {
  constructor(
    private readonly host: FakeHost,
    /** "coauthor": another person in the same workbook — their changes arrive as source "Remote", never move this user's selection and are not on this user's undo stack. */
    private readonly origin: "user" | "coauthor" = "user",
  ) {}

  private get model(): WorkbookModel {
    return this.host.model;
  }

  /** Types a value into a cell and presses Enter (the selection moves down one row). */
  edit(sheetName: string, address: string, value: CellValue): UserResult {
    const sheet = this.model.sheet(sheetName);
    const cell = this.cellOf(sheet, address);
    this.selectQuietly(sheet, cell);
    if (sheet.protected) return { accepted: false, reason: "protected" };
    const coerced = coerceInput(value, sheet.numberFormats.get(cell.row, cell.col));
    if (!this.passesValidation(sheet, cell, coerced.value)) return { accepted: false, reason: "validation" };
    this.recordStep(`edit ${sheetName}!${formatLocal(cell)}`);
    const before = sheet.value(cell.row, cell.col);
    this.store(sheet, cell, coerced);
    this.raise([
      changedEvent(this.host, sheet, cell, "RangeEdited", this.origin, {
        before,
        after: sheet.value(cell.row, cell.col),
      }),
    ]);
    const below = {
      row: Math.min(cell.row + (sheet.mergeAt(cell.row, cell.col)?.rowCount ?? 1), 1_048_575),
      col: cell.col,
      rowCount: 1,
      colCount: 1,
    };
    if (this.origin === "user") this.select(sheetName, formatLocal(below));
    return { accepted: true };
  }

  /**
   * Pastes a block with its top-left at `address`. A paste is not checked against validation (office-js
   * docs, "data validation is triggered only if the user directly enters a value"); pasting cells copied
   * inside Excel also replaces the cells' validation (`replacesValidation`), pasting text from Word or a
   * web page does not.
   */
  paste(
    sheetName: string,
    address: string,
    values: readonly (readonly CellValue[])[],
    options: { replacesValidation?: boolean; format?: CellFormat } = {},
  ): UserResult {
    const sheet = this.model.sheet(sheetName);
    const start = this.cellOf(sheet, address);
    const width = Math.max(1, ...values.map((line) => line.length));
    const block: CellRange = {
      row: start.row,
      col: start.col,
      rowCount: Math.max(1, values.length),
      colCount: width,
    };
    this.selectQuietly(sheet, block);
    if (sheet.protected) return { accepted: false, reason: "protected" };
    this.recordStep(`paste ${sheetName}!${formatLocal(block)}`);
    values.forEach((line, i) =>
      line.forEach((value, j) => {
        const cell = { row: block.row + i, col: block.col + j, rowCount: 1, colCount: 1 };
        this.store(sheet, cell, coerceInput(value, sheet.numberFormats.get(cell.row, cell.col)));
      }),
    );
    if (options.replacesValidation) sheet.clearValidation(block);
    if (options.format) sheet.setFormat(block, options.format);
    if (this.host.capabilities.platform.changeEventOnPaste)
      this.raise([changedEvent(this.host, sheet, block, "RangeEdited", this.origin)]);
    return { accepted: true };
  }

  /**
   * Copies the block at `from` and pastes it at `to` (Ctrl+C, Ctrl+V inside Excel): values, number
   * formats and the user's formatting, and — as Excel does, conditional formatting being formatting —
   * each conditional format over the copied cells as a new rule with the same formula over the pasted
   * ones (ExcelTips T001143; wisechecker.com/?p=30824); the pasted cells leave the rules they had.
   */
  copyPaste(sheetName: string, from: string, to: string): UserResult {
    const sheet = this.model.sheet(sheetName);
    const source = sheet.range_(from);
    const start = this.cellOf(sheet, to);
    const target: CellRange = { ...source, row: start.row, col: start.col };
    const dr = target.row - source.row;
    const dc = target.col - source.col;
    this.selectQuietly(sheet, target);
    if (sheet.protected) return { accepted: false, reason: "protected" };
    this.recordStep(`paste ${sheetName}!${formatLocal(target)}`);
    const copied: { r: number; c: number; value: CellValue; numberFormat?: string; format?: CellFormat }[] =
      [];
    for (let r = source.row; r < source.row + source.rowCount; r++) {
      for (let c = source.col; c < source.col + source.colCount; c++) {
        copied.push({
          r,
          c,
          value: sheet.value(r, c),
          numberFormat: sheet.numberFormats.get(r, c),
          format: sheet.formats.get(r, c),
        });
      }
    }
    const rules = sheet.conditionalFormatsOverlapping([source]).map((cf) => ({
      cf,
      areas: cf.areas.flatMap((area) => {
        const inside = intersect(area, source);
        return inside ? [{ ...inside, row: inside.row + dr, col: inside.col + dc }] : [];
      }),
    }));
    sheet.clearConditionalFormats(target);
    for (const cell of copied) {
      sheet.setValue(cell.r + dr, cell.c + dc, cell.value);
      sheet.numberFormats.set(cell.r + dr, cell.c + dc, cell.numberFormat);
      sheet.formats.set(cell.r + dr, cell.c + dc, cell.format ? { ...cell.format } : undefined);
    }
    for (const { cf, areas } of rules.reverse()) {
      const pasted = sheet.addConditionalFormat(areas, cf.type);
      pasted.formula = cf.formula;
      pasted.format = { ...cf.format };
      pasted.stopIfTrue = cf.stopIfTrue;
    }
    if (this.host.capabilities.platform.changeEventOnPaste)
      this.raise([changedEvent(this.host, sheet, target, "RangeEdited", this.origin)]);
    return { accepted: true };
  }

  /** Picks an item from a cell's in-cell dropdown (the cell must have a list validation offering it). */
  pickFromDropdown(sheetName: string, address: string, item: string): UserResult {
    const sheet = this.model.sheet(sheetName);
    const cell = this.cellOf(sheet, address);
    const entry = sheet.validationAt(cell.row, cell.col);
    const list = entry?.rule?.list;
    if (!entry || !list || !list.inCellDropDown)
      throw new Error(`${sheetName}!${address} has no in-cell dropdown.`);
    const items = sheet.listItems(entry);
    if (items && !items.includes(item))
      throw new Error(
        `The dropdown of ${sheetName}!${address} does not offer "${item}" (it offers ${items.join(", ")}).`,
      );
    this.selectQuietly(sheet, cell);
    if (sheet.protected) return { accepted: false, reason: "protected" };
    this.recordStep(`pick ${sheetName}!${formatLocal(cell)}`);
    const before = sheet.value(cell.row, cell.col);
    this.store(sheet, cell, coerceInput(item, sheet.numberFormats.get(cell.row, cell.col)));
    if (this.host.capabilities.platform.changeEventOnDropdownPick) {
      this.raise([
        changedEvent(this.host, sheet, cell, "RangeEdited", this.origin, {
          before,
          after: sheet.value(cell.row, cell.col),
        }),
      ]);
    }
    return { accepted: true };
  }

  /** Presses Delete on a range. */
  clear(sheetName: string, address: string): UserResult {
    const sheet = this.model.sheet(sheetName);
    const range = sheet.range_(address);
    this.selectQuietly(sheet, range);
    if (sheet.protected) return { accepted: false, reason: "protected" };
    this.recordStep(`delete ${sheetName}!${formatLocal(range)}`);
    sheet.clear(range, "Contents");
    this.raise([changedEvent(this.host, sheet, range, "RangeEdited", this.origin)]);
    return { accepted: true };
  }

  /** Selects a range (activating its sheet first if needed). */
  select(sheetName: string, address: string): void {
    const sheet = this.model.sheet(sheetName);
    const events: RaisedEvent[] = [];
    selectRange({ events }, this.model, sheet, sheet.range_(address));
    this.raise(events);
  }

  /** Clicks a sheet tab. */
  activate(sheetName: string): void {
    const sheet = this.model.sheet(sheetName);
    const previous = this.model.activeSheet();
    this.model.activate(sheet);
    this.raise(activationEvents(previous, sheet));
  }

  /** Adds a sheet after the active one and activates it, as the "+" button does. */
  addSheet(name?: string): SheetModel {
    const previous = this.model.activeSheet();
    const position = previous ? previous.position + 1 : undefined;
    const sheet = this.model.addSheet(name, position);
    this.model.activate(sheet);
    this.raise([addedEvent(sheet), ...activationEvents(previous, sheet)]);
    return sheet;
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.model.sheet(from);
    const before = sheet.name;
    this.model.renameSheet(sheet, to);
    this.raise([nameChangedEvent(sheet, before, sheet.name)]);
  }

  deleteSheet(name: string): void {
    const sheet = this.model.sheet(name);
    const previous = this.model.activeSheet();
    this.model.deleteSheet(sheet);
    const next = this.model.activeSheet();
    this.raise([
      deletedEvent(sheet.id),
      ...(previous === sheet && next ? activationEvents(undefined, next) : []),
    ]);
  }

  /** Inserts `count` entire rows above row `row` (1-based). */
  insertRows(sheetName: string, row: number, count = 1): UserResult {
    return this.rows(sheetName, row, count, "insert");
  }

  /** Deletes `count` entire rows from row `row` (1-based). */
  deleteRows(sheetName: string, row: number, count = 1): UserResult {
    return this.rows(sheetName, row, count, "delete");
  }

  /**
   * Presses Ctrl+Z: the workbook goes back to before the last step on the undo stack (the user's own, or
   * the add-in's where its writes are undoable), raising onChanged over the cells whose values it puts
   * back. Returns the step's label, or null when there is nothing to undo (Excel's Undo is greyed out).
   */
  undo(): string | null {
    const undone = this.host.undo.undo();
    if (!undone) return null;
    const events: RaisedEvent[] = [];
    for (const { sheetId, range } of undone.changed) {
      const sheet = this.model.sheetById(sheetId);
      if (sheet) events.push(changedEvent(this.host, sheet, range, "RangeEdited", this.origin));
    }
    this.raise(events);
    return undone.step.label;
  }

  enterCellEditMode(sheetName?: string, address?: string): void {
    if (sheetName && address) this.select(sheetName, address);
    this.host.enterCellEditMode();
  }

  leaveCellEditMode(): void {
    this.host.leaveCellEditMode();
  }

  private rows(sheetName: string, row: number, count: number, kind: "insert" | "delete"): UserResult {
    const sheet = this.model.sheet(sheetName);
    if (sheet.protected) return { accepted: false, reason: "protected" };
    this.recordStep(`${kind} rows ${row}:${row + count - 1} of ${sheetName}`);
    const range = { row: row - 1, col: 0, rowCount: count, colCount: MAX_COLS };
    if (kind === "insert") sheet.insertCells(range, "Down");
    else sheet.deleteCells(range, "Up");
    this.raise([
      changedEvent(this.host, sheet, range, kind === "insert" ? "RowInserted" : "RowDeleted", this.origin),
    ]);
    return { accepted: true };
  }

  private cellOf(sheet: SheetModel, address: string): CellRange {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Not an A1 address: "${address}"`);
    // A click inside a merged area lands on its top-left cell.
    const merge = sheet.mergeAt(parsed.range.row, parsed.range.col);
    const row = merge ? merge.row : parsed.range.row;
    const col = merge ? merge.col : parsed.range.col;
    return { row, col, rowCount: 1, colCount: 1 };
  }

  /** An undo step for this user's action (a co-author's actions are on their own stack, not this one). */
  private recordStep(label: string): void {
    if (this.origin === "user") this.host.undo.recordUser(label);
  }

  /** Moves the selection there first, as the person's click does, raising the events only when it moves. */
  private selectQuietly(sheet: SheetModel, range: CellRange): void {
    // A co-author's selection is theirs: this user's selection does not move.
    if (this.origin === "coauthor") return;
    const current = sheet.selection;
    const same =
      this.model.activeSheetId === sheet.id &&
      current.row === range.row &&
      current.col === range.col &&
      current.rowCount === range.rowCount &&
      current.colCount === range.colCount;
    if (!same) this.select(sheet.name, formatLocal(range));
  }

  private store(sheet: SheetModel, cell: CellRange, coerced: ReturnType<typeof coerceInput>): void {
    sheet.setValue(cell.row, cell.col, coerced.value);
    if (coerced.numberFormat && !sheet.numberFormats.get(cell.row, cell.col)) {
      sheet.setNumberFormat(cell, coerced.numberFormat);
    }
  }

  /** A Stop alert refuses a value outside the list; Warning and Information let the person go on. */
  private passesValidation(sheet: SheetModel, cell: CellRange, value: CellValue): boolean {
    const entry = sheet.validationAt(cell.row, cell.col);
    if (!entry?.rule?.list || value === null) return true;
    if (!entry.errorAlert.showAlert || entry.errorAlert.style !== "Stop") return true;
    const items = entry ? sheet.listItems(entry) : null;
    if (items === null) return true;
    return items.includes(displayText(value, sheet.numberFormat(cell.row, cell.col)));
  }

  private raise(events: RaisedEvent[]): void {
    for (const event of events) this.host.raise(event);
  }
}
