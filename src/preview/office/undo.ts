/**
 * The user's undo stack (Ctrl+Z), as real Excel keeps it when an add-in writes.
 *
 * Sources:
 * - Hosts without undo support for add-ins: an add-in's write clears the user's undo stack. "Most of
 *   the set operation of Excel API will disable undo/redo operation, it's a by-design behavior"
 *   (Microsoft, office-js issue #3788); range.formulas and worksheets.add cleared it on Windows
 *   (#6170, closed "by design"); settings.saveAsync "disables the undo button" (#3141); "any changes
 *   made by an Addin will always clear the Undo stack" (xltoolbox.net/undo.html, of Excel's add-ins
 *   generally, which also gives Excel's 100 undo steps since Excel 2007).
 * - Hosts with undo support: "Excel add-ins support undo behavior, preserving both actions performed by
 *   Excel JavaScript APIs and actions performed by the user"; test it with
 *   `isSetSupported("ExcelUndoApiAll", "1.0")`; `Excel.run({ mergeUndoGroup: true }, …)` makes the
 *   batch's writes one undoable action, and an API without undo support in such a group throws
 *   UndoNotSupported; "if you call an unsupported API in your add-in, the user's undo stack is cleared
 *   starting from that API call" — with the table of those APIs, some only on Windows and Mac
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities; mergeUndoGroup is in
 *   ExcelApi 1.20, learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-20-requirement-set).
 *
 * Guesses, each the stricter choice:
 * - Without mergeUndoGroup, each sync that writes is one undoable step (Excel may well make one per
 *   call; the tests then need fewer Ctrl+Z than a real user would press, never more).
 * - Writing workbook settings (SettingCollection.add, Setting.value, Setting.delete) clears the stack on
 *   every host (only the common API's settings.saveAsync is reported, #3141), and so does adding a sheet
 *   on Windows and Mac (#6170, not in the documented table).
 * - Undoing a step raises onChanged over the cells whose values it puts back, as a user's edit does.
 */
import { captureState, restoreState, type WorkbookState } from "../../workbook/model-state";
import type { CellRange } from "../../core/grid";
import type { WorkbookModel } from "../../workbook/workbook-model";

/** Excel keeps the last 100 actions (since Excel 2007: xltoolbox.net/undo.html). */
export const UNDO_DEPTH = 100;

/** Which of Excel's desktop or web hosts: some APIs clear the stack on one and not the other. */
export type UndoPlatform = "web" | "desktop";

/**
 * Writes that clear the user's undo stack even where add-in writes are undoable: the documented table's
 * entries the add-in or its tests can reach (by platform), and the reported ones (above).
 */
const CLEARS_UNDO: Readonly<Record<string, readonly UndoPlatform[]>> = {
  "Worksheet.delete": ["web", "desktop"],
  "Worksheet.name": ["desktop"],
  "Worksheet.position": ["desktop"],
  "Worksheet.visibility": ["desktop"],
  "WorksheetProtection.protect": ["web", "desktop"],
  "WorksheetProtection.unprotect": ["web", "desktop"],
  // Reported, not documented (see the guesses above).
  "SettingCollection.add": ["web", "desktop"],
  "Setting.value": ["web", "desktop"],
  "Setting.delete": ["web", "desktop"],
  "WorksheetCollection.add": ["desktop"],
};

export function clearsUndo(api: string, platform: UndoPlatform): boolean {
  return CLEARS_UNDO[api]?.includes(platform) ?? false;
}

export interface UndoStep {
  /** "user: edit Sheet1!B3", "add-in: ConditionalFormatCollection.add, …". */
  label: string;
  origin: "user" | "add-in";
  /** The workbook before the step. */
  before: WorkbookState;
}

/** A write the add-in's batch is about to make, and the batch's undo group (mergeUndoGroup) if any. */
export interface AddinWrite {
  apis: readonly string[];
  /** The same object for every sync of one `Excel.run({ mergeUndoGroup: true }, …)`. */
  group: object | null;
}

export class UndoStack {
  private steps: UndoStep[] = [];
  /** Times an add-in's write emptied a stack that held something. */
  clears = 0;
  /** What cleared it each time (the API), for a test's message. */
  readonly clearedBy: string[] = [];
  private lastGroup: object | null = null;

  readonly addinWritesUndoable: boolean;
  readonly platform: UndoPlatform;
  private readonly maxDepth: number;

  constructor(
    private readonly model: () => WorkbookModel,
    behaviour: {
      /** Whether add-in writes are undoable (ExcelUndoApiAll 1.0). */
      addinWritesUndoable: boolean;
      platform: UndoPlatform;
      /** How many steps are kept (Excel: 100); 0 keeps none, and copies nothing. */
      depth: number;
    },
  ) {
    this.addinWritesUndoable = behaviour.addinWritesUndoable;
    this.platform = behaviour.platform;
    this.maxDepth = behaviour.depth;
  }

  get depth(): number {
    return this.steps.length;
  }

  /** The steps, oldest first, by label. */
  labels(): string[] {
    return this.steps.map((s) => s.label);
  }

  /** Before a user's action: one step. */
  recordUser(label: string): void {
    this.lastGroup = null;
    if (this.maxDepth === 0) return;
    this.push({ label: `user: ${label}`, origin: "user", before: captureState(this.model()) });
  }

  /**
   * Before an add-in's sync that writes: a step (one per undo group), or the stack cleared. Throws
   * `"UndoNotSupported"` (as a string for the caller to turn into Excel's error) when an undo group
   * holds an API that cannot be undone.
   */
  recordAddin(write: AddinWrite): "UndoNotSupported" | null {
    if (!this.addinWritesUndoable) {
      this.clear(write.apis[0]);
      return null;
    }
    const clearing = write.apis.find((api) => clearsUndo(api, this.platform));
    if (clearing) {
      if (write.group) return "UndoNotSupported";
      this.clear(clearing);
      return null;
    }
    if (write.group && write.group === this.lastGroup) return null;
    this.lastGroup = write.group;
    if (this.maxDepth === 0) return null;
    this.push({
      label: `add-in: ${write.apis.join(", ")}`,
      origin: "add-in",
      before: captureState(this.model()),
    });
    return null;
  }

  /**
   * Ctrl+Z: puts the workbook back as it was before the last step. Returns the step and, per sheet,
   * the cells whose values changed back (for the onChanged Excel raises); null when there is nothing
   * to undo.
   */
  undo(): { step: UndoStep; changed: { sheetId: string; range: CellRange }[] } | null {
    const step = this.steps.pop();
    if (!step) return null;
    this.lastGroup = null;
    const model = this.model();
    const after = new Map(model.sheets.map((sheet) => [sheet.id, sheet.values.rows.map((l) => l?.slice())]));
    restoreState(model, step.before);
    const changed: { sheetId: string; range: CellRange }[] = [];
    for (const sheet of model.sheets) {
      const range = differingCells(after.get(sheet.id) ?? [], sheet.values.rows);
      if (range) changed.push({ sheetId: sheet.id, range });
    }
    return { step, changed };
  }

  private clear(api: string | undefined): void {
    this.lastGroup = null;
    if (this.steps.length === 0) return;
    this.steps = [];
    this.clears += 1;
    this.clearedBy.push(api ?? "a write");
  }

  private push(step: UndoStep): void {
    this.steps.push(step);
    if (this.steps.length > this.maxDepth) this.steps.shift();
  }
}

/** The smallest range holding every cell whose value differs between two row arrays; null when none. */
function differingCells(
  a: readonly (readonly unknown[] | undefined)[],
  b: readonly (readonly unknown[] | undefined)[],
): CellRange | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const x = a[r];
    const y = b[r];
    if (x === y) continue;
    const cols = Math.max(x?.length ?? 0, y?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      if (x?.[c] === y?.[c]) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return top < 0 ? null : { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
}
