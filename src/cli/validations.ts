/**
 * Data validations (dropdown lists) as exceljs writes them. exceljs reads a validation range into
 * one entry per cell and, when writing, squeezes those back into ranges walking the addresses in
 * text order ("A10" before "A4"): alike lists on one column then come out as overlapping ranges
 * (A10:A15 and A4:A15), which Excel treats as a damaged file. So before writing we compact the
 * per-cell entries ourselves into disjoint rectangles, which exceljs writes as they are.
 */
import type ExcelJS from "exceljs";
import { columnName, parseA1 } from "../core/grid";

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rewrites a worksheet's validations as disjoint ranges, each list exactly where it was. */
export function compactValidations(worksheet: ExcelJS.Worksheet): void {
  const holder = worksheet as unknown as { dataValidations: { model: ValidationModel } };
  const model = holder.dataValidations.model;
  const groups = new Map<
    string,
    { validation: ExcelJS.DataValidation; cells: { row: number; col: number }[] }
  >();
  for (const [address, validation] of Object.entries(model)) {
    if (!validation) continue;
    const key = JSON.stringify(validation);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { validation, cells: [] }));
    for (const cell of cellsOf(address)) group.cells.push(cell);
  }
  const compacted: ValidationModel = {};
  for (const { validation, cells } of groups.values()) {
    for (const rect of rectangles(cells)) compacted[rangeAddress(rect)] = validation;
  }
  holder.dataValidations.model = compacted;
}

/** The cells an address names: "B3" or a range "B3:C9" (exceljs keeps ranges it did not read). */
function cellsOf(address: string): { row: number; col: number }[] {
  const [first, second] = address.split(":");
  const start = parseA1(first);
  if (!start) return [];
  const end = second ? parseA1(second) : start;
  if (!end) return [];
  const cells: { row: number; col: number }[] = [];
  for (let row = Math.min(start.row, end.row); row <= Math.max(start.row, end.row); row++) {
    for (let col = Math.min(start.col, end.col); col <= Math.max(start.col, end.col); col++)
      cells.push({ row, col });
  }
  return cells;
}

/** Disjoint rectangles covering exactly the cells: vertical runs per column, then alike runs side by side joined. */
function rectangles(cells: readonly { row: number; col: number }[]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const runs: Rect[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col)!)].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ top: start, bottom: rows[i - 1], left: col, right: col });
      start = rows[i];
    }
  }
  const joined: Rect[] = [];
  const open = new Map<string, Rect>(); // rows span → rectangle reaching the previous column
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const rect = open.get(key);
    if (rect && rect.right === run.left - 1) rect.right = run.left;
    else {
      const fresh = { ...run };
      joined.push(fresh);
      open.set(key, fresh);
    }
  }
  return joined;
}

function rangeAddress(rect: Rect): string {
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnName(rect.right)}${rect.bottom + 1}`;
}
