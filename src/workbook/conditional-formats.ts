/**
 * Conditional formats as Excel keeps them per sheet: in priority order (index 0 is applied first), each
 * over some areas. Pure functions from formats to formats; an insert or delete moves them
 * (shiftConditionalFormats) as it moves cells.
 */
import { rangesOverlap, type CellRange } from "../core/grid";
import { coalesce, shiftArea, subtractAll, type ShiftEdit } from "./geometry";

export type ConditionalFormatKind =
  | "Custom"
  | "DataBar"
  | "ColorScale"
  | "IconSet"
  | "TopBottom"
  | "PresetCriteria"
  | "ContainsText"
  | "CellValue";

export interface ConditionalFormatStyle {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  numberFormat: string | null;
}

export interface ConditionalFormatEntry {
  id: string;
  type: ConditionalFormatKind;
  areas: CellRange[];
  /** The custom rule's formula, relative to the top-left cell of the first area. */
  formula: string | null;
  format: ConditionalFormatStyle;
  stopIfTrue: boolean;
}

/** The formats that apply to any cell of the areas, in priority order. */
export function overlapping(
  entries: readonly ConditionalFormatEntry[],
  areas: readonly CellRange[],
): ConditionalFormatEntry[] {
  return entries.filter((cf) => cf.areas.some((a) => areas.some((b) => rangesOverlap(a, b))));
}

/** The formats without the range's cells; a format left with no cells is gone. */
export function withoutCells(
  entries: readonly ConditionalFormatEntry[],
  range: CellRange,
): ConditionalFormatEntry[] {
  return entries
    .map((cf) => ({ ...cf, areas: subtractAll(cf.areas, range) }))
    .filter((cf) => cf.areas.length > 0);
}

/** d.ts ConditionalFormat.priority: negative counts from the back; out-of-bounds values clamp. */
export function withPriority(
  entries: readonly ConditionalFormatEntry[],
  id: string,
  priority: number,
): ConditionalFormatEntry[] {
  const list = [...entries];
  const index = list.findIndex((cf) => cf.id === id);
  if (index < 0) return list;
  const [entry] = list.splice(index, 1);
  const length = list.length;
  let target = priority < 0 ? length + 1 + priority : priority;
  target = Math.max(0, Math.min(length, target));
  list.splice(target, 0, entry);
  return list;
}

/** The formats after an insert or delete of cells: areas move with their cells. */
export function shiftConditionalFormats(
  entries: readonly ConditionalFormatEntry[],
  edit: ShiftEdit,
): ConditionalFormatEntry[] {
  return entries
    .map((cf) => ({ ...cf, areas: coalesce(cf.areas.flatMap((a) => shiftArea(a, edit))) }))
    .filter((cf) => cf.areas.length > 0);
}
