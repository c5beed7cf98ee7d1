/**
 * The plain state of an Excel workbook, for the subset the add-in touches, with the edits Excel makes to
 * it. No proxies, no load/sync, no events: the office.js fake (src/preview/office: excel-api.ts, fake-excel.ts) queues
 * commands and applies them here at `sync()`, and a grid view or a test can read and change it directly.
 *
 * - Sheets have an id, a name, a visibility, a position (their order) and a protection flag.
 * - Cells have a value (null when empty), a number format ("General" when unset), the user's own
 *   formatting (fill, font colour, bold, italic, borders: the add-in must never touch these) and a
 *   hyperlink.
 * - Merged areas (merges.ts), data validations (per area: rule, error alert, ignoreBlanks, prompt;
 *   validations.ts) and conditional formats (per area, in priority order, with an id; conditional-formats.ts) live
 *   beside the cells, each layer with its own shift, and move with them when cells are inserted or
 *   deleted, as Excel moves them (geometry.ts, formula-refs.ts).
 * - Settings (the add-in's own key/value store, `workbook.settings`) are kept as JSON text, so what
 *   survives a reload is what JSON keeps.
 *
 * Build one with `WorkbookModel.fromGrids(grids)` (the engine's Grid, core/grid.ts) or `new
 * WorkbookModel()` + `addSheet`; read it back with `sheet(name).cell("B3")`, `toGrid()` or `snapshot()`.
 *
 * Why one file of some 950 lines: SheetModel and WorkbookModel are one thing seen from two sides — an
 * insert on one sheet rewrites the formulas of every sheet and the workbook notifies every change —
 * and splitting them would make each import the other.
 */
import {
  boundingRange,
  rangeContains,
  rangesOverlap,
  type CellRange,
  type CellValue,
  type Grid,
} from "../core/grid";
import {
  formatAbsolute,
  formatLocal,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  parseAreas,
  quoteSheetName,
} from "./address";
import { CellLayer } from "./cell-layer";
import { cellCount, editFor, isAffected, shiftWhole, type ShiftEdit } from "./geometry";
import { displayText } from "./cell-values";
import { renameSheetInFormula, shiftFormula } from "./formula-refs";
import { ModelError } from "./office-error";
import {
  overlapping,
  shiftConditionalFormats,
  withoutCells,
  withPriority,
  type ConditionalFormatEntry,
  type ConditionalFormatKind,
  type ConditionalFormatStyle,
} from "./conditional-formats";
import { mergeAt, shiftMerges, withMerged, withoutMergesIn } from "./merges";
import { clone } from "./plain";
import {
  shiftValidations,
  summarize,
  validationAt,
  withoutValidation,
  withPatch,
  withRule,
  type ErrorAlert,
  type ValidationEntry,
  type ValidationPrompt,
  type ValidationRule,
  type ValidationSummary,
} from "./validations";

// The layers' own modules; their names stay importable from here, the model's one door.
export { clone } from "./plain";
export {
  DEFAULT_ERROR_ALERT,
  DEFAULT_PROMPT,
  ruleType,
  type ErrorAlert,
  type ValidationEntry,
  type ValidationPrompt,
  type ValidationRule,
  type ValidationSummary,
  type ValidationTypeName,
} from "./validations";
export type {
  ConditionalFormatEntry,
  ConditionalFormatKind,
  ConditionalFormatStyle,
} from "./conditional-formats";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** The user's own formatting of a cell. The add-in reads it, never writes it. */
export interface CellFormat {
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** `RangeFormat.wrapText`. */
  wrapText?: boolean;
  borders?: { top?: string; bottom?: string; left?: string; right?: string };
}

/** `Excel.RangeHyperlink` (ExcelApi 1.7). */
export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export type ClearTarget =
  "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export type ModelChangeKind =
  | "values"
  | "formats"
  | "structure"
  | "merges"
  | "validation"
  | "conditionalFormats"
  | "sheets"
  | "selection"
  | "settings";

export interface ModelChange {
  kind: ModelChangeKind;
  sheetId: string | null;
  range?: CellRange;
}

/**
 * Where a cell of a workbook read from a file came from: the cell of the file (0-based, on the sheet's
 * `source`) whose formatting it carries and, unless `styleOnly`, whose content too. Cells move when rows
 * are inserted and keep their origin, so a download can write each cell with the file's own style
 * (borders, fonts, alignment…) and content (rich text, dates, links) where nothing changed them.
 */
export interface CellOrigin {
  row: number;
  col: number;
  /** A cell inserted below (or right of) this origin: it takes the formatting, never the content. */
  styleOnly?: true;
}

/** An insert or delete applied to a sheet, in the order applied: what a download replays on the file's own ranges. */
export interface LoggedEdit {
  /** The sheet's name when it was edited. */
  sheet: string;
  edit: ShiftEdit;
}

/** Everything known about one cell. */
export interface CellView {
  value: CellValue;
  text: string;
  numberFormat: string;
  format: CellFormat;
  hyperlink: Hyperlink | null;
  /** The merged area the cell belongs to, if any. */
  merge: CellRange | null;
  validation: ValidationEntry | null;
  conditionalFormats: ConditionalFormatEntry[];
}

const FORBIDDEN_NAME = /[:\\/?*[\]]/;

export class SheetModel {
  readonly values = new CellLayer<string | number | boolean>();
  readonly numberFormats = new CellLayer<string>();
  readonly formats = new CellLayer<CellFormat>();
  /** `RangeFormat.columnWidth` set on a column, in points (Excel's own widths are not modelled). */
  readonly columnWidths = new Map<number, number>();
  readonly hyperlinks = new CellLayer<Hyperlink>();
  /** Cell formulas ("=A1*2") of a workbook read from a file; the value layer holds their last result. */
  readonly formulas = new CellLayer<string>();
  /** For a sheet read from a file: where each cell came from (see CellOrigin). */
  readonly origins = new CellLayer<CellOrigin>();
  /** For a sheet read from a file: the file's row (0-based) whose height and visibility each row keeps. */
  readonly rowOrigins = new CellLayer<number>();
  /** The sheet's name in the file it was read from; null for a sheet made here. */
  source: string | null = null;
  merges: CellRange[] = [];
  validations: ValidationEntry[] = [];
  /** In priority order: index 0 is applied first. */
  conditionalFormats: ConditionalFormatEntry[] = [];
  visibility: SheetVisibility = "Visible";
  protected = false;
  selection: CellRange = { row: 0, col: 0, rowCount: 1, colCount: 1 };
  activeCell = { row: 0, col: 0 };

  constructor(
    readonly workbook: WorkbookModel,
    readonly id: string,
    public name: string,
  ) {}

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  // ---- cells ----

  /** A cell by 0-based position or by A1 address ("B3"). */
  cell(rowOrAddress: number | string, col?: number): CellView {
    const { row, col: c } = this.position_(rowOrAddress, col);
    const value = this.value(row, c);
    const numberFormat = this.numberFormat(row, c);
    return {
      value,
      text: displayText(value, numberFormat),
      numberFormat,
      format: clone(this.formats.get(row, c) ?? {}),
      hyperlink: this.hyperlinks.get(row, c) ?? null,
      merge: this.mergeAt(row, c),
      validation: this.validationAt(row, c),
      conditionalFormats: this.conditionalFormats.filter((cf) =>
        cf.areas.some((a) => rangeContains(a, row, c)),
      ),
    };
  }

  value(row: number, col: number): CellValue {
    return this.values.get(row, col) ?? null;
  }

  /** Stores a value as given (no coercion; see cell-values.ts for what Excel would make of typed text). */
  setValue(row: number, col: number, value: CellValue): void {
    this.values.set(row, col, value === null || value === "" ? undefined : value);
    // A value typed over a formula replaces it, as in Excel.
    this.formulas.set(row, col, undefined);
    this.workbook.notify({ kind: "values", sheetId: this.id, range: { row, col, rowCount: 1, colCount: 1 } });
  }

  /** Writes a block with its top-left at (row, col); null and "" empty the cell. */
  setValues(row: number, col: number, block: readonly (readonly CellValue[])[]): void {
    let width = 0;
    block.forEach((line, r) => {
      width = Math.max(width, line.length);
      line.forEach((value, c) => {
        this.values.set(row + r, col + c, value === null || value === "" ? undefined : value);
        this.formulas.set(row + r, col + c, undefined);
      });
    });
    this.workbook.notify({
      kind: "values",
      sheetId: this.id,
      range: { row, col, rowCount: block.length, colCount: width },
    });
  }

  /** A block of values as `Range.values` returns them: "" for empty cells. */
  readValues(range: CellRange): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = new Array(range.rowCount);
    const rows = this.values.rows;
    const colEnd = range.col + range.colCount;
    for (let r = 0; r < range.rowCount; r++) {
      const line = rows[range.row + r];
      const outLine: (string | number | boolean)[] = new Array(range.colCount);
      if (!line) outLine.fill("");
      else {
        for (let c = range.col, i = 0; c < colEnd; c++, i++) {
          const value = line[c];
          outLine[i] = value === undefined ? "" : value;
        }
      }
      out[r] = outLine;
    }
    return out;
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats.get(row, col) ?? "General";
  }

  setNumberFormat(range: CellRange, format: string | readonly (readonly string[])[]): void {
    forCells(range, (r, c, i, j) => {
      const value = typeof format === "string" ? format : format[i][j];
      this.numberFormats.set(r, c, value === "General" ? undefined : value);
    });
    this.workbook.notify({ kind: "formats", sheetId: this.id, range });
  }

  format(row: number, col: number): CellFormat {
    return clone(this.formats.get(row, col) ?? {});
  }

  /** Sets the user's own formatting (a test or the grid view stands in for the user here). */
  setFormat(rangeOrAddress: CellRange | string, format: CellFormat): void {
    const range = this.range_(rangeOrAddress);
    forCells(range, (r, c) => {
      const next = { ...(this.formats.get(r, c) ?? {}), ...clone(format) };
      this.formats.set(r, c, next);
    });
    this.workbook.notify({ kind: "formats", sheetId: this.id, range });
  }

  hyperlink(row: number, col: number): Hyperlink | null {
    return this.hyperlinks.get(row, col) ?? null;
  }

  setHyperlink(range: CellRange, link: Hyperlink | null): void {
    forCells(range, (r, c) => this.hyperlinks.set(r, c, link ? { ...link } : undefined));
    this.workbook.notify({ kind: "values", sheetId: this.id, range });
  }

  clear(range: CellRange, target: ClearTarget = "All"): void {
    if (target === "All" || target === "Contents" || target === "ResetContents") {
      this.values.clear(range);
      this.formulas.clear(range);
    }
    if (
      target === "All" ||
      target === "Contents" ||
      target === "Hyperlinks" ||
      target === "RemoveHyperlinks"
    ) {
      this.hyperlinks.clear(range);
    }
    if (target === "All" || target === "Formats") {
      this.numberFormats.clear(range);
      this.formats.clear(range);
      this.origins.clear(range);
      // Merging is formatting, and so are conditional formats: Clear Formats removes both.
      this.merges = this.merges.filter((m) => !rangesOverlap(m, range));
      this.clearConditionalFormats(range);
    }
    // Range.Clear in Excel also removes validation (VBA's Range.Clear: "formulas, values, formatting and
    // validation"); we assume the JavaScript Clear All does the same.
    if (target === "All") this.clearValidation(range);
    this.workbook.notify({ kind: "values", sheetId: this.id, range });
  }

  /**
   * The used range: the smallest range holding every value (and, unless `valuesOnly`, every cell with a
   * number format, formatting, a hyperlink or a merge). null for a blank sheet.
   */
  usedRange(valuesOnly = false): CellRange | null {
    const parts: CellRange[] = [];
    const values = this.values.extent();
    if (values) parts.push(values);
    if (!valuesOnly) {
      for (const layer of [this.numberFormats, this.formats, this.hyperlinks] as CellLayer<unknown>[]) {
        const extent = layer.extent();
        if (extent) parts.push(extent);
      }
      parts.push(...this.merges);
    }
    return boundingRange(parts);
  }

  // ---- merges ----

  mergeAt(row: number, col: number): CellRange | null {
    return mergeAt(this.merges, row, col);
  }

  /**
   * Merges the range (or each of its rows, `across`). Excel keeps only the top-left value ("Merging cells
   * only keeps the upper-left value and discards other values"). Merges inside the range are absorbed; a
   * merge that sticks out of it is a conflict (the fake's choice: Excel's UI widens the selection instead).
   */
  merge(range: CellRange, across = false): void {
    const targets = across
      ? Array.from({ length: range.rowCount }, (_, i) => ({
          row: range.row + i,
          col: range.col,
          rowCount: 1,
          colCount: range.colCount,
        }))
      : [range];
    this.merges = withMerged(this.merges, targets);
    for (const target of targets) {
      if (cellCount(target) === 1) continue;
      const keep = this.values.get(target.row, target.col);
      this.values.clear(target);
      if (keep !== undefined) this.values.set(target.row, target.col, keep);
    }
    this.workbook.notify({ kind: "merges", sheetId: this.id, range });
  }

  /** Unmerges every merged area that touches the range. */
  unmerge(range: CellRange): void {
    this.merges = withoutMergesIn(this.merges, range);
    this.workbook.notify({ kind: "merges", sheetId: this.id, range });
  }

  // ---- data validation ----

  validationAt(row: number, col: number): ValidationEntry | null {
    return validationAt(this.validations, row, col);
  }

  /**
   * Sets the validation rule of the range's cells; alert, prompt and ignoreBlanks carry over from the
   * record the range lies in.
   *
   * Excel keeps validation as records (one per "Data Validation" setting, each over some areas) and
   * refuses to set a rule on a range whose cells belong to more than one record, or to a record that
   * covers only part of the range: office-js issue #2594 (a prompt set on B5:B10, then on B1:B10, then a
   * rule on B1:B10 fails with InvalidArgument), which is why Microsoft's samples call
   * `dataValidation.clear()` first. Where only part of the range has validation we assume the same
   * refusal (Excel's UI asks whether to extend the validation instead). `mode: "replace"` skips the check,
   * for a test that sets up a sheet directly.
   */
  setValidationRule(range: CellRange, rule: ValidationRule, mode: "excel" | "replace" = "excel"): void {
    this.validations = withRule(this.validations, range, rule, mode);
    this.workbook.notify({ kind: "validation", sheetId: this.id, range });
  }

  /** Changes the alert, prompt or ignoreBlanks of every cell in the range. */
  updateValidation(
    range: CellRange,
    patch: { errorAlert?: Partial<ErrorAlert>; ignoreBlanks?: boolean; prompt?: Partial<ValidationPrompt> },
  ): void {
    this.validations = withPatch(this.validations, range, patch);
    this.workbook.notify({ kind: "validation", sheetId: this.id, range });
  }

  /** Removes validation from the cells of the range, whatever range it was set on. */
  clearValidation(range: CellRange): void {
    this.validations = withoutValidation(this.validations, range);
    this.workbook.notify({ kind: "validation", sheetId: this.id, range });
  }

  /**
   * `range.dataValidation` for a range: `type` is "Inconsistent" when every cell has validation but not
   * the same, "MixedCriteria" when only some cells have it (d.ts, Excel.DataValidationType). A property
   * that differs between cells reads null: the docs say so for RangeAreas ("dataValidation returns a single
   * object only if every range has the same rule, otherwise it returns null"), and we assume a Range
   * behaves alike.
   */
  validationSummary(range: CellRange): ValidationSummary {
    return summarize(this.validations, range);
  }

  /**
   * The choices of a list validation: an inline list split at commas, or the values of the range a
   * formula source points at ("=Sheet2!$A$1:$A$9"). null for a formula the fake cannot resolve.
   */
  listItems(entry: ValidationEntry): string[] | null {
    const source = entry.rule?.list?.source;
    if (source === undefined) return null;
    if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
    const parsed = parseAddress(source.slice(1));
    if (!parsed) return null;
    const sheet = parsed.sheet === null ? this : this.workbook.findSheet(parsed.sheet);
    if (!sheet) return null;
    const items: string[] = [];
    forCells(parsed.range, (r, c) => {
      const value = sheet.value(r, c);
      if (value !== null) items.push(displayText(value, sheet.numberFormat(r, c)));
    });
    return items;
  }

  // ---- conditional formats ----

  /** Adds a conditional format at the top priority (d.ts: "Adds a new conditional format to the collection at the first/top priority"). */
  addConditionalFormat(areas: readonly CellRange[], type: ConditionalFormatKind): ConditionalFormatEntry {
    const entry: ConditionalFormatEntry = {
      id: this.workbook.nextConditionalFormatId(),
      type,
      areas: areas.map((a) => ({ ...a })),
      formula: null,
      format: { fill: null, fontColor: null, bold: null, italic: null, numberFormat: null },
      stopIfTrue: false,
    };
    this.conditionalFormats.unshift(entry);
    this.workbook.notify({
      kind: "conditionalFormats",
      sheetId: this.id,
      range: boundingRange(areas) ?? undefined,
    });
    return entry;
  }

  conditionalFormat(id: string): ConditionalFormatEntry | null {
    return this.conditionalFormats.find((cf) => cf.id === id) ?? null;
  }

  /** The conditional formats that apply to any cell of the areas, in priority order. */
  conditionalFormatsOverlapping(areas: readonly CellRange[]): ConditionalFormatEntry[] {
    return overlapping(this.conditionalFormats, areas);
  }

  deleteConditionalFormat(id: string): void {
    this.conditionalFormats = this.conditionalFormats.filter((cf) => cf.id !== id);
    this.workbook.notify({ kind: "conditionalFormats", sheetId: this.id });
  }

  /** Takes the range's cells out of every conditional format; a format left with no cells is deleted. */
  clearConditionalFormats(range: CellRange): void {
    this.conditionalFormats = withoutCells(this.conditionalFormats, range);
    this.workbook.notify({ kind: "conditionalFormats", sheetId: this.id, range });
  }

  /** d.ts ConditionalFormat.priority: negative counts from the back; out-of-bounds values clamp. */
  setConditionalFormatPriority(id: string, priority: number): void {
    this.conditionalFormats = withPriority(this.conditionalFormats, id, priority);
    this.workbook.notify({ kind: "conditionalFormats", sheetId: this.id });
  }

  // ---- inserts and deletes ----

  insertCells(rangeOrAddress: CellRange | string, direction: "Down" | "Right"): void {
    this.workbook.applyEdit(this, editFor(this.range_(rangeOrAddress), "insert", direction));
  }

  deleteCells(rangeOrAddress: CellRange | string, direction: "Up" | "Left"): void {
    this.workbook.applyEdit(this, editFor(this.range_(rangeOrAddress), "delete", direction));
  }

  // ---- conversions ----

  /**
   * The sheet as the engine's Grid. By default the grid starts at the top-left of the used range (what
   * an adapter reading `getUsedRange()` gets); `from: "A1"` starts it at A1. Empty cells are null.
   */
  toGrid(options: { from?: "usedRange" | "A1" } = {}): Grid {
    const used = this.usedRange(false);
    const origin = options.from === "A1" || !used ? { row: 0, col: 0 } : { row: used.row, col: used.col };
    const end = used ? { row: used.row + used.rowCount, col: used.col + used.colCount } : origin;
    const range = {
      row: origin.row,
      col: origin.col,
      rowCount: end.row - origin.row,
      colCount: end.col - origin.col,
    };
    const values = this.readValues(range).map((line) => line.map((v) => (v === "" ? null : v)));
    let numberFormats: (string | null)[][] | undefined;
    if (this.numberFormats.extent()) {
      numberFormats = values.map((line, r) =>
        line.map((_v, c) => this.numberFormats.get(origin.row + r, origin.col + c) ?? null),
      );
    }
    return {
      sheet: this.name,
      values,
      merges: this.merges.map((m) => ({ ...m })),
      origin,
      ...(numberFormats ? { numberFormats } : {}),
      ...(this.visibility !== "Visible" ? { hidden: true } : {}),
    };
  }

  snapshot(): SheetSnapshot {
    const used = this.values.extent();
    const values = used
      ? this.readValues({
          row: 0,
          col: 0,
          rowCount: used.row + used.rowCount,
          colCount: used.col + used.colCount,
        })
      : [];
    const byAddress = <T>(layer: CellLayer<T>): Record<string, T> => {
      const out: Record<string, T> = {};
      layer.forEach((value, r, c) => {
        out[formatLocal({ row: r, col: c, rowCount: 1, colCount: 1 })] = clone(value);
      });
      return out;
    };
    return {
      id: this.id,
      name: this.name,
      visibility: this.visibility,
      protected: this.protected,
      values: values.map((line) => line.map((v) => (v === "" ? null : v))),
      numberFormats: byAddress(this.numberFormats),
      formats: byAddress(this.formats),
      hyperlinks: byAddress(this.hyperlinks),
      merges: this.merges.map(formatLocal).sort(),
      validations: this.validations.map((v) => ({
        areas: v.areas.map(formatLocal).join(","),
        rule: v.rule,
        errorAlert: v.errorAlert,
        ignoreBlanks: v.ignoreBlanks,
        prompt: v.prompt,
      })),
      conditionalFormats: this.conditionalFormats.map((cf) => ({
        id: cf.id,
        type: cf.type,
        areas: cf.areas.map(formatLocal).join(","),
        formula: cf.formula,
        format: { ...cf.format },
        stopIfTrue: cf.stopIfTrue,
      })),
    };
  }

  /** A1 address or range → range; throws on a bad address (a programming error in a test). */
  range_(rangeOrAddress: CellRange | string): CellRange {
    if (typeof rangeOrAddress !== "string") return rangeOrAddress;
    const parsed = parseAddress(rangeOrAddress);
    if (!parsed) throw new Error(`Not an A1 address: "${rangeOrAddress}"`);
    return parsed.range;
  }

  private position_(rowOrAddress: number | string, col?: number): { row: number; col: number } {
    if (typeof rowOrAddress === "number") return { row: rowOrAddress, col: col ?? 0 };
    const range = this.range_(rowOrAddress);
    return { row: range.row, col: range.col };
  }
}

export interface SheetSnapshot {
  id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** From A1 to the last value; null for empty cells. */
  values: CellValue[][];
  numberFormats: Record<string, string>;
  formats: Record<string, CellFormat>;
  hyperlinks: Record<string, Hyperlink>;
  /** Local addresses, sorted: ["A1:C1", "B4:B6"]. */
  merges: string[];
  validations: {
    areas: string;
    rule: ValidationRule | null;
    errorAlert: ErrorAlert;
    ignoreBlanks: boolean;
    prompt: ValidationPrompt;
  }[];
  conditionalFormats: {
    id: string;
    type: ConditionalFormatKind;
    areas: string;
    formula: string | null;
    format: ConditionalFormatStyle;
    stopIfTrue: boolean;
  }[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string | null;
  settings: Record<string, unknown>;
}

export class WorkbookModel {
  /** In tab order: a sheet's position is its index. */
  readonly sheets: SheetModel[] = [];
  activeSheetId: string | null = null;
  /** The add-in's settings, as JSON text. */
  readonly settings = new Map<string, string>();
  /** Every insert and delete of cells since the workbook was made or read, in order. */
  readonly edits: LoggedEdit[] = [];
  private sheetCounter = 0;
  private conditionalFormatCounter = 0;
  private readonly listeners = new Set<(change: ModelChange) => void>();

  /** One sheet per grid, values at the grid's origin, merges, number formats; a hidden grid makes a hidden sheet. */
  static fromGrids(grids: readonly Grid[]): WorkbookModel {
    const model = new WorkbookModel();
    for (const grid of grids) {
      const sheet = model.addSheet(grid.sheet);
      sheet.setValues(grid.origin.row, grid.origin.col, grid.values);
      sheet.merges = grid.merges.map((m) => ({ ...m }));
      grid.numberFormats?.forEach((line, r) =>
        line.forEach((format, c) => {
          if (format && format !== "General")
            sheet.numberFormats.set(grid.origin.row + r, grid.origin.col + c, format);
        }),
      );
      if (grid.hidden) sheet.visibility = "Hidden";
    }
    const firstVisible = model.sheets.find((s) => s.visibility === "Visible");
    model.activeSheetId = firstVisible?.id ?? model.sheets[0]?.id ?? null;
    return model;
  }

  subscribe(listener: (change: ModelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(change: ModelChange): void {
    for (const listener of this.listeners) listener(change);
  }

  // ---- sheets ----

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  /** By name (case-insensitive, as Excel matches names) or by id. */
  findSheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return (
      this.sheets.find((s) => s.id === nameOrId) ?? this.sheets.find((s) => s.name.toLowerCase() === lower)
    );
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel | undefined {
    return this.activeSheetId === null ? undefined : this.sheetById(this.activeSheetId);
  }

  /** Adds a sheet at the end (or at `position`). Excel's own default names: "Sheet1", "Sheet2", … */
  addSheet(name?: string, position?: number): SheetModel {
    const finalName = name ?? this.defaultSheetName();
    this.checkSheetName(finalName, null);
    this.sheetCounter += 1;
    const id = `{00000000-0001-0000-${String(this.sheetCounter).padStart(4, "0")}-000000000000}`;
    const sheet = new SheetModel(this, id, finalName);
    const at =
      position === undefined ? this.sheets.length : Math.max(0, Math.min(this.sheets.length, position));
    this.sheets.splice(at, 0, sheet);
    this.activeSheetId ??= sheet.id;
    this.notify({ kind: "sheets", sheetId: sheet.id });
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    this.checkSheetName(name, sheet);
    const before = sheet.name;
    sheet.name = name;
    // Formulas that name the sheet follow the rename, as in Excel.
    this.forEachFormula((formula) => renameSheetInFormula(formula, before, name, quoteSheetName));
    this.notify({ kind: "sheets", sheetId: sheet.id });
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new ModelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    if (this.activeSheetId === sheet.id) {
      const next =
        this.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === "Visible") ??
        this.sheets.find((s) => s.visibility === "Visible");
      this.activeSheetId = next?.id ?? null;
    }
    this.notify({ kind: "sheets", sheetId: sheet.id });
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.sheets.splice(Math.max(0, Math.min(this.sheets.length, position)), 0, sheet);
    this.notify({ kind: "sheets", sheetId: sheet.id });
  }

  setVisibility(sheet: SheetModel, visibility: SheetVisibility): void {
    if (visibility !== "Visible") {
      const visible = this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
      if (visible.length === 0)
        throw new ModelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    }
    this.notify({ kind: "sheets", sheetId: sheet.id });
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible")
      throw new ModelError("InvalidOperation", "A hidden worksheet cannot be activated.");
    this.activeSheetId = sheet.id;
    this.notify({ kind: "selection", sheetId: sheet.id });
  }

  select(sheet: SheetModel, range: CellRange): void {
    this.activate(sheet);
    sheet.selection = { ...range };
    sheet.activeCell = { row: range.row, col: range.col };
    this.notify({ kind: "selection", sheetId: sheet.id, range });
  }

  private defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.findSheetByName(name)) return name;
    }
  }

  private findSheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Excel's rules: 1-31 characters, none of : \ / ? * [ ], no apostrophe at either end, "History" reserved, unique. */
  private checkSheetName(name: string, self: SheetModel | null): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      FORBIDDEN_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw new ModelError("InvalidArgument", `"${name}" is not a valid worksheet name.`);
    }
    const existing = this.findSheetByName(name);
    if (existing && existing !== self)
      throw new ModelError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
  }

  // ---- inserts and deletes ----

  /** Applies an insert or a delete of cells on `sheet` to everything that lives on the grid. */
  applyEdit(sheet: SheetModel, edit: ShiftEdit): void {
    const limit = edit.axis === "row" ? MAX_ROWS : MAX_COLS;
    const moved = shiftMerges(sheet.merges, edit);
    if (edit.kind === "insert") {
      // Excel refuses to push non-empty cells off the end of the sheet.
      const lastKept = limit - edit.count;
      const offSheet =
        edit.axis === "row"
          ? sheet.values.rows
              .slice(lastKept)
              .some((line) => line?.some((_v, c) => c >= edit.bandStart && c < edit.bandEnd))
          : sheet.values.rows.some(
              (line, r) => r >= edit.bandStart && r < edit.bandEnd && (line?.length ?? 0) > lastKept,
            );
      if (offSheet) throw new ModelError("NonBlankCellOffSheet");
    }
    for (const layer of [
      sheet.values,
      sheet.numberFormats,
      sheet.formats,
      sheet.hyperlinks,
      sheet.formulas,
      sheet.origins,
    ] as CellLayer<unknown>[]) {
      layer.shift(edit);
    }
    // Whole rows carry their height along; a band of cells moved down leaves the rows as they were.
    if (edit.axis === "row" && edit.bandStart === 0 && edit.bandEnd >= MAX_COLS) {
      sheet.rowOrigins.shift({ ...edit, axis: "row" });
      sheet.rowOrigins.fillFrom({ ...edit, bandStart: 0, bandEnd: 1 });
    }
    // Inserted cells take the formatting of the row above (column to the left): the UI's default
    // "Format Same As Above". We assume Range.insert does the same.
    sheet.numberFormats.fillFrom(edit);
    sheet.formats.fillFrom(edit);
    sheet.origins.fillFrom(edit, (origin) => ({ row: origin.row, col: origin.col, styleOnly: true }));
    sheet.merges = moved;
    sheet.validations = shiftValidations(sheet.validations, edit);
    sheet.conditionalFormats = shiftConditionalFormats(sheet.conditionalFormats, edit);
    this.forEachFormula((formula, owner) => shiftFormula(formula, edit, owner.name, sheet.name));
    this.edits.push({ sheet: sheet.name, edit: { ...edit } });
    if (isAffected(sheet.selection, edit)) {
      const selection = shiftWhole(sheet.selection, edit);
      if (selection && selection !== "conflict") {
        // The active cell moves with the selection it belongs to, as in Excel: the grid draws one,
        // the pane reads the other, and after an insertion they must agree.
        const active = sheet.activeCell;
        sheet.activeCell = {
          row: active.row + selection.row - sheet.selection.row,
          col: active.col + selection.col - sheet.selection.col,
        };
        sheet.selection = selection;
      }
    }
    this.notify({ kind: "structure", sheetId: sheet.id });
  }

  /** Rewrites every formula the model keeps: custom conditional-format rules, validation sources and formulas. */
  private forEachFormula(rewrite: (formula: string, owner: SheetModel) => string): void {
    for (const owner of this.sheets) {
      owner.formulas.forEach((formula, r, c) => owner.formulas.set(r, c, rewrite(formula, owner)));
      for (const cf of owner.conditionalFormats) {
        if (cf.formula !== null) cf.formula = rewrite(cf.formula, owner);
      }
      for (const v of owner.validations) {
        if (v.rule?.list && v.rule.list.source.startsWith("="))
          v.rule.list.source = rewrite(v.rule.list.source, owner);
        if (v.rule?.custom) v.rule.custom.formula = rewrite(v.rule.custom.formula, owner);
      }
    }
  }

  // ---- conditional format ids ----

  nextConditionalFormatId(): string {
    this.conditionalFormatCounter += 1;
    return `{CF-${String(this.conditionalFormatCounter).padStart(6, "0")}}`;
  }

  /**
   * Gives every conditional format a new id, as a reopened file does: the xlsx format stores no id for a
   * conditional format (ECMA-376 §18.3.1.10 cfRule has type, priority, stopIfTrue, dxfId, but no id), so
   * Excel can only make ids up when it loads the file. An add-in must not rely on ids across a reload.
   */
  reassignConditionalFormatIds(): void {
    for (const sheet of this.sheets) {
      for (const cf of sheet.conditionalFormats) cf.id = this.nextConditionalFormatId();
    }
  }

  // ---- snapshots and grids ----

  toGrids(): Grid[] {
    return this.sheets.map((s) => s.toGrid());
  }

  /** Plain data, addresses as strings: what a test compares. */
  snapshot(): WorkbookSnapshot {
    const settings: Record<string, unknown> = {};
    for (const [key, json] of this.settings) settings[key] = JSON.parse(json);
    return {
      sheets: this.sheets.map((s) => s.snapshot()),
      activeSheet: this.activeSheet()?.name ?? null,
      settings,
    };
  }
}

/** The list source Excel stores for a range: "=Sheet2!$A$1:$A$9". */
export function rangeSource(sheetName: string, range: CellRange): string {
  return `=${quoteSheetName(sheetName)}!${formatAbsolute(range)}`;
}

/** Areas from "A1:B2, D4" (a test convenience). */
export function areasOf(text: string): CellRange[] {
  const areas = parseAreas(text);
  if (!areas) throw new Error(`Not an A1 address list: "${text}"`);
  return areas.map((a) => a.range);
}

/** Calls `visit(row, col, i, j)` for every cell of the range; i and j count from its top-left. */
export function forCells(
  range: CellRange,
  visit: (row: number, col: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < range.rowCount; i++) {
    for (let j = 0; j < range.colCount; j++) visit(range.row + i, range.col + j, i, j);
  }
}
