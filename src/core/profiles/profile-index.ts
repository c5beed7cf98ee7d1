/**
 * Label lookups over a profile: which level-1 / level-2 group a written label means, whether it
 * was written as the profile spells it, and the nearest label for a typo.
 */
import { normaliseLabel } from "../text";
import type { Level1Def, Level2Def, Profile } from "./schema";

/** How a written label matched: as spelled, as a known variant, or only by dropping/adding 指标. */
export type LabelMatch = "exact" | "variant";

export interface Level1Hit {
  def: Level1Def;
  match: LabelMatch;
}

export interface Level2Hit {
  def: Level2Def;
  parent: Level1Def;
  match: LabelMatch;
  /** The label belongs under another level-1 group than the one it was written under. */
  misplaced: boolean;
}

const SUFFIX = "指标";

function stem(label: string): string {
  return label.endsWith(SUFFIX) && label.length > SUFFIX.length ? label.slice(0, -SUFFIX.length) : label;
}

export class ProfileIndex {
  private readonly level1ByName = new Map<string, Level1Hit>();
  private readonly level2ByName = new Map<
    string,
    { def: Level2Def; parent: Level1Def; match: LabelMatch }[]
  >();
  private readonly levelLabels = new Set<string>();

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
    if (!this.level1ByName.has(key)) this.level1ByName.set(key, { def, match });
    const bare = stem(key);
    if (bare !== key && !this.level1ByName.has(bare)) this.level1ByName.set(bare, { def, match: "variant" });
  }

  private addLevel2(name: string, def: Level2Def, parent: Level1Def, match: LabelMatch): void {
    const key = normaliseLabel(name);
    this.levelLabels.add(key);
    this.levelLabels.add(stem(key));
    push(this.level2ByName, key, { def, parent, match });
    const bare = stem(key);
    if (bare !== key) push(this.level2ByName, bare, { def, parent, match: "variant" });
  }

  /** The level-1 group a label names ("产出" → 产出指标 as a variant), or null. */
  level1(label: string): Level1Hit | null {
    const key = normaliseLabel(label);
    return this.level1ByName.get(key) ?? this.level1ByName.get(`${key}${SUFFIX}`) ?? null;
  }

  /**
   * The level-2 group a label names. Under a known level 1 the group of that level 1 wins; a label
   * known only under another level 1 is returned as misplaced.
   */
  level2(level1: Level1Def | null, label: string): Level2Hit | null {
    const key = normaliseLabel(label);
    const hits = this.level2ByName.get(key) ?? this.level2ByName.get(`${key}${SUFFIX}`) ?? [];
    if (hits.length === 0) return null;
    const best = (list: typeof hits) => list.find((h) => h.match === "exact") ?? list[0];
    if (level1) {
      const own = hits.filter((h) => h.parent === level1);
      if (own.length > 0) return { ...best(own), misplaced: false };
      return { ...best(hits), misplaced: true };
    }
    return { ...best(hits), misplaced: false };
  }

  /** True for text that is a level label of this profile (a placeholder copied into a 三级 cell). */
  isLevelLabel(text: string): boolean {
    return this.levelLabels.has(normaliseLabel(text));
  }

  /** Closest label to a typo among the candidates (edit distance ≤ 2 and less than half the label), or null. */
  nearest(label: string, candidates: readonly string[]): string | null {
    const key = normaliseLabel(label);
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      const distance = editDistance(key, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best === null || bestDistance > 2 || bestDistance * 2 > best.length) return null;
    return best;
  }

  level1Labels(): string[] {
    return this.profile.level1.map((l1) => l1.label);
  }

  level2Labels(level1?: Level1Def | null): string[] {
    const groups = level1 ? [level1] : this.profile.level1;
    return groups.flatMap((l1) => l1.level2.map((l2) => l2.label));
  }
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
