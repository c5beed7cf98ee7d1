/**
 * Units to offer for an indicator name in the row editor, best first: what the name asks for (a rate
 * or satisfaction wants %, a cost wants money), the units the template catalogue uses for rows with
 * similar names, and the unit a counting word implies (…次数 → 次). Suggestions only: any known unit
 * can still be typed.
 */
import { classifyName } from "./classify";
import type { Catalogue } from "./templates/schema";
import { nameKey } from "./templates/schema";

/** Money units a cost indicator usually takes, most common first. */
const MONEY_UNITS = ["万元", "元", "元/人", "元/次", "元/人·天"];

/** Counting words at the end of a name and the unit they imply: 参会人数 → 人. */
const COUNTING_HEADS: readonly (readonly [RegExp, string])[] = [
  [/人次$/, "人次"],
  [/场次$/, "场次"],
  [/批次$/, "批次"],
  [/人数$/, "人"],
  [/次数$/, "次"],
  [/天数$/, "天"],
  [/篇数$/, "篇"],
  [/件数$/, "件"],
  [/份数$/, "份"],
  [/期数$/, "期"],
  [/场数$/, "场"],
  [/项数$/, "项"],
  [/个数$/, "个"],
  [/台数$/, "台"],
  [/户数$/, "户"],
  [/家数$/, "家"],
  [/课时$/, "课时"],
  [/面积$/, "平方米"],
  [/(时长|时间)$/, "小时"],
  [/(年限|期限)$/, "年"],
];

/** Shortest common ending (in characters) for two names to count as similar: 出勤率 and 参会人员出勤率 share 出勤率. */
const MIN_SHARED_ENDING = 2;

export function suggestUnits(name: string, catalogue: Catalogue | null = null, limit = 8): string[] {
  const key = nameKey(name);
  if (key === "") return [];
  const out: string[] = [];
  const add = (unit: string) => {
    if (unit !== "" && !out.includes(unit)) out.push(unit);
  };
  const kind = classifyName(key);
  if (kind.percent) add("%");
  for (const unit of catalogueUnits(key, catalogue)) add(unit);
  for (const [pattern, unit] of COUNTING_HEADS) if (pattern.test(key)) add(unit);
  if (kind.cost) MONEY_UNITS.forEach(add);
  return out.slice(0, limit);
}

/** Units of catalogue rows whose names end like this one, longest shared ending first. */
function catalogueUnits(key: string, catalogue: Catalogue | null): string[] {
  if (!catalogue) return [];
  const scored: { unit: string; score: number; order: number }[] = [];
  let order = 0;
  for (const template of catalogue.templates) {
    for (const row of template.rows) {
      order++;
      if (row.unit === "") continue;
      const score = Math.max(...[row.name, ...row.aliases].map((other) => sharedEnding(key, nameKey(other))));
      if (score >= MIN_SHARED_ENDING) scored.push({ unit: row.unit, score, order });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.unit);
}

function sharedEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
