/**
 * Choosing a library entry for a row: the row takes the entry's name, and its *empty* cells take what
 * the published tables wrote — level labels (placed in the row's framework), description, a value
 * (comparator, a target seen in a real table, unit; or the usual qualitative target), basis. A cell
 * that holds anything (its own text, or a level label it inherits from its group) is never touched.
 * The row editor's planner (row-edit.ts) writes the input in the table's layout.
 */
import type { IndicatorRow } from "../model";
import type { Profile } from "../profiles/schema";
import type { Grid } from "../grid";
import type { Table } from "../model";
import { planRowEdit, type RowEditInput, type RowEditResult, type RowValue } from "../row-edit";
import { placeInProfile } from "../templates/placement";
import type { TemplateComparator } from "../templates/schema";
import { findUnit } from "../units";
import type { LibraryEntry } from "./schema";

export function libraryFill(row: IndicatorRow, entry: LibraryEntry, profile: Profile): RowEditInput {
  const input: RowEditInput = {};
  if ((row.level3?.text.trim() ?? "") !== entry.name) input.name = entry.name;
  const placement = placementFor(entry, profile);
  if (placement) {
    // A level cell is empty when the row has no label or only inherits one from its group above; it
    // is filled when the entry belongs elsewhere (a merged group's cell is refused by the planner).
    for (const key of ["level1", "level2"] as const) {
      const field = row[key];
      if (!field?.label || (field.inherited && field.label !== placement[key])) input[key] = placement[key];
    }
  }
  if (!row.description?.text.trim() && entry.description) input.description = entry.description;
  if (row.parsed.kind === "empty") {
    const value = usualValue(entry);
    if (value) input.value = value;
  }
  if (!row.basis?.text.trim() && entry.basis.length > 0) input.basis = entry.basis[0];
  return input;
}

/** The entry's placement in this profile: its own for a built-in framework, else mapped by its labels. */
function placementFor(entry: LibraryEntry, profile: Profile): { level1: string; level2: string } | null {
  const own = entry.placements[profile.id as "2015" | "2021"];
  if (own) return own;
  for (const placed of [entry.placements["2015"], entry.placements["2021"]]) {
    if (!placed) continue;
    const mapped = placeInProfile(placed.level1, placed.level2, profile);
    if (mapped) return mapped;
  }
  return null;
}

/**
 * The value most tables give: the most frequent comparator and unit with a target a table wrote (the
 * lowest seen after ≥ or ＞, the highest after ≤ or ＜: the least demanding target seen is still a real
 * one), or the usual qualitative target.
 */
export function usualValue(entry: LibraryEntry): RowValue | null {
  // A unit Excel users would recognise: a table's own odd spelling ("%(百分比)") is not passed on.
  const range =
    entry.targets.find((t) => t.unit !== "" && findUnit(t.unit)?.known === true) ??
    entry.targets.find((t) => t.unit === "");
  if (range && (entry.kind !== "qualitative" || entry.qualitative.length === 0)) {
    const value = range.comparator === "≤" || range.comparator === "＜" ? range.max : range.min;
    return { comparator: range.comparator as TemplateComparator, value, unit: range.unit };
  }
  const [text] = entry.qualitative;
  return text ? { comparator: "定性", value: text, unit: "" } : null;
}

/**
 * The edits of choosing `entry` for `row`: libraryFill's input in the table's layout. A level cell the
 * planner will not write (part of a merged group) is left as it is, and the rest still written.
 */
export function planLibraryFill(
  table: Table,
  row: IndicatorRow,
  entry: LibraryEntry,
  profile: Profile,
  grid?: Grid,
): RowEditResult {
  const input = libraryFill(row, entry, profile);
  for (;;) {
    const result = planRowEdit(table, row, input, { grid });
    if (result.ok || result.problem !== "levelMerged") return result;
    delete input[result.field];
  }
}
