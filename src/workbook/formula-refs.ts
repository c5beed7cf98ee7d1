/**
 * Moves the A1 references inside a formula when rows or columns are inserted or deleted, as Excel does
 * for conditional-format formulas and validation sources: a reference to a cell at or after the edit
 * moves with the cell, a reference to a deleted cell becomes #REF!. Ranges ("A1:B5") move as a whole and
 * are left alone when the edit only cuts through part of them, as Excel leaves them.
 *
 * Only the references Excel would adjust are touched: those on the edited sheet (unqualified references
 * belong to the formula's own sheet). Text inside "..." literals is never read as a reference.
 */
import { columnIndex, columnName } from "../core/grid";
import { MAX_COLS, MAX_ROWS } from "./address";
import { shiftWhole, type ShiftEdit } from "./geometry";

// Groups: 1 sheet qualifier, 2-5 first cell ($, column, $, row), 6-9 the optional second cell.
const REF =
  /(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/uy;

/**
 * @param formulaSheet the sheet the formula lives on (its unqualified references point there)
 * @param editSheet the sheet that was edited
 */
export function shiftFormula(
  formula: string,
  edit: ShiftEdit,
  formulaSheet: string,
  editSheet: string,
): string {
  return mapReferences(formula, (m, end) =>
    isReferenceEnd(formula, end) ? rewrite(m, edit, formulaSheet, editSheet) : null,
  );
}

/**
 * The formula with each reference replaced by what `replace` returns for it (null: leave it, and read
 * on from its next character). Text inside "..." literals is copied as it is, never read.
 */
function mapReferences(formula: string, replace: (m: RegExpExecArray, end: number) => string | null): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const close = findStringEnd(formula, i);
      out += formula.slice(i, close);
      i = close;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    if (!/[\p{L}\p{N}_.$']/u.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      const replaced = m ? replace(m, i + m[0].length) : null;
      if (m && replaced !== null) {
        out += replaced;
        i += m[0].length;
        continue;
      }
    }
    out += formula[i];
    i++;
  }
  return out;
}

function findStringEnd(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}

function isReferenceEnd(text: string, end: number): boolean {
  const next = text[end] ?? "";
  // "A1(" would be a function call, "A1B" a longer name.
  return !/[\p{L}\p{N}_(!]/u.test(next);
}

function rewrite(m: RegExpExecArray, edit: ShiftEdit, formulaSheet: string, editSheet: string): string {
  const qualifier = m[1];
  const sheet = qualifier === undefined ? formulaSheet : unquote(qualifier);
  if (sheet !== editSheet) return m[0];
  const c1 = columnIndex(m[3]);
  const r1 = Number(m[5]) - 1;
  const hasEnd = m[7] !== undefined;
  const c2 = hasEnd ? columnIndex(m[7]) : c1;
  const r2 = hasEnd ? Number(m[9]) - 1 : r1;
  if (
    c1 < 0 ||
    c2 < 0 ||
    r1 < 0 ||
    r2 < 0 ||
    c1 >= MAX_COLS ||
    c2 >= MAX_COLS ||
    r1 >= MAX_ROWS ||
    r2 >= MAX_ROWS
  ) {
    return m[0];
  }
  const range = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    colCount: Math.abs(c2 - c1) + 1,
  };
  const moved = shiftWhole(range, edit);
  if (moved === "conflict") return m[0];
  const prefix = qualifier === undefined ? "" : `${qualifier}!`;
  if (moved === null) return `${prefix}#REF!`;
  const start = `${m[2]}${columnName(moved.col)}${m[4]}${moved.row + 1}`;
  if (!hasEnd) return prefix + start;
  const end = `${m[6]}${columnName(moved.col + moved.colCount - 1)}${m[8]}${moved.row + moved.rowCount}`;
  return `${prefix}${start}:${end}`;
}

function unquote(qualifier: string): string {
  return qualifier.startsWith("'") ? qualifier.slice(1, -1).replace(/''/g, "'") : qualifier;
}

/** Follows a rename of `from` to `to` in sheet-qualified references. */
export function renameSheetInFormula(
  formula: string,
  from: string,
  to: string,
  quote: (name: string) => string,
): string {
  return mapReferences(formula, (m) =>
    m[1] !== undefined && unquote(m[1]) === from ? quote(to) + m[0].slice(m[1].length) : null,
  );
}
