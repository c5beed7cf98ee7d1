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
 * Semantics (load/sync, queued writes, errors, events) are in api-core.ts; the state is in
 * workbook-model.ts.
 */
import { boundingRange, rangeContains, rangesOverlap, type CellRange, type CellValue } from "../../core/grid";
import {
  formatAddress,
  formatLocal,
  isEntireColumns,
  isEntireRows,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  parseAreas,
} from "../../workbook/address";
import {
  ASSIGN,
  ClientObjectBase,
  ClientResult,
  EventHandlers,
  payloadSize,
  REQUIRE,
  RESOLVE,
  RESOLVE_WITH,
  RUN_LOAD,
  SyncRun,
  type Command,
  type LoadTree,
  type ContextLike,
  type FakeHost,
  type RaisedEvent,
  type ScalarSpec,
} from "./api-core";
import { coerceInput, displayText, valueType } from "../../workbook/cell-values";
import { cellCount, intersect } from "../../workbook/geometry";
import { ModelError, OfficeError } from "../../workbook/office-error";
import {
  clone,
  rangeSource,
  ruleType,
  type ConditionalFormatEntry,
  type ConditionalFormatKind,
  type ErrorAlert,
  type SheetModel,
  type SheetVisibility,
  type ValidationPrompt,
  type ValidationRule,
  type ValidationSummary,
  type WorkbookModel,
} from "../../workbook/workbook-model";

export interface RangeTarget {
  sheet: SheetModel;
  range: CellRange;
}

export interface AreasTarget {
  sheet: SheetModel;
  areas: CellRange[];
}

// ---------------------------------------------------------------------------------------------------
// Request context

export interface RequestContextOptions {
  /** Excel.RunOptions.delayForCellEdit: wait for the user to leave cell-edit mode instead of failing. */
  delayForCellEdit?: boolean;
}

/** `Excel.RequestContext`. */
export class RequestContext implements ContextLike {
  readonly session: number;
  /** `context.trackedObjects`: tracking is not needed by the fake (objects keep their target). */
  readonly trackedObjects = {
    add(_objects: unknown): void {},
    remove(_objects: unknown): void {},
  };
  private commands: Command[] = [];
  private workbookProxy: Workbook | undefined;
  private runtimeProxy: Runtime | undefined;
  private readonly delayForCellEdit: boolean;

  constructor(
    readonly host: FakeHost,
    options: RequestContextOptions = {},
  ) {
    this.session = host.session;
    this.delayForCellEdit = options.delayForCellEdit === true;
  }

  get workbook(): Workbook {
    this.workbookProxy ??= new Workbook(this);
    return this.workbookProxy;
  }

  /** ExcelApi 1.5 (`enableEvents` 1.8). */
  get runtime(): Runtime {
    this.runtimeProxy ??= new Runtime(this);
    return this.runtimeProxy;
  }

  /** Commands queued and not yet synced. */
  get pendingCommandCount(): number {
    return this.commands.length;
  }

  enqueue(command: Command): void {
    this.commands.push(command);
  }

  /**
   * Runs the queued commands in order. Rejects with the first command's error (commands before it stay
   * applied, later ones are dropped); loaded values become readable only when every command succeeded.
   * An empty queue does not reach the host and is not counted (office.js sends no empty batch).
   */
  async sync(): Promise<void> {
    const host = this.host;
    const commands = this.commands;
    this.commands = [];
    await Promise.resolve();
    if (commands.length === 0) return;
    host.syncCount += 1;
    if (this.session !== host.session) {
      throw new OfficeError(
        "InvalidRequestContext",
        "The request context belongs to a session that has ended (the workbook was reloaded).",
      );
    }
    if (host.cellEditMode) {
      // Excel.RunOptions.delayForCellEdit (d.ts): "When false, if the user is in cell edit when the batch
      // request is processed by the host, the batch automatically fails."
      if (this.delayForCellEdit) await host.waitForCellEditExit();
      else throw new OfficeError("InvalidOperationInCellEditMode", undefined, commands[0].location);
    }
    const run = new SyncRun(host);
    let failure: unknown = null;
    for (const command of commands) {
      try {
        command.run(run);
      } catch (error) {
        failure = asOfficeError(error, command.location);
        break;
      }
    }
    const limit = host.capabilities.responsePayloadLimitBytes;
    if (failure === null && limit !== null && run.payloadBytes > limit) {
      failure = new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (about ${run.payloadBytes} bytes, limit ${limit}).`,
        commands[commands.length - 1].location,
      );
    }
    if (failure === null) for (const commit of run.commits) commit();
    // The commands that ran did change the workbook: their events are raised even when a later one failed.
    for (const event of run.events) host.raise(event);
    if (failure !== null) throw failure;
  }
}

function asOfficeError(error: unknown, location: string): unknown {
  if (error instanceof OfficeError) {
    if (!error.debugInfo.errorLocation) {
      return new OfficeError(error.code, error.message, location);
    }
    return error;
  }
  if (error instanceof ModelError) return new OfficeError(error.code, error.message, location);
  return error;
}

function invalid(message?: string): OfficeError {
  return new OfficeError("InvalidArgument", message);
}

function editable(sheet: SheetModel): void {
  // A protected sheet refuses every change. The d.ts documents AccessDenied for protection-related
  // refusals ("If worksheet protection is enabled and not paused, this method throws an AccessDenied
  // error", AllowEditRange and WorksheetProtection members); the fake uses it for every write.
  if (sheet.protected) {
    throw new OfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    );
  }
}

/** Resolves a Range (or an address on `sheet`) passed as an argument. */
function rangeArgument(context: ContextLike, arg: unknown, sheet: SheetModel, run: SyncRun): RangeTarget {
  if (typeof arg === "string") {
    const parsed = parseAddress(arg);
    if (!parsed) throw invalid(`"${arg}" is not a valid address.`);
    const target = parsed.sheet === null ? sheet : sheet.workbook.findSheet(parsed.sheet);
    if (!target) throw new OfficeError("ItemNotFound", `There is no worksheet named "${parsed.sheet}".`);
    return { sheet: target, range: parsed.range };
  }
  if (arg instanceof Range) {
    if (arg.context !== context) throw new OfficeError("InvalidRequestContext");
    return arg[REQUIRE](run);
  }
  throw invalid("Expected a Range or an address.");
}

// ---------------------------------------------------------------------------------------------------
// Events

export type ChangeOrigin = "api" | "user";

/** `WorksheetChangedEventArgs`, with `details` from ExcelApi 1.9 and `triggerSource` from 1.14 only. */
export function changedEvent(
  host: FakeHost,
  sheet: SheetModel,
  range: CellRange,
  changeType:
    | "RangeEdited"
    | "RowInserted"
    | "RowDeleted"
    | "ColumnInserted"
    | "ColumnDeleted"
    | "CellInserted"
    | "CellDeleted",
  origin: ChangeOrigin,
  details?: { before: CellValue; after: CellValue },
): RaisedEvent {
  const address = formatLocal(range);
  const worksheetId = sheet.id;
  return {
    name: "onChanged",
    sheetId: worksheetId,
    args: () => {
      const args: Record<string, unknown> = {
        type: "WorksheetChanged",
        changeType,
        source: "Local",
        address,
        worksheetId,
      };
      if (host.supports("WorksheetChangedEventArgs", "details") && details && cellCount(range) === 1) {
        args.details = {
          valueBefore: details.before ?? "",
          valueAfter: details.after ?? "",
          valueTypeBefore: valueType(details.before),
          valueTypeAfter: valueType(details.after),
        };
      }
      if (host.supports("WorksheetChangedEventArgs", "triggerSource")) {
        // EventTriggerSource (1.14): "ThisLocalAddin" for this add-in's own API writes, "Unknown" otherwise.
        args.triggerSource = origin === "api" ? "ThisLocalAddin" : "Unknown";
      }
      if (host.supports("WorksheetChangedEventArgs", "getRange")) {
        args.getRange = (ctx: RequestContext) =>
          ctx.workbook.worksheets.getItem(worksheetId).getRange(address);
        args.getRangeOrNullObject = (ctx: RequestContext) =>
          ctx.workbook.worksheets.getItemOrNullObject(worksheetId).getRange(address);
      }
      return args;
    },
  };
}

export function selectionEvent(sheet: SheetModel, range: CellRange): RaisedEvent {
  const address = formatLocal(range);
  return {
    name: "onSelectionChanged",
    sheetId: sheet.id,
    args: () => ({ type: "WorksheetSelectionChanged", address, worksheetId: sheet.id }),
  };
}

export function activationEvents(previous: SheetModel | undefined, next: SheetModel): RaisedEvent[] {
  if (previous === next) return [];
  const events: RaisedEvent[] = [];
  if (previous) {
    events.push({
      name: "onDeactivated",
      sheetId: previous.id,
      args: () => ({ type: "WorksheetDeactivated", worksheetId: previous.id }),
    });
  }
  events.push({
    name: "onActivated",
    sheetId: next.id,
    args: () => ({ type: "WorksheetActivated", worksheetId: next.id }),
  });
  return events;
}

export function addedEvent(sheet: SheetModel): RaisedEvent {
  return {
    name: "onAdded",
    sheetId: sheet.id,
    args: () => ({ type: "WorksheetAdded", source: "Local", worksheetId: sheet.id }),
  };
}

export function deletedEvent(sheetId: string): RaisedEvent {
  return {
    name: "onDeleted",
    sheetId,
    args: () => ({ type: "WorksheetDeleted", source: "Local", worksheetId: sheetId }),
  };
}

export function nameChangedEvent(sheet: SheetModel, nameBefore: string, nameAfter: string): RaisedEvent {
  return {
    name: "onNameChanged",
    sheetId: sheet.id,
    args: () => ({
      type: "WorksheetNameChanged",
      nameBefore,
      nameAfter,
      source: "Local",
      worksheetId: sheet.id,
    }),
  };
}

/** Selects (and activates) as the user or `range.select()` does, with the events Excel raises. */
export function selectRange(
  run: { events: RaisedEvent[] },
  model: WorkbookModel,
  sheet: SheetModel,
  range: CellRange,
): void {
  const previous = model.activeSheet();
  model.select(sheet, range);
  run.events.push(...activationEvents(previous, sheet), selectionEvent(sheet, range));
}

// ---------------------------------------------------------------------------------------------------
// Workbook

/** `Excel.Workbook`. */
export class Workbook extends ClientObjectBase<WorkbookModel> {
  protected readonly typeName = "Workbook";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(context: ContextLike) {
    super(context);
    this.hideMissingMembers(["settings", "getActiveCell", "getSelectedRanges"]);
  }

  protected scalars(): Record<string, ScalarSpec<WorkbookModel>> {
    return {};
  }

  protected resolveTarget(): WorkbookModel {
    return this.context.host.model;
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { worksheets: () => this.worksheets, settings: () => this.settings };
  }

  get worksheets(): WorksheetCollection {
    return this.child("worksheets", () => new WorksheetCollection(this.context));
  }

  /** ExcelApi 1.4. */
  get settings(): SettingCollection {
    return this.child("settings", () => new SettingCollection(this.context));
  }

  /** The selection at the time of the sync that uses it. */
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const sheet = activeSheetOrThrow(this.context.host.model);
      return { sheet, range: sheet.selection };
    });
  }

  /** ExcelApi 1.9. The fake's selection is always one area. */
  getSelectedRanges(): RangeAreas {
    return new RangeAreas(this.context, () => {
      this.gate("getSelectedRanges");
      const sheet = activeSheetOrThrow(this.context.host.model);
      return { sheet, areas: [sheet.selection] };
    });
  }

  /** ExcelApi 1.7. */
  getActiveCell(): Range {
    return new Range(this.context, () => {
      this.gate("getActiveCell");
      const sheet = activeSheetOrThrow(this.context.host.model);
      return {
        sheet,
        range: { row: sheet.activeCell.row, col: sheet.activeCell.col, rowCount: 1, colCount: 1 },
      };
    });
  }
}

function activeSheetOrThrow(model: WorkbookModel): SheetModel {
  const sheet = model.activeSheet();
  if (!sheet) throw new OfficeError("ItemNotFound", "There is no active worksheet.");
  return sheet;
}

/** `Excel.Runtime` (ExcelApi 1.5): `enableEvents` (1.8) turns this add-in's event handlers off and on. */
export class Runtime extends ClientObjectBase<FakeHost> {
  protected readonly typeName = "Runtime";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(context: ContextLike) {
    super(context);
    this.hideMissingMembers(["enableEvents"]);
  }

  protected scalars(): Record<string, ScalarSpec<FakeHost>> {
    return { enableEvents: { read: (host) => host.eventsEnabled } };
  }

  protected resolveTarget(): FakeHost {
    this.gate("load");
    return this.context.host;
  }

  get enableEvents(): boolean {
    return this.read("enableEvents");
  }

  set enableEvents(value: boolean) {
    // Checked when events are raised, after the sync: events of this very sync follow the new value.
    this.queue("enableEvents", (host) => {
      host.eventsEnabled = value === true;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Worksheets

/** `Excel.WorksheetCollection`. */
export class WorksheetCollection extends ClientObjectBase<WorkbookModel> {
  protected readonly typeName = "WorksheetCollection";
  private loadedItems: Worksheet[] | undefined;

  constructor(context: ContextLike) {
    super(context);
    this.hideMissingMembers([
      "getItemOrNullObject",
      "getCount",
      "getFirst",
      "getLast",
      "onActivated",
      "onDeactivated",
      "onAdded",
      "onDeleted",
      "onChanged",
      "onSelectionChanged",
      "onNameChanged",
    ]);
  }

  protected scalars(): Record<string, ScalarSpec<WorkbookModel>> {
    return {};
  }

  protected resolveTarget(): WorkbookModel {
    return this.context.host.model;
  }

  get items(): Worksheet[] {
    if (!this.loadedItems) throw itemsNotLoaded(this.typeName);
    return this.loadedItems;
  }

  override [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const model = this[REQUIRE](run);
    const items = model.sheets.map((sheet) => {
      const item = new Worksheet(this.context, () => sheet);
      return item;
    });
    const itemTree = itemLoadTree(tree);
    for (const item of items) item[RUN_LOAD](itemTree, run);
    run.commits.push(() => {
      this.loadedItems = items;
    });
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = this.context.host.model.findSheet(key);
      if (!sheet)
        throw new OfficeError(
          "ItemNotFound",
          `There is no worksheet named "${key}".`,
          "WorksheetCollection.getItem",
        );
      return sheet;
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet {
    const sheet = new Worksheet(this.context, () => {
      this.gate("getItemOrNullObject");
      return this.context.host.model.findSheet(key) ?? null;
    });
    queueResolve(this.context, sheet, "WorksheetCollection.getItemOrNullObject");
    return sheet;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => activeSheetOrThrow(this.context.host.model));
  }

  /** ExcelApi 1.5. */
  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => {
      this.gate("getFirst");
      const sheet = this.context.host.model.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!sheet) throw new OfficeError("ItemNotFound");
      return sheet;
    });
  }

  /** ExcelApi 1.5. */
  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => {
      this.gate("getLast");
      const sheet = [...this.context.host.model.sheets]
        .reverse()
        .find((s) => !visibleOnly || s.visibility === "Visible");
      if (!sheet) throw new OfficeError("ItemNotFound");
      return sheet;
    });
  }

  /** ExcelApi 1.4. */
  getCount(visibleOnly = false): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", (model, run) => {
      const count = model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length;
      run.commits.push(() => result[RESOLVE_WITH](count));
    });
    return result;
  }

  /** Adds a sheet at the end; it does not become active. */
  add(name?: string): Worksheet {
    let added: SheetModel | undefined;
    this.queue("add", (model, run) => {
      added = model.addSheet(name);
      run.events.push(addedEvent(added));
    });
    return new Worksheet(this.context, () => {
      if (!added) throw new OfficeError("ItemNotFound", "The worksheet was not added.");
      return added;
    });
  }

  get onActivated(): EventHandlers {
    return this.events("onActivated");
  }

  get onDeactivated(): EventHandlers {
    return this.events("onDeactivated");
  }

  get onAdded(): EventHandlers {
    return this.events("onAdded");
  }

  get onDeleted(): EventHandlers {
    return this.events("onDeleted");
  }

  /** ExcelApi 1.9 on the collection (1.7 on a worksheet). */
  get onChanged(): EventHandlers {
    return this.events("onChanged");
  }

  get onSelectionChanged(): EventHandlers {
    return this.events("onSelectionChanged");
  }

  /** ExcelApi 1.17. */
  get onNameChanged(): EventHandlers {
    return this.events("onNameChanged");
  }

  private readonly handlers = new Map<string, EventHandlers>();

  /** The same EventHandlers object each time, as in office.js. */
  private events(name: string): EventHandlers {
    let handlers = this.handlers.get(name);
    if (!handlers) {
      handlers = new EventHandlers(this.context, "WorksheetCollection", name, () => null);
      this.handlers.set(name, handlers);
    }
    return handlers;
  }
}

/** `Excel.Worksheet`. */
export class Worksheet extends ClientObjectBase<SheetModel> {
  protected readonly typeName = "Worksheet";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => SheetModel | null,
  ) {
    super(context);
    this.hideMissingMembers([
      "protection",
      "getUsedRangeOrNullObject",
      "getRangeByIndexes",
      "getRanges",
      "onActivated",
      "onDeactivated",
      "onChanged",
      "onSelectionChanged",
      "onNameChanged",
    ]);
  }

  protected scalars(): Record<string, ScalarSpec<SheetModel>> {
    return WORKSHEET_SCALARS;
  }

  protected resolveTarget(run: SyncRun): SheetModel | null {
    const sheet = this.locate(run);
    if (sheet && !sheet.workbook.sheets.includes(sheet))
      throw new OfficeError("ItemNotFound", "The worksheet has been deleted.");
    return sheet;
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { protection: () => this.protection };
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.queue("name", (sheet, run) => {
      const before = sheet.name;
      sheet.workbook.renameSheet(sheet, String(value));
      if (before !== sheet.name) run.events.push(nameChangedEvent(sheet, before, sheet.name));
    });
  }

  get id(): string {
    return this.read("id");
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.queue("position", (sheet) => sheet.workbook.moveSheet(sheet, value));
  }

  get visibility(): SheetVisibility {
    return this.read("visibility");
  }

  /** Setting it is ExcelApi 1.2. */
  set visibility(value: SheetVisibility) {
    this.queue("visibility", (sheet) => {
      this.context.host.requireApi("Worksheet", "setVisibility"); // reading is 1.1, setting 1.2
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw invalid();
      sheet.workbook.setVisibility(sheet, value);
    });
  }

  /** ExcelApi 1.2. */
  get protection(): WorksheetProtection {
    return this.child(
      "protection",
      () =>
        new WorksheetProtection(
          this.context,
          (run) => this[REQUIRE](run),
          () => this.gate("protection"),
        ),
    );
  }

  activate(): void {
    this.queue("activate", (sheet, run) => {
      const previous = sheet.workbook.activeSheet();
      sheet.workbook.activate(sheet);
      run.events.push(...activationEvents(previous, sheet));
    });
  }

  delete(): void {
    this.queue("delete", (sheet, run) => {
      const previous = sheet.workbook.activeSheet();
      sheet.workbook.deleteSheet(sheet);
      run.events.push(deletedEvent(sheet.id));
      const next = sheet.workbook.activeSheet();
      if (previous === sheet && next) run.events.push(...activationEvents(undefined, next));
    });
  }

  /** The whole sheet without an address. */
  getRange(address?: string): Range {
    return new Range(this.context, (run) => {
      const sheet = this[REQUIRE](run);
      if (address === undefined || address === "")
        return { sheet, range: { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS } };
      const parsed = parseAddress(address);
      if (!parsed) throw invalid(`"${address}" is not a valid address.`);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalid(`"${address}" is on another worksheet.`);
      }
      return { sheet, range: parsed.range };
    });
  }

  getCell(row: number, column: number): Range {
    return new Range(this.context, (run) => ({
      sheet: this[REQUIRE](run),
      range: checkedRange(row, column, 1, 1),
    }));
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, (run) => {
      this.gate("getRangeByIndexes");
      return { sheet: this[REQUIRE](run), range: checkedRange(startRow, startColumn, rowCount, columnCount) };
    });
  }

  /** ExcelApi 1.9: "A1:B2, D4" (defined names are not supported by the fake). */
  getRanges(address?: string): RangeAreas {
    return new RangeAreas(this.context, (run) => {
      this.gate("getRanges");
      const sheet = this[REQUIRE](run);
      if (address === undefined) return { sheet, areas: [sheet.selection] };
      const areas = parseAreas(address);
      if (
        !areas ||
        areas.some((a) => a.sheet !== null && a.sheet.toLowerCase() !== sheet.name.toLowerCase())
      ) {
        throw invalid(`"${address}" is not a valid address list on this worksheet.`);
      }
      return { sheet, areas: areas.map((a) => a.range) };
    });
  }

  /**
   * "If the entire worksheet is blank, this function will return the top left cell" (d.ts,
   * Worksheet.getUsedRange).
   */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, (run) => {
      const sheet = this[REQUIRE](run);
      return { sheet, range: sheet.usedRange(valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  /** ExcelApi 1.4: a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const range = new Range(this.context, (run) => {
      this.gate("getUsedRangeOrNullObject");
      const sheet = this[REQUIRE](run);
      const used = sheet.usedRange(valuesOnly);
      return used ? { sheet, range: used } : null;
    });
    queueResolve(this.context, range, "Worksheet.getUsedRangeOrNullObject");
    return range;
  }

  get onActivated(): EventHandlers {
    return this.events("onActivated");
  }

  get onDeactivated(): EventHandlers {
    return this.events("onDeactivated");
  }

  get onChanged(): EventHandlers {
    return this.events("onChanged");
  }

  get onSelectionChanged(): EventHandlers {
    return this.events("onSelectionChanged");
  }

  /** ExcelApi 1.17. */
  get onNameChanged(): EventHandlers {
    return this.events("onNameChanged");
  }

  private readonly handlers = new Map<string, EventHandlers>();

  /** The same EventHandlers object each time, as in office.js. */
  private events(name: string): EventHandlers {
    let handlers = this.handlers.get(name);
    if (!handlers) {
      handlers = new EventHandlers(this.context, "Worksheet", name, (run: SyncRun) => this[REQUIRE](run).id);
      this.handlers.set(name, handlers);
    }
    return handlers;
  }
}

const WORKSHEET_SCALARS: Record<string, ScalarSpec<SheetModel>> = {
  name: { read: (sheet) => sheet.name },
  id: { read: (sheet) => sheet.id },
  position: { read: (sheet) => sheet.position },
  visibility: { read: (sheet) => sheet.visibility },
};

/** `Excel.WorksheetProtection` (ExcelApi 1.2): `protected`, `protect()`, `unprotect()`. */
export class WorksheetProtection extends ClientObjectBase<SheetModel> {
  protected readonly typeName = "WorksheetProtection";

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => SheetModel,
    private readonly check: () => void,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<SheetModel>> {
    return { protected: { read: (sheet) => sheet.protected } };
  }

  protected resolveTarget(run: SyncRun): SheetModel {
    this.check();
    return this.locate(run);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(_options?: unknown, _password?: string): void {
    this.queue("protect", (sheet) => {
      sheet.protected = true;
    });
  }

  unprotect(_password?: string): void {
    this.queue("unprotect", (sheet) => {
      sheet.protected = false;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Ranges

function checkedRange(row: number, col: number, rowCount: number, colCount: number): CellRange {
  if (
    ![row, col, rowCount, colCount].every(Number.isInteger) ||
    row < 0 ||
    col < 0 ||
    rowCount < 1 ||
    colCount < 1 ||
    row + rowCount > MAX_ROWS ||
    col + colCount > MAX_COLS
  ) {
    throw invalid("The range falls outside the worksheet.");
  }
  return { row, col, rowCount, colCount };
}

function readLimit(run: SyncRun, range: CellRange): void {
  if (cellCount(range) > run.host.capabilities.readCellLimit) throw new OfficeError("RangeExceedsLimit");
}

function grid<T>(range: CellRange, cell: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array(range.rowCount);
  for (let i = 0; i < range.rowCount; i++) {
    const line: T[] = new Array(range.colCount);
    for (let j = 0; j < range.colCount; j++) line[j] = cell(range.row + i, range.col + j);
    out[i] = line;
  }
  return out;
}

const RANGE_SCALARS: Record<string, ScalarSpec<RangeTarget>> = {
  address: { read: (t) => formatAddress(t.sheet.name, t.range) },
  addressLocal: { read: (t) => formatAddress(t.sheet.name, t.range) },
  cellCount: { read: (t) => cellCount(t.range) },
  rowCount: { read: (t) => t.range.rowCount },
  columnCount: { read: (t) => t.range.colCount },
  rowIndex: { read: (t) => t.range.row },
  columnIndex: { read: (t) => t.range.col },
  isEntireRow: { read: (t) => isEntireRows(t.range) },
  isEntireColumn: { read: (t) => isEntireColumns(t.range) },
  values: {
    read: (t, run) => {
      readLimit(run, t.range);
      return t.sheet.readValues(t.range);
    },
  },
  formulas: {
    read: (t, run) => {
      readLimit(run, t.range);
      return t.sheet.readValues(t.range);
    },
  },
  text: {
    read: (t, run) => {
      readLimit(run, t.range);
      return grid(t.range, (r, c) => displayText(t.sheet.value(r, c), t.sheet.numberFormat(r, c)));
    },
  },
  numberFormat: {
    read: (t, run) => {
      readLimit(run, t.range);
      return grid(t.range, (r, c) => t.sheet.numberFormat(r, c));
    },
  },
  numberFormatLocal: {
    read: (t, run) => {
      readLimit(run, t.range);
      return grid(t.range, (r, c) => t.sheet.numberFormat(r, c));
    },
  },
  valueTypes: {
    read: (t, run) => {
      readLimit(run, t.range);
      return grid(t.range, (r, c) => valueType(t.sheet.value(r, c)));
    },
  },
  // The fake assumes null when a cell has no hyperlink and reads the top-left cell's.
  hyperlink: { read: (t) => t.sheet.hyperlink(t.range.row, t.range.col) },
};

/** `Excel.Range`. */
export class Range extends ClientObjectBase<RangeTarget> {
  protected readonly typeName = "Range";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  /** Tracking is not needed: the fake's objects keep their target. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => RangeTarget | null,
  ) {
    super(context);
    this.hideMissingMembers([
      "conditionalFormats",
      "dataValidation",
      "hyperlink",
      "isEntireColumn",
      "isEntireRow",
      "numberFormatLocal",
      "merge",
      "unmerge",
      "getResizedRange",
      "getAbsoluteResizedRange",
      "getRowsAbove",
      "getRowsBelow",
      "getColumnsBefore",
      "getColumnsAfter",
      "getUsedRange",
      "getUsedRangeOrNullObject",
      "getIntersectionOrNullObject",
      "getMergedAreasOrNullObject",
    ]);
  }

  protected scalars(): Record<string, ScalarSpec<RangeTarget>> {
    return RANGE_SCALARS;
  }

  protected resolveTarget(run: SyncRun): RangeTarget | null {
    const target = this.locate(run);
    if (target && !target.sheet.workbook.sheets.includes(target.sheet))
      throw new OfficeError("ItemNotFound", "The worksheet has been deleted.");
    return target;
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
    };
  }

  // ---- properties ----

  get address(): string {
    return this.read("address");
  }

  get addressLocal(): string {
    return this.read("addressLocal");
  }

  get cellCount(): number {
    return this.read("cellCount");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }

  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }

  get text(): string[][] {
    return this.read("text");
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  get values(): unknown[][] {
    return this.read("values");
  }

  /**
   * Writes a 2-D array of exactly the range's shape ("The number of rows or columns in the input array
   * doesn't match the size or dimensions of the range." otherwise). Values are coerced as Excel does
   * (cell-values.ts). A non-empty value for a cell hidden inside a merged area is refused: the fake's
   * choice, stricter than Excel may be. A single value for a whole range is refused too (2-D arrays
   * always work in Excel).
   */
  set values(values: unknown[][]) {
    this.queue("values", (t, run) => {
      editable(t.sheet);
      checkShape(values, t.range);
      for (const merge of t.sheet.merges) {
        if (!rangesOverlap(merge, t.range)) continue;
        for (let r = merge.row; r < merge.row + merge.rowCount; r++) {
          for (let c = merge.col; c < merge.col + merge.colCount; c++) {
            if ((r !== merge.row || c !== merge.col) && rangeContains(t.range, r, c)) {
              const value = values[r - t.range.row][c - t.range.col];
              if (value !== "" && value !== null && value !== undefined) {
                throw new OfficeError(
                  "InvalidOperation",
                  `Cell ${formatLocal({ row: r, col: c, rowCount: 1, colCount: 1 })} is hidden inside a merged area.`,
                );
              }
            }
          }
        }
      }
      const single = cellCount(t.range) === 1;
      const before = single ? t.sheet.value(t.range.row, t.range.col) : null;
      writeCells(run, t, values);
      const after = single ? t.sheet.value(t.range.row, t.range.col) : null;
      run.events.push(
        changedEvent(
          run.host,
          t.sheet,
          t.range,
          "RangeEdited",
          "api",
          single ? { before, after } : undefined,
        ),
      );
    });
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: string[][]) {
    this.queue("numberFormat", (t) => {
      editable(t.sheet);
      checkShape(formats, t.range);
      t.sheet.setNumberFormat(
        t.range,
        formats.map((line) => line.map((f) => String(f))),
      );
    });
  }

  /** ExcelApi 1.7. */
  get numberFormatLocal(): string[][] {
    return this.read("numberFormatLocal");
  }

  set numberFormatLocal(formats: string[][]) {
    this.numberFormat = formats;
  }

  /** ExcelApi 1.7. */
  get hyperlink(): unknown {
    return this.read("hyperlink");
  }

  set hyperlink(
    link: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string } | null,
  ) {
    this.queue("hyperlink", (t, run) => {
      editable(t.sheet);
      t.sheet.setHyperlink(t.range, link ? { ...link } : null);
      if (link?.textToDisplay !== undefined) {
        t.sheet.setValue(t.range.row, t.range.col, link.textToDisplay);
        run.events.push(
          changedEvent(run.host, t.sheet, { ...t.range, rowCount: 1, colCount: 1 }, "RangeEdited", "api"),
        );
      }
    });
  }

  get format(): RangeFormat {
    return this.child("format", () => new RangeFormat(this.context, (run) => toAreas(this[REQUIRE](run))));
  }

  get worksheet(): Worksheet {
    return this.child("worksheet", () => new Worksheet(this.context, (run) => this[REQUIRE](run).sheet));
  }

  /** ExcelApi 1.8. */
  get dataValidation(): DataValidation {
    return this.child(
      "dataValidation",
      () =>
        new DataValidation(this.context, (run) => {
          this.gate("dataValidation");
          return toAreas(this[REQUIRE](run));
        }),
    );
  }

  /** ExcelApi 1.6. */
  get conditionalFormats(): ConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollection(this.context, (run) => {
          this.gate("conditionalFormats");
          return toAreas(this[REQUIRE](run));
        }),
    );
  }

  // ---- structure ----

  /**
   * Inserts cells and shifts the others; returns the new blank range. Merges, validations, conditional
   * formats and the references in their formulas move with the cells (workbook-model.ts applyEdit).
   */
  insert(shift: "Down" | "Right"): Range {
    this.queue("insert", (t, run) => {
      editable(t.sheet);
      if (shift !== "Down" && shift !== "Right")
        throw invalid(`"${String(shift)}" is not an insert direction.`);
      t.sheet.insertCells(t.range, shift);
      const changeType =
        shift === "Down"
          ? isEntireRows(t.range)
            ? "RowInserted"
            : "CellInserted"
          : isEntireColumns(t.range)
            ? "ColumnInserted"
            : "CellInserted";
      run.events.push(changedEvent(run.host, t.sheet, t.range, changeType, "api"));
    });
    return new Range(this.context, (run) => this[REQUIRE](run));
  }

  delete(shift: "Up" | "Left"): void {
    this.queue("delete", (t, run) => {
      editable(t.sheet);
      if (shift !== "Up" && shift !== "Left") throw invalid(`"${String(shift)}" is not a delete direction.`);
      t.sheet.deleteCells(t.range, shift);
      const changeType =
        shift === "Up"
          ? isEntireRows(t.range)
            ? "RowDeleted"
            : "CellDeleted"
          : isEntireColumns(t.range)
            ? "ColumnDeleted"
            : "CellDeleted";
      run.events.push(changedEvent(run.host, t.sheet, t.range, changeType, "api"));
    });
  }

  clear(
    applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All",
  ): void {
    this.queue("clear", (t, run) => {
      editable(t.sheet);
      clearAreas(run, t.sheet, [t.range], applyTo);
    });
  }

  /** ExcelApi 1.2. Keeps only the top-left value. */
  merge(across = false): void {
    this.queue("merge", (t) => {
      editable(t.sheet);
      t.sheet.merge(t.range, across);
    });
  }

  /** ExcelApi 1.2. */
  unmerge(): void {
    this.queue("unmerge", (t) => {
      editable(t.sheet);
      t.sheet.unmerge(t.range);
    });
  }

  select(): void {
    this.queue("select", (t, run) => selectRange(run, t.sheet.workbook, t.sheet, t.range));
  }

  // ---- derived ranges ----

  getCell(row: number, column: number): Range {
    return this.derive(null, (r) => checkedRange(r.row + row, r.col + column, 1, 1));
  }

  getRow(row: number): Range {
    return this.derive(null, (r) => {
      if (row < 0 || row >= r.rowCount) throw invalid();
      return { ...r, row: r.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): Range {
    return this.derive(null, (r) => {
      if (column < 0 || column >= r.colCount) throw invalid();
      return { ...r, col: r.col + column, colCount: 1 };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive(null, (r) =>
      checkedRange(r.row + rowOffset, r.col + columnOffset, r.rowCount, r.colCount),
    );
  }

  /** ExcelApi 1.2. */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive("getResizedRange", (r) =>
      checkedRange(r.row, r.col, r.rowCount + deltaRows, r.colCount + deltaColumns),
    );
  }

  /** ExcelApi 1.7. */
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive("getAbsoluteResizedRange", (r) => checkedRange(r.row, r.col, numRows, numColumns));
  }

  getEntireRow(): Range {
    return this.derive(null, (r) => ({ row: r.row, rowCount: r.rowCount, col: 0, colCount: MAX_COLS }));
  }

  getEntireColumn(): Range {
    return this.derive(null, (r) => ({ row: 0, rowCount: MAX_ROWS, col: r.col, colCount: r.colCount }));
  }

  getLastCell(): Range {
    return this.derive(null, (r) => ({
      row: r.row + r.rowCount - 1,
      col: r.col + r.colCount - 1,
      rowCount: 1,
      colCount: 1,
    }));
  }

  getLastRow(): Range {
    return this.derive(null, (r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 }));
  }

  getLastColumn(): Range {
    return this.derive(null, (r) => ({ ...r, col: r.col + r.colCount - 1, colCount: 1 }));
  }

  /** ExcelApi 1.2. */
  getRowsAbove(count = 1): Range {
    return this.derive("getRowsAbove", (r) => checkedRange(r.row - count, r.col, count, r.colCount));
  }

  /** ExcelApi 1.2. */
  getRowsBelow(count = 1): Range {
    return this.derive("getRowsBelow", (r) => checkedRange(r.row + r.rowCount, r.col, count, r.colCount));
  }

  /** ExcelApi 1.2. */
  getColumnsBefore(count = 1): Range {
    return this.derive("getColumnsBefore", (r) => checkedRange(r.row, r.col - count, r.rowCount, count));
  }

  /** ExcelApi 1.2. */
  getColumnsAfter(count = 1): Range {
    return this.derive("getColumnsAfter", (r) => checkedRange(r.row, r.col + r.colCount, r.rowCount, count));
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return new Range(this.context, (run) => {
      const t = this[REQUIRE](run);
      const other = rangeArgument(this.context, anotherRange, t.sheet, run);
      if (other.sheet !== t.sheet) throw invalid("The ranges are on different worksheets.");
      return { sheet: t.sheet, range: boundingRange([t.range, other.range]) as CellRange };
    });
  }

  getIntersection(anotherRange: Range | string): Range {
    return new Range(this.context, (run) => {
      const found = this.intersection(anotherRange, run);
      if (!found) throw new OfficeError("ItemNotFound", "The ranges do not intersect.");
      return found;
    });
  }

  /** ExcelApi 1.4. */
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    const range = new Range(this.context, (run) => {
      this.gate("getIntersectionOrNullObject");
      return this.intersection(anotherRange, run);
    });
    queueResolve(this.context, range, "Range.getIntersectionOrNullObject");
    return range;
  }

  /** ExcelApi 1.2. "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, (run) => {
      this.gate("getUsedRange");
      const found = this.usedWithin(valuesOnly, run);
      if (!found) throw new OfficeError("ItemNotFound", "The range has no used cells.");
      return found;
    });
  }

  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const range = new Range(this.context, (run) => {
      this.gate("getUsedRangeOrNullObject");
      return this.usedWithin(valuesOnly, run);
    });
    queueResolve(this.context, range, "Range.getUsedRangeOrNullObject");
    return range;
  }

  /**
   * ExcelApi 1.13. Only the merged areas whose top-left cell is inside the range (office-js issue #3611:
   * "The getMergedAreasOrNullObject method will only return merged areas whose top left cell exists in the
   * range passed"); a null object when there are none; more than 512 areas fail ("if the merged areas
   * count in this range is more than 512, then this method will fail to return the result", d.ts; the
   * code it fails with is not documented, the fake uses GeneralException).
   */
  getMergedAreasOrNullObject(): RangeAreas {
    const areas = new RangeAreas(this.context, (run) => {
      this.gate("getMergedAreasOrNullObject");
      const t = this[REQUIRE](run);
      const found = t.sheet.merges.filter((m) => rangeContains(t.range, m.row, m.col));
      if (found.length > 512)
        throw new OfficeError("GeneralException", "The range has more than 512 merged areas.");
      if (found.length === 0) return null;
      return { sheet: t.sheet, areas: found.sort((a, b) => a.row - b.row || a.col - b.col) };
    });
    queueResolve(this.context, areas, "Range.getMergedAreasOrNullObject");
    return areas;
  }

  private derive(member: string | null, make: (range: CellRange) => CellRange): Range {
    return new Range(this.context, (run) => {
      if (member) this.gate(member);
      const t = this[REQUIRE](run);
      return { sheet: t.sheet, range: make(t.range) };
    });
  }

  private intersection(anotherRange: Range | string, run: SyncRun): RangeTarget | null {
    const t = this[REQUIRE](run);
    const other = rangeArgument(this.context, anotherRange, t.sheet, run);
    if (other.sheet !== t.sheet) return null;
    const cut = intersect(t.range, other.range);
    return cut ? { sheet: t.sheet, range: cut } : null;
  }

  private usedWithin(valuesOnly: boolean, run: SyncRun): RangeTarget | null {
    const t = this[REQUIRE](run);
    const used = t.sheet.usedRange(valuesOnly);
    const cut = used ? intersect(used, t.range) : null;
    return cut ? { sheet: t.sheet, range: cut } : null;
  }
}

function checkShape(values: unknown, range: CellRange): asserts values is unknown[][] {
  const message =
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
  if (!Array.isArray(values) || values.length !== range.rowCount) throw invalid(message);
  for (const line of values) {
    if (!Array.isArray(line) || line.length !== range.colCount) throw invalid(message);
  }
}

function writeCells(run: SyncRun, t: RangeTarget, values: unknown[][]): void {
  const { sheet, range } = t;
  for (let i = 0; i < range.rowCount; i++) {
    for (let j = 0; j < range.colCount; j++) {
      const row = range.row + i;
      const col = range.col + j;
      const current = sheet.numberFormats.get(row, col);
      const coerced = coerceInput(values[i][j], current);
      sheet.values.set(row, col, coerced.value === null ? undefined : coerced.value);
      if (coerced.numberFormat && current === undefined)
        sheet.numberFormats.set(row, col, coerced.numberFormat);
      if (coerced.formula) {
        run.host.warnings.push(
          `${formatAddress(sheet.name, { row, col, rowCount: 1, colCount: 1 })}: "${String(values[i][j])}" reads as a formula in Excel; the fake keeps it as text.`,
        );
      }
    }
  }
  sheet.workbook.notify({ kind: "values", sheetId: sheet.id, range });
}

function clearAreas(run: SyncRun, sheet: SheetModel, areas: CellRange[], applyTo: string): void {
  const targets = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];
  if (!targets.includes(applyTo)) throw invalid(`"${applyTo}" is not a clear option.`);
  for (const area of areas) {
    sheet.clear(area, applyTo as "All");
    if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") {
      run.events.push(changedEvent(run.host, sheet, area, "RangeEdited", "api"));
    }
  }
}

function toAreas(t: RangeTarget): AreasTarget {
  return { sheet: t.sheet, areas: [t.range] };
}

function queueResolve(context: ContextLike, object: ClientObjectBase<unknown>, location: string): void {
  context.enqueue({ location, run: (run) => void object[RESOLVE](run) });
}

function itemsNotLoaded(typeName: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.items`,
  );
}

/** What a collection's load asks of each item: "items/name" and "name" both mean the items' names. */
function itemLoadTree(tree: LoadTree | null): LoadTree | null {
  if (tree === null) return null;
  const itemTree: LoadTree = new Map();
  let all = false;
  for (const [name, sub] of tree) {
    if (name === "items") {
      if (sub === true) all = true;
      else for (const [key, value] of sub) itemTree.set(key, value);
    } else itemTree.set(name, sub);
  }
  return all && itemTree.size === 0 ? null : itemTree;
}

// ---------------------------------------------------------------------------------------------------
// RangeAreas

const AREAS_SCALARS: Record<string, ScalarSpec<AreasTarget>> = {
  // "address returns one comma-delimited string of all addresses" ("Sheet1!F3:F5, Sheet1!H:H" in
  // office-js-docs-pr docs/excel/excel-add-ins-multiple-ranges.md).
  address: { read: (t) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(", ") },
  addressLocal: { read: (t) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(", ") },
  areaCount: { read: (t) => t.areas.length },
  cellCount: { read: (t) => t.areas.reduce((n, a) => n + cellCount(a), 0) },
  // "Boolean properties are true only if they're true in all ranges" (same page).
  isEntireRow: { read: (t) => t.areas.every(isEntireRows) },
  isEntireColumn: { read: (t) => t.areas.every(isEntireColumns) },
};

/** `Excel.RangeAreas` (ExcelApi 1.9). */
export class RangeAreas extends ClientObjectBase<AreasTarget> {
  protected readonly typeName = "RangeAreas";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  /** Tracking is not needed: the fake's objects keep their target. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => AreasTarget | null,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return AREAS_SCALARS;
  }

  protected resolveTarget(run: SyncRun): AreasTarget | null {
    this.gate("address");
    return this.locate(run);
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return {
      areas: () => this.areas,
      conditionalFormats: () => this.conditionalFormats,
      dataValidation: () => this.dataValidation,
      format: () => this.format,
      worksheet: () => this.worksheet,
    };
  }

  get address(): string {
    return this.read("address");
  }

  get addressLocal(): string {
    return this.read("addressLocal");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  get cellCount(): number {
    return this.read("cellCount");
  }

  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }

  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }

  get areas(): RangeCollection {
    return this.child("areas", () => new RangeCollection(this.context, (run) => this[REQUIRE](run)));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () => new ConditionalFormatCollection(this.context, (run) => this[REQUIRE](run)),
    );
  }

  get dataValidation(): DataValidation {
    return this.child("dataValidation", () => new DataValidation(this.context, (run) => this[REQUIRE](run)));
  }

  get format(): RangeFormat {
    return this.child("format", () => new RangeFormat(this.context, (run) => this[REQUIRE](run)));
  }

  get worksheet(): Worksheet {
    return this.child("worksheet", () => new Worksheet(this.context, (run) => this[REQUIRE](run).sheet));
  }

  clear(
    applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All",
  ): void {
    this.queue("clear", (t, run) => {
      editable(t.sheet);
      clearAreas(run, t.sheet, t.areas, applyTo);
    });
  }
}

/** `Excel.RangeCollection` (ExcelApi 1.9): the areas of a RangeAreas. */
export class RangeCollection extends ClientObjectBase<AreasTarget> {
  protected readonly typeName = "RangeCollection";
  private loadedItems: Range[] | undefined;

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => AreasTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {};
  }

  protected resolveTarget(run: SyncRun): AreasTarget {
    this.gate("items");
    return this.locate(run);
  }

  get items(): Range[] {
    if (!this.loadedItems) throw itemsNotLoaded(this.typeName);
    return this.loadedItems;
  }

  override [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const t = this[REQUIRE](run);
    const items = t.areas.map((area) => new Range(this.context, () => ({ sheet: t.sheet, range: area })));
    const itemTree = itemLoadTree(tree);
    for (const item of items) item[RUN_LOAD](itemTree, run);
    run.commits.push(() => {
      this.loadedItems = items;
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", (t, run) => run.commits.push(() => result[RESOLVE_WITH](t.areas.length)));
    return result;
  }

  getItemAt(index: number): Range {
    return new Range(this.context, (run) => {
      const t = this[REQUIRE](run);
      const area = t.areas[index];
      if (!area) throw new OfficeError("ItemNotFound");
      return { sheet: t.sheet, range: area };
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Format (the user's own formatting: readable; writes are supported so a test can see the add-in made none)

/** A property that reads the same in every cell, or null (RangeFill.pattern: "A null value indicates that the entire range doesn't have a uniform … setting"). */
function uniform<V>(t: AreasTarget, cell: (sheet: SheetModel, row: number, col: number) => V): V | null {
  let first: V | undefined;
  let seen = false;
  for (const area of t.areas) {
    if (cellCount(area) > 100_000) {
      // Whole rows or columns: only stored cells can differ from the default.
      return cell(t.sheet, area.row, area.col);
    }
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++) {
        const value = cell(t.sheet, r, c);
        if (!seen) {
          first = value;
          seen = true;
        } else if (value !== first) return null;
      }
    }
  }
  return first ?? null;
}

/** A new sheet's column width in points (8.43 characters of Calibri 11, as Excel reports it). */
const DEFAULT_COLUMN_WIDTH = 48;

function writeFormat(
  t: AreasTarget,
  patch: (current: Record<string, unknown>) => Record<string, unknown>,
): void {
  editable(t.sheet);
  for (const area of t.areas) {
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++) {
        const next = patch({ ...(t.sheet.formats.get(r, c) ?? {}) });
        t.sheet.formats.set(r, c, Object.keys(next).length > 0 ? next : undefined);
      }
    }
  }
  t.sheet.workbook.notify({ kind: "formats", sheetId: t.sheet.id });
}

/** `Excel.RangeFormat`: the `fill` and `font` of the user's formatting. */
export class RangeFormat extends ClientObjectBase<AreasTarget> {
  protected readonly typeName = "RangeFormat";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => AreasTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      wrapText: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.wrapText ?? false) },
      columnWidth: {
        read: (t) => uniform(t, (sheet, _r, c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      },
    };
  }

  protected resolveTarget(run: SyncRun): AreasTarget {
    return this.locate(run);
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(value: boolean) {
    this.queue("wrapText", (t) => writeFormat(t, (f) => ({ ...f, wrapText: value })));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  /** Sets the width of every column the range spans (office.js: in points). */
  set columnWidth(value: number) {
    this.queue("columnWidth", (t) => {
      editable(t.sheet);
      for (const area of t.areas)
        for (let c = area.col; c < area.col + area.colCount; c++) t.sheet.columnWidths.set(c, value);
    });
  }

  get fill(): RangeFill {
    return this.child("fill", () => new RangeFill(this.context, (run) => this[REQUIRE](run)));
  }

  get font(): RangeFont {
    return this.child("font", () => new RangeFont(this.context, (run) => this[REQUIRE](run)));
  }
}

/** `Excel.RangeFill`: a cell without fill reads "#FFFFFF", as Excel reports it. */
export class RangeFill extends ClientObjectBase<AreasTarget> {
  protected readonly typeName = "RangeFill";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => AreasTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      color: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.fill ?? "#FFFFFF") },
    };
  }

  protected resolveTarget(run: SyncRun): AreasTarget {
    return this.locate(run);
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => writeFormat(t, (f) => ({ ...f, fill: value })));
  }

  clear(): void {
    this.queue("clear", (t) =>
      writeFormat(t, (f) => {
        delete f.fill;
        return f;
      }),
    );
  }
}

/** `Excel.RangeFont`: color ("#000000" by default), bold, italic. */
export class RangeFont extends ClientObjectBase<AreasTarget> {
  protected readonly typeName = "RangeFont";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => AreasTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      color: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.fontColor ?? "#000000") },
      bold: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.bold ?? false) },
      italic: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.italic ?? false) },
    };
  }

  protected resolveTarget(run: SyncRun): AreasTarget {
    return this.locate(run);
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => writeFormat(t, (f) => ({ ...f, fontColor: value })));
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.queue("bold", (t) => writeFormat(t, (f) => ({ ...f, bold: value })));
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.queue("italic", (t) => writeFormat(t, (f) => ({ ...f, italic: value })));
  }
}

// ---------------------------------------------------------------------------------------------------
// Data validation

/** Excel's limit on an inline list source ("a,b,c"). */
export const INLINE_LIST_LIMIT = 255;

function summarize(t: AreasTarget): ValidationSummary {
  const summaries = t.areas.map((area) => t.sheet.validationSummary(area));
  if (summaries.length === 1) return summaries[0];
  const same = <K extends keyof ValidationSummary>(key: K): ValidationSummary[K] | null => {
    const first = JSON.stringify(summaries[0][key]);
    return summaries.every((s) => JSON.stringify(s[key]) === first) ? summaries[0][key] : null;
  };
  const types = new Set(summaries.map((s) => s.type));
  let type = summaries[0].type;
  if (types.size > 1)
    type = types.has("None") || types.has("MixedCriteria") ? "MixedCriteria" : "Inconsistent";
  return {
    type,
    rule: types.size === 1 ? same("rule") : null,
    errorAlert: same("errorAlert"),
    ignoreBlanks: same("ignoreBlanks"),
    prompt: same("prompt"),
  };
}

/** `Excel.DataValidation` (ExcelApi 1.8) of a Range or a RangeAreas. */
export class DataValidation extends ClientObjectBase<AreasTarget> {
  protected readonly typeName = "DataValidation";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => AreasTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      type: { read: (t) => summarize(t).type },
      rule: { read: (t) => summarize(t).rule },
      errorAlert: { read: (t) => summarize(t).errorAlert },
      ignoreBlanks: { read: (t) => summarize(t).ignoreBlanks },
      prompt: { read: (t) => summarize(t).prompt },
      valid: { read: (t) => validity(t) },
    };
  }

  protected resolveTarget(run: SyncRun): AreasTarget {
    this.gate("rule");
    return this.locate(run);
  }

  get type(): string {
    return this.read("type");
  }

  get valid(): boolean {
    return this.read("valid");
  }

  get rule(): unknown {
    return this.read("rule");
  }

  /**
   * Exactly one criterion. A list source is a comma list, a formula ("=Sheet2!$A$1:$A$9") or a Range
   * (stored as such a formula). An inline list longer than 255 characters is refused with InvalidArgument:
   * Excel's limit on inline lists (xlsx writers such as XlsxWriter enforce it because Excel rejects the
   * file otherwise); what the JavaScript API does beyond it is not documented, so the fake takes the
   * stricter path.
   */
  set rule(rule: Record<string, unknown>) {
    this.queue("rule", (t, run) => {
      editable(t.sheet);
      const normalized = normalizeRule(rule, this.context, run);
      for (const area of t.areas) t.sheet.setValidationRule(area, normalized);
    });
  }

  get errorAlert(): unknown {
    return this.read("errorAlert");
  }

  set errorAlert(alert: Partial<ErrorAlert>) {
    this.queue("errorAlert", (t) => {
      editable(t.sheet);
      if (!alert || typeof alert !== "object") throw invalid();
      if (alert.style !== undefined && !["Stop", "Warning", "Information"].includes(alert.style))
        throw invalid(`"${alert.style}" is not an alert style.`);
      for (const area of t.areas) t.sheet.updateValidation(area, { errorAlert: { ...alert } });
    });
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }

  set ignoreBlanks(value: boolean) {
    this.queue("ignoreBlanks", (t) => {
      editable(t.sheet);
      for (const area of t.areas) t.sheet.updateValidation(area, { ignoreBlanks: value === true });
    });
  }

  get prompt(): unknown {
    return this.read("prompt");
  }

  set prompt(prompt: Partial<ValidationPrompt>) {
    this.queue("prompt", (t) => {
      editable(t.sheet);
      if (!prompt || typeof prompt !== "object") throw invalid();
      for (const area of t.areas) t.sheet.updateValidation(area, { prompt: { ...prompt } });
    });
  }

  /** Removes validation from these cells only, whatever range it was set on. */
  clear(): void {
    this.queue("clear", (t) => {
      editable(t.sheet);
      for (const area of t.areas) t.sheet.clearValidation(area);
    });
  }
}

const RULE_KEYS = ["list", "custom", "wholeNumber", "decimal", "textLength", "date", "time"] as const;

function normalizeRule(rule: Record<string, unknown>, context: ContextLike, run: SyncRun): ValidationRule {
  if (!rule || typeof rule !== "object")
    throw invalid("A data validation rule is an object with one criterion.");
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (keys.length !== 1 || !(RULE_KEYS as readonly string[]).includes(keys[0])) {
    throw invalid(
      "A data validation rule takes exactly one of list, custom, wholeNumber, decimal, textLength, date, time.",
    );
  }
  const key = keys[0];
  const body = rule[key] as Record<string, unknown>;
  if (!body || typeof body !== "object") throw invalid();
  if (key === "list") {
    const source = body.source;
    let text: string;
    if (source instanceof Range) {
      if (source.context !== context) throw new OfficeError("InvalidRequestContext");
      const t = source[REQUIRE](run);
      text = rangeSource(t.sheet.name, t.range);
    } else if (typeof source === "string" && source.trim() !== "") {
      text = source;
      if (!text.startsWith("=") && text.length > INLINE_LIST_LIMIT) {
        throw invalid(
          `An inline list source is limited to ${INLINE_LIST_LIMIT} characters (this one has ${text.length}).`,
        );
      }
    } else throw invalid("A list rule needs a source.");
    return { list: { inCellDropDown: body.inCellDropDown !== false, source: text } };
  }
  if (key === "custom") {
    if (typeof body.formula !== "string" || body.formula === "")
      throw invalid("A custom rule needs a formula.");
    return { custom: { formula: body.formula } };
  }
  return { [key]: clone(body) } as ValidationRule;
}

/**
 * `DataValidation.valid`: true when every cell passes, false when none does, null otherwise. The fake
 * checks list rules only (other rule types count as valid).
 */
function validity(t: AreasTarget): boolean | null {
  let passed = 0;
  let failed = 0;
  for (const area of t.areas) {
    for (let r = area.row; r < area.row + area.rowCount && cellCount(area) <= 100_000; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++) {
        const entry = t.sheet.validationAt(r, c);
        const value = t.sheet.value(r, c);
        if (!entry || ruleType(entry.rule) !== "List") {
          passed++;
          continue;
        }
        if (value === null) {
          if (entry.ignoreBlanks) passed++;
          else failed++;
          continue;
        }
        const items = t.sheet.listItems(entry);
        const text = displayText(value, t.sheet.numberFormat(r, c));
        if (items === null || items.includes(text)) passed++;
        else failed++;
      }
    }
  }
  if (failed === 0) return true;
  if (passed === 0) return false;
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Conditional formats

/** `Excel.ConditionalFormatCollection` (ExcelApi 1.6) of a Range or RangeAreas: the formats that overlap it. */
export class ConditionalFormatCollection extends ClientObjectBase<AreasTarget> {
  protected readonly typeName = "ConditionalFormatCollection";
  private loadedItems: ConditionalFormat[] | undefined;

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => AreasTarget,
  ) {
    super(context);
    this.hideMissingMembers(["getItemOrNullObject"]);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {};
  }

  protected resolveTarget(run: SyncRun): AreasTarget {
    this.gate("add");
    return this.locate(run);
  }

  get items(): ConditionalFormat[] {
    if (!this.loadedItems) throw itemsNotLoaded(this.typeName);
    return this.loadedItems;
  }

  override [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const t = this[REQUIRE](run);
    const items = t.sheet
      .conditionalFormatsOverlapping(t.areas)
      .map((cf) => new ConditionalFormat(this.context, () => ({ sheet: t.sheet, id: cf.id })));
    const itemTree = itemLoadTree(tree);
    for (const item of items) item[RUN_LOAD](itemTree, run);
    run.commits.push(() => {
      this.loadedItems = items;
    });
  }

  /** Adds a format over the range (every area of a RangeAreas) at the top priority. */
  add(type: ConditionalFormatKind): ConditionalFormat {
    let added: ConditionalFormatEntry | undefined;
    let sheet: SheetModel | undefined;
    this.queue("add", (t) => {
      editable(t.sheet);
      const kinds: ConditionalFormatKind[] = [
        "Custom",
        "DataBar",
        "ColorScale",
        "IconSet",
        "TopBottom",
        "PresetCriteria",
        "ContainsText",
        "CellValue",
      ];
      if (!kinds.includes(type)) throw invalid(`"${String(type)}" is not a conditional format type.`);
      sheet = t.sheet;
      added = t.sheet.addConditionalFormat(t.areas, type);
    });
    return new ConditionalFormat(this.context, () => {
      if (!added || !sheet) throw new OfficeError("ItemNotFound", "The conditional format was not added.");
      return { sheet, id: added.id };
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", (t, run) => {
      const count = t.sheet.conditionalFormatsOverlapping(t.areas).length;
      run.commits.push(() => result[RESOLVE_WITH](count));
    });
    return result;
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, (run) => {
      const t = this[REQUIRE](run);
      if (!t.sheet.conditionalFormatsOverlapping(t.areas).some((cf) => cf.id === id)) {
        throw new OfficeError("ItemNotFound", `There is no conditional format with id "${id}" here.`);
      }
      return { sheet: t.sheet, id };
    });
  }

  /** ExcelApi 1.14. */
  getItemOrNullObject(id: string): ConditionalFormat {
    const item = new ConditionalFormat(this.context, (run) => {
      this.gate("getItemOrNullObject");
      const t = this[REQUIRE](run);
      return t.sheet.conditionalFormatsOverlapping(t.areas).some((cf) => cf.id === id)
        ? { sheet: t.sheet, id }
        : null;
    });
    queueResolve(this.context, item, "ConditionalFormatCollection.getItemOrNullObject");
    return item;
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, (run) => {
      const t = this[REQUIRE](run);
      const cf = t.sheet.conditionalFormatsOverlapping(t.areas)[index];
      if (!cf) throw new OfficeError("ItemNotFound");
      return { sheet: t.sheet, id: cf.id };
    });
  }

  /** "Clears all conditional formats active on the current specified range": these cells only. */
  clearAll(): void {
    this.queue("clearAll", (t) => {
      editable(t.sheet);
      for (const area of t.areas) t.sheet.clearConditionalFormats(area);
    });
  }
}

interface FormatTarget {
  sheet: SheetModel;
  id: string;
}

function entryOf(t: FormatTarget): ConditionalFormatEntry {
  const entry = t.sheet.conditionalFormat(t.id);
  if (!entry) throw new OfficeError("ItemNotFound", `The conditional format "${t.id}" no longer exists.`);
  return entry;
}

/** `Excel.ConditionalFormat` (ExcelApi 1.6): id, type, priority, stopIfTrue, the custom rule and its format. */
export class ConditionalFormat extends ClientObjectBase<FormatTarget> {
  protected readonly typeName = "ConditionalFormat";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => FormatTarget | null,
  ) {
    super(context);
    this.hideMissingMembers(["getRanges", "setRanges"]);
  }

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {
      id: { read: (t) => entryOf(t).id },
      type: { read: (t) => entryOf(t).type },
      priority: { read: (t) => t.sheet.conditionalFormats.indexOf(entryOf(t)) },
      // d.ts: stopIfTrue "Value is null on data bars, icon sets, and color scales".
      stopIfTrue: {
        read: (t) =>
          ["DataBar", "IconSet", "ColorScale"].includes(entryOf(t).type) ? null : entryOf(t).stopIfTrue,
      },
    };
  }

  protected resolveTarget(run: SyncRun): FormatTarget | null {
    this.gate("id");
    const t = this.locate(run);
    if (t) entryOf(t);
    return t;
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }

  get id(): string {
    return this.read("id");
  }

  get type(): string {
    return this.read("type");
  }

  /** The index in the sheet's priority order (0 first); negative counts from the back. */
  get priority(): number {
    return this.read("priority");
  }

  set priority(value: number) {
    this.queue("priority", (t) => {
      editable(t.sheet);
      t.sheet.setConditionalFormatPriority(entryOf(t).id, value);
    });
  }

  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }

  set stopIfTrue(value: boolean) {
    this.queue("stopIfTrue", (t) => {
      editable(t.sheet);
      entryOf(t).stopIfTrue = value === true;
    });
  }

  /** The custom rule; a sync that uses it on another type of format fails (use customOrNullObject). */
  get custom(): CustomConditionalFormat {
    return this.child(
      "custom",
      () =>
        new CustomConditionalFormat(this.context, (run) => {
          const t = this[REQUIRE](run);
          if (entryOf(t).type !== "Custom")
            throw new OfficeError("InvalidOperation", "This conditional format is not of type Custom.");
          return t;
        }),
    );
  }

  get customOrNullObject(): CustomConditionalFormat {
    return this.child(
      "customOrNullObject",
      () =>
        new CustomConditionalFormat(this.context, (run) => {
          const t = this[RESOLVE](run);
          return t && entryOf(t).type === "Custom" ? t : null;
        }),
    );
  }

  delete(): void {
    this.queue("delete", (t) => {
      editable(t.sheet);
      t.sheet.deleteConditionalFormat(entryOf(t).id);
    });
  }

  /** "Throws an error if the conditional format is applied to multiple ranges" (d.ts). */
  getRange(): Range {
    return new Range(this.context, (run) => {
      const t = this[REQUIRE](run);
      const areas = entryOf(t).areas;
      if (areas.length !== 1)
        throw new OfficeError("InvalidOperation", "The conditional format applies to more than one range.");
      return { sheet: t.sheet, range: areas[0] };
    });
  }

  /** A null object when the format applies to more than one range. */
  getRangeOrNullObject(): Range {
    const range = new Range(this.context, (run) => {
      const t = this[REQUIRE](run);
      const areas = entryOf(t).areas;
      return areas.length === 1 ? { sheet: t.sheet, range: areas[0] } : null;
    });
    queueResolve(this.context, range, "ConditionalFormat.getRangeOrNullObject");
    return range;
  }

  /** ExcelApi 1.9. */
  getRanges(): RangeAreas {
    return new RangeAreas(this.context, (run) => {
      this.gate("getRanges");
      const t = this[REQUIRE](run);
      return { sheet: t.sheet, areas: entryOf(t).areas.map((a) => ({ ...a })) };
    });
  }

  /** ExcelApi 1.17. */
  setRanges(ranges: Range | RangeAreas | string): void {
    this.queue("setRanges", (t, run) => {
      editable(t.sheet);
      let areas: CellRange[];
      if (typeof ranges === "string") {
        const parsed = parseAreas(ranges);
        if (!parsed) throw invalid(`"${ranges}" is not a valid address list.`);
        areas = parsed.map((p) => p.range);
      } else if (ranges instanceof Range) areas = [rangeArgument(this.context, ranges, t.sheet, run).range];
      else if (ranges instanceof RangeAreas) {
        if (ranges.context !== this.context) throw new OfficeError("InvalidRequestContext");
        areas = ranges[REQUIRE](run).areas;
      } else throw invalid();
      entryOf(t).areas = areas.map((a) => ({ ...a }));
    });
  }
}

/** `Excel.CustomConditionalFormat`: `rule` (formula) and `format` (fill, font, numberFormat). */
export class CustomConditionalFormat extends ClientObjectBase<FormatTarget> {
  protected readonly typeName = "CustomConditionalFormat";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => FormatTarget | null,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {};
  }

  protected resolveTarget(run: SyncRun): FormatTarget | null {
    return this.locate(run);
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): ConditionalFormatRule {
    return this.child("rule", () => new ConditionalFormatRule(this.context, (run) => this[REQUIRE](run)));
  }

  get format(): ConditionalRangeFormat {
    return this.child("format", () => new ConditionalRangeFormat(this.context, (run) => this[REQUIRE](run)));
  }
}

/** `Excel.ConditionalFormatRule`: the custom formula ("=LEN($C5)=0"), relative to the top-left of the first area. */
export class ConditionalFormatRule extends ClientObjectBase<FormatTarget> {
  protected readonly typeName = "ConditionalFormatRule";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => FormatTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {
      formula: { read: (t) => entryOf(t).formula ?? "" },
      formulaLocal: { read: (t) => entryOf(t).formula ?? "" },
    };
  }

  protected resolveTarget(run: SyncRun): FormatTarget {
    return this.locate(run);
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(value: string) {
    this.queue("formula", (t) => {
      editable(t.sheet);
      if (typeof value !== "string" || value.trim() === "")
        throw invalid("A conditional format formula cannot be empty.");
      entryOf(t).formula = value.startsWith("=") ? value : `=${value}`;
    });
  }

  get formulaLocal(): string {
    return this.read("formulaLocal");
  }

  set formulaLocal(value: string) {
    this.formula = value;
  }
}

/** `Excel.ConditionalRangeFormat`: fill, font, numberFormat of what the format shows. */
export class ConditionalRangeFormat extends ClientObjectBase<FormatTarget> {
  protected readonly typeName = "ConditionalRangeFormat";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => FormatTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return { numberFormat: { read: (t) => entryOf(t).format.numberFormat } };
  }

  protected resolveTarget(run: SyncRun): FormatTarget {
    return this.locate(run);
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get numberFormat(): unknown {
    return this.read("numberFormat");
  }

  set numberFormat(value: unknown) {
    this.queue("numberFormat", (t) => {
      entryOf(t).format.numberFormat = value === null ? null : String(value);
    });
  }

  get fill(): ConditionalRangeFill {
    return this.child("fill", () => new ConditionalRangeFill(this.context, (run) => this[REQUIRE](run)));
  }

  get font(): ConditionalRangeFont {
    return this.child("font", () => new ConditionalRangeFont(this.context, (run) => this[REQUIRE](run)));
  }
}

/** `Excel.ConditionalRangeFill`. */
export class ConditionalRangeFill extends ClientObjectBase<FormatTarget> {
  protected readonly typeName = "ConditionalRangeFill";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => FormatTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return { color: { read: (t) => entryOf(t).format.fill } };
  }

  protected resolveTarget(run: SyncRun): FormatTarget {
    return this.locate(run);
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => {
      entryOf(t).format.fill = value;
    });
  }

  clear(): void {
    this.queue("clear", (t) => {
      entryOf(t).format.fill = null;
    });
  }
}

/** `Excel.ConditionalRangeFont`: color, bold, italic. */
export class ConditionalRangeFont extends ClientObjectBase<FormatTarget> {
  protected readonly typeName = "ConditionalRangeFont";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => FormatTarget,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {
      color: { read: (t) => entryOf(t).format.fontColor },
      bold: { read: (t) => entryOf(t).format.bold },
      italic: { read: (t) => entryOf(t).format.italic },
    };
  }

  protected resolveTarget(run: SyncRun): FormatTarget {
    return this.locate(run);
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => {
      entryOf(t).format.fontColor = value;
    });
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.queue("bold", (t) => {
      entryOf(t).format.bold = value === true;
    });
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.queue("italic", (t) => {
      entryOf(t).format.italic = value === true;
    });
  }

  clear(): void {
    this.queue("clear", (t) => {
      const format = entryOf(t).format;
      format.fontColor = null;
      format.bold = null;
      format.italic = null;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Settings

/**
 * `Excel.SettingCollection` (ExcelApi 1.4): the add-in's key/value store, saved in the workbook (the
 * model), so a new session on the same model reads what an earlier one wrote. Values go through JSON.
 */
export class SettingCollection extends ClientObjectBase<WorkbookModel> {
  protected readonly typeName = "SettingCollection";
  private loadedItems: Setting[] | undefined;

  protected scalars(): Record<string, ScalarSpec<WorkbookModel>> {
    return {};
  }

  protected resolveTarget(): WorkbookModel {
    this.gate("add");
    return this.context.host.model;
  }

  get items(): Setting[] {
    if (!this.loadedItems) throw itemsNotLoaded(this.typeName);
    return this.loadedItems;
  }

  override [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const model = this[REQUIRE](run);
    const items = [...model.settings.keys()].map((key) => new Setting(this.context, () => key));
    const itemTree = itemLoadTree(tree);
    for (const item of items) item[RUN_LOAD](itemTree, run);
    run.commits.push(() => {
      this.loadedItems = items;
    });
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): Setting {
    this.queue("add", (model) => {
      model.settings.set(checkKey(key), serialize(value));
      model.notify({ kind: "settings", sheetId: null });
    });
    return new Setting(this.context, () => key);
  }

  getItem(key: string): Setting {
    return new Setting(this.context, (run) => {
      if (!this[REQUIRE](run).settings.has(key))
        throw new OfficeError("ItemNotFound", `There is no setting "${key}".`);
      return key;
    });
  }

  getItemOrNullObject(key: string): Setting {
    const setting = new Setting(this.context, (run) => (this[REQUIRE](run).settings.has(key) ? key : null));
    queueResolve(this.context, setting, "SettingCollection.getItemOrNullObject");
    return setting;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", (model, run) => {
      const count = model.settings.size;
      run.commits.push(() => result[RESOLVE_WITH](count));
    });
    return result;
  }
}

function checkKey(key: unknown): string {
  if (typeof key !== "string" || key.length === 0) throw invalid("A setting needs a non-empty key.");
  return key;
}

function serialize(value: unknown): string {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) throw invalid("A setting's value must be serializable to JSON.");
  // Settings travel in the request; a value over the web's 5 MB request limit could never be saved.
  if (payloadSize(json) > 5 * 1024 * 1024) throw invalid("The setting's value is too large.");
  return json;
}

/** `Excel.Setting`: `key`, `value` (a JSON round trip of what was stored), `delete()`. */
export class Setting extends ClientObjectBase<string> {
  protected readonly typeName = "Setting";

  /** Sets several properties at once (navigation properties take nested objects). */
  set(properties: Record<string, unknown>): void {
    this[ASSIGN](properties);
  }

  constructor(
    context: ContextLike,
    private readonly locate: (run: SyncRun) => string | null,
  ) {
    super(context);
  }

  protected scalars(): Record<string, ScalarSpec<string>> {
    return {
      key: { read: (key) => key },
      value: {
        read: (key, run) => {
          const json = run.host.model.settings.get(key);
          if (json === undefined) throw new OfficeError("ItemNotFound", `The setting "${key}" was deleted.`);
          return JSON.parse(json) as unknown;
        },
      },
    };
  }

  protected resolveTarget(run: SyncRun): string | null {
    this.gate("key");
    return this.locate(run);
  }

  get key(): string {
    return this.read("key");
  }

  get value(): unknown {
    return this.read("value");
  }

  set value(value: unknown) {
    this.queue("value", (key, run) => {
      run.host.model.settings.set(key, serialize(value));
      run.host.model.notify({ kind: "settings", sheetId: null });
    });
  }

  delete(): void {
    this.queue("delete", (key, run) => {
      run.host.model.settings.delete(key);
      run.host.model.notify({ kind: "settings", sheetId: null });
    });
  }
}
