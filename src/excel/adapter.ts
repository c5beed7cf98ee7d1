/**
 * The Excel adapter: every user action is one `Excel.run` with one read sync and at most one write
 * sync. Reads turn sheets into Grids; the engine (pure) finds tables, checks them and plans edits;
 * writes apply edits, marks and dropdowns. Results are kept per sheet so a change re-checks only
 * the sheet it touched.
 *
 * The user's undo history (Ctrl+Z) is theirs: a check the user did not ask for (the live loop's, the
 * one when the pane opens) writes marks and dropdowns only where Excel can undo an add-in's writes
 * (ExcelUndoApiAll), as one undo group where the host has mergeUndoGroup (ExcelApi 1.20), and never
 * through an API that clears the stack (settings: office-js #3141). Elsewhere it writes nothing and
 * tells the pane which sheets' marks are behind (`marksPending`); the user's own actions write them.
 * (docs/excel-behaviour.md, "Undo"; src/preview/office/undo.ts.)
 */
import { findTables } from "../core/detect/find-tables";
import { applyEditsToGrids } from "../core/apply-edits";
import type { Edit } from "../core/edits";
import { cellAt, numberFormatAt, parseRangeA1, type Grid } from "../core/grid";
import { lint, profileFor } from "../core/lint";
import { DEFAULT_CHUNK_LIMIT, fingerprint, halveChunkLimit, planMarks, type ChunkLimit } from "../core/marks";
import type { Table } from "../core/model";
import type { Profile } from "../core/profiles/schema";
import { mergeReports, type Finding, type Report } from "../core/report";
import { dropdownsFor } from "../core/templates/dropdowns";
import { DEFAULT_SETTINGS, lintOptionsFrom, parseSettings, type Settings } from "../core/settings";
import { ChangeLedger } from "./change-ledger";
import { AdapterError, toAdapterError } from "./errors";
import { detectCapabilities, type Capabilities, type ExcelHost, type RunOptions } from "./host";
import {
  isAddressRefusal,
  markChanges,
  queueFindMarks,
  queueMarkAdds,
  queueMarkChanges,
  queueMarks,
  type MarksFound,
} from "./marks";
import { isReviewSheet } from "./review-sheet";
import {
  cellValue,
  queueSheetRead,
  readSheets,
  readSheetSizes,
  refusal,
  type ReadProgress,
} from "./read-grids";
import { queueEdits, queueListValidation } from "./write-edits";
import { LIST_SHEET, ListPlacer } from "./list-sheet";

export const SETTINGS_KEY = "jixiao.settings";
/** Where the ranges that hold our dropdowns are remembered, so turning dropdowns off removes exactly ours. */
export const DROPDOWNS_KEY = "jixiao.dropdowns";

export interface SheetResult {
  sheet: string;
  grid: Grid;
  tables: Table[];
  /** Each table's profile, in the tables' order. */
  profiles: Profile[];
  report: Report;
}

export interface WorkbookResult {
  /** Every table known, in sheet order. */
  tables: Table[];
  report: Report;
  settings: Settings;
  /**
   * Sheets whose marks or dropdowns in Excel are behind their findings: an automatic check found them
   * out of date on a host where writing them would have cleared the user's undo history.
   */
  marksPending: string[];
  /**
   * Why they are behind: "undo" — this Excel cannot undo an add-in's writes; "coauthors" — only
   * co-authors changed them, and their own add-in marks their changes.
   */
  marksPendingReason: "undo" | "coauthors";
  /** Sheets some of whose rows Excel would not give with their merged areas (Grid.rowsWithoutMerges). */
  readWithoutMerges: { sheet: string; rows: number }[];
}

/** Who asked for a check: the user (a button) or nobody (an edit's live check, the pane opening). */
export interface CheckOptions {
  /** Wait while the user is typing in a cell instead of failing (automatic checks do). */
  waitForCellEdit?: boolean;
  /** Nobody asked: write nothing that would cost the user their undo history. */
  automatic?: boolean;
  /**
   * Only co-authors changed the sheet (onChanged with source "Remote"): their own add-in marks their
   * changes, so this check writes nothing — two add-ins rewriting the same marks would undo each other.
   */
  coauthorsOnly?: boolean;
}

/** The most cells a selection probe reads; a larger selection is checked in full instead. */
const PROBE_MAX_CELLS = 2_000;

export interface SheetCheck extends WorkbookResult {
  /** The sheet changed while it was checked: nothing was written, and another check is due. */
  stale: boolean;
  /** The checked sheet is protected: findings are listed but not marked in it. */
  protectedSheet: string | null;
  /** What the check found on the sheet itself, so the pane can answer for it. */
  sheet: { name: string; tables: number; stats: Report["stats"]; reviewSheet: boolean };
}

interface SheetRead {
  name: string;
  worksheet: Excel.Worksheet;
  grid: Grid | null;
  protected: boolean;
  marks: MarksFound;
  selection: { row: number; col: number };
}

export interface AdapterOptions {
  /** Cells per request when a sheet must be read in blocks (read-grids.ts MAX_CELLS_PER_SYNC by default). */
  maxCellsPerSync?: number;
}

export class ExcelAdapter {
  readonly capabilities: Capabilities;
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly results = new Map<string, SheetResult>();
  /** Sheets too large (or too merged) to read in one request: read in row blocks from the start. */
  private readonly blockSheets = new Set<string>();
  /** Sheet order as last read, for a stable combined report. */
  private sheetOrder: string[] = [];
  /** Which changes were the user's, and which sheets changed since a read began (change-ledger.ts). */
  readonly changes = new ChangeLedger();
  /**
   * Fingerprints of the dropdowns written per sheet, kept in the workbook's settings (written in
   * the same sync as the dropdowns), so unchanged lists are not rewritten, even after a reopen.
   */
  private dropdownSignatures: Record<string, string> = {};
  /** How long a mark's address list may be: lowered for good when Excel refuses one (syncDecorations). */
  private chunkLimit: ChunkLimit = DEFAULT_CHUNK_LIMIT;
  /** Requests made again after Excel refused one (a read too large, an address list too long). */
  private retryCount = 0;
  /** Whether the workbook holds our list sheet (long dropdown lists: list-sheet.ts), as last read. */
  private listSheetExists = false;
  /** Sheets whose marks or dropdowns an automatic check left behind (see WorkbookResult.marksPending). */
  private readonly marksPending = new Set<string>();

  constructor(
    private readonly host: ExcelHost,
    private readonly options: AdapterOptions = {},
  ) {
    this.capabilities = detectCapabilities(host);
  }

  /** Requests made again so far because Excel refused one (its size, merged areas, an address list). */
  get retries(): number {
    return this.retryCount;
  }

  currentSettings(): Settings {
    return this.settings;
  }

  /**
   * Whether the cells at `address` (a selection the user just left) differ from the sheet as last
   * read: one small read instead of the whole sheet. A paste or a dropdown pick raises no onChanged on
   * some platforms (office-js #3899, #420, #3888, #4066) but happens at the selection, so the cells the
   * user leaves are where to look. True when unknown (never read, an address too large or unreadable).
   */
  async changedAt(sheet: string, address: string): Promise<boolean> {
    const grid = this.results.get(sheet)?.grid;
    const range = parseRangeA1(address.replace(/\$/g, ""));
    if (!grid || !range || range.rowCount * range.colCount > PROBE_MAX_CELLS) return true;
    return this.run(async (context) => {
      const cells = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(range.row, range.col, range.rowCount, range.colCount);
      cells.load("values,numberFormat");
      await context.sync();
      return cells.values.some((line, i) =>
        line.some((value, j) => {
          const row = range.row + i;
          const col = range.col + j;
          const format = (cells.numberFormat[i]?.[j] as string | undefined) ?? "General";
          return (
            cellValue(value) !== cellAt(grid, row, col) ||
            format !== (numberFormatAt(grid, row, col) ?? "General")
          );
        }),
      );
    });
  }

  /** What is known now, without asking Excel. */
  snapshot(): WorkbookResult {
    const ordered = this.sheetOrder
      .map((name) => this.results.get(name))
      .filter((r): r is SheetResult => r !== undefined);
    return {
      tables: ordered.flatMap((r) => r.tables),
      report: mergeReports(ordered.map((r) => r.report)),
      settings: this.settings,
      marksPending: this.sheetOrder.filter((name) => this.marksPending.has(name)),
      marksPendingReason: this.capabilities.undo ? "coauthors" : "undo",
      readWithoutMerges: ordered.flatMap((r) =>
        r.grid.rowsWithoutMerges ? [{ sheet: r.sheet, rows: r.grid.rowsWithoutMerges }] : [],
      ),
    };
  }

  /** A sheet as last read (by a check or an action), without asking Excel; null when not read yet or gone. */
  lastGrid(sheet: string): Grid | null {
    return this.results.get(sheet)?.grid ?? null;
  }

  /**
   * Checks one sheet (the active one by default): one sync to read it, the engine, and one sync
   * to write marks and dropdowns when they changed. A sheet edited meanwhile gets no stale marks.
   */
  async checkSheet(sheetName?: string, options: CheckOptions = {}): Promise<SheetCheck> {
    return this.run(async (context) => {
      const before = this.changes.all();
      const read = await this.readSheet(context, sheetName);
      const { name, worksheet } = read;
      for (const known of [...this.results.keys()])
        if (!this.sheetOrder.includes(known)) this.results.delete(known);
      const result = this.evaluate(name, read.grid);
      const stale = this.changes.changedSince(before, name);
      // A protected sheet is still checked; only its marks and dropdowns wait until it is unprotected.
      const writable = !read.protected;
      if (!stale && writable) {
        const placer = await this.placerFor(context, [result]);
        if (this.queueDecorations(context, worksheet, result, read.marks, { ...options, placer }))
          await this.syncDecorations(context, [name]);
      }
      const sheet = {
        name,
        tables: result.tables.length,
        stats: result.report.stats,
        reviewSheet: isReviewSheet(name, read.grid),
      };
      return { ...this.snapshot(), stale, protectedSheet: writable ? null : name, sheet };
    }, this.runOptions(options));
  }

  /**
   * Excel.run's options for a check: wait for cell edit when asked; where Excel can undo our writes, an
   * automatic check's writes are one undo group (one Ctrl+Z). Only automatic checks are grouped: they
   * never write settings nor make the list sheet, which cannot be undone and would fail the group; the
   * user's actions write in one sync, one step anyway.
   */
  private runOptions(options: CheckOptions): RunOptions | undefined {
    const run: RunOptions = {};
    if (options.waitForCellEdit) run.delayForCellEdit = true;
    if (options.automatic && this.capabilities.undo && this.capabilities.mergeUndoGroup)
      run.mergeUndoGroup = true;
    return Object.keys(run).length > 0 ? run : undefined;
  }

  /**
   * Reads one sheet with our settings, marks and its protection: one sync, or — for a sheet too
   * large for one response (Excel on the web caps it near 5 MB) — its size and then row blocks.
   * A sheet found too large once is read in blocks from then on; so is one with more merged areas
   * than Excel returns in one request (512).
   */
  private async readSheet(context: Excel.RequestContext, sheetName?: string): Promise<SheetRead> {
    const queueCommon = () => {
      const worksheet = sheetName
        ? context.workbook.worksheets.getItem(sheetName)
        : context.workbook.worksheets.getActiveWorksheet();
      const settings = this.queueSettingsRead(context);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      worksheet.load("name");
      worksheet.protection.load("protected");
      // The selection's top-left cell: where a new table goes.
      const selection = context.workbook.getSelectedRange();
      selection.load("rowIndex,columnIndex");
      return { worksheet, settings, sheets, selection, marks: queueFindMarks(worksheet) };
    };
    const done = (common: ReturnType<typeof queueCommon>, grid: Grid | null): SheetRead => {
      common.settings.apply();
      this.takeSheetNames(common.sheets.items.map((s) => s.name));
      return {
        name: common.worksheet.name,
        worksheet: common.worksheet,
        grid,
        protected: common.worksheet.protection.protected,
        marks: common.marks.formulas(),
        selection: { row: common.selection.rowIndex, col: common.selection.columnIndex },
      };
    };
    if (!(sheetName && this.blockSheets.has(sheetName))) {
      const common = queueCommon();
      const pending = queueSheetRead(common.worksheet, this.capabilities);
      try {
        await context.sync();
        return done(common, pending.grid());
      } catch (error) {
        if (!refusal(error, this.capabilities.mergedAreas)) throw error;
        this.retryCount += 1;
      }
    }
    const common = queueCommon();
    const used = common.worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const name = common.worksheet.name;
    this.blockSheets.add(name);
    const box = used.isNullObject
      ? null
      : {
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        };
    const [grid] = await readSheets(context, [{ name, box }], this.capabilities, {
      maxCells: this.options.maxCellsPerSync,
      onRetry: () => (this.retryCount += 1),
    });
    return done(common, grid ?? null);
  }

  /**
   * Checks every sheet: sizes first, then values in as few requests as Excel's limits allow,
   * then one write per sheet's marks, all in one last sync. Cancellable between requests.
   */
  async checkWorkbook(
    options: { signal?: AbortSignal; onProgress?: (progress: ReadProgress) => void } & CheckOptions = {},
  ): Promise<WorkbookResult> {
    return this.run(async (context) => {
      const settingsItem = this.queueSettingsRead(context);
      const allSizes = await readSheetSizes(context);
      settingsItem.apply();
      // The list sheet holds our long dropdown lists, not tables: never read, never checked.
      const sizes = allSizes.filter((size) => size.name !== LIST_SHEET);
      // Our marks and each sheet's protection ride along with the first request of values.
      const queueFinds = () =>
        new Map(
          sizes.map((size) => {
            const worksheet = context.workbook.worksheets.getItem(size.name);
            worksheet.protection.load("protected");
            return [size.name, { marks: queueFindMarks(worksheet), protection: worksheet.protection }];
          }),
        );
      let finds = queueFinds();
      const grids = await readSheets(context, sizes, this.capabilities, {
        ...options,
        maxCells: this.options.maxCellsPerSync,
        onRetry: () => (this.retryCount += 1),
      });
      if (grids.length === 0) await context.sync();
      const found = () =>
        new Map(
          [...finds].map(([name, find]) => [
            name,
            { protected: find.protection.protected, marks: find.marks.formulas() },
          ]),
        );
      let state: ReturnType<typeof found>;
      try {
        state = found();
      } catch (error) {
        // The request that carried them was refused (too large, too merged) and read again without
        // them: ask once more, on their own.
        if ((error as { code?: unknown }).code !== "PropertyNotLoaded") throw error;
        this.retryCount += 1;
        finds = queueFinds();
        await context.sync();
        state = found();
      }
      this.takeSheetNames(allSizes.map((s) => s.name));
      this.results.clear();
      for (const name of [...this.marksPending])
        if (!this.sheetOrder.includes(name)) this.marksPending.delete(name);
      const byName = new Map(grids.map((g) => [g.sheet, g]));
      const checked: { result: SheetResult; marks: MarksFound }[] = [];
      let slice = Date.now();
      for (const size of sizes) {
        // Hand the thread back now and then, so the pane stays responsive and Cancel is heard;
        // a cancelled check writes nothing.
        if (Date.now() - slice > ENGINE_SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          slice = Date.now();
        }
        if (options.signal?.aborted) throw new DOMException("The check was cancelled.", "AbortError");
        const result = this.evaluate(size.name, byName.get(size.name) ?? null);
        const sheet = state.get(size.name)!;
        // A protected sheet is still checked; only its marks and dropdowns wait until it is unprotected.
        if (!sheet.protected) checked.push({ result, marks: sheet.marks });
      }
      if (options.signal?.aborted) throw new DOMException("The check was cancelled.", "AbortError");
      const placer = await this.placerFor(
        context,
        checked.map((c) => c.result),
      );
      const written: string[] = [];
      for (const { result, marks } of checked) {
        const worksheet = context.workbook.worksheets.getItem(result.sheet);
        if (this.queueDecorations(context, worksheet, result, marks, { ...options, placer }))
          written.push(result.sheet);
      }
      if (options.signal?.aborted) throw new DOMException("The check was cancelled.", "AbortError");
      if (written.length > 0) await this.syncDecorations(context, written);
      return this.snapshot();
    }, this.runOptions(options));
  }

  /** Applies one finding's safe fix: reads the sheet afresh, re-checks, and applies the fix if the finding is still there. */
  async applyFix(diagnostic: Finding): Promise<WorkbookResult> {
    return this.mend(diagnostic.sheet, (result) => {
      const current = result.report.diagnostics.find((d) => sameFinding(d, diagnostic));
      if (!current?.fix) throw new AdapterError("changed", "the finding is no longer there");
      return current.fix;
    });
  }

  /** Applies one suggestion of a finding (the user accepted it), after the same fresh re-check. */
  async applySuggestion(diagnostic: Finding, index: number): Promise<WorkbookResult> {
    return this.mend(diagnostic.sheet, (result) => {
      const current = result.report.diagnostics.find((d) => sameFinding(d, diagnostic));
      const suggestion = current?.suggestions?.[index];
      if (!suggestion) throw new AdapterError("changed", "the suggestion is no longer offered");
      return suggestion.edits;
    });
  }

  /** Applies every safe fix of one table. */
  async fixAll(sheet: string, tableId: string): Promise<WorkbookResult> {
    return this.mend(sheet, (result) =>
      result.report.diagnostics.filter((d) => d.tableId === tableId && d.fix).flatMap((d) => d.fix!),
    );
  }

  /**
   * Applies edits the engine planned from a fresh read of the sheet (a template insert, added
   * rows): `plan` gets the sheet as it is now, and its edits, marks and dropdowns go in one sync.
   */
  async applyPlan(
    sheet: string | null,
    plan: (result: SheetResult, selection: { row: number; col: number }) => Edit[],
  ): Promise<WorkbookResult> {
    return this.mend(sheet, plan);
  }

  private async mend(
    sheetName: string | null,
    plan: (result: SheetResult, selection: { row: number; col: number }) => Edit[],
  ): Promise<WorkbookResult> {
    return this.run(async (context) => {
      const before = this.changes.all();
      const read = await this.readSheet(context, sheetName ?? undefined);
      const { name, worksheet, selection } = read;
      const grid = read.grid ?? { sheet: name, values: [], merges: [], origin: { row: 0, col: 0 } };
      const fresh = this.evaluate(name, grid);
      const edits = plan(fresh, selection);
      if (edits.length === 0) return this.snapshot();
      if (read.protected) throw new AdapterError("protected", name);
      if (this.changes.changedSince(before, name)) throw new AdapterError("changed", name);
      // The result of the edits, computed here, so the marks written with them are already right.
      const [after] = applyEditsToGrids([grid], edits);
      const result = this.evaluate(name, after);
      const placer = await ListPlacer.prepare(context, this.listSheetExists, [
        ...edits.flatMap((edit) => (edit.kind === "setValidation" ? [edit.list] : [])),
        ...this.plannedLists(result).map((list) => list.list),
      ]);
      // Lists too long to be inline go on the list sheet first: the validations point at it.
      for (const edit of edits) if (edit.kind === "setValidation") placer.source(edit.list);
      placer.queue(context);
      queueEdits(context, edits, (list) => placer.source(list));
      this.queueDecorations(context, worksheet, result, read.marks, { force: true, placer });
      this.changes.wrote(name, edits);
      await this.syncDecorations(context, [name]);
      return this.snapshot();
    });
  }

  /** Removes every mark the add-in made, on every sheet (found by their formulas, so also after a reopen). */
  async clearMarks(): Promise<void> {
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const finds = sheets.items.map((sheet) => ({ sheet, found: queueFindMarks(sheet) }));
      await context.sync();
      let changes = 0;
      for (const { sheet, found } of finds) changes += queueMarks(sheet, found.formulas(), null);
      if (changes > 0) await context.sync();
    });
  }

  /** Selects a finding's cell (and its sheet) in Excel. */
  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /** Where the user is: the active sheet and the selected range's top-left cell. */
  async selection(): Promise<{ sheet: string; row: number; col: number }> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("rowIndex,columnIndex");
      const sheet = range.worksheet;
      sheet.load("name");
      await context.sync();
      return { sheet: sheet.name, row: range.rowIndex, col: range.columnIndex };
    });
  }

  /** Saves the settings in the workbook (they travel with the file). */
  async saveSettings(settings: Settings): Promise<void> {
    await this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
    this.settings = settings;
  }

  /** Queues the read of our settings; the returned function takes them in after the sync. */
  private queueSettingsRead(context: Excel.RequestContext): { apply(): void } {
    const settings = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    const dropdowns = context.workbook.settings.getItemOrNullObject(DROPDOWNS_KEY);
    settings.load("value");
    dropdowns.load("value");
    return {
      apply: () => {
        this.settings = parseSettings(settings.isNullObject ? null : String(settings.value));
        this.dropdownSignatures = parseSignatures(dropdowns.isNullObject ? null : String(dropdowns.value));
      },
    };
  }

  /** Runs the engine over one sheet's grid and keeps the result. */
  private evaluate(sheet: string, grid: Grid | null): SheetResult {
    const tables = grid ? findTables([grid], { idPrefix: `${sheet}!t` }) : [];
    const options = lintOptionsFrom(this.settings);
    // Each table's profile, worked out once: the rules and the dropdowns use the same.
    const profiles = tables.map((table) => profileFor(table, options.profile));
    const report = lint(tables, { ...options, tableProfiles: profiles });
    const result: SheetResult = {
      sheet,
      grid: grid ?? { sheet, values: [], merges: [], origin: { row: 0, col: 0 } },
      tables,
      profiles,
      report,
    };
    this.results.set(sheet, result);
    if (!this.sheetOrder.includes(sheet)) this.sheetOrder.push(sheet);
    return result;
  }

  /**
   * Queues marks and dropdowns for a sheet's result; true when anything was queued. An automatic check
   * on a host that cannot undo an add-in's writes queues nothing and remembers the sheet as pending.
   */
  private queueDecorations(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet,
    result: SheetResult,
    found: MarksFound,
    options: CheckOptions & { force?: boolean; placer: ListPlacer },
  ): boolean {
    const plan = this.settings.marks ? planMarks(result.sheet, result.report.diagnostics) : null;
    const marks = markChanges(found, plan, this.chunkLimit);
    const signature = this.settings.dropdowns === "all" ? signatureOf(result) : null;
    const dropdowns: "write" | "clear" | null =
      signature !== null
        ? options.force || this.dropdownSignatures[result.sheet] !== signature
          ? "write"
          : null
        : this.dropdownSignatures[result.sheet] !== undefined
          ? "clear"
          : null;
    const changes = marks.deletes.length + marks.adds.length > 0 || dropdowns !== null;
    if (!changes) {
      this.marksPending.delete(result.sheet);
      return false;
    }
    if ((options.automatic && !this.capabilities.undo) || options.coauthorsOnly) {
      this.marksPending.add(result.sheet);
      return false;
    }
    const lists = () => this.plannedLists(result);
    const placer = options.placer;
    if (dropdowns === "write") for (const list of lists()) placer.source(list.list);
    // A list too long to be inline needs the list sheet, which only the user's action may make.
    const deferLists = dropdowns === "write" && options.automatic === true && placer.makesSheet;
    if (deferLists) this.marksPending.add(result.sheet);
    else this.marksPending.delete(result.sheet);
    // New marks go last (below): a list Excel refuses for its length then costs nothing else.
    for (const format of marks.deletes) format.delete();
    const rangeOf = (list: Extract<Edit, { kind: "setValidation" }>) =>
      worksheet.getRangeByIndexes(list.range.row, list.range.col, list.range.rowCount, list.range.colCount);
    const remember = (signatures: Record<string, string>) => {
      this.dropdownSignatures = signatures;
      // Kept in the workbook (so a reopened workbook does not rewrite unchanged lists) only where the
      // write costs nothing: a host without undo for add-ins clears the stack with this sync's writes
      // anyway; where writes are undoable, a settings write would clear it (office-js #3141).
      if (!this.capabilities.undo) context.workbook.settings.add(DROPDOWNS_KEY, JSON.stringify(signatures));
    };
    if (dropdowns === "write" && !deferLists) {
      placer.queue(context);
      for (const list of lists()) queueListValidation(rangeOf(list), placer.source(list.list), list.strict);
      remember({ ...this.dropdownSignatures, [result.sheet]: signature! });
    } else if (dropdowns === "clear") {
      // Dropdowns turned off: remove ours, which sit where the tables' lists go (validations move
      // with the rows they are on); the user's own lists elsewhere stay.
      for (const list of this.tableLists(result)) rangeOf(list).dataValidation.clear();
      const { [result.sheet]: _removed, ...rest } = this.dropdownSignatures;
      remember(rest);
    }
    queueMarkAdds(worksheet, marks.adds);
    return marks.deletes.length + marks.adds.length > 0 || (dropdowns !== null && !deferLists);
  }

  /**
   * Sends a batch of decorations. Excel may refuse a mark's address list for its length (getRanges'
   * InvalidArgument, at no documented size: office-js #5198); the marks are queued last, so what came
   * before was written, and the sheets' marks are found again and the missing ones written in lists half
   * as long — down to one area each — and kept that short from then on. Each retry is two requests more
   * (counted in `retries`).
   */
  private async syncDecorations(context: Excel.RequestContext, sheets: readonly string[]): Promise<void> {
    try {
      await context.sync();
      return;
    } catch (error) {
      if (!isAddressRefusal(error) || !this.settings.marks) throw error;
      this.chunkLimit = halveChunkLimit(this.chunkLimit);
    }
    for (;;) {
      this.retryCount += 1;
      const finds = sheets.map((name) => {
        const worksheet = context.workbook.worksheets.getItem(name);
        return { name, worksheet, found: queueFindMarks(worksheet) };
      });
      await context.sync();
      for (const { name, worksheet, found } of finds) {
        const result = this.results.get(name);
        const plan = result ? planMarks(name, result.report.diagnostics) : null;
        queueMarkChanges(worksheet, markChanges(found.formulas(), plan, this.chunkLimit));
      }
      try {
        await context.sync();
        return;
      } catch (error) {
        if (!isAddressRefusal(error) || this.chunkLimit.areas === 1) throw error;
        this.chunkLimit = halveChunkLimit(this.chunkLimit);
      }
    }
  }

  /** A sheet's dropdowns to write: its tables' lists when the setting asks for them on every table. */
  private plannedLists(result: SheetResult): Extract<Edit, { kind: "setValidation" }>[] {
    return this.settings.dropdowns === "all" ? this.tableLists(result) : [];
  }

  /** A sheet's tables' lists as the engine plans them (level 1, level 2 by row, comparator, basis). */
  private tableLists(result: SheetResult): Extract<Edit, { kind: "setValidation" }>[] {
    return result.tables
      .flatMap((table, i) => dropdownsFor(table, result.profiles[i]))
      .filter((edit): edit is Extract<Edit, { kind: "setValidation" }> => edit.kind === "setValidation");
  }

  /** The list placer for a check's dropdowns: it reads the list sheet only when a long list is to be written. */
  private placerFor(context: Excel.RequestContext, results: readonly SheetResult[]): Promise<ListPlacer> {
    const lists = results.flatMap((result) => {
      if (this.settings.dropdowns !== "all") return [];
      if (this.dropdownSignatures[result.sheet] === signatureOf(result)) return [];
      return this.plannedLists(result).map((list) => list.list);
    });
    return ListPlacer.prepare(context, this.listSheetExists, lists);
  }

  /** The sheets as Excel lists them, without our list sheet (whose presence is noted). */
  private takeSheetNames(names: readonly string[]): void {
    this.listSheetExists = names.includes(LIST_SHEET);
    this.sheetOrder = names.filter((name) => name !== LIST_SHEET);
  }

  private async run<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options?: RunOptions,
  ): Promise<T> {
    try {
      return await this.host.run(batch, undefined, options);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw toAdapterError(error);
    }
  }
}

/**
 * What the dropdowns of a sheet depend on: each table's place, columns and profile, and each row's
 * level-1 label (the level-2 list follows it). Cheaper to compare than the planned lists.
 */
const signatures = new WeakMap<SheetResult, string>();

/** A sheet result's dropdown signature, worked out once (the list placer and the write both ask). */
function signatureOf(result: SheetResult): string {
  let signature = signatures.get(result);
  if (signature === undefined) {
    signature = dropdownSignature(result.tables, result.profiles);
    signatures.set(result, signature);
  }
  return signature;
}

function dropdownSignature(tables: readonly Table[], profiles: readonly Profile[]): string {
  const parts: string[] = [];
  tables.forEach((table, i) => {
    parts.push(`${profiles[i].id}|${table.layout}|${JSON.stringify(table.columns)}`);
    for (const row of table.rows) parts.push(`${row.row}:${row.level1?.label ?? ""}`);
  });
  return fingerprint(parts.join("\n"));
}

function parseSignatures(text: string | null): Record<string, string> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The longest the engine runs before yielding the thread during a whole-workbook check. */
const ENGINE_SLICE_MS = 50;

/** The same finding in a fresh report: same rule, cell and message. */
function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell && a.messageId === b.messageId;
}
