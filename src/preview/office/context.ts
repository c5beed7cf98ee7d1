/** The request context of the office.js fake (load/sync over the workbook model), the targets its proxies point at, and the events a change raises. (excel-api.ts lists them all.) */
import {
  REQUIRE,
  SyncRun,
  type Command,
  type ContextLike,
  type FakeHost,
  type RaisedEvent,
} from "./api-core";
import type { CellRange, CellValue } from "../../core/grid";
import { formatLocal, parseAddress } from "../../workbook/address";
import { valueType } from "../../workbook/cell-values";
import { cellCount } from "../../workbook/geometry";
import { ModelError, OfficeError } from "../../workbook/office-error";
import type { SheetModel, WorkbookModel } from "../../workbook/workbook-model";
import { Range } from "./range";
import { Runtime, Workbook } from "./workbook";

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
  /** Excel.RunOptions.mergeUndoGroup (ExcelApi 1.20): the batch's writes are one undoable action. */
  mergeUndoGroup?: boolean;
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
  /** The undo group of this batch's writes (mergeUndoGroup on a host that knows it), or null. */
  private readonly undoGroup: object | null;

  constructor(
    readonly host: FakeHost,
    options: RequestContextOptions = {},
  ) {
    this.session = host.session;
    this.delayForCellEdit = options.delayForCellEdit === true;
    // A host older than ExcelApi 1.20 does not know the option, and ignores it.
    this.undoGroup =
      options.mergeUndoGroup === true && host.supports("RunOptions", "mergeUndoGroup") ? {} : null;
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
    const writes = [...new Set(commands.filter((c) => c.writes).map((c) => c.location))];
    if (writes.length > 0) {
      // The user's undo stack takes the step, or is cleared, before the writes run (undo.ts).
      const refused = host.undo.recordAddin({ apis: writes, group: this.undoGroup });
      if (refused) {
        throw new OfficeError("UndoNotSupported", undefined, writes[0]);
      }
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

export function asOfficeError(error: unknown, location: string): unknown {
  if (error instanceof OfficeError) {
    if (!error.debugInfo.errorLocation) {
      return new OfficeError(error.code, error.message, location);
    }
    return error;
  }
  if (error instanceof ModelError) return new OfficeError(error.code, error.message, location);
  return error;
}

export function invalid(message?: string): OfficeError {
  return new OfficeError("InvalidArgument", message);
}

export function editable(sheet: SheetModel): void {
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
export function rangeArgument(
  context: ContextLike,
  arg: unknown,
  sheet: SheetModel,
  run: SyncRun,
): RangeTarget {
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

/** Who made a change: this add-in's API call, the local user, or a co-author in the same workbook. */
export type ChangeOrigin = "api" | "user" | "coauthor";

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
        // EventSource: "Remote" for a co-author's change (d.ts WorksheetChangedEventArgs.source).
        source: origin === "coauthor" ? "Remote" : "Local",
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
