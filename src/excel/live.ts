/**
 * The live loop: worksheet events → coalesce (about 300 ms) → one check of each touched sheet →
 * the pane. Our own writes do not re-trigger it (triggerSource where Excel has it, a guard on the
 * cells we just wrote otherwise). Dropdown picks and pastes do not raise change events on every
 * platform, but they happen at the selection: when the user leaves a selection, its cells alone are
 * read again (one small request) and the sheet is checked only if they changed — a selection change
 * never re-reads the whole sheet (on the web each read is a round trip to the server). A sheet
 * activated is checked only when it was never read. A check that finds nothing new writes nothing.
 * A change a co-author made (source "Remote") is checked for the pane but marked by their own add-in.
 *
 * These checks are automatic — nobody pressed a button — so they never cost the user their undo
 * history: the adapter writes their marks only where Excel can undo them (`automatic` in
 * adapter.ts), and leaves the rest to the user's own action.
 */
import type { ExcelAdapter, WorkbookResult } from "./adapter";
import { toAdapterError, type AdapterError } from "./errors";
import type { ExcelHost } from "./host";

export const COALESCE_MS = 300;

export interface LiveCallbacks {
  onResult(result: WorkbookResult): void;
  onError(error: AdapterError): void;
  /** The user selected a cell: the pane shows its findings. */
  onSelection?(sheet: string, address: string): void;
  /** The user (not a co-author) typed into one cell: the pane may offer library indicators for it. */
  onEdit?(sheet: string, address: string): void;
  /** A check started or ended (for a busy indicator). */
  onBusy?(busy: boolean): void;
}

type Timer = ReturnType<typeof setTimeout>;

export class LiveChecker {
  /** Sheets to check, each with whether this user changed it (false: only co-authors did). */
  private readonly pending = new Map<string, boolean>();
  /** The selection the user is on: what to look at again when they leave it. */
  private selection: { sheet: string; address: string } | null = null;
  private timer: Timer | null = null;
  private running: Promise<void> | null = null;
  private readonly sheetNames = new Map<string, string>();
  private handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  /** The request context the handlers were added in: office.js removes them only through it. */
  private eventContext: Excel.RequestContext | null = null;
  private stopped = false;

  constructor(
    private readonly host: ExcelHost,
    private readonly adapter: ExcelAdapter,
    private readonly callbacks: LiveCallbacks,
    private readonly delayMs = COALESCE_MS,
  ) {}

  /** Registers the workbook's events (one sync) and checks the active sheet. */
  async start(): Promise<void> {
    await this.host.run(async (context) => {
      this.eventContext = context;
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      const add = <T>(event: OfficeExtension.EventHandlers<T>, handler: (args: T) => Promise<void>) =>
        this.handlers.push(event.add(handler) as OfficeExtension.EventHandlerResult<unknown>);
      add(sheets.onChanged, (args) => this.changed(args));
      add(sheets.onSelectionChanged, (args) => this.selected(args));
      add(sheets.onActivated, (args) => this.activated(args.worksheetId));
      add(sheets.onAdded, (args) => this.activated(args.worksheetId));
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      if (this.adapter.capabilities.nameChangedEvent && sheets.onNameChanged) {
        add(sheets.onNameChanged, async (args) => {
          this.sheetNames.set(args.worksheetId, args.nameAfter);
          this.schedule(args.nameAfter);
        });
      }
      await context.sync();
      for (const sheet of sheets.items) this.sheetNames.set(sheet.id, sheet.name);
      this.selection = splitAddress(selected.address);
    });
    await this.checkNow();
  }

  /** Unregisters the events, through the context that registered them. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const handlers = this.handlers;
    const context = this.eventContext;
    this.handlers = [];
    this.eventContext = null;
    if (handlers.length === 0 || !context) return;
    await this.host.run(async (again) => {
      for (const handler of handlers) handler.remove();
      await again.sync();
    }, context);
  }

  /** The active sheet, at once (when the pane opens): as automatic as a check after an edit. */
  async checkNow(): Promise<void> {
    await this.runCheck(null);
  }

  private async changed(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    // Excel says when a change is ours (ExcelApi 1.14); older hosts rely on the adapter's write guard.
    if (args.triggerSource === "ThisLocalAddin") return;
    const sheet = await this.sheetName(args.worksheetId);
    const byThisUser = args.source !== "Remote";
    if (byThisUser && args.changeType === "RangeEdited" && /^[A-Z]+\d+$/.test(args.address))
      this.callbacks.onEdit?.(sheet, args.address);
    if (this.adapter.changes.userChanged(sheet, args.address)) this.schedule(sheet, byThisUser);
  }

  private async selected(args: Excel.WorksheetSelectionChangedEventArgs): Promise<void> {
    const sheet = await this.sheetName(args.worksheetId);
    this.callbacks.onSelection?.(sheet, args.address);
    const left = this.selection;
    this.selection = { sheet, address: args.address };
    // A check already due reads the sheet anyway; otherwise look only at the cells the user left.
    if (!left || this.pending.has(left.sheet) || this.stopped) return;
    try {
      if (await this.adapter.changedAt(left.sheet, left.address)) this.schedule(left.sheet);
    } catch {
      // Unknown (the user is typing in a cell already, or the sheet left was deleted or renamed): a
      // check then, of the sheet left if it is still there — the check waits for the cell edit.
      this.schedule([...this.sheetNames.values()].includes(left.sheet) ? left.sheet : sheet);
    }
  }

  private async activated(worksheetId: string): Promise<void> {
    const sheet = await this.sheetName(worksheetId);
    // A sheet checked before is up to date: its changes raised their own events.
    if (this.adapter.lastGrid(sheet) === null) this.schedule(sheet);
  }

  private async sheetName(id: string): Promise<string> {
    const known = this.sheetNames.get(id);
    if (known) return known;
    // A sheet added or renamed since we last looked.
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load("name");
      await context.sync();
      this.sheetNames.set(id, sheet.name);
      return sheet.name;
    });
  }

  /** Coalesces: every event restarts the wait; when it ends, each touched sheet is checked once. */
  private schedule(sheet: string, byThisUser = true): void {
    if (this.stopped) return;
    this.pending.set(sheet, (this.pending.get(sheet) ?? false) || byThisUser);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  private async flush(): Promise<void> {
    if (this.running) {
      // Let the check in flight finish; what came in meanwhile is checked right after.
      await this.running;
    }
    const sheets = [...this.pending];
    this.pending.clear();
    for (const [sheet, byThisUser] of sheets) await this.runCheck(sheet, !byThisUser);
  }

  private async runCheck(sheet: string | null, coauthorsOnly = false): Promise<void> {
    const work = (async () => {
      this.callbacks.onBusy?.(true);
      try {
        // An automatic check waits while the user is typing in a cell instead of failing.
        const result = await this.adapter.checkSheet(sheet ?? undefined, {
          waitForCellEdit: true,
          automatic: true,
          coauthorsOnly,
        });
        if (result.stale && sheet) this.schedule(sheet);
        this.callbacks.onResult(result);
      } catch (error) {
        this.callbacks.onError(toAdapterError(error));
      } finally {
        this.callbacks.onBusy?.(false);
      }
    })();
    this.running = work;
    await work;
    if (this.running === work) this.running = null;
  }
}

/** "Sheet1!B3:C4" or "'My sheet'!B3" → the sheet and the local address; null without a sheet. */
function splitAddress(address: string): { sheet: string; address: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const quoted = address.slice(0, bang);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, address: address.slice(bang + 1) };
}
