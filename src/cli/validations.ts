/**
 * Data validations (dropdown lists) as exceljs reads and writes them.
 *
 * Writing, exceljs squeezes one-cell entries into ranges walking the addresses in text order
 * ("A10" before "A4"): alike lists on one column then come out as overlapping ranges (A10:A15 and
 * A4:A15), which Excel treats as a damaged file. So before writing we compact one-cell entries
 * ourselves into disjoint rectangles, which exceljs writes as they are.
 *
 * Reading, exceljs expands every range into its cells: a dropdown set on a whole column (common:
 * select the column, add the list) becomes a million entries, and `fix` took seconds and most of
 * a gigabyte per such column. keepValidationRanges makes the reader keep a range as one entry.
 */
import type ExcelJS from "exceljs";
import DataValidationsXform from "exceljs/lib/xlsx/xform/sheet/data-validations-xform";
import { columnName, parseRangeA1, rangesOverlap } from "../core/grid";

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

let keeping = false;

/** Makes exceljs read each validation range ("A2:A1048576") as one entry instead of one per cell. */
export function keepValidationRanges(): void {
  if (keeping) return;
  keeping = true;
  type Parsing = DataValidationsXform & { _address: string; _dataValidation: Record<string, unknown> };
  const prototype = DataValidationsXform.prototype as Parsing;
  const parseClose = prototype.parseClose;
  prototype.parseClose = function (this: Parsing, name: string): boolean {
    if (name !== "dataValidation") return parseClose.call(this, name);
    // As exceljs does, but a range stays one entry under its own address.
    const validation = this._dataValidation;
    const formulae = validation.formulae as unknown[] | undefined;
    if (!formulae || formulae.length === 0) {
      delete validation.formulae;
      delete validation.operator;
    }
    for (const address of this._address.split(/\s+/)) if (address) this.model[address] = validation;
    return true;
  };
}

/** A range that overlaps another is broken into cells only up to this size (a whole column is not). */
const MAX_EXPANDED_CELLS = 100_000;

/**
 * Rewrites a worksheet's validations as disjoint ranges, each list exactly where it was: one-cell
 * entries are joined into rectangles; a range kept whole (see keepValidationRanges) is written as
 * it is unless it overlaps another entry (exceljs itself writes such files), in which case it is
 * broken into cells first, the later entry winning a cell, as exceljs reads it.
 */
export function compactValidations(worksheet: ExcelJS.Worksheet): void {
  const holder = worksheet as unknown as { dataValidations: { model: ValidationModel } };
  const entries = Object.entries(holder.dataValidations.model).flatMap(([address, validation]) => {
    const range = validation ? parseRangeA1(address) : null;
    return range && validation ? [{ address, validation, range }] : [];
  });
  const compacted: ValidationModel = {};
  const cells = new Map<string, { row: number; col: number; validation: ExcelJS.DataValidation }>();
  for (const entry of entries) {
    const { range, validation } = entry;
    const size = range.rowCount * range.colCount;
    const overlaps = entries.some((other) => other !== entry && rangesOverlap(other.range, range));
    if (size > 1 && (!overlaps || size > MAX_EXPANDED_CELLS)) {
      compacted[entry.address] = validation;
      continue;
    }
    for (let row = range.row; row < range.row + range.rowCount; row++) {
      for (let col = range.col; col < range.col + range.colCount; col++) {
        cells.set(`${row}:${col}`, { row, col, validation }); // the later entry wins
      }
    }
  }
  const groups = new Map<
    string,
    { validation: ExcelJS.DataValidation; cells: { row: number; col: number }[] }
  >();
  for (const { row, col, validation } of cells.values()) {
    const key = JSON.stringify(validation);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { validation, cells: [] }));
    group.cells.push({ row, col });
  }
  for (const { validation, cells: members } of groups.values()) {
    for (const rect of rectangles(members)) compacted[rangeAddress(rect)] = validation;
  }
  holder.dataValidations.model = compacted;
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
