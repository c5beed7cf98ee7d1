/**
 * Editing one indicator row (the pane's row editor) as Edit[]: the form's fields in, the cells that
 * change out, written in the table's layout. The combined layout keeps comparator, number and unit in
 * one value cell (`≥95%`); the split layout writes 指标性质 / 指标值 / 计量单位 cells (and 定量/定性 in a
 * 指标值类型 column), folding a part whose column the table lacks into the value cell, as templates do.
 *
 * A field left out of the input is not touched. A level label is never written through a merged
 * area, and changing one row's label never moves the rows below it to another group.
 */
import type { Edit } from "./edits";
import { MergeIndex, type CellValue, type Grid } from "./grid";
import {
  COMPARATOR_SYMBOL,
  type ColumnKey,
  type Field,
  type IndicatorRow,
  type LevelField,
  type Table,
} from "./model";
import { formatValue } from "./parse/format-value";
import { rowCells } from "./templates/plan";
import type { PlacedRow } from "./templates/placement";
import type { TemplateComparator } from "./templates/schema";
import { normaliseLabel } from "./text";

/** The value of a row as the form holds it: a comparator with a number and unit, or 定性 with text. */
export interface RowValue {
  comparator: TemplateComparator;
  /** A number after ≥ ≤ ＝ ＞ ＜; the text of a 定性 value. */
  value: number | string;
  /** "" for none (and for a 定性 value). */
  unit: string;
}

export interface RowEditInput {
  level1?: string;
  level2?: string;
  /** The 三级 indicator name. */
  name?: string;
  description?: string;
  value?: RowValue;
  basis?: string;
}

export type RowEditProblem =
  /** The level cell is part of a merged area over several rows: changing it would change the whole group. */
  | "levelMerged"
  /** The table has no column for a field that was changed. */
  | "noColumn"
  /** A quantity without a finite number, or a 定性 value without text. */
  | "badValue"
  /** An indicator name or level label that is blank. */
  | "emptyText";

export type RowEditResult =
  { ok: true; edits: Edit[] } | { ok: false; problem: RowEditProblem; field: keyof RowEditInput };

export interface RowEditOptions {
  /** The grid the table was read from, for its merged areas; without it the sheet is taken to have none. */
  grid?: Grid;
}

/** What the form starts with for a row: its labels, name, description, basis and value as read. */
export function readRowForEdit(row: IndicatorRow): Required<RowEditInput> {
  return {
    level1: row.level1?.label ?? "",
    level2: row.level2?.label ?? "",
    name: row.level3?.text.trim() ?? "",
    description: row.description?.text.trim() ?? "",
    value: rowValue(row),
    basis: row.basis?.text.trim() ?? "",
  };
}

/** The row's value for the form; a value the parser cannot split is shown as text (定性). */
export function rowValue(row: IndicatorRow): RowValue {
  const parsed = row.parsed;
  switch (parsed.kind) {
    case "empty":
      return { comparator: "≥", value: "", unit: "" };
    case "quantity":
      return {
        // A bare number means "=" (DOMAIN §3); the form shows it, and writing states it.
        comparator: COMPARATOR_SYMBOL[parsed.comparator ?? "eq"] as TemplateComparator,
        value: parsed.number,
        unit: parsed.unit
          ? parsed.unit.known
            ? (parsed.unit.canonical ?? parsed.unit.text)
            : parsed.unit.text
          : "",
      };
    case "qualitative":
    case "unreadable":
      return { comparator: "定性", value: parsed.text, unit: "" };
    default:
      return { comparator: "定性", value: formatValue(parsed) || (row.value?.text.trim() ?? ""), unit: "" };
  }
}

export function planRowEdit(
  table: Table,
  row: IndicatorRow,
  input: RowEditInput,
  options: RowEditOptions = {},
): RowEditResult {
  const merges = new MergeIndex(
    options.grid && options.grid.sheet === table.sheet ? options.grid.merges : [],
  );
  const edits: Edit[] = [];
  const set = (row: number, col: number, value: CellValue, expected: CellValue) => {
    if (!sameCell(expected, value))
      edits.push({ kind: "setValue", sheet: table.sheet, row, col, value, expected });
  };

  for (const key of ["level1", "level2"] as const) {
    const wanted = input[key];
    if (wanted === undefined) continue;
    const field = row[key];
    const col = table.columns[key];
    if (!field || col === undefined) {
      if (wanted.trim() === "") continue;
      return { ok: false, problem: "noColumn", field: key };
    }
    if (unchangedLabel(field, wanted)) continue;
    if (wanted.trim() === "") return { ok: false, problem: "emptyText", field: key };
    const area = merges.areaAt(row.row, col);
    if (area && area.rowCount > 1) return { ok: false, problem: "levelMerged", field: key };
    const own = field.inherited ? null : field.raw;
    set(row.row, col, wanted.trim(), own);
    // The rows below that took their label from this row's group keep it: write it into the next one.
    const next = table.rows.find((r) => r.row > row.row);
    const nextField = next?.[key];
    if (
      next &&
      nextField?.inherited &&
      nextField.source === field.source &&
      !merges.isCovered(next.row, col)
    ) {
      set(next.row, col, field.label, null);
    }
  }

  const texts: [key: "name" | "description" | "basis", column: ColumnKey, field: Field | null][] = [
    ["name", "level3", row.level3],
    ["description", "description", row.description],
    ["basis", "basis", row.basis],
  ];
  for (const [key, column, field] of texts) {
    const wanted = input[key]?.trim();
    if (wanted === undefined) continue;
    const col = table.columns[column];
    if (!field || col === undefined) {
      if (wanted === "") continue;
      return { ok: false, problem: "noColumn", field: key };
    }
    if (key === "name" && wanted === "") return { ok: false, problem: "emptyText", field: key };
    set(row.row, col, wanted === "" ? null : wanted, field.raw);
  }

  if (input.value) {
    const value = input.value;
    const qualitative = value.comparator === "定性";
    if (
      qualitative
        ? typeof value.value !== "string" || value.value.trim() === ""
        : typeof value.value !== "number" || !Number.isFinite(value.value)
    ) {
      return { ok: false, problem: "badValue", field: "value" };
    }
    if (!row.value || table.columns.value === undefined)
      return { ok: false, problem: "noColumn", field: "value" };
    const placed: PlacedRow = {
      level1: "",
      level2: "",
      name: "",
      aliases: [],
      description: "",
      comparator: value.comparator,
      value: qualitative ? (value.value as string).trim() : value.value,
      unit: qualitative ? "" : value.unit.trim(),
      basis: "",
      source: 0,
    };
    const cells = rowCells(placed, table.columns, table.layout);
    for (const key of ["comparator", "value", "unit", "valueType"] as const) {
      const col = table.columns[key];
      const field = row[key];
      if (col === undefined || !(key in cells)) continue;
      set(row.row, col, cells[key] ?? null, field ? field.raw : null);
    }
  }
  return { ok: true, edits };
}

/** The form's label equals the row's, as written or as normalised (a variant left alone stays). */
function unchangedLabel(field: LevelField, wanted: string): boolean {
  const norm = normaliseLabel(wanted);
  return norm === field.label || norm === normaliseLabel(field.text);
}

/** Cells that read the same: blank and "" alike, numbers by value, text exactly. */
function sameCell(a: CellValue, b: CellValue): boolean {
  const blankA = a === null || a === "";
  const blankB = b === null || b === "";
  if (blankA || blankB) return blankA && blankB;
  return a === b;
}
