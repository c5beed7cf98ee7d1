/**
 * The pane's one state hook: it owns the Excel adapter and the live checker, and keeps what the
 * panels render — the last WorkbookResult, the selection, the settings, the task in progress (with
 * progress and cancel) and the last message. Panels get `state` and call `actions`; only this hook
 * talks to the adapter. One action runs at a time; live checks run beside it.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { Edit } from "../../core/edits";
import { toA1, type CellRange, type Grid } from "../../core/grid";
import type { Finding } from "../../core/report";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { ExcelAdapter, type SheetResult, type WorkbookResult } from "../../excel/adapter";
import { AdapterError, toAdapterError } from "../../excel/errors";
import type { ExcelHost } from "../../excel/host";
import { LiveChecker } from "../../excel/live";
import type { ReadProgress } from "../../excel/read-grids";
import { reviewSheetContent, writeReviewSheet } from "../../excel/review-sheet";
import type { Lang } from "../../core/i18n/lang";
import { selectionRange } from "./findings";
import { errorMessage, RECHECK_AFTER, type PaneMessage } from "./pane-messages";

export interface PaneSelection {
  sheet: string;
  /** As Excel names it: "E13", "B3:C4". */
  address: string;
  range: CellRange;
}

export type TaskId =
  | "checkSheet"
  | "checkWorkbook"
  | "select"
  | "fix"
  | "suggestion"
  | "fixAll"
  | "insertTable"
  | "addRows"
  | "editRow"
  | "saveSettings"
  | "reviewSheet";

export interface Busy {
  task: TaskId;
  /** Cells read so far and in all (a workbook check); null when the task does not tell. */
  progress: ReadProgress | null;
  cancellable: boolean;
}

export interface JixiaoState {
  /** The last check's tables, report and settings; null before the first check ends. */
  result: WorkbookResult | null;
  settings: Settings;
  selection: PaneSelection | null;
  busy: Busy | null;
  /** A live check (after an edit in Excel) is running. */
  liveChecking: boolean;
  /** The one cell the user last typed into (Enter moves the selection on; this stays), until dismissed. */
  lastEdit: PaneSelection | null;
  message: PaneMessage | null;
}

/** What a planner returns: the edits, or why it will not write (said to the user). */
export type PlanOutcome = Edit[] | { refused: PaneMessage };

export type Planner = (fresh: SheetResult, selection: { row: number; col: number }) => PlanOutcome;

export interface JixiaoActions {
  checkSheet(): Promise<void>;
  /** `automatic`: nobody asked (the pane opening): marks are written only where Excel can undo them. */
  checkWorkbook(options?: { automatic?: boolean }): Promise<void>;
  /** Stops a workbook check between two requests; nothing is written. */
  cancel(): void;
  select(sheet: string, cell: string): Promise<void>;
  fix(diagnostic: Finding): Promise<void>;
  applySuggestion(diagnostic: Finding, index: number): Promise<void>;
  fixAll(sheet: string, tableId: string): Promise<void>;
  /** Runs a planner on a fresh read of a sheet (the active one for null) and writes its edits. */
  applyPlan(
    task: TaskId,
    sheet: string | null,
    plan: Planner,
    success: (edits: Edit[]) => PaneMessage,
  ): Promise<boolean>;
  saveSettings(settings: Settings): Promise<void>;
  writeReviewSheet(): Promise<void>;
  dismissMessage(): void;
  /** Forgets the cell last typed into (its library suggestions go). */
  dismissLastEdit(): void;
  /** A sheet as last read, without asking Excel (the 指标模板 sheet, a table's merges). */
  lastGrid(sheet: string): Grid | null;
}

/** Where a selection is after edits: rows inserted at or above it (in its columns) push it down. */
export function shiftSelection(selection: PaneSelection, edits: readonly Edit[]): PaneSelection {
  let row = selection.range.row;
  const col = selection.range.col;
  for (const edit of edits) {
    if (edit.kind !== "insertRows" || edit.sheet !== selection.sheet || edit.row > row) continue;
    if (edit.band && (col < edit.band.col || col >= edit.band.col + edit.band.colCount)) continue;
    row += edit.count;
  }
  if (row === selection.range.row) return selection;
  const range = { ...selection.range, row };
  const address =
    range.rowCount === 1 && range.colCount === 1
      ? toA1(range.row, range.col)
      : `${toA1(range.row, range.col)}:${toA1(range.row + range.rowCount - 1, range.col + range.colCount - 1)}`;
  return { sheet: selection.sheet, address, range };
}

/** The live checker of a mounted pane, and its stop, deferred a tick so that StrictMode's remount can call it off. */
interface LiveSession {
  stopping: ReturnType<typeof setTimeout> | null;
  stop(): void;
}

function deferStop(entry: LiveSession): void {
  entry.stopping = setTimeout(entry.stop, 0);
}

/** Settings whose change needs the workbook checked again (the language alone does not). */
const CHECKED_SETTINGS: readonly (keyof Settings)[] = [
  "profile",
  "customProfile",
  "marks",
  "dropdowns",
  "satisfactionFloor",
  "severities",
];

function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

export function useJixiao(excel: ExcelHost, locale: Lang): { state: JixiaoState; actions: JixiaoActions } {
  const [adapter] = useState(() => new ExcelAdapter(excel));
  const [result, setResult] = useState<WorkbookResult | null>(null);
  const [selection, setSelection] = useState<PaneSelection | null>(null);
  const [lastEdit, setLastEdit] = useState<PaneSelection | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [liveChecking, setLiveChecking] = useState(false);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  // Actions are stable for the pane's life; what they need of the latest render is read from refs.
  const busyRef = useRef<TaskId | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const localeRef = useRef(locale);
  const resultRef = useRef<WorkbookResult | null>(null);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);

  const actions = useMemo<JixiaoActions>(() => {
    const show = (next: WorkbookResult) => {
      resultRef.current = next;
      setResult(next);
      setSettings(next.settings);
    };

    const failed = async (error: unknown) => {
      if (isAbort(error)) {
        setMessage({ kind: "info", id: "message.cancelled" });
        return;
      }
      const adapterError = error instanceof AdapterError ? error : toAdapterError(error);
      setMessage(errorMessage(adapterError.kind, adapterError.detail));
      if (RECHECK_AFTER.has(adapterError.kind)) {
        try {
          show(await adapter.checkSheet());
        } catch {
          // The message above already says what happened; a failed re-check adds nothing to act on.
        }
      }
    };

    /** Runs one task: refuses a second while one runs, keeps busy and the message up to date. */
    const task = async (
      id: TaskId,
      work: (signal: AbortSignal) => Promise<void>,
      cancellable = false,
    ): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = id;
      const controller = new AbortController();
      abortRef.current = controller;
      setBusy({ task: id, progress: null, cancellable });
      setMessage(null);
      try {
        await work(controller.signal);
        return true;
      } catch (error) {
        await failed(error);
        return false;
      } finally {
        busyRef.current = null;
        abortRef.current = null;
        setBusy(null);
      }
    };

    /** The whole workbook; `automatic` when nobody asked (the pane opening): then it costs no undo history. */
    const checkAll = async (signal: AbortSignal, automatic = false) => {
      const next = await adapter.checkWorkbook({
        signal,
        automatic,
        onProgress: (progress) => setBusy((b) => (b ? { ...b, progress } : b)),
      });
      show(next);
      // Finding no table is no success: say so plainly, with what to do.
      if (next.report.stats.tables === 0) {
        setMessage({ kind: "info", id: "message.checkedNoTables", data: {} });
        return;
      }
      setMessage({
        kind: "success",
        id: "message.checked",
        data: {
          tables: next.report.stats.tables,
          errors: next.report.stats.errors,
          warnings: next.report.stats.warnings,
          infos: next.report.stats.infos,
        },
      });
    };

    const mend = (id: TaskId, work: () => Promise<WorkbookResult>, success: PaneMessage) =>
      task(id, async () => {
        show(await work());
        setMessage(success);
      });

    return {
      checkSheet: async () => {
        await task("checkSheet", async () => {
          const result = await adapter.checkSheet();
          show(result);
          // The button answers for the sheet it checked.
          const { name, tables, stats, reviewSheet } = result.sheet;
          if (reviewSheet)
            setMessage({ kind: "info", id: "message.reviewSheetNotChecked", data: { sheet: name } });
          else if (tables === 0)
            setMessage({ kind: "info", id: "message.sheetNoTables", data: { sheet: name } });
          else
            setMessage({
              kind: "success",
              id: "message.sheetChecked",
              data: {
                sheet: name,
                tables,
                errors: stats.errors,
                warnings: stats.warnings,
                infos: stats.infos,
              },
            });
        });
      },
      checkWorkbook: async (options) => {
        await task("checkWorkbook", (signal) => checkAll(signal, options?.automatic === true), true);
      },
      cancel: () => abortRef.current?.abort(),
      select: async (sheet, cell) => {
        // Selecting is not a task: it never waits for one, and nothing else waits for it.
        try {
          await adapter.select(sheet, cell);
          const range = selectionRange(cell);
          if (range) setSelection({ sheet, address: cell, range });
        } catch (error) {
          await failed(error);
        }
      },
      fix: async (diagnostic) => {
        await mend("fix", () => adapter.applyFix(diagnostic), {
          kind: "success",
          id: "message.fixed",
          data: { cell: diagnostic.cell },
        });
      },
      applySuggestion: async (diagnostic, index) => {
        await mend("suggestion", () => adapter.applySuggestion(diagnostic, index), {
          kind: "success",
          id: "message.fixed",
          data: { cell: diagnostic.cell },
        });
      },
      fixAll: async (sheet, tableId) => {
        const count = (resultRef.current?.report.diagnostics ?? []).filter(
          (d) => d.tableId === tableId && d.fix,
        ).length;
        await mend("fixAll", () => adapter.fixAll(sheet, tableId), {
          kind: "success",
          id: "message.fixedAll",
          data: { count },
        });
      },
      applyPlan: (id, sheet, plan, success) =>
        task(id, async () => {
          let refused: PaneMessage | null = null;
          let written: Edit[] = [];
          const next = await adapter.applyPlan(sheet, (fresh, at) => {
            const outcome = plan(fresh, at);
            if (Array.isArray(outcome)) return (written = outcome);
            refused = outcome.refused;
            return [];
          });
          show(next);
          // Rows inserted at or above the selected cell move it down (Excel raises no selection event for that).
          setSelection((current) => current && shiftSelection(current, written));
          setMessage(refused ?? success(written));
        }),
      saveSettings: async (next) => {
        await task(
          "saveSettings",
          async (signal) => {
            const before = adapter.currentSettings();
            await adapter.saveSettings(next);
            setSettings(next);
            const recheck = CHECKED_SETTINGS.some(
              (key) => JSON.stringify(before[key]) !== JSON.stringify(next[key]),
            );
            if (before.marks && !next.marks) await adapter.clearMarks();
            if (recheck) await checkAll(signal);
            setMessage({ kind: "success", id: "message.settingsSaved" });
          },
          true,
        );
      },
      writeReviewSheet: async () => {
        await task("reviewSheet", async () => {
          const current = resultRef.current ?? (await adapter.checkWorkbook());
          const written = await writeReviewSheet(excel, reviewSheetContent(current, localeRef.current));
          setMessage({
            kind: "success",
            id: written.created ? "message.reviewWritten" : "message.reviewRefreshed",
            data: { sheet: written.sheet, count: written.rows },
          });
        });
      },
      dismissMessage: () => setMessage(null),
      dismissLastEdit: () => setLastEdit(null),
      lastGrid: (sheet) => adapter.lastGrid(sheet),
    };
  }, [adapter, excel]);

  // Start: events, the active sheet at once, where the user is, then the whole workbook. One live
  // checker for the pane's life: StrictMode's unmount-and-mount of effects keeps it (the stop is
  // deferred a tick and called off when the effect runs again), so Excel's events are added once.
  const session = useRef<LiveSession | null>(null);
  useEffect(() => {
    const current = session.current;
    if (current?.stopping) {
      clearTimeout(current.stopping);
      current.stopping = null;
      return () => deferStop(current);
    }
    let stopped = false;
    const live = new LiveChecker(excel, adapter, {
      onResult: (next) => {
        resultRef.current = next;
        setResult(next);
        setSettings(next.settings);
        // A check's sentence stays true as the workbook changes: the workbook's counts follow each
        // live check; one sheet's counts cannot, and the sentence goes (the summary line stays current).
        setMessage((current) => {
          if (current?.id === "message.sheetChecked") return null;
          if (current?.id !== "message.checked") return current;
          const { tables, errors, warnings, infos } = next.report.stats;
          return { ...current, data: { tables, errors, warnings, infos } };
        });
      },
      onError: (error) => setMessage(errorMessage(error.kind, error.detail)),
      onSelection: (sheet, address) => {
        const range = selectionRange(address);
        if (range) setSelection({ sheet, address: address.replace(/\$/g, ""), range });
      },
      onEdit: (sheet, address) => {
        const range = selectionRange(address);
        if (range) setLastEdit({ sheet, address, range });
      },
      onBusy: setLiveChecking,
    });
    const starting = live.start();
    const entry: LiveSession = {
      stopping: null,
      stop: () => {
        stopped = true;
        session.current = null;
        abortRef.current?.abort();
        // A stop before start() has registered the handlers removes none: stop again once it has.
        const quiet = () => undefined;
        void live.stop().catch(quiet);
        void starting.then(() => live.stop(), quiet).catch(quiet);
      },
    };
    session.current = entry;
    void (async () => {
      try {
        await starting;
        if (stopped) return;
        const at = await adapter.selection();
        if (stopped) return;
        setSelection(
          (current) =>
            current ?? {
              sheet: at.sheet,
              address: toA1(at.row, at.col),
              range: { row: at.row, col: at.col, rowCount: 1, colCount: 1 },
            },
        );
      } catch (error) {
        if (stopped) return;
        const e = toAdapterError(error);
        setMessage(errorMessage(e.kind, e.detail));
      }
      if (!stopped) await actions.checkWorkbook({ automatic: true });
    })();
    return () => deferStop(entry);
  }, [adapter, excel, actions]);

  return {
    state: { result, settings, selection, busy, liveChecking, message, lastEdit },
    actions,
  };
}
