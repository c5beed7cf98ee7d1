/**
 * Rectangle algebra on the sheet grid, and how an insert or a delete moves a rectangle. Used for merged
 * areas, validation areas, conditional-format areas and the references inside their formulas, so that all
 * of them move together the way Excel moves them.
 */
import type { CellRange } from "../core/grid";
// The plain predicates (rangesOverlap, rangeContains, rangeWithin, boundingRange) are core/grid.ts's.
import { MAX_COLS, MAX_ROWS } from "./address";

export function rangeEnd(range: CellRange): { row: number; col: number } {
  return { row: range.row + range.rowCount, col: range.col + range.colCount };
}

export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endCol = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (endRow <= row || endCol <= col) return null;
  return { row, col, rowCount: endRow - row, colCount: endCol - col };
}

export function sameRange(a: CellRange, b: CellRange): boolean {
  return a.row === b.row && a.col === b.col && a.rowCount === b.rowCount && a.colCount === b.colCount;
}

export function cellCount(range: CellRange): number {
  return range.rowCount * range.colCount;
}

/** `a` minus `b`: up to four rectangles (above, below, left, right of the cut). */
export function subtract(a: CellRange, b: CellRange): CellRange[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const pieces: CellRange[] = [];
  const aEndRow = a.row + a.rowCount;
  const aEndCol = a.col + a.colCount;
  const cutEndRow = cut.row + cut.rowCount;
  const cutEndCol = cut.col + cut.colCount;
  if (cut.row > a.row)
    pieces.push({ row: a.row, col: a.col, rowCount: cut.row - a.row, colCount: a.colCount });
  if (cutEndRow < aEndRow)
    pieces.push({ row: cutEndRow, col: a.col, rowCount: aEndRow - cutEndRow, colCount: a.colCount });
  if (cut.col > a.col)
    pieces.push({ row: cut.row, col: a.col, rowCount: cut.rowCount, colCount: cut.col - a.col });
  if (cutEndCol < aEndCol)
    pieces.push({ row: cut.row, col: cutEndCol, rowCount: cut.rowCount, colCount: aEndCol - cutEndCol });
  return pieces;
}

export function subtractAll(ranges: readonly CellRange[], cut: CellRange): CellRange[] {
  return ranges.flatMap((range) => subtract(range, cut));
}

/**
 * An insert or a delete of cells. `axis: "row"` shifts cells down (insert) or up (delete) inside the
 * band of columns [bandStart, bandEnd); `axis: "col"` shifts right or left inside a band of rows.
 * An entire-row insert is the row axis with the band covering every column.
 */
export interface ShiftEdit {
  kind: "insert" | "delete";
  axis: "row" | "col";
  /** First row (or column) inserted or deleted. */
  start: number;
  count: number;
  bandStart: number;
  /** Exclusive. */
  bandEnd: number;
}

/** The insert (or delete) that `Range.insert("Down")` (or `delete("Up")`) performs for `range`. */
export function editFor(
  range: CellRange,
  kind: "insert" | "delete",
  direction: "Down" | "Right" | "Up" | "Left",
): ShiftEdit {
  if (direction === "Down" || direction === "Up") {
    return {
      kind,
      axis: "row",
      start: range.row,
      count: range.rowCount,
      bandStart: range.col,
      bandEnd: range.col + range.colCount,
    };
  }
  return {
    kind,
    axis: "col",
    start: range.col,
    count: range.colCount,
    bandStart: range.row,
    bandEnd: range.row + range.rowCount,
  };
}

interface Span {
  /** Position along the shift axis. */
  at: number;
  length: number;
  /** Position across it (inside or outside the band). */
  across: number;
  width: number;
}

function toSpan(range: CellRange, axis: "row" | "col"): Span {
  return axis === "row"
    ? { at: range.row, length: range.rowCount, across: range.col, width: range.colCount }
    : { at: range.col, length: range.colCount, across: range.row, width: range.rowCount };
}

function fromSpan(span: Span, axis: "row" | "col"): CellRange {
  return axis === "row"
    ? { row: span.at, rowCount: span.length, col: span.across, colCount: span.width }
    : { col: span.at, colCount: span.length, row: span.across, rowCount: span.width };
}

/** Moves a span that lies wholly inside the band; null when a delete removes all of it. */
function moveSpan(span: Span, edit: ShiftEdit, limit: number): Span | null {
  const end = span.at + span.length;
  if (edit.kind === "insert") {
    if (end <= edit.start) return span;
    if (span.at >= edit.start) {
      const at = span.at + edit.count;
      if (at >= limit) return null;
      return { ...span, at, length: Math.min(span.length, limit - at) };
    }
    return { ...span, length: Math.min(span.length + edit.count, limit - span.at) };
  }
  const deletedEnd = edit.start + edit.count;
  if (end <= edit.start) return span;
  if (span.at >= deletedEnd) return { ...span, at: span.at - edit.count };
  const before = Math.max(0, edit.start - span.at);
  const after = Math.max(0, end - deletedEnd);
  if (before + after === 0) return null;
  return { ...span, at: Math.min(span.at, edit.start), length: before + after };
}

/** True when the edit moves or resizes some part of the range. */
export function isAffected(range: CellRange, edit: ShiftEdit): boolean {
  const span = toSpan(range, edit.axis);
  if (span.across + span.width <= edit.bandStart || span.across >= edit.bandEnd) return false;
  return span.at + span.length > edit.start;
}

/**
 * Moves an area (of validation, of a conditional format) the way Excel adjusts it: the part inside the
 * band moves or grows or shrinks, the part outside stays. An area can come out as several pieces.
 */
export function shiftArea(range: CellRange, edit: ShiftEdit): CellRange[] {
  const limit = edit.axis === "row" ? MAX_ROWS : MAX_COLS;
  const span = toSpan(range, edit.axis);
  const bandFrom = Math.max(span.across, edit.bandStart);
  const bandTo = Math.min(span.across + span.width, edit.bandEnd);
  if (bandTo <= bandFrom || span.at + span.length <= edit.start) return [range];
  const pieces: CellRange[] = [];
  if (span.across < bandFrom) pieces.push(fromSpan({ ...span, width: bandFrom - span.across }, edit.axis));
  const inside = moveSpan({ ...span, across: bandFrom, width: bandTo - bandFrom }, edit, limit);
  if (inside) pieces.push(fromSpan(inside, edit.axis));
  if (span.across + span.width > bandTo) {
    pieces.push(fromSpan({ ...span, across: bandTo, width: span.across + span.width - bandTo }, edit.axis));
  }
  return pieces;
}

/**
 * Moves a range that cannot be split (a merged area, a reference in a formula): "conflict" when the
 * edit would cut through it across the band, null when a delete removes it.
 */
export function shiftWhole(range: CellRange, edit: ShiftEdit): CellRange | null | "conflict" {
  if (!isAffected(range, edit)) return range;
  const span = toSpan(range, edit.axis);
  if (span.across < edit.bandStart || span.across + span.width > edit.bandEnd) return "conflict";
  const limit = edit.axis === "row" ? MAX_ROWS : MAX_COLS;
  const moved = moveSpan(span, edit, limit);
  return moved ? fromSpan(moved, edit.axis) : null;
}

/** Where a single cell goes; null when a delete removes it. */
export function shiftCell(row: number, col: number, edit: ShiftEdit): { row: number; col: number } | null {
  const moved = shiftWhole({ row, col, rowCount: 1, colCount: 1 }, edit);
  if (moved === null || moved === "conflict") return null;
  return { row: moved.row, col: moved.col };
}

/** Merges rectangles of equal span that touch, so stored areas stay few after repeated edits. */
export function coalesce(ranges: readonly CellRange[]): CellRange[] {
  let list = ranges.map((r) => ({ ...r }));
  let changed = true;
  while (changed) {
    changed = false;
    outer: for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const joined = join(list[i], list[j]);
        if (joined) {
          list = [...list.slice(0, i), joined, ...list.slice(i + 1, j), ...list.slice(j + 1)];
          changed = true;
          break outer;
        }
      }
    }
  }
  return list.sort((a, b) => a.row - b.row || a.col - b.col);
}

function join(a: CellRange, b: CellRange): CellRange | null {
  if (a.col === b.col && a.colCount === b.colCount) {
    if (a.row + a.rowCount === b.row) return { ...a, rowCount: a.rowCount + b.rowCount };
    if (b.row + b.rowCount === a.row) return { ...b, rowCount: a.rowCount + b.rowCount };
  }
  if (a.row === b.row && a.rowCount === b.rowCount) {
    if (a.col + a.colCount === b.col) return { ...a, colCount: a.colCount + b.colCount };
    if (b.col + b.colCount === a.col) return { ...b, colCount: a.colCount + b.colCount };
  }
  return null;
}
