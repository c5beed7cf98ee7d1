/**
 * Where a template row goes in a profile. A row is written once, with the level labels of either
 * built-in profile; for a profile whose tree differs it is moved by the roles of its groups:
 *
 * - a cost row: 产出指标/成本指标 (2015) ⇄ 成本指标/经济成本指标 (2021); 2021's 社会成本 and
 *   生态环境成本 rows go to 产出指标/成本指标 in 2015;
 * - a 可持续影响指标 row: 2021 only keeps that group as legacy (a warning), so the row is re-filed
 *   under 效益指标/社会效益指标 unless it names its own 2021 place (`placements`) or is limited to
 *   2015 (`profiles`);
 * - any other group: the group with the same role in the target profile.
 *
 * Rows are then ordered as the profile lists its groups, keeping the catalogue's order within one.
 */
import { BUILTIN_PROFILES, type BuiltinProfileId } from "../profiles/builtin";
import { ProfileIndex } from "../profiles/profile-index";
import type { Level1Role, Level2Role, Profile } from "../profiles/schema";
import type { Template, TemplateComparator, TemplateRow } from "./schema";

/** A profile by built-in id or as data (an organisation's own). */
export type ProfileRef = BuiltinProfileId | Profile;

export function resolveProfile(ref: ProfileRef): Profile {
  return typeof ref === "string" ? BUILTIN_PROFILES[ref] : ref;
}

const indexes = new WeakMap<Profile, ProfileIndex>();

/** A cached label index of a profile. */
export function indexOf(profile: Profile): ProfileIndex {
  let index = indexes.get(profile);
  if (!index) {
    index = new ProfileIndex(profile);
    indexes.set(profile, index);
  }
  return index;
}

export interface Placement {
  /** Level labels as the target profile spells them. */
  level1: string;
  level2: string;
}

/** A template row placed in a profile: what a table row of that profile holds. */
export interface PlacedRow extends Placement {
  name: string;
  /** Other names of the same indicator. */
  aliases: string[];
  description: string;
  comparator: TemplateComparator;
  value: number | string;
  unit: string;
  basis: string;
  /** Index of the row in its template. */
  source: number;
}

/** The row's labels when they name a current (not legacy) group of the profile, canonically spelled. */
export function placeInProfile(level1: string, level2: string, profile: Profile): Placement | null {
  const index = indexOf(profile);
  const hit1 = index.level1(level1);
  if (!hit1) return null;
  const hit2 = index.level2(hit1.def, level2);
  if (!hit2 || hit2.misplaced || hit2.def.legacy) return null;
  return { level1: hit1.def.label, level2: hit2.def.label };
}

/** Where a row goes in a profile; null when it cannot be placed (labels no profile knows). */
export function placeRow(row: TemplateRow, profile: Profile): Placement | null {
  const explicit = row.placements?.[profile.id];
  if (explicit) return placeInProfile(explicit.level1, explicit.level2, profile);
  const direct = placeInProfile(row.level1, row.level2, profile);
  if (direct) return direct;
  const roles = rolesOf(row.level1, row.level2, profile);
  return roles ? placeByRole(profile, roles.level1, roles.level2) : null;
}

/** True when the row belongs in the profile at all (its `profiles` list names it, or it has none). */
export function rowApplies(row: TemplateRow, profile: Profile): boolean {
  return !row.profiles || row.profiles.includes(profile.id);
}

/** A template's rows for a profile, placed and in the profile's order. Rows that cannot be placed are left out (the catalogue's checks report them). */
export function templateRows(template: Template, profileRef: ProfileRef): PlacedRow[] {
  const profile = resolveProfile(profileRef);
  const placed: PlacedRow[] = [];
  template.rows.forEach((row, source) => {
    if (!rowApplies(row, profile)) return;
    const placement = placeRow(row, profile);
    if (!placement) return;
    placed.push({
      ...placement,
      name: row.name,
      aliases: row.aliases,
      description: row.description,
      comparator: row.comparator,
      value: row.value,
      unit: row.unit,
      basis: row.basis,
      source,
    });
  });
  return sortCanonically(placed, profile);
}

/** Sorts rows by the profile's order of level-1 and level-2 groups; stable within a group. */
export function sortCanonically<T extends Placement>(rows: readonly T[], profile: Profile): T[] {
  return rows
    .map((row, i) => ({ row, i, order: groupOrder(profile, row.level1, row.level2) }))
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.i - b.i)
    .map((entry) => entry.row);
}

/** [level-1 position, level-2 position] of canonical labels in the profile; unknown labels sort last. */
export function groupOrder(profile: Profile, level1: string, level2: string): [number, number] {
  const i1 = profile.level1.findIndex((l1) => l1.label === level1);
  if (i1 < 0) return [profile.level1.length, 0];
  const i2 = profile.level1[i1].level2.findIndex((l2) => l2.label === level2);
  return [i1, i2 < 0 ? profile.level1[i1].level2.length : i2];
}

/** The roles a pair of labels has in the target profile or, failing that, in a built-in one. */
function rolesOf(
  level1: string,
  level2: string,
  target: Profile,
): { level1: Level1Role; level2: Level2Role } | null {
  for (const profile of [target, BUILTIN_PROFILES["2015"], BUILTIN_PROFILES["2021"]]) {
    const index = indexOf(profile);
    const hit1 = index.level1(level1);
    const hit2 = index.level2(hit1?.def ?? null, level2);
    if (hit2 && !hit2.misplaced) return { level1: hit2.parent.role, level2: hit2.def.role };
  }
  return null;
}

function placeByRole(profile: Profile, level1Role: Level1Role, level2Role: Level2Role): Placement | null {
  const candidates = profile.level1.flatMap((l1) =>
    l1.level2.filter((l2) => !l2.legacy && l2.role === level2Role).map((l2) => ({ l1, l2 })),
  );
  if (candidates.length === 0) {
    // 可持续影响 has no current group in 2021: a lasting effect is a social one there; 2015 has
    // no group for 社会成本 / 生态环境成本: their rows go to its 成本指标.
    if (level2Role === "sustainability") return placeByRole(profile, "effect", "social");
    if (level2Role === "sideCost") return placeByRole(profile, level1Role, "cost");
    return null;
  }
  // A cost row prefers a cost level 1 (2021) over a cost group under 产出 (2015) when both exist.
  const preferred =
    candidates.find((c) => c.l1.role === level1Role) ??
    (level2Role === "cost" ? candidates.find((c) => c.l1.role === "cost") : undefined) ??
    candidates[0];
  return { level1: preferred.l1.label, level2: preferred.l2.label };
}
