/**
 * `fix`'s engine part: safe fixes applied to Grids in rounds, as ESLint does (one fix per cell per
 * round, then check again, since a fix may reveal another). Plain data in and out, so it runs in
 * the engine worker (engine-worker.ts); fix.ts writes the outcome into the workbook.
 */
import { findTables } from "../core/detect/find-tables";
import type { Edit } from "../core/edits";
import {
  cellAt,
  MergeIndex,
  rangeContains,
  toA1,
  type CellRange,
  type CellValue,
  type Grid,
} from "../core/grid";
import { lint, type ProfileChoice } from "../core/lint";
import type { ReportStats } from "../core/report";
import { MAX_FIX_PASSES } from "./limits";

/** A cell of a sheet, 0-based. */
export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

export interface AppliedFix {
  rule: string;
  sheet: string;
  cell: string;
  from: CellValue;
  to: CellValue;
}

export interface FixOutcome {
  fixes: AppliedFix[];
  /** Cells a fix would have changed but that hold a formula (left alone). */
  skippedFormulas: { sheet: string; cell: string }[];
  /** The counts of the report on the mended grids: what is left for a person. */
  remaining: ReportStats;
}

/**
 * Applies safe fixes to `grids` in place, round after round, until none is left or the rounds run
 * out. `isFormula` says which cells must not be touched.
 */
export function applySafeFixes(
  grids: Grid[],
  options: { profile: ProfileChoice; isFormula?: (sheet: string, row: number, col: number) => boolean },
): FixOutcome {
  const fixes: AppliedFix[] = [];
  const skipped = new Map<string, { sheet: string; cell: string }>();
  const bySheet = new Map(grids.map((grid) => [grid.sheet, grid]));
  let report = lint(findTables(grids), { profile: options.profile });
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const touched = new Set<string>();
    let applied = 0;
    for (const diagnostic of report.diagnostics) {
      const edits = diagnostic.fix ?? [];
      if (edits.length === 0) continue;
      const plan = planCells(edits, bySheet, touched, options.isFormula, skipped);
      if (!plan) continue;
      for (const { grid, edit } of plan) {
        const from = cellAt(grid, edit.row, edit.col);
        setCell(grid, edit.row, edit.col, edit.value);
        touched.add(cellKey(edit.sheet, edit.row, edit.col));
        fixes.push({
          rule: diagnostic.rule,
          sheet: edit.sheet,
          cell: toA1(edit.row, edit.col),
          from,
          to: edit.value,
        });
      }
      applied++;
    }
    if (applied === 0) break;
    report = lint(findTables(grids), { profile: options.profile });
  }
  return { fixes, skippedFormulas: [...skipped.values()], remaining: report.stats };
}

type SetValue = Extract<Edit, { kind: "setValue" }>;

/** The edits of one fix, if all of them can be applied now; a fix is applied whole or not at all. */
function planCells(
  edits: readonly Edit[],
  bySheet: ReadonlyMap<string, Grid>,
  touched: ReadonlySet<string>,
  isFormula: ((sheet: string, row: number, col: number) => boolean) | undefined,
  skipped: Map<string, { sheet: string; cell: string }>,
): { grid: Grid; edit: SetValue }[] | null {
  const plan: { grid: Grid; edit: SetValue }[] = [];
  for (const edit of edits) {
    // Fixes only set values today; a fix of another kind is left for the pane, which can show it.
    if (edit.kind !== "setValue") return null;
    const grid = bySheet.get(edit.sheet);
    if (!grid) return null;
    const key = cellKey(edit.sheet, edit.row, edit.col);
    if (touched.has(key)) return null;
    if (edit.expected !== undefined && cellAt(grid, edit.row, edit.col) !== edit.expected) return null;
    if (isFormula?.(edit.sheet, edit.row, edit.col)) {
      skipped.set(key, { sheet: edit.sheet, cell: toA1(edit.row, edit.col) });
      return null;
    }
    plan.push({ grid, edit });
  }
  return plan;
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

function setCell(grid: Grid, row: number, col: number, value: CellValue): void {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  while (grid.values.length <= r) grid.values.push([]);
  const line = grid.values[r];
  while (line.length <= c) line.push(null);
  line[c] = value;
}

/**
 * Whether a cell holds a formula, as exceljs's Workbook answers it: a cell a merge covers answers
 * for its merge's top-left cell. `formulaCells` are the cells the file stores a formula in.
 */
export function formulaPredicate(
  grids: readonly Grid[],
  formulaCells: readonly CellPosition[],
): (sheet: string, row: number, col: number) => boolean {
  const formulas = new Set(formulaCells.map((cell) => cellKey(cell.sheet, cell.row, cell.col)));
  const bySheet = new Map(grids.map((grid) => [grid.sheet, grid]));
  const indexes = new Map<string, MergeIndex>();
  const areaAt = (sheet: string, row: number, col: number): CellRange | null => {
    const grid = bySheet.get(sheet);
    if (!grid || grid.merges.length === 0) return null;
    let index = indexes.get(sheet);
    if (!index) indexes.set(sheet, (index = new MergeIndex(grid.merges)));
    // MergeIndex leaves out areas of over 100,000 cells (whole columns): those are looked through.
    return index.areaAt(row, col) ?? grid.merges.find((m) => rangeContains(m, row, col)) ?? null;
  };
  return (sheet, row, col) => {
    const area = areaAt(sheet, row, col);
    return formulas.has(area ? cellKey(sheet, area.row, area.col) : cellKey(sheet, row, col));
  };
}
