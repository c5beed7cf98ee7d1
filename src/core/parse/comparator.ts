/**
 * Comparators of DOMAIN §3 as the value parser reads them, on text already normalised by
 * normaliseValueText (full width folded, spaces gone, lower case).
 */
import type { Comparator } from "../model";

/** A comparator read from text; `bad` marks a garbled one ("≥≥", "=>", "≠"). */
export interface ComparatorRead {
  comparator: Comparator | null;
  /** Where the comparator starts and ends in the normalised text. */
  start: number;
  end: number;
  /** Written as a symbol of COMPARATOR_SYMBOL or its ASCII twin (≥ ≤ ＝ = ＞ > ＜ <). */
  canonical: boolean;
  /** A symbol rather than a word: a symbol with no number after it is a missing number, a word is prose. */
  symbol: boolean;
  bad: boolean;
}

/** Single-character comparators. ≯ (not greater) and ≮ (not less) appear in engineering texts. */
const SYMBOLS: ReadonlyMap<string, { comparator: Comparator; canonical: boolean }> = new Map([
  ["≥", { comparator: "ge", canonical: true }],
  ["≤", { comparator: "le", canonical: true }],
  ["=", { comparator: "eq", canonical: true }],
  [">", { comparator: "gt", canonical: true }],
  ["<", { comparator: "lt", canonical: true }],
  ["≧", { comparator: "ge", canonical: false }],
  ["≦", { comparator: "le", canonical: false }],
  ["⩾", { comparator: "ge", canonical: false }],
  ["⩽", { comparator: "le", canonical: false }],
  ["≮", { comparator: "ge", canonical: false }],
  // ═ (box-drawing double line) and ＝ folded to = stand for equals in pasted tables.
  ["═", { comparator: "eq", canonical: false }],
  // Small-form variants (﹦﹥﹤), as a Yunnan self-evaluation table has them.
  ["﹦", { comparator: "eq", canonical: false }],
  ["﹥", { comparator: "gt", canonical: false }],
  ["﹤", { comparator: "lt", canonical: false }],
  ["≯", { comparator: "le", canonical: false }],
]);

/** Symbols that are not comparators of the grammar: ≠, approximately, plus-minus. */
const BAD_SYMBOLS = new Set(["≠", "≈", "≒", "±", "∓"]);

/** Characters that make up a comparator symbol, good or bad. */
export function isComparatorChar(ch: string): boolean {
  return SYMBOLS.has(ch) || BAD_SYMBOLS.has(ch);
}

/** Words before the number, longest first where one begins another (大于等于 before 大于). */
const PREFIX_WORDS: readonly (readonly [string, Comparator])[] = [
  ["大于或等于", "ge"],
  ["小于或等于", "le"],
  ["大于等于", "ge"],
  ["小于等于", "le"],
  ["不低于", "ge"],
  ["不少于", "ge"],
  ["不小于", "ge"],
  ["不短于", "ge"],
  ["不高于", "le"],
  ["不超过", "le"],
  ["不超出", "le"],
  ["不多于", "le"],
  ["不大于", "le"],
  ["不长于", "le"],
  ["不晚于", "le"],
  ["不迟于", "le"],
  ["控制在", "le"],
  ["高于", "gt"],
  ["大于", "gt"],
  ["多于", "gt"],
  ["超过", "gt"],
  ["低于", "lt"],
  ["小于", "lt"],
  ["少于", "lt"],
  ["等于", "eq"],
  // 达到 95%: the target is reached at 95% or more.
  ["达到", "ge"],
  ["至少", "ge"],
  ["最少", "ge"],
  ["最低", "ge"],
  ["最多", "le"],
  ["最高", "le"],
];

/** Words after the number and unit: 95%以上, 5万元以内, 3天内. */
const SUFFIX_WORDS: readonly (readonly [string, Comparator])[] = [
  ["及以上", "ge"],
  ["或以上", "ge"],
  ["以上", "ge"],
  ["及以下", "le"],
  ["或以下", "le"],
  ["以下", "le"],
  ["以内", "le"],
  ["之内", "le"],
  ["内", "le"],
];

const WORD_STARTS = new Set([...PREFIX_WORDS, ...SUFFIX_WORDS].map(([word]) => word[0]));

function bad(start: number, end: number, symbol: boolean): ComparatorRead {
  return { comparator: null, start, end, canonical: false, symbol, bad: true };
}

/**
 * The comparator at `start`, symbol or word; null when there is none. Doubled or mixed
 * comparators ("≥≥5", "≥=5", "≥不低于5") are `bad`. ">=" "=>" read as ≥ and "<=" "=<" as ≤: real
 * tables type them for the signs, and reviewers accept them (a hint offers the standard sign).
 */
export function readLeadingComparator(s: string, start: number): ComparatorRead | null {
  const ch = s[start];
  if (ch === undefined) return null;
  if (BAD_SYMBOLS.has(ch)) return bad(start, skipSymbols(s, start), true);
  const single = SYMBOLS.get(ch);
  if (single) {
    let read: ComparatorRead;
    const next = s[start + 1];
    // >= and <=, and their reversed spellings => and =< that real tables use for the same signs.
    const twoChar =
      (ch === ">" || ch === "<") && next === "="
        ? ch
        : ch === "=" && (next === ">" || next === "<")
          ? next
          : null;
    if (twoChar !== null) {
      read = {
        comparator: twoChar === ">" ? "ge" : "le",
        start,
        end: start + 2,
        canonical: false,
        symbol: true,
        bad: false,
      };
    } else {
      const { comparator, canonical } = single;
      read = { comparator, start, end: start + 1, canonical, symbol: true, bad: false };
    }
    const after = s[read.end];
    if (after !== undefined && (isComparatorChar(after) || readWord(s, read.end, PREFIX_WORDS))) {
      return bad(start, skipSymbols(s, read.end), true);
    }
    return read;
  }
  if (!WORD_STARTS.has(ch)) return null;
  const word = readWord(s, start, PREFIX_WORDS);
  if (!word) return null;
  const end = start + word[0].length;
  const after = s[end];
  if (after !== undefined && (isComparatorChar(after) || readWord(s, end, PREFIX_WORDS))) {
    return bad(start, skipSymbols(s, end), false);
  }
  return { comparator: word[1], start, end, canonical: false, symbol: false, bad: false };
}

/** A comparator word after the number (以上, 以内, 内 …) at `start`, or null. */
export function readSuffixComparator(s: string, start: number): ComparatorRead | null {
  const ch = s[start];
  if (ch === undefined || !WORD_STARTS.has(ch)) return null;
  const word = readWord(s, start, SUFFIX_WORDS);
  if (!word) return null;
  return {
    comparator: word[1],
    start,
    end: start + word[0].length,
    canonical: false,
    symbol: false,
    bad: false,
  };
}

/** The suffix word that s[from, end) ends with (for "量以上": 以上), or null. */
export function suffixComparatorBefore(s: string, from: number, end: number): ComparatorRead | null {
  for (const [word, comparator] of SUFFIX_WORDS) {
    const at = end - word.length;
    if (at >= from && s.startsWith(word, at))
      return { comparator, start: at, end, canonical: false, symbol: false, bad: false };
  }
  return null;
}

function readWord(
  s: string,
  start: number,
  words: readonly (readonly [string, Comparator])[],
): readonly [string, Comparator] | null {
  for (const word of words) if (s.startsWith(word[0], start)) return word;
  return null;
}

function skipSymbols(s: string, start: number): number {
  let i = start;
  while (i < s.length && isComparatorChar(s[i])) i++;
  return i;
}

/** Placeholders for "no sign here" in a sign column. */
// 正向 / 反向 in the sign column (a form with one column for both) say no sign: direction-mismatch
// reads them from the direction column.
const NO_SIGN = new Set(["/", "-", "—", "——", "无", "正向", "反向", "正向指标", "反向指标"]);
const YES_NO = new Set(["是/否", "是否", "是或否", "是/不是"]);

/** What a split layout's comparator cell (指标性质) says. */
export type ComparatorCell =
  | { kind: "none" }
  | { kind: "qualitative" }
  | { kind: "comparator"; comparator: Comparator; canonical: boolean }
  | { kind: "bad" };

/**
 * Reads a whole comparator cell: "", "定量" → none; "定性" → a qualitative value; a symbol or a
 * word (prefix or suffix form: "≥", ">=", "不低于", "以上") → that comparator; anything else → bad.
 */
export function readComparatorCell(norm: string): ComparatorCell {
  if (norm === "" || norm === "定量" || norm === "定量指标" || NO_SIGN.has(norm)) return { kind: "none" };
  // 是/否 in the sign column: a yes-or-no target (已建工程是否存在质量问题: 否), a qualitative value.
  if (norm.includes("定性") || YES_NO.has(norm)) return { kind: "qualitative" };
  const read = readLeadingComparator(norm, 0) ?? readSuffixComparator(norm, 0);
  if (!read || read.bad || read.end !== norm.length || read.comparator === null) return { kind: "bad" };
  return { kind: "comparator", comparator: read.comparator, canonical: read.canonical };
}
