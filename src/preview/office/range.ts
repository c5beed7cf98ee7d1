/** Range of the office.js fake: values, number formats, text, merges, insert and delete, clear, and the objects hung on it. (excel-api.ts lists them all.) */
import {
  ClientObjectBase,
  REQUIRE,
  RESOLVE,
  SyncRun,
  type LoadTree,
  type ContextLike,
  type ScalarSpec,
  SettableObject,
} from "./api-core";
import { boundingRange, rangeContains, rangesOverlap, type CellRange } from "../../core/grid";
import {
  formatAddress,
  formatLocal,
  isEntireColumns,
  isEntireRows,
  MAX_COLS,
  MAX_ROWS,
} from "../../workbook/address";
import { coerceInput, displayText, valueType } from "../../workbook/cell-values";
import { cellCount, intersect } from "../../workbook/geometry";
import { OfficeError } from "../../workbook/office-error";
import type { SheetModel } from "../../workbook/workbook-model";
import { ConditionalFormatCollection } from "./conditional-formats";
import {
  AreasTarget,
  RangeTarget,
  changedEvent,
  editable,
  invalid,
  rangeArgument,
  selectRange,
} from "./context";
import { RangeFormat } from "./formats";
import { RangeAreas } from "./range-areas";
import { DataValidation } from "./validation";
import { Worksheet } from "./workbook";

export function checkedRange(row: number, col: number, rowCount: number, colCount: number): CellRange {
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

export function readLimit(run: SyncRun, range: CellRange): void {
  if (cellCount(range) > run.host.capabilities.readCellLimit) throw new OfficeError("RangeExceedsLimit");
}

export function grid<T>(range: CellRange, cell: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array(range.rowCount);
  for (let i = 0; i < range.rowCount; i++) {
    const line: T[] = new Array(range.colCount);
    for (let j = 0; j < range.colCount; j++) line[j] = cell(range.row + i, range.col + j);
    out[i] = line;
  }
  return out;
}

export const RANGE_SCALARS: Record<string, ScalarSpec<RangeTarget>> = {
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
export class Range extends SettableObject<RangeTarget> {
  protected readonly typeName = "Range";

  /** Tracking is not needed: the fake's objects keep their target. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  constructor(context: ContextLike, locate: (run: SyncRun) => RangeTarget | null) {
    super(context, locate);
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

  protected override resolveTarget(run: SyncRun): RangeTarget | null {
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

export function checkShape(values: unknown, range: CellRange): asserts values is unknown[][] {
  const message =
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
  if (!Array.isArray(values) || values.length !== range.rowCount) throw invalid(message);
  for (const line of values) {
    if (!Array.isArray(line) || line.length !== range.colCount) throw invalid(message);
  }
}

export function writeCells(run: SyncRun, t: RangeTarget, values: unknown[][]): void {
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

export function clearAreas(run: SyncRun, sheet: SheetModel, areas: CellRange[], applyTo: string): void {
  const targets = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];
  if (!targets.includes(applyTo)) throw invalid(`"${applyTo}" is not a clear option.`);
  for (const area of areas) {
    sheet.clear(area, applyTo as "All");
    if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") {
      run.events.push(changedEvent(run.host, sheet, area, "RangeEdited", "api"));
    }
  }
}

export function toAreas(t: RangeTarget): AreasTarget {
  return { sheet: t.sheet, areas: [t.range] };
}

export function queueResolve(
  context: ContextLike,
  object: ClientObjectBase<unknown>,
  location: string,
): void {
  context.enqueue({ location, run: (run) => void object[RESOLVE](run) });
}

export function itemsNotLoaded(typeName: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.items`,
  );
}

/** What a collection's load asks of each item: "items/name" and "name" both mean the items' names. */
export function itemLoadTree(tree: LoadTree | null): LoadTree | null {
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
