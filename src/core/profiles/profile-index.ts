/**
 * Label lookups over a profile: which level-1 / level-2 group a written label means, whether it
 * was written as the profile spells it, and the nearest label for a typo.
 */
import { normaliseLabel } from "../text";
import type { Level1Def, Level1Role, Level2Def, Profile } from "./schema";

/** How a written label matched: as spelled, as a known variant, or only by dropping/adding 指标. */
export type LabelMatch = "exact" | "variant";

export interface Level1Hit {
  def: Level1Def;
  match: LabelMatch;
  /**
   * Read only after setting aside a trailing note in brackets or stray trailing punctuation
   * (产出指标（50分）, 数量指标、): the label means the group, but rewriting it would lose the note.
   */
  trimmed?: true;
}

export interface Level2Hit {
  def: Level2Def;
  parent: Level1Def;
  match: LabelMatch;
  /** The label belongs under another level-1 group than the one it was written under. */
  misplaced: boolean;
  /**
   * Written under a level 1 that an older regional form allows (Level2Def.alsoUnder): not
   * misplaced, and `parent` is still the framework's own level 1.
   */
  regional?: true;
  /** As Level1Hit.trimmed. */
  trimmed?: true;
}

const SUFFIX = "指标";

/** A home-made suffix some county forms use for 指标: 产出值, 数量值 (临邑 2025). */
const VALUE_SUFFIX = "值";

function stem(label: string): string {
  return label.endsWith(SUFFIX) && label.length > SUFFIX.length ? label.slice(0, -SUFFIX.length) : label;
}

/** 产出值 → 产出: read as the group's bare name (a variant); other labels unchanged. */
function withoutValueSuffix(key: string): string | null {
  return key.endsWith(VALUE_SUFFIX) && key.length > 2 ? key.slice(0, -VALUE_SUFFIX.length) : null;
}

// After normaliseLabel, so full-width brackets and commas are already folded to ASCII.
// A score note may follow the bracket or stand alone: 成本指标(0-20)分, 产出指标(30分), 产出指标30分.
const TRAILING_NOTE = /(?:\([^()]*\)分?|\d+(?:\.\d+)?分)$/;
// 等 is a template's suffix: 服务对象满意度指标等 (the form lists the group "and the like").
const TRAILING_PUNCTUATION = /(?:[、,;:。.]|(?<=指标)等)+$/;

const TRAILING_MARKS = new Set([")", "、", ",", ";", ":", "。", ".", "等", "分"]);

/** The label without a trailing bracketed note or stray trailing punctuation; "" when nothing is left. */
function core(key: string): string {
  // Most labels end in a character: skip the regular expressions for them.
  if (!TRAILING_MARKS.has(key.charAt(key.length - 1))) return key;
  return key.replace(TRAILING_PUNCTUATION, "").replace(TRAILING_NOTE, "").replace(TRAILING_PUNCTUATION, "");
}

export class ProfileIndex {
  private readonly level1ByName = new Map<string, Level1Hit>();
  private readonly level2ByName = new Map<
    string,
    { def: Level2Def; parent: Level1Def; match: LabelMatch }[]
  >();
  private readonly levelLabels = new Set<string>();
  /** Every spelling a level 1 is known by (label, synonyms, stems) → the profile's label. */
  private readonly level1Spellings = new Map<string, string>();
  /** The same for level 2, per level-1 group. */
  private readonly level2Spellings = new Map<Level1Def, Map<string, string>>();

  constructor(readonly profile: Profile) {
    for (const level1 of profile.level1) {
      this.addLevel1(level1.label, level1, "exact");
      for (const synonym of level1.synonyms) this.addLevel1(synonym, level1, "variant");
      for (const level2 of level1.level2) {
        this.addLevel2(level2.label, level2, level1, "exact");
        for (const synonym of level2.synonyms) this.addLevel2(synonym, level2, level1, "variant");
      }
    }
  }

  private addLevel1(name: string, def: Level1Def, match: LabelMatch): void {
    const key = normaliseLabel(name);
    this.levelLabels.add(key);
    this.levelLabels.add(stem(key));
    for (const spelling of [key, stem(key)])
      if (!this.level1Spellings.has(spelling)) this.level1Spellings.set(spelling, def.label);
    if (!this.level1ByName.has(key)) this.level1ByName.set(key, { def, match });
    const bare = stem(key);
    if (bare !== key && !this.level1ByName.has(bare)) this.level1ByName.set(bare, { def, match: "variant" });
  }

  private addLevel2(name: string, def: Level2Def, parent: Level1Def, match: LabelMatch): void {
    const key = normaliseLabel(name);
    this.levelLabels.add(key);
    this.levelLabels.add(stem(key));
    let spellings = this.level2Spellings.get(parent);
    if (!spellings) this.level2Spellings.set(parent, (spellings = new Map()));
    for (const spelling of [key, stem(key)]) if (!spellings.has(spelling)) spellings.set(spelling, def.label);
    push(this.level2ByName, key, { def, parent, match });
    const bare = stem(key);
    if (bare !== key) push(this.level2ByName, bare, { def, parent, match: "variant" });
  }

  /**
   * The level-1 group a label names ("产出" → 产出指标 as a variant), or null. A trailing note in
   * brackets or stray trailing punctuation does not change the group (the hit is marked `trimmed`).
   */
  level1(label: string): Level1Hit | null {
    const key = normaliseLabel(label);
    const hit = this.level1Key(key);
    if (hit) return hit;
    const bare = core(key);
    if (bare === key || bare === "") return null;
    const trimmed = this.level1Key(bare);
    return trimmed ? { ...trimmed, trimmed: true } : null;
  }

  private level1Key(key: string): Level1Hit | null {
    const hit = this.level1ByName.get(key) ?? this.level1ByName.get(`${key}${SUFFIX}`);
    if (hit) return hit;
    const bare = withoutValueSuffix(key);
    const variant = bare === null ? undefined : this.level1ByName.get(bare);
    return variant ? { ...variant, match: "variant" } : null;
  }

  /**
   * The level-2 group a label names. Under a known level 1 the group of that level 1 wins; a label
   * known only under another level 1 is returned as misplaced. Notes and punctuation as in level1().
   */
  level2(level1: Level1Def | null, label: string): Level2Hit | null {
    const key = normaliseLabel(label);
    const hit = this.level2Key(level1, key);
    if (hit) return hit;
    const bare = core(key);
    if (bare === key || bare === "") return null;
    const trimmed = this.level2Key(level1, bare);
    return trimmed ? { ...trimmed, trimmed: true } : null;
  }

  private level2Key(level1: Level1Def | null, key: string): Level2Hit | null {
    const bare = withoutValueSuffix(key);
    const hits =
      this.level2ByName.get(key) ??
      this.level2ByName.get(`${key}${SUFFIX}`) ??
      (bare === null
        ? undefined
        : this.level2ByName.get(bare)?.map((h) => ({ ...h, match: "variant" as const }))) ??
      [];
    if (hits.length === 0) return null;
    const best = (list: typeof hits) => list.find((h) => h.match === "exact") ?? list[0];
    if (level1) {
      const own = hits.filter((h) => h.parent === level1);
      if (own.length > 0) return { ...best(own), misplaced: false };
      const regional = hits.filter((h) =>
        h.def.alsoUnder.some((l) => this.level1Key(normaliseLabel(l))?.def === level1),
      );
      if (regional.length > 0) return { ...best(regional), misplaced: false, regional: true };
      return { ...best(hits), misplaced: true };
    }
    return { ...best(hits), misplaced: false };
  }

  /** True for text that is a level label of this profile (a placeholder copied into a 三级 cell). */
  isLevelLabel(text: string): boolean {
    const key = normaliseLabel(text);
    if (this.levelLabels.has(key)) return true;
    const bare = core(key);
    return bare !== key && this.levelLabels.has(bare);
  }

  /** The first level-1 group with a role (成本指标 for "cost" in 2021), or null when the profile has none. */
  level1ByRole(role: Level1Role): Level1Def | null {
    return this.profile.level1.find((l1) => l1.role === role) ?? null;
  }

  /**
   * The level-1 label a typo most likely means ("产出指示" → 产出指标), comparing with every spelling
   * the profile knows; null when nothing is near or two labels are equally near.
   */
  nearestLevel1(label: string): string | null {
    return nearestSpelling(core(normaliseLabel(label)), [this.level1Spellings]);
  }

  /** The level-2 label a typo most likely means, among the groups of `level1` (of all level 1s when null). */
  nearestLevel2(level1: Level1Def | null, label: string): string | null {
    const groups = level1 ? [this.level2Spellings.get(level1)] : [...this.level2Spellings.values()];
    return nearestSpelling(
      core(normaliseLabel(label)),
      groups.filter((g): g is Map<string, string> => g !== undefined),
    );
  }

  /** Closest of the candidates to a typo, by the same measure as nearestLevel1, or null. */
  nearest(label: string, candidates: readonly string[]): string | null {
    const spellings = new Map(candidates.map((c) => [normaliseLabel(c), c] as const));
    return nearestSpelling(normaliseLabel(label), [spellings]);
  }

  level1Labels(): string[] {
    return this.profile.level1.map((l1) => l1.label);
  }

  level2Labels(level1?: Level1Def | null): string[] {
    const groups = level1 ? [level1] : this.profile.level1;
    return groups.flatMap((l1) => l1.level2.map((l2) => l2.label));
  }
}

/**
 * The label whose nearest spelling is one edit away (two for long spellings, of 8 characters or
 * more); null on a tie between different labels, since a guess between two groups misleads. In a
 * six-character label two changed characters are another word (经济成本 is not 经济效益).
 */
function nearestSpelling(key: string, maps: readonly Map<string, string>[]): string | null {
  if (key === "") return null;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const map of maps) {
    for (const [spelling, label] of map) {
      const length = Array.from(spelling).length;
      const distance = editDistance(key, spelling);
      if (distance > (length >= 8 ? 2 : 1) || distance * 2 >= length) continue;
      if (distance < bestDistance) {
        best = label;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance && label !== best) tie = true;
    }
  }
  return tie ? null : best;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Levenshtein distance over code points; labels are short. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[y.length];
}
