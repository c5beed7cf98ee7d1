/**
 * Moving the selection as Excel does: a merged area is one cell (moving into it selects all of it,
 * moving out of it starts from its edge), and the selection stays on the sheet. Pure.
 */
import type { CellRange } from "../core/grid";
import { formatLocal, MAX_COLS, MAX_ROWS } from "../workbook/address";
import type { SheetModel } from "../workbook/workbook-model";

export type Direction = "up" | "down" | "left" | "right";

/** The cell (or the merged area holding it) as a selection: its range and its address. */
export function selectionAt(
  sheet: SheetModel,
  row: number,
  col: number,
): { range: CellRange; address: string } {
  const range = sheet.mergeAt(row, col) ?? { row, col, rowCount: 1, colCount: 1 };
  return { range, address: formatLocal(range) };
}

/** Where a move of `steps` cells in `direction` from the active cell lands. */
export function moveFrom(
  sheet: SheetModel,
  from: { row: number; col: number },
  direction: Direction,
  steps = 1,
): { row: number; col: number } {
  let { row, col } = from;
  for (let i = 0; i < steps; i++) {
    const area = sheet.mergeAt(row, col) ?? { row, col, rowCount: 1, colCount: 1 };
    if (direction === "down") row = Math.min(MAX_ROWS - 1, area.row + area.rowCount);
    if (direction === "up") row = Math.max(0, area.row - 1);
    if (direction === "right") col = Math.min(MAX_COLS - 1, area.col + area.colCount);
    if (direction === "left") col = Math.max(0, area.col - 1);
    // Keep to the row (or column) we came along, as Excel does when it passes a merged area.
    if (direction === "down" || direction === "up") col = from.col;
    else row = from.row;
  }
  const merge = sheet.mergeAt(row, col);
  return merge ? { row: merge.row, col: merge.col } : { row, col };
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

export function arrowDirection(key: string): Direction | null {
  return ARROWS[key] ?? null;
}
