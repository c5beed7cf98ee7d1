/**
 * The unit catalogue (DOMAIN §3 plus the units real tables use) and unit lookup: `findUnit` for a
 * unit cell, `matchUnitAt` for the value parser's longest match inside a value text, and the
 * helpers rules use to judge a unit (money, percent, class).
 */
import type { Unit, UnitClass } from "./model";
import { isSpaceCode } from "./text";

export interface UnitDefinition {
  /** The catalogue's spelling: what we write and suggest. */
  unit: string;
  unitClass: UnitClass;
  /** Typographic and ASCII spellings of the same unit (㎡, m², km); they read as known, canonical `unit`. */
  variants?: readonly string[];
  /** For 万人次 and the like: the unit counted and the factor (1万人次 = 10000 人次). */
  scale?: { base: string; factor: number };
}

const count = (...units: string[]): UnitDefinition[] => units.map((unit) => ({ unit, unitClass: "count" }));
const time = (...units: string[]): UnitDefinition[] => units.map((unit) => ({ unit, unitClass: "time" }));
const money = (...units: string[]): UnitDefinition[] => units.map((unit) => ({ unit, unitClass: "money" }));
const size = (...units: string[]): UnitDefinition[] => units.map((unit) => ({ unit, unitClass: "size" }));

/**
 * The catalogue, most common first (the order breaks ties between suggestions). Legitimate words
 * for the same thing (公斤 and 千克, 平米 and 平方米) are separate entries: both are correct, so a
 * fix must not rewrite one into the other. Only typographic forms are variants.
 */
export const UNIT_CATALOGUE: readonly UnitDefinition[] = [
  // ratios
  // 百分比 is how the budget systems print % (嘉峪关 2023, 池州 2022).
  { unit: "%", unitClass: "ratio", variants: ["﹪", "百分比"] },
  { unit: "‰", unitClass: "ratio" },
  { unit: "个百分点", unitClass: "ratio" },
  { unit: "百分点", unitClass: "ratio" },
  { unit: "倍", unitClass: "ratio" },
  // counts (DOMAIN §3 first, then the ones real tables add)
  ...count("次", "人次", "人", "个", "项", "件", "篇", "份", "期", "批次", "场", "节", "课时", "本", "册"),
  ...count("台", "套", "辆", "部", "家", "户", "所"),
  ...count("名", "批", "场次", "学时", "座", "处", "条", "张", "块", "支", "只", "间", "栋", "幅", "页"),
  ...count("卷", "盒", "箱", "袋", "瓶", "把", "根", "株", "棵", "头", "艘", "架", "门", "种", "组", "队"),
  ...count("届", "轮", "遍", "片", "宗", "起", "例", "首", "集", "枚"),
  ...count("册次", "家次", "户次", "车次", "班次", "台次", "架次", "件次", "期次"),
  ...count("人日", "人天", "人月", "工日", "床"),
  // 生 (a pupil) appears in per-pupil money: 780元/生·年 (临邑 2025), 生均 standards.
  ...count("生", "学生"),
  ...count("份/册", "台/套"),
  { unit: "万人次", unitClass: "count", scale: { base: "人次", factor: 10_000 } },
  { unit: "万人", unitClass: "count", scale: { base: "人", factor: 10_000 } },
  { unit: "万份", unitClass: "count", scale: { base: "份", factor: 10_000 } },
  { unit: "万册", unitClass: "count", scale: { base: "册", factor: 10_000 } },
  { unit: "万次", unitClass: "count", scale: { base: "次", factor: 10_000 } },
  { unit: "万户", unitClass: "count", scale: { base: "户", factor: 10_000 } },
  { unit: "万件", unitClass: "count", scale: { base: "件", factor: 10_000 } },
  // time
  ...time("天", "日", "个月", "月", "年", "工作日", "个工作日"),
  { unit: "小时", unitClass: "time", variants: ["h", "hr", "hrs"] },
  { unit: "分钟", unitClass: "time", variants: ["min", "mins"] },
  ...time("个小时", "秒", "周", "星期", "个星期", "季度", "个季度", "学期", "学年", "年度", "自然日"),
  // money
  ...money("元", "万元", "亿元", "千元", "百万元", "美元"),
  { unit: "元/人", unitClass: "money" },
  {
    unit: "元/人·天",
    unitClass: "money",
    variants: ["元/人/天", "元/人.天", "元/(人·天)", "元/人*天", "元/人日"],
  },
  { unit: "元/人·次", unitClass: "money", variants: ["元/人/次", "元/人.次"] },
  ...money("元/人次", "元/次", "元/天", "元/月", "元/年", "元/份", "元/册", "元/本", "元/台", "元/套"),
  ...money("元/辆", "元/件", "元/个", "元/项", "元/场", "元/期", "元/课时", "元/学时", "元/平方米", "元/户"),
  ...money(
    "万元/年",
    "万元/台",
    "万元/辆",
    "万元/套",
    "万元/个",
    "万元/项",
    "万元/公里",
    "万元/人",
    "亿元/年",
  ),
  // sizes: area, length, mass, volume, energy and power
  { unit: "平方米", unitClass: "size", variants: ["㎡", "m²", "m2"] },
  ...size("平米", "亩", "公顷", "平方千米"),
  { unit: "平方公里", unitClass: "size", variants: ["k㎡", "km²", "km2", "㎞²"] },
  { unit: "公里", unitClass: "size", variants: ["km", "㎞"] },
  { unit: "米", unitClass: "size", variants: ["m"] },
  ...size("千米", "厘米", "毫米", "延米"),
  { unit: "吨", unitClass: "size", variants: ["t"] },
  { unit: "千克", unitClass: "size", variants: ["kg", "㎏"] },
  ...size("公斤", "克"),
  { unit: "立方米", unitClass: "size", variants: ["m³", "m3", "㎥"] },
  ...size("方", "升", "毫升"),
  { unit: "千瓦时", unitClass: "size", variants: ["kwh", "kw·h", "kw.h"] },
  // Energy as a physical cost (能耗成本 ≤20吨标准煤).
  ...size("吨标准煤", "吨标煤"),
  { unit: "千瓦", unitClass: "size", variants: ["kw"] },
  ...size("度", "兆瓦", "瓦"),
  // other: scores, data sizes and bandwidth
  { unit: "分", unitClass: "other" },
  { unit: "GB", unitClass: "other" },
  { unit: "TB", unitClass: "other" },
  { unit: "MB", unitClass: "other" },
  { unit: "Mbps", unitClass: "other" },
  { unit: "兆", unitClass: "other" },
];

/** Canonical spellings of the catalogue, most common first (for the pane's unit suggestions). */
export const KNOWN_UNITS: readonly string[] = UNIT_CATALOGUE.map((def) => def.unit);

// ---- normalisation ----

/** Dots that people use for the "·" of 元/人·天. */
const MIDDLE_DOTS = new Set(["·", "•", "・", "･", "‧", "⋅", "∙"]);

/**
 * A unit as compared: full width folded, lower case, spaces gone, middle dots unified, "／" → "/",
 * and one pair of brackets around the whole unit dropped ("（%）" → "%").
 */
export function normaliseUnitText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (isSpaceCode(code)) continue;
    const ch = String.fromCharCode(code);
    if (MIDDLE_DOTS.has(ch)) out += "·";
    else out += ch.toLowerCase();
  }
  if (out.length > 2 && out.startsWith("(") && out.endsWith(")") && out.indexOf("(", 1) < 0)
    out = out.slice(1, -1);
  return out;
}

// ---- the lookup trie ----

interface Entry {
  def: UnitDefinition;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  entry: Entry | null;
}

const ROOT: TrieNode = { next: null, entry: null };
const BY_CANONICAL = new Map<string, UnitDefinition>();

function insert(spelling: string, entry: Entry): void {
  let node = ROOT;
  for (let i = 0; i < spelling.length; i++) {
    const code = spelling.charCodeAt(i);
    if (!node.next) node.next = new Map();
    let child = node.next.get(code);
    if (!child) {
      child = { next: null, entry: null };
      node.next.set(code, child);
    }
    node = child;
  }
  // The first definition of a spelling wins (the catalogue lists the common meaning first).
  if (!node.entry) node.entry = entry;
}

const KNOWN_NORMALISED: readonly string[] = KNOWN_UNITS.map(normaliseUnitText);

for (const def of UNIT_CATALOGUE) {
  const entry: Entry = { def };
  BY_CANONICAL.set(def.unit, def);
  insert(normaliseUnitText(def.unit), entry);
  for (const variant of def.variants ?? []) insert(normaliseUnitText(variant), entry);
}

/** A unit found in normalised text by `matchUnitAt`. */
export interface UnitMatch {
  /** Index after the unit. */
  end: number;
  canonical: string;
  unitClass: UnitClass;
  /** Set for scaled units such as 万人次. */
  scale?: { base: string; factor: number };
}

/** Longest catalogue spelling starting at `start` (no compounds), or null. */
function longestEntry(s: string, start: number): { def: UnitDefinition; end: number } | null {
  let node: TrieNode | undefined = ROOT;
  let best: Entry | null = null;
  let bestEnd = start;
  for (let i = start; i < s.length && node?.next; i++) {
    node = node.next.get(s.charCodeAt(i));
    if (!node) break;
    if (node.entry) {
      best = node.entry;
      bestEnd = i + 1;
    }
  }
  return best ? { def: best.def, end: bestEnd } : null;
}

/**
 * The longest unit at `start` of normalised text (see normaliseUnitText), compounds included:
 * a money unit per anything (元/吨, 元/人/天 → 元/人·天), and any unit per time or size (次/年,
 * 吨/年, 人/平方公里). Other pairs (人/次) are not units: they are usually slips (for 人次).
 */
export function matchUnitAt(s: string, start: number): UnitMatch | null {
  const first = longestEntry(s, start);
  if (!first) return null;
  let end = first.end;
  let parts: string[] | null = null;
  while (end < s.length) {
    const sep = s.charCodeAt(end);
    // "/" opens the denominator; inside it, "·", "." and a second "/" join its parts (元/人/天), and
    // after a catalogue unit that is a rate already (元/人) "·" adds to its denominator (元/人·月).
    const perUnit = parts === null && first.def.unit.includes("/");
    const joins = sep === 0x2f || ((parts !== null || perUnit) && (sep === 0xb7 || sep === 0x2e));
    if (!joins) break;
    const part = longestEntry(s, end + 1);
    if (!part || part.def.scale) break;
    if (parts === null) {
      const per = part.def.unitClass;
      if (first.def.unitClass !== "money" && per !== "time" && per !== "size") break;
      if (perUnit && sep !== 0x2f && per !== "time") break;
      parts = [];
    }
    parts.push(part.def.unit);
    end = part.end;
  }
  if (parts === null) {
    return { end, canonical: first.def.unit, unitClass: first.def.unitClass, scale: first.def.scale };
  }
  const joined = first.def.unit.includes("/")
    ? `${first.def.unit}·${parts.join("·")}`
    : `${first.def.unit}/${parts.join("·")}`;
  return { end, canonical: joined, unitClass: first.def.unitClass };
}

// ---- findUnit ----

const MULTIPLIERS: Record<string, number> = { 万: 10_000, 亿: 100_000_000, 千: 1_000 };

/**
 * Reads a unit cell or a unit as written: known (with its catalogue spelling) or unknown with the
 * nearest known unit as `suggestion`. Null for blank text. An unknown unit takes its suggestion's
 * class (a best guess for rules that check classes); "other" when nothing is near.
 */
export function findUnit(text: string): Unit | null {
  const written = trimSpaces(text);
  if (written === "") return null;
  const norm = normaliseUnitText(written);
  if (norm === "") return null;
  const known = knownUnit(norm);
  if (known) return { text: written, canonical: known.canonical, unitClass: known.unitClass, known: true };
  const suggestion = suggestUnit(norm);
  const unitClass = suggestion ? (knownUnit(normaliseUnitText(suggestion))?.unitClass ?? "other") : "other";
  const unit: Unit = { text: written, canonical: null, unitClass, known: false };
  if (suggestion) unit.suggestion = suggestion;
  return unit;
}

/** The whole of normalised text as a known unit (catalogue, compound, or 万/亿/千 times a count). */
function knownUnit(norm: string): { canonical: string; unitClass: UnitClass } | null {
  const match = matchUnitAt(norm, 0);
  if (match && match.end === norm.length) return match;
  const factor = MULTIPLIERS[norm[0]];
  if (factor) {
    const base = matchUnitAt(norm, 1);
    if (base && base.end === norm.length && base.unitClass !== "money" && !base.scale) {
      return { canonical: norm[0] + base.canonical, unitClass: base.unitClass };
    }
  }
  return null;
}

/**
 * Slips seen in real tables: characters typed for a unit with the same reading (量/两 for 辆 liàng,
 * 圆/园 for 元 yuán) or a similar shape (兀 for 元, 曰 for 日). Edit distance alone cannot find these:
 * every one-character unit is one substitution away from every other.
 */
const SLIP_CHARS: Record<string, readonly string[]> = {
  量: ["辆"],
  两: ["辆"],
  俩: ["辆"],
  亮: ["辆"],
  圆: ["元"],
  园: ["元"],
  原: ["元"],
  员: ["元"],
  兀: ["元"],
  远: ["元"],
  此: ["次"],
  刺: ["次"],
  词: ["次"],
  欠: ["次"],
  像: ["项"],
  向: ["项"],
  相: ["项"],
  象: ["项"],
  顷: ["项"],
  见: ["件"],
  建: ["件"],
  健: ["件"],
  粉: ["份"],
  入: ["人"],
  仁: ["人"],
  各: ["个"],
  抬: ["台"],
  苔: ["台"],
  偏: ["篇"],
  编: ["篇"],
  其: ["期"],
  旗: ["期"],
  结: ["节"],
  接: ["节"],
  厂: ["场"],
  常: ["场"],
  测: ["册"],
  策: ["册"],
  侧: ["册"],
  布: ["部"],
  步: ["部"],
  加: ["家"],
  佳: ["家"],
  护: ["户"],
  互: ["户"],
  锁: ["所"],
  索: ["所"],
  顿: ["吨"],
  盾: ["吨"],
  屯: ["吨"],
  添: ["天"],
  夭: ["天"],
  曰: ["日"],
  目: ["日"],
  午: ["年"],
  迷: ["米"],
  咪: ["米"],
  种: ["钟"],
  中: ["钟"],
  是: ["时"],
  事: ["时"],
  实: ["时"],
  理: ["里"],
  立: ["里"],
  历: ["里"],
  披: ["批"],
  坐: ["座"],
  章: ["张"],
  界: ["届"],
  论: ["轮"],
  州: ["周"],
  舟: ["周"],
};

/** Whole-word slips: a unit named by what it counts (人数), or spelled out (百分比). */
const SLIP_WORDS: Record<string, string> = {
  人员: "人",
  百分比: "%",
  百分率: "%",
  百分数: "%",
  百分之: "%",
  "人/次": "人次",
  "人/天": "人天",
  人民币: "元",
  人民币元: "元",
  元人民币: "元",
  "元/人天": "元/人·天",
  pct: "%",
  percent: "%",
};

/** The nearest known unit for unknown normalised text, or undefined when nothing is near. */
export function suggestUnit(norm: string): string | undefined {
  if (norm === "" || norm.length > 12) return undefined;
  const word = SLIP_WORDS[norm];
  if (word) return word;
  // 人数, 次数, 天数: the number of a unit, written instead of the unit.
  if (norm.length > 1 && norm.endsWith("数")) {
    const base = knownUnit(norm.slice(0, -1));
    if (base) return base.canonical;
  }
  // 元每人 → 元/人.
  if (norm.includes("每")) {
    const per = knownUnit(norm.replace(/每/g, "/"));
    if (per) return per.canonical;
  }
  // One slipped character (万圆 → 万元, 元/入 → 元/人).
  for (let i = 0; i < norm.length; i++) {
    const alternatives = SLIP_CHARS[norm[i]];
    if (!alternatives) continue;
    for (const alt of alternatives) {
      const candidate = knownUnit(norm.slice(0, i) + alt + norm.slice(i + 1));
      if (candidate) return candidate.canonical;
    }
  }
  // Otherwise one edit away (平方 → 平方米, 工作天 → 工作日); a single character is too short to judge.
  if (norm.length < 2) return undefined;
  for (let i = 0; i < KNOWN_UNITS.length; i++) {
    const known = KNOWN_NORMALISED[i];
    if (Math.abs(known.length - norm.length) <= 1 && withinOneEdit(known, norm)) return KNOWN_UNITS[i];
  }
  return undefined;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length && diff <= 1; i++) if (a[i] !== b[i]) diff++;
    return diff <= 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

// ---- helpers for rules ----

type UnitLike = Unit | string | null | undefined;

function canonicalOf(unit: UnitLike): string | null {
  if (unit === null || unit === undefined) return null;
  if (typeof unit !== "string") return unit.known ? unit.canonical : null;
  return findUnit(unit)?.canonical ?? null;
}

/** The class of a unit (a parsed Unit or its text); null for no unit. Unknown units give their best guess. */
export function unitClassOf(unit: UnitLike): UnitClass | null {
  if (unit === null || unit === undefined) return null;
  if (typeof unit !== "string") return unit.unitClass;
  return findUnit(unit)?.unitClass ?? null;
}

/** 元, 万元, 元/人·天 …: a known money unit. */
export function isMoneyUnit(unit: UnitLike): boolean {
  const canonical = canonicalOf(unit);
  return canonical !== null && knownUnit(normaliseUnitText(canonical))?.unitClass === "money";
}

/** Exactly "%" (or ％, ﹪). Per-mille and 个百分点 are ratios but not percentages: see isRatioUnit. */
export function isPercentUnit(unit: UnitLike): boolean {
  return canonicalOf(unit) === "%";
}

/** %, ‰, 个百分点, 倍: a known ratio unit. */
export function isRatioUnit(unit: UnitLike): boolean {
  const canonical = canonicalOf(unit);
  return canonical !== null && knownUnit(normaliseUnitText(canonical))?.unitClass === "ratio";
}

/**
 * The factor of a scaled count (万人次 → 10000 人次, 千人 → 1000 人); null for an ordinary unit.
 * Money units are not scaled: 万元 is the unit budgets are kept in.
 */
export function unitScale(unit: UnitLike): { base: string; factor: number } | null {
  const canonical = canonicalOf(unit);
  if (!canonical) return null;
  const def = BY_CANONICAL.get(canonical);
  if (def) return def.scale ?? null;
  const factor = MULTIPLIERS[canonical[0]];
  if (!factor) return null;
  const base = knownUnit(normaliseUnitText(canonical.slice(1)));
  return base ? { base: base.canonical, factor } : null;
}
