/** Helpers of the template tests: a blank book, applying a plan, reading a table back as plain tuples. */
import { findTables } from "../../../src/core/detect/find-tables";
import type { Edit } from "../../../src/core/edits";
import type { Grid } from "../../../src/core/grid";
import type { IndicatorRow, Table } from "../../../src/core/model";
import { applyEdits, type TestBook } from "../../helpers/apply-edits";

export function blankBook(sheet = "Sheet1"): TestBook {
  return { grids: [{ sheet, values: [], merges: [], origin: { row: 0, col: 0 } }], validations: [] };
}

export function bookOf(grid: Grid): TestBook {
  return { grids: [grid], validations: [] };
}

/** Applies a plan and detects the tables of the result. */
export function applyAndDetect(book: TestBook, edits: readonly Edit[]): { book: TestBook; tables: Table[] } {
  const after = applyEdits(book, edits);
  return { book: after, tables: findTables(after.grids) };
}

/** A row's content as a person reads it: level labels (resolved), name, description, value parts, basis. */
export function rowContent(row: IndicatorRow): string[] {
  const text = (f: { text: string } | null) => f?.text ?? "";
  return [
    row.level1?.label ?? "",
    row.level2?.label ?? "",
    text(row.level3),
    text(row.description),
    text(row.comparator),
    text(row.value),
    text(row.unit),
    text(row.basis),
  ];
}

/** The runs of consecutive rows per group key: a contiguous group has one run. */
export function groupRuns(
  rows: readonly IndicatorRow[],
  key: (row: IndicatorRow) => string,
): Map<string, number> {
  const runs = new Map<string, number>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (i === 0 || key(rows[i - 1]) !== k) runs.set(k, (runs.get(k) ?? 0) + 1);
  });
  return runs;
}

export const level2Key = (row: IndicatorRow): string =>
  `${row.level1?.label ?? ""}/${row.level2?.label ?? ""}`;
