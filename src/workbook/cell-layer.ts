/**
 * One sparse layer of per-cell data (values, number formats, the user's formatting, hyperlinks), stored
 * as rows of arrays so that reading a block is a slice of arrays and an entire-row insert is one splice.
 */
import type { CellRange } from "../core/grid";
import { MAX_COLS, MAX_ROWS } from "./address";
import type { ShiftEdit } from "./geometry";

export class CellLayer<T> {
  /** rows[r][c]; a missing row or a hole is an empty cell. */
  rows: (T[] | undefined)[] = [];

  get(row: number, col: number): T | undefined {
    return this.rows[row]?.[col];
  }

  set(row: number, col: number, value: T | undefined): void {
    if (value === undefined) {
      const line = this.rows[row];
      if (line && col < line.length) delete line[col];
      return;
    }
    let line = this.rows[row];
    if (!line) {
      line = [];
      this.rows[row] = line;
    }
    line[col] = value;
  }

  clear(range: CellRange): void {
    const end = Math.min(range.row + range.rowCount, this.rows.length);
    for (let r = range.row; r < end; r++) {
      const line = this.rows[r];
      if (!line) continue;
      if (range.col === 0 && range.col + range.colCount >= line.length) {
        this.rows[r] = undefined;
        continue;
      }
      const colEnd = Math.min(range.col + range.colCount, line.length);
      for (let c = range.col; c < colEnd; c++) delete line[c];
    }
  }

  /** Calls `visit` for every stored cell, in row order. */
  forEach(visit: (value: T, row: number, col: number) => void): void {
    this.rows.forEach((line, r) => {
      line?.forEach((value, c) => visit(value, r, c));
    });
  }

  /** The smallest range holding every stored cell, or null when the layer is empty. */
  extent(): CellRange | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.rows.forEach((line, r) => {
      if (!line) return;
      let first = -1;
      let last = -1;
      line.forEach((_value, c) => {
        if (first < 0) first = c;
        last = c;
      });
      if (first < 0) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, first);
      right = Math.max(right, last);
    });
    if (top < 0) return null;
    return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  /** Moves cells for an insert or a delete. */
  shift(edit: ShiftEdit): void {
    if (edit.axis === "row") this.shiftRows(edit);
    else this.shiftCols(edit);
  }

  private shiftRows(edit: ShiftEdit): void {
    const { start, count, bandStart, bandEnd } = edit;
    if (bandStart === 0 && bandEnd >= MAX_COLS) {
      if (start >= this.rows.length) return;
      if (edit.kind === "insert") {
        insertHoles(this.rows, start, count, MAX_ROWS);
      } else {
        this.rows.splice(start, count);
      }
      return;
    }
    if (edit.kind === "insert") {
      for (let r = this.rows.length - 1; r >= start; r--) this.moveBand(r, r + count, bandStart, bandEnd);
    } else {
      this.clear({ row: start, col: bandStart, rowCount: count, colCount: bandEnd - bandStart });
      const last = this.rows.length;
      for (let r = start + count; r < last; r++) this.moveBand(r, r - count, bandStart, bandEnd);
    }
  }

  private moveBand(from: number, to: number, bandStart: number, bandEnd: number): void {
    const line = this.rows[from];
    if (!line) return;
    const end = Math.min(bandEnd, line.length);
    for (let c = bandStart; c < end; c++) {
      if (!(c in line)) continue;
      const value = line[c];
      delete line[c];
      if (to < MAX_ROWS) this.set(to, c, value);
    }
  }

  private shiftCols(edit: ShiftEdit): void {
    const { start, count, bandStart, bandEnd } = edit;
    const end = Math.min(bandEnd, this.rows.length);
    for (let r = bandStart; r < end; r++) {
      const line = this.rows[r];
      if (!line || line.length <= start) continue;
      if (edit.kind === "insert") {
        insertHoles(line, start, count, MAX_COLS);
      } else {
        line.splice(start, count);
      }
    }
  }

  /** Copies the cells of one row (or column) onto the inserted band: Excel's "format same as above". */
  fillFrom(edit: ShiftEdit, copy: (value: T) => T = (value) => value): void {
    if (edit.kind !== "insert" || edit.start === 0) return;
    const source = edit.start - 1;
    if (edit.axis === "row") {
      const line = this.rows[source];
      if (!line) return;
      const end = Math.min(edit.bandEnd, line.length);
      for (let c = edit.bandStart; c < end; c++) {
        if (!(c in line)) continue;
        for (let r = edit.start; r < edit.start + edit.count; r++) this.set(r, c, copy(line[c]));
      }
    } else {
      const end = Math.min(edit.bandEnd, this.rows.length);
      for (let r = edit.bandStart; r < end; r++) {
        const value = this.rows[r]?.[source];
        if (value === undefined) continue;
        for (let c = edit.start; c < edit.start + edit.count; c++) this.set(r, c, copy(value));
      }
    }
  }
}

/** Opens `count` empty slots at `at`, moving later entries along (no spread: counts can be large). */
function insertHoles<T>(list: T[], at: number, count: number, limit: number): void {
  const oldLength = list.length;
  const newLength = Math.min(oldLength + count, limit);
  list.length = newLength;
  for (let i = newLength - 1; i >= at + count; i--) {
    const from = i - count;
    if (from in list) list[i] = list[from];
    else delete list[i];
  }
  for (let i = at; i < Math.min(at + count, newLength); i++) delete list[i];
}
