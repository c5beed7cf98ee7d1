/** Workbook, Runtime, WorksheetCollection, Worksheet and WorksheetProtection of the office.js fake. (excel-api.ts lists them all.) */
import {
  ASSIGN,
  ClientObjectBase,
  ClientResult,
  EventHandlerSet,
  EventHandlers,
  REQUIRE,
  RESOLVE_WITH,
  RUN_LOAD,
  SyncRun,
  type LoadTree,
  type ContextLike,
  type FakeHost,
  type ScalarSpec,
  SettableObject,
} from "./api-core";
import { MAX_COLS, MAX_ROWS, parseAddress, parseAreas } from "../../workbook/address";
import { OfficeError } from "../../workbook/office-error";
import type { SheetModel, SheetVisibility, WorkbookModel } from "../../workbook/workbook-model";
import { activationEvents, addedEvent, deletedEvent, invalid, nameChangedEvent } from "./context";
import { Range, checkedRange, itemLoadTree, itemsNotLoaded, queueResolve } from "./range";
import { RangeAreas } from "./range-areas";
import { SettingCollection } from "./settings";

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

export function activeSheetOrThrow(model: WorkbookModel): SheetModel {
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

  private readonly handlers = new EventHandlerSet(this.context, "WorksheetCollection", () => null);

  private events(name: string): EventHandlers {
    return this.handlers.get(name);
  }
}

/** `Excel.Worksheet`. */
export class Worksheet extends SettableObject<SheetModel> {
  protected readonly typeName = "Worksheet";

  constructor(context: ContextLike, locate: (run: SyncRun) => SheetModel | null) {
    super(context, locate);
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

  protected override resolveTarget(run: SyncRun): SheetModel | null {
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
      // A long list of areas fails with InvalidArgument, at no documented size (office-js #5198: 513
      // areas in 8,207 characters failed where other 513-area lists worked; office-js-docs-pr #2255):
      // the fake refuses past its `addressLimit` (8,192 characters or 512 areas by default).
      const limit = this.context.host.capabilities.addressLimit;
      const count = address.split(",").length;
      if (address.length > limit.chars || count > limit.areas) {
        throw invalid(
          `The address list is too long for Excel (${address.length} characters, ${count} areas).`,
        );
      }
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

  private readonly handlers = new EventHandlerSet(
    this.context,
    "Worksheet",
    (run: SyncRun) => this[REQUIRE](run).id,
  );

  private events(name: string): EventHandlers {
    return this.handlers.get(name);
  }
}

export const WORKSHEET_SCALARS: Record<string, ScalarSpec<SheetModel>> = {
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
