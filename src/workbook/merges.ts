/**
 * Merged areas of a sheet, as Excel keeps them: rectangles that never overlap. Pure functions from
 * areas to areas; the sheet (workbook-model.ts) holds them, and keeps only the top-left value of a
 * newly merged area.
 */
import { rangeContains, rangesOverlap, rangeWithin, type CellRange } from "../core/grid";
import { cellCount, shiftWhole, type ShiftEdit } from "./geometry";
import { ModelError } from "./office-error";

/** The merged area a cell belongs to, or null. */
export function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | null {
  return merges.find((m) => rangeContains(m, row, col)) ?? null;
}

/**
 * The areas with `targets` merged: merges inside a target are absorbed; one that sticks out of it is a
 * conflict (the fake's choice: Excel's UI widens the selection instead). One-cell targets merge nothing.
 */
export function withMerged(merges: readonly CellRange[], targets: readonly CellRange[]): CellRange[] {
  for (const target of targets) {
    if (merges.some((m) => rangesOverlap(m, target) && !rangeWithin(target, m))) {
      throw new ModelError("InvalidOperation", "Cannot merge a range that overlaps part of a merged area.");
    }
  }
  let next = [...merges];
  for (const target of targets) {
    if (cellCount(target) === 1) continue;
    next = next.filter((m) => !rangeWithin(target, m));
    next.push({ ...target });
  }
  return next;
}

/** The areas without every merge that touches the range. */
export function withoutMergesIn(merges: readonly CellRange[], range: CellRange): CellRange[] {
  return merges.filter((m) => !rangesOverlap(m, range));
}

/**
 * The areas after an insert or delete of cells. Excel refuses an edit that would move part of a merged
 * area; a merge cut down to one cell is no merge.
 */
export function shiftMerges(merges: readonly CellRange[], edit: ShiftEdit): CellRange[] {
  const moved: CellRange[] = [];
  for (const merge of merges) {
    const next = shiftWhole(merge, edit);
    if (next === "conflict") {
      throw new ModelError("InvalidOperation", "This operation would move part of a merged area.");
    }
    if (next && cellCount(next) > 1) moved.push(next);
  }
  return moved;
}
