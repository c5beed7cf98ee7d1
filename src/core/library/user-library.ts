/**
 * An organisation's own indicators in the library: every row of its template catalogue (the 指标模板
 * sheet of the workbook, or the JSON file given with --catalogue) is an entry, whose source is that
 * catalogue. An indicator the built-in library also holds is one entry: the organisation's placement,
 * value and wording first, both sources kept. (Pinyin initials cannot be computed here — the pinyin
 * table is a build-time tool — so the organisation's own indicators are found by their characters.)
 */
import { fingerprint } from "../marks";
import { BUILTIN_PROFILES } from "../profiles/builtin";
import { findUnit } from "../units";
import type { Catalogue } from "../templates/schema";
import { USER_CATALOGUE_SHEET, USER_LIBRARY_SHEET } from "../detect/find-tables";
import { placeInProfile } from "../templates/placement";
import type { IndicatorKind, LibraryEntry } from "./schema";
import { sectorsOf } from "./sectors";

function keyOf(name: string): string {
  return name.replace(/\s+/g, "");
}

function kindOf(
  level1: string,
  level2: string,
  comparator: string,
  unit: string,
  name: string,
): IndicatorKind {
  if (/满意/.test(`${level1}${level2}${name}`)) return "satisfaction";
  const unitClass = unit === "" ? null : findUnit(unit)?.unitClass;
  if (/成本/.test(`${level1}${level2}`) || unitClass === "money") return "cost";
  if (/时效/.test(level2)) return "deadline";
  if (comparator === "定性") return "qualitative";
  if (unitClass === "ratio") return "rate";
  return "count";
}

/** The catalogue's rows as library entries, their source the catalogue named `source`. */
export function libraryFromCatalogue(catalogue: Catalogue, source: string): LibraryEntry[] {
  const entries = new Map<string, LibraryEntry>();
  for (const template of catalogue.templates) {
    template.rows.forEach((row, i) => {
      const key = keyOf(row.name);
      const placements: LibraryEntry["placements"] = {};
      for (const id of ["2015", "2021"] as const) {
        const placed = placeInProfile(row.level1, row.level2, BUILTIN_PROFILES[id]);
        if (placed) placements[id] = placed;
      }
      const qualitative = row.comparator === "定性";
      const entry: LibraryEntry = entries.get(key) ?? {
        id: fingerprint(key),
        name: row.name,
        aliases: [...row.aliases],
        placements,
        kind: kindOf(row.level1, row.level2, row.comparator, row.unit, row.name),
        comparator: qualitative ? "" : row.comparator,
        unit: row.unit,
        description: row.description,
        basis: row.basis ? [row.basis] : [],
        targets:
          !qualitative && typeof row.value === "number"
            ? [
                {
                  comparator: row.comparator as "≥" | "≤" | "＝" | "＞" | "＜",
                  unit: row.unit,
                  min: row.value,
                  max: row.value,
                  count: 1,
                },
              ]
            : [],
        qualitative: qualitative ? [String(row.value)] : [],
        sectors: sectorsOf(template.name),
        sources: [],
        initials: [""],
      };
      entry.sources.push({
        kind: "organisation",
        id: source,
        line: i + 1,
        item: template.name,
        year: null,
        province: "",
      });
      entries.set(key, entry);
    });
  }
  return [...entries.values()];
}

/** The built-in library with the organisation's entries: theirs first where both hold an indicator. */
export function mergeLibraries(
  builtin: readonly LibraryEntry[],
  own: readonly LibraryEntry[],
): LibraryEntry[] {
  const ownByKey = new Map(own.map((entry) => [keyOf(entry.name), entry]));
  const merged = builtin.map((entry) => {
    const mine = ownByKey.get(keyOf(entry.name));
    if (!mine) return entry;
    ownByKey.delete(keyOf(entry.name));
    return {
      ...entry,
      placements: { ...entry.placements, ...mine.placements },
      kind: mine.kind,
      comparator: mine.comparator || entry.comparator,
      unit: mine.unit || entry.unit,
      description: mine.description || entry.description,
      basis: [...new Set([...mine.basis, ...entry.basis])].slice(0, 3),
      targets: [...mine.targets, ...entry.targets],
      qualitative: [...new Set([...mine.qualitative, ...entry.qualitative])].slice(0, 5),
      sources: [...mine.sources, ...entry.sources],
    };
  });
  return [...ownByKey.values(), ...merged];
}

/** An organisation's own indicators: its template catalogue (指标模板) and its 指标库 list, either absent. */
export interface OwnIndicators {
  catalogue: Catalogue | null;
  library: Catalogue | null;
}

/**
 * The built-in library with the organisation's indicators over it: the 指标模板 catalogue's rows, then
 * the 指标库 sheet's (its wording first where both hold an indicator), each entry naming its source.
 */
export function libraryWithOwn(
  builtin: readonly LibraryEntry[],
  own: OwnIndicators,
  /** What the sources are called: the sheets' names, or a file's for the command line. */
  names: { catalogue: string; library: string } = {
    catalogue: USER_CATALOGUE_SHEET,
    library: USER_LIBRARY_SHEET,
  },
): LibraryEntry[] {
  let entries: readonly LibraryEntry[] = builtin;
  if (own.catalogue) entries = mergeLibraries(entries, libraryFromCatalogue(own.catalogue, names.catalogue));
  if (own.library) entries = mergeLibraries(entries, libraryFromCatalogue(own.library, names.library));
  return [...entries];
}
