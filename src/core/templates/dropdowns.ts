/**
 * The dropdown lists a table's cells get (DESIGN: live validation): the level-1 list of the
 * profile; per row the level-2 list of that row's level 1; the comparator list in the split
 * layout (and 定量/定性 in a 指标值类型 column); the basis categories as a non-blocking list, so
 * free text stays allowed. Excel caps an inline list source at 255 characters: a longer list is
 * cut to what fits and made non-blocking, so the labels left out can still be typed.
 */
import type { Edit } from "../edits";
import type { CellRange } from "../grid";
import type { ColumnKey, Layout, Table } from "../model";
import type { Profile } from "../profiles/schema";
import { indexOf, resolveProfile, type ProfileRef } from "./placement";
import { TEMPLATE_COMPARATORS } from "./schema";

/** The 指标性质 choices of the split layout. */
export const COMPARATOR_CHOICES: readonly string[] = TEMPLATE_COMPARATORS;

export const VALUE_TYPE_CHOICES: readonly string[] = ["定量", "定性"];

/** What the dropdowns of a table need: where its columns are and which level 1 each body row is in. */
export interface DropdownTarget {
  sheet: string;
  layout: Layout;
  columns: Partial<Record<ColumnKey, number>>;
  /** Body rows (0-based sheet rows) with the level-1 label each belongs to ("" when it has none). */
  rows: readonly { row: number; level1: string }[];
}

export function dropdownTarget(table: Table): DropdownTarget {
  return {
    sheet: table.sheet,
    layout: table.layout,
    columns: table.columns,
    rows: table.rows.map((row) => ({ row: row.row, level1: row.level1?.label ?? "" })),
  };
}

/** The setValidation edits for a table (or a planned one). */
export function dropdownsFor(target: Table | DropdownTarget, profileRef: ProfileRef): Edit[] {
  const profile = resolveProfile(profileRef);
  const t = "id" in target ? dropdownTarget(target) : target;
  if (t.rows.length === 0) return [];
  const edits: Edit[] = [];
  const column = (key: ColumnKey, list: readonly string[], strict: boolean, rows = t.rows) => {
    const col = t.columns[key];
    if (col === undefined || list.length === 0) return;
    const items = [...new Set(list.filter((item) => item !== ""))];
    for (const range of runsOf(
      rows.map((r) => r.row),
      col,
    )) {
      edits.push({
        kind: "setValidation",
        sheet: t.sheet,
        range,
        list: items,
        strict,
      });
    }
  };

  column(
    "level1",
    profile.level1.map((l1) => l1.label),
    true,
  );
  // Level 2: one list per run of rows under the same level 1.
  let start = 0;
  for (let i = 1; i <= t.rows.length; i++) {
    if (i < t.rows.length && sameList(profile, t.rows[i].level1, t.rows[start].level1)) continue;
    column("level2", level2Choices(profile, t.rows[start].level1), true, t.rows.slice(start, i));
    start = i;
  }
  if (t.layout === "split") column("comparator", COMPARATOR_CHOICES, true);
  column("valueType", VALUE_TYPE_CHOICES, true);
  column("basis", profile.basis.categories, false);
  return edits;
}

/** The current (not legacy) level-2 labels under a level-1 label; every one when the label is unknown. */
export function level2Choices(profile: Profile, level1: string): string[] {
  const hit = level1 === "" ? null : indexOf(profile).level1(level1);
  const groups = hit ? [hit.def] : profile.level1;
  const labels = groups.flatMap((l1) => l1.level2.filter((l2) => !l2.legacy).map((l2) => l2.label));
  return [...new Set(labels)];
}

function sameList(profile: Profile, a: string, b: string): boolean {
  if (a === b) return true;
  const index = indexOf(profile);
  const x = a === "" ? null : index.level1(a);
  const y = b === "" ? null : index.level1(b);
  return x !== null && y !== null && x.def === y.def;
}

/** Consecutive sheet rows as one-column ranges. */
function runsOf(rows: readonly number[], col: number): CellRange[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const ranges: CellRange[] = [];
  for (const row of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last.row + last.rowCount === row) last.rowCount++;
    else if (!last || last.row + last.rowCount <= row) ranges.push({ row, col, rowCount: 1, colCount: 1 });
  }
  return ranges;
}
