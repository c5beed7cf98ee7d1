/**
 * What the live loop knows about changes to the workbook, in one place: which changes were the
 * user's, and which sheets changed since a read began. The adapter records its own writes here and
 * asks, before writing marks, whether the sheet changed under it; the live checker asks here, once
 * per change event, whether the change was the user's.
 *
 * - A generation per sheet, bumped by every change of the user's: a check that read an older
 *   generation writes nothing (its marks would be stale).
 * - Our own last write (its sheet, the rectangle around what it wrote, and a few seconds): hosts
 *   without `triggerSource` (ExcelApi 1.14) raise change events for it like any other.
 */
import { boundingRange, parseRangeA1, rangeWithin, type CellRange } from "../core/grid";
import type { Edit } from "../core/edits";

/** How long after our write its change events may still arrive. */
const OWN_WRITE_WINDOW_MS = 3000;
const EXCEL_COLUMNS = 16_384;

export class ChangeLedger {
  private readonly generations = new Map<string, number>();
  private ownWrite: { sheet: string; box: CellRange | null; until: number } | null = null;

  /** The sheet's generation now: compare it after a read to know whether the sheet changed meanwhile. */
  generation(sheet: string): number {
    return this.generations.get(sheet) ?? 0;
  }

  /** All generations now, to compare any sheet's later. */
  all(): ReadonlyMap<string, number> {
    return new Map(this.generations);
  }

  /** True when the sheet changed since `before` was taken. */
  changedSince(before: ReadonlyMap<string, number>, sheet: string): boolean {
    return (before.get(sheet) ?? 0) !== this.generation(sheet);
  }

  /** The adapter wrote these edits on the sheet: their change events are ours for a few seconds. */
  wrote(sheet: string, edits: readonly Edit[], now = Date.now()): void {
    this.ownWrite = { sheet, box: boundingRange(edits.map(editedRange)), until: now + OWN_WRITE_WINDOW_MS };
  }

  /**
   * A change event: true (and the sheet's generation bumped) when it is the user's, false when our own
   * last write raised it. One call per event.
   */
  userChanged(sheet: string, address: string, now = Date.now()): boolean {
    const own = this.ownWrite;
    if (own && own.sheet === sheet && now <= own.until && own.box) {
      const changed = eventRange(address);
      if (changed && rangeWithin(own.box, changed)) return false;
    }
    this.generations.set(sheet, this.generation(sheet) + 1);
    return true;
  }
}

/** The rectangle an edit touches (inserted rows span the whole row, or their band). */
function editedRange(edit: Edit): CellRange {
  switch (edit.kind) {
    case "setValue":
      return { row: edit.row, col: edit.col, rowCount: 1, colCount: 1 };
    case "insertRows":
      return edit.band
        ? { row: edit.row, col: edit.band.col, rowCount: edit.count, colCount: edit.band.colCount }
        : { row: edit.row, col: 0, rowCount: edit.count, colCount: EXCEL_COLUMNS };
    case "merge":
    case "setValidation":
      return edit.range;
  }
}

/** An event's address: "B3", "B3:C4", or whole rows "5:7". */
function eventRange(address: string): CellRange | null {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) {
    const first = Number(rows[1]) - 1;
    return { row: first, col: 0, rowCount: Number(rows[2]) - first, colCount: EXCEL_COLUMNS };
  }
  return parseRangeA1(address);
}
