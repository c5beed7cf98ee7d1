/**
 * parseValue: a 指标值 as a reviewer reads it (DOMAIN §3). Quantities (`≥95%`, `不低于5次`,
 * `5万元以内`), ranges (`90%-95%`), dates and periods (`2022年12月31日前`, `2023.07-2024.01`),
 * qualitative text (`及时`, `显著提升`), empty cells, and values that cannot be read, with the reason.
 * It never throws: rules turn every odd value into a finding.
 *
 * The text is scanned by hand, once, on a normalised copy (full width folded, spaces gone, lower
 * case) that keeps each character's position in the original so "as written" parts (９５, ＞＝)
 * are cut from the original. No regular expression runs on the whole text, so a 32,767-character
 * cell costs a linear scan.
 *
 * Decisions on ambiguous text (each has a test):
 * - `=>5`, `=<5`, `≥≥5`, `≥=5`, `≠5`, `≈5`, `±5%` are garbled comparators (badComparator), not
 *   read as ≥/≤: a reviewer sends them back rather than guess. `>=`/`<=`/`≧`/`≦`/`⩾`/`⩽` read as
 *   ≥/≤, non-canonical (a fix rewrites them).
 * - Comparator words (不低于, 不超过, 达到 = ≥, 控制在…以内, 95%以上, 3天内) read as comparators,
 *   non-canonical. A symbol with no number (`≥次`, `≥%`, `≥标准`) is missingNumber; a word with no
 *   number (`达到预期`, `不低于标准`) is qualitative prose.
 * - A balanced parenthetical note at the end (`≥5次（暂定）`) is ignored: real tables add them, and
 *   the value before it is what a reviewer checks. Trailing 。，、；: are ignored likewise (the
 *   stray-punctuation rule sees the raw text). Qualitative results keep the whole trimmed text.
 * - A digit that is part of a name or a grade stays qualitative: `3A级`, `二级及以上`, `5G`,
 *   `第1名`, `前3名`, `ISO9001`, `12345热线`, `7×24小时`. A number wrapped in other words
 *   (`按5次执行`, `约5次`, `满意度≥95%`, `20余人`, `5次左右`, `5次以上吧`) is textAroundNumber.
 * - After a number, a short unknown word is an unknown unit when it is near a known one (`20量` →
 *   辆) or when a comparator was written (`≥3坪`); without a comparator and with nothing near, the
 *   number belongs to a name (`12345热线` → qualitative).
 * - 万/亿/千 multiply counts (`1万人次` → 10000 人次) but money keeps its unit (`5万元` → 5 万元),
 *   because budgets are kept in 万元.
 * - `1-6月` is a period of months (January to June); `1-6个月` and `3-5天` are ranges. `2022年` is
 *   a year, `6年` a duration; `12月` alone is a duration (December needs 12月底 or 12月前).
 *   `2022-2024年` is a period of years; `2022-2024` a range. A year-like number with ≤ or no
 *   comparator is a date (`≤2022年`, `≤2022.12`: a deadline), with a word it stays a number
 *   (`不超过2022.12`); `≤12月` stays 12 months.
 * - `24小时内响应`, `3个工作日内完成`: a time limit followed by a completion verb is a quantity.
 * - Chinese numerals are read only as a whole value with a count, time or ratio unit (`两次`,
 *   `三个月以上`, `百分之九十五`); anywhere else (`一般`, `一次性`, `三公经费`) the text is qualitative.
 * - Booleans read as the qualitative text Excel shows, TRUE / FALSE.
 * - A number cell reads under its format: 0.95 as 0% → 95 %, a serial under a date format → a
 *   date, literals of the format (`0"人"`, `"≥"0%`) as text around the number; NaN or Infinity
 *   (never from Excel) as the error value #NUM!.
 */
import type { CellValue } from "../grid";
import type { Comparator, ParsedValue, Unit, UnreadableReason } from "../model";
import { findUnit, isMoneyUnit, matchUnitAt, suggestUnit, type UnitMatch } from "../units";
import { isSpaceCode } from "../text";
import {
  cellText,
  excelSerialToDate,
  formatNumber,
  isDateFormat,
  isPercentFormat,
  numberFormatAffixes,
} from "./cell-text";
import { isChineseDigit, readChineseNumber } from "./chinese-numerals";
import {
  isComparatorChar,
  readComparatorCell,
  readLeadingComparator,
  readSuffixComparator,
  suffixComparatorBefore,
  type ComparatorRead,
} from "./comparator";
import { parseDateText } from "./parse-date";

export { formatDatePoint, formatQuantity, formatValue, type QuantityParts } from "./format-value";
export { isValidDate } from "./parse-date";

export interface ParseContext {
  /** The cell's number format, when the host knows it ("0%", "yyyy-mm-dd", "General"). */
  numberFormat?: string | null;
}

/** Every kind parseValue returns. */
export const PARSED_VALUE_KINDS = [
  "empty",
  "quantity",
  "range",
  "date",
  "period",
  "qualitative",
  "unreadable",
] as const;

const EMPTY: ParsedValue = Object.freeze({ kind: "empty" });

const ERROR_VALUES = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#N/A!",
]);

const PERCENT_UNIT: Unit = Object.freeze({ text: "%", canonical: "%", unitClass: "ratio", known: true });

/** Reads one value cell: text, a number under its format, a boolean, or blank. */
export function parseValue(input: CellValue, context?: ParseContext): ParsedValue {
  if (input === null || input === undefined) return EMPTY;
  if (typeof input === "string") return parseText(input);
  if (typeof input === "number") return parseNumberCell(input, context?.numberFormat ?? null);
  if (typeof input === "boolean") return { kind: "qualitative", text: input ? "TRUE" : "FALSE" };
  return EMPTY;
}

export interface SplitParts {
  /** The 指标性质 cell: ≥ ≤ ＝ ＞ ＜, a word, 定性, or blank. */
  comparator: CellValue;
  /** The 指标值 cell: a number or text. */
  value: CellValue;
  /** The 计量单位 cell. */
  unit: CellValue;
}

/**
 * Reads the split layout (指标性质 / 指标值 / 计量单位 in separate cells). `context` is the value
 * cell's. 定性 in the comparator cell makes the value qualitative; a comparator or unit cell that
 * disagrees with what the value cell itself says (≥ with "≤5", 次 with "5天") makes it unreadable.
 * The unit cell is read as written: a value of 1.5 with unit 万人次 stays 1.5 万人次.
 */
const NO_UNIT = new Set(["-", "—", "——", "－", "/", "／", "\\", "无", "不适用", "--"]);

export function parseSplitValue(parts: SplitParts, context?: ParseContext): ParsedValue {
  const comparatorText = trimSpaces(cellText(parts.comparator));
  // -, —, /, 无 in a unit column mean "no unit here": the unit, if any, is inside the value.
  const unitCell = trimSpaces(cellText(parts.unit));
  const unitText = NO_UNIT.has(unitCell) ? "" : unitCell;
  const valueText = trimSpaces(cellText(parts.value, context?.numberFormat ?? null));
  const written = comparatorText + valueText + unitText;
  const cell = readComparatorCell(normaliseValueText(comparatorText));
  const value = parseValue(parts.value, context);

  if (cell.kind === "qualitative")
    return value.kind === "empty" ? EMPTY : { kind: "qualitative", text: valueText };
  if (cell.kind === "bad") return unreadable("badComparator", written);
  const unit = findUnit(unitText);
  const comparator = cell.kind === "comparator" ? cell : null;

  switch (value.kind) {
    case "empty":
      return comparator || unit ? unreadable("missingNumber", written) : EMPTY;
    case "quantity": {
      if (comparator && value.comparator !== null && value.comparator !== comparator.comparator) {
        return unreadable("badComparator", written);
      }
      if (unit && value.unit && !sameUnit(unit, value.unit)) return unreadable("unitConflict", written);
      if (!comparator) return unit ? { ...value, unit } : value;
      return {
        ...value,
        comparator: comparator.comparator,
        comparatorText,
        comparatorCanonical: comparator.canonical && value.comparator === null,
        unit: unit ?? value.unit,
      };
    }
    case "range":
      if (comparator) return unreadable("badComparator", written);
      if (unit && value.unit && !sameUnit(unit, value.unit)) return unreadable("unitConflict", written);
      return unit ? { ...value, unit } : value;
    case "date":
      if (comparator?.comparator === "le" || comparator?.comparator === "lt")
        return { ...value, deadline: true };
      return value;
    case "qualitative":
      // ≥ with 及时: a comparator with no number, as `≥及时` would be in one cell.
      return comparator ? unreadable("missingNumber", written) : value;
    default:
      return value;
  }
}

function sameUnit(a: Unit, b: Unit): boolean {
  if (a.known && b.known) return a.canonical === b.canonical;
  return normaliseValueText(a.text) === normaliseValueText(b.text);
}

// ---- number cells ----

function parseNumberCell(value: number, format: string | null): ParsedValue {
  if (!Number.isFinite(value)) return unreadable("errorValue", "#NUM!");
  const dateFormat = isDateFormat(format);
  if (dateFormat) {
    const date = excelSerialToDate(value);
    if (date) return { kind: "date", deadline: false, year: date.year, month: date.month, day: date.day };
  }
  const percent = isPercentFormat(format);
  const numberText = formatNumber(percent ? value * 100 : value);
  const number = Number(numberText);
  // 1e307 formatted as a percentage overflows: no table means that.
  if (!Number.isFinite(number)) return unreadable("errorValue", "#NUM!");
  const affixes = dateFormat ? { prefix: "", suffix: "" } : currencyAsUnit(numberFormatAffixes(format));
  if (affixes.prefix !== "" || affixes.suffix !== "") {
    // As shown: `0"人"` → 95人, `"≥"0%` → ≥95%, `"约"0"次"` → 约5次.
    const shown = parseText(affixes.prefix + numberText + (percent ? "%" : "") + affixes.suffix);
    return shown.kind === "quantity" ? { ...shown, number } : shown;
  }
  return {
    kind: "quantity",
    comparator: null,
    comparatorText: "",
    comparatorCanonical: false,
    number,
    numberText,
    unit: percent ? PERCENT_UNIT : null,
  };
}

/** ¥#,##0.00 shows money: read the currency sign as the unit 元 (¥0.95 → 0.95元). */
function currencyAsUnit(affixes: { prefix: string; suffix: string }): { prefix: string; suffix: string } {
  const sign = /^[¥￥]$/.test(affixes.prefix.trim());
  return sign && affixes.suffix.trim() === "" ? { prefix: "", suffix: "元" } : affixes;
}

// ---- text ----

/**
 * Positions in the original text of each character of the last normalised text. One buffer,
 * grown as needed, so normalising allocates nothing per call but the string itself.
 */
let positions = new Int32Array(256);

/**
 * Value text as scanned: full width folded (９５ → 95, ＞ → >, （ → (), dashes and minus signs
 * unified to "-", wave dashes to "~", middle dots to "·", ASCII lower case, spaces removed (a
 * space between two digits is kept, so "5 6" is two numbers). Fills `positions`.
 */
export function normaliseValueText(text: string): string {
  if (positions.length < text.length) positions = new Int32Array(text.length * 2);
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      pendingSpace = true;
      continue;
    }
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    else if (code > 0x7f) code = mapWide(code);
    if (pendingSpace) {
      pendingSpace = false;
      if (isDigitCode(code) && out.length > 0 && isDigitCode(out.charCodeAt(out.length - 1))) {
        positions[out.length] = i - 1;
        out += " ";
      }
    }
    positions[out.length] = i;
    out += String.fromCharCode(code);
  }
  return out;
}

function mapWide(code: number): number {
  switch (code) {
    case 0x2212: // − minus
    case 0x2010: // ‐ hyphen
    case 0x2011:
    case 0x2012:
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2015:
    case 0xfe63:
    case 0xfe58:
      return 0x2d;
    case 0x301c: // 〜 wave dash
    case 0x223c:
      return 0x7e;
    case 0xfe6a: // ﹪
      return 0x25;
    case 0x2022: // • and other middle dots
    case 0x30fb:
    case 0xff65:
    case 0x2027:
    case 0x22c5:
    case 0x2219:
      return 0xb7;
    default:
      return code;
  }
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isDigitAt(s: string, i: number): boolean {
  return i < s.length && isDigitCode(s.charCodeAt(i));
}

/** Punctuation ignored at the end of a value (the stray-punctuation rule reports it). */
const TRAILING_PUNCTUATION = new Set(["。", "，", "、", "；", ";", ",", ".", ":", "：", "!", "！"]);

/** Right after a number these make it part of a grade or a name: 3A级, 二级, 5G, 4星. */
const GRADE_MARKS = new Set([
  "级",
  "类",
  "等",
  "星",
  "档",
  "甲",
  "乙",
  "丙",
  "号",
  "代",
  "版",
  "型",
  "线",
  "a",
  "g",
]);

/** Right after a number these make it approximate: 20余人, 20多人, 20来人, 5许. */
const APPROXIMATE_AFTER = new Set(["余", "多", "来", "许"]);

/** Approximate words after a value: 5次左右, 5次上下. */
const APPROXIMATE_WORDS = ["左右", "上下", "前后"];

/** What may follow a time limit: 24小时内响应, 3个工作日内完成. */
const LIMIT_VERBS = new Set([
  "完成",
  "响应",
  "办结",
  "处理",
  "解决",
  "修复",
  "到达",
  "到位",
  "答复",
  "回复",
  "反馈",
  "处置",
  "上报",
  "报送",
  "交付",
  "发放",
]);

/** 万, 亿, 千 as powers of ten, so 0.7万 is exactly 7000 (0.7 × 10000 is not, in floating point). */
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 千: 3 };

/** Characters that send a digit-free text to the full scanner (symbols, Chinese numerals, 年底). */
const SCAN_WITHOUT_DIGITS = new Set([..."≥≤=<>≧≦⩾⩽≯≮≠≈≒±∓〇零一二两三四五六七八九十百年"]);

function parseText(input: string): ParsedValue {
  const text = trimSpaces(input);
  if (text === "") return EMPTY;
  if (text.charCodeAt(0) === 0x23 && text.length <= 14 && ERROR_VALUES.has(text.toUpperCase())) {
    return unreadable("errorValue", text);
  }
  const normalised = normaliseValueText(text);
  let n = normalised.length;
  while (n > 0 && TRAILING_PUNCTUATION.has(normalised[n - 1])) n--;
  n = withoutTrailingNote(normalised, n);
  if (n === 0) return qualitative(text);
  // Positions stay valid: the scanned text is a prefix of the normalised one.
  const s = n === normalised.length ? normalised : normalised.slice(0, n);

  let hasDigit = false;
  let worthScanning = false;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (isDigitCode(code)) {
      hasDigit = true;
      break;
    }
    if (!worthScanning && SCAN_WITHOUT_DIGITS.has(s[i])) worthScanning = true;
  }
  if (!hasDigit && !worthScanning) return qualitative(text);

  const date = parseDateText(s, n);
  if (date) return date;
  return scanQuantity(text, s, n);
}

/**
 * Drops one balanced (…) at the end, when something comes before it and that is not a "/" (元/(人·天)
 * is a unit). Returns the new end.
 */
function withoutTrailingNote(s: string, n: number): number {
  if (n < 3 || s[n - 1] !== ")") return n;
  let depth = 0;
  for (let i = n - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === ")") depth++;
    else if (ch === "(") {
      depth--;
      if (depth === 0) {
        if (i === 0 || s[i - 1] === "/") return n;
        let end = i;
        while (end > 0 && TRAILING_PUNCTUATION.has(s[end - 1])) end--;
        return end;
      }
    }
  }
  return n;
}

/** Scanner state for one quantity: the number, its unit, and where they were written. */
interface NumberRead {
  value: number;
  /** The digits as read, without thousands commas ("10000", "-0.5"). */
  digits: string;
  start: number;
  end: number;
}

function scanQuantity(text: string, s: string, n: number): ParsedValue {
  const lead = readLeadingComparator(s, 0);
  if (lead?.bad) return unreadable("badComparator", text);
  let i = lead ? lead.end : 0;

  let percentPrefix = false;
  if (s.startsWith("百分之", i)) {
    percentPrefix = true;
    i += 3;
  }

  // The number: digits here, a Chinese numeral here, or digits further on after some text.
  let prefixStart = -1;
  if (!startsNumber(s, i)) {
    if (isChineseDigit(s[i])) {
      const chinese = readChineseQuantity(text, s, n, i, lead, percentPrefix);
      if (chinese) return chinese;
    }
    const digit = findDigit(s, i, n);
    if (digit < 0) {
      return lead?.symbol ? unreadable("missingNumber", text) : qualitative(text);
    }
    prefixStart = i;
    i = digit;
  }
  const first = readNumber(s, i, n);
  if (!first) return qualitative(text);
  let j = first.end;

  // Grades, ranks and codes: 3A级, 5G, 第1名, 前3名, ISO9001, 7×24小时.
  const after = s[j];
  if (after !== undefined && GRADE_MARKS.has(after) && !matchUnitAt(s, j)) return qualitative(text);
  if ((after === "×" || after === "*" || after === "x") && isDigitAt(s, j + 1)) return qualitative(text);
  if (prefixStart >= 0) {
    const before = s[i - 1];
    if (before === "第" || before === "前" || (before >= "a" && before <= "z")) return qualitative(text);
    // 完成1部宣传片,2套方案: several targets in one cell, not one number wrapped in words.
    return unreadable(findDigit(s, j, n) >= 0 ? "multipleNumbers" : "textAroundNumber", text);
  }
  if (after !== undefined && APPROXIMATE_AFTER.has(after)) return unreadable("textAroundNumber", text);

  const scaled = readMultiplierAndUnit(s, j, n, first);
  if (!scaled) return qualitative(text);
  j = scaled.end;
  const unitMatch = scaled.unit;

  // A range: 90%-95%, 90-95%, 1～3次, 1至3次.
  const afterSeparator = rangeSeparatorEnd(s, j, n);
  if (afterSeparator > j && isDigitAt(s, afterSeparator)) {
    return readRange(text, s, n, afterSeparator, lead, first, unitMatch);
  }

  const suffix = readSuffixComparator(s, j);
  if (suffix) j = suffix.end;
  const comparator = combineComparators(lead, suffix);
  if (comparator === "bad") return unreadable("badComparator", text);

  let unit: Unit | null = unitMatch ? knownUnit(text, unitMatch.start, unitMatch.end, unitMatch.match) : null;
  if (percentPrefix) {
    if (unit) return unreadable("textAroundNumber", text);
    unit = PERCENT_UNIT;
  }

  if (j < n) {
    const rest = s.slice(j, n);
    // 24小时内响应: a time limit and what must happen within it.
    if (unit?.unitClass === "time" && suffix?.comparator === "le" && LIMIT_VERBS.has(rest)) {
      return quantity(text, lead, suffix, first, scaled.numberEnd, unit);
    }
    let numberEnd = scaled.numberEnd;
    // 5万圆: a slip for 万元, not five ten-thousand 圆.
    if (scaled.scaled && !unitMatch && isMoneySlip(s, first.end, n)) {
      first.value = Number(first.digits);
      numberEnd = first.end;
    }
    const comparatorWritten = lead !== null || suffix !== null;
    const tail = readTail(text, s, numberEnd, n, unitMatch !== null, comparatorWritten);
    if (tail.kind !== "unit")
      return tail.kind === "qualitative" ? qualitative(text) : unreadable(tail.kind, text);
    const tailComparator = combineComparators(lead, tail.suffix);
    if (tailComparator === "bad") return unreadable("badComparator", text);
    return quantity(text, lead, tail.suffix, first, numberEnd, tail.unit);
  }
  return quantity(text, lead, suffix, first, scaled.numberEnd, unit);
}

function startsNumber(s: string, i: number): boolean {
  return isDigitAt(s, i) || (s[i] === "-" && isDigitAt(s, i + 1));
}

function findDigit(s: string, from: number, n: number): number {
  for (let i = from; i < n; i++) if (isDigitCode(s.charCodeAt(i))) return i;
  return -1;
}

/**
 * A number at `i`: optional minus, digits with optional thousands commas (groups of exactly
 * three, so "10,000" is ten thousand and "5,6" is two numbers), optional decimals.
 */
function readNumber(s: string, i: number, n: number): NumberRead | null {
  let j = i;
  if (s[j] === "-") j++;
  const intStart = j;
  while (j < n && isDigitCode(s.charCodeAt(j))) j++;
  if (j === intStart) return null;
  let hasCommas = false;
  if (s[j] === "," && j - intStart <= 3) {
    let k = j;
    while (
      s[k] === "," &&
      isDigitAt(s, k + 1) &&
      isDigitAt(s, k + 2) &&
      isDigitAt(s, k + 3) &&
      !isDigitAt(s, k + 4)
    ) {
      k += 4;
    }
    if (k > j && s[k] !== ",") {
      j = k;
      hasCommas = true;
    }
  }
  if (s[j] === "." && isDigitAt(s, j + 1)) {
    j++;
    while (j < n && isDigitCode(s.charCodeAt(j))) j++;
  }
  const literal = s.slice(i, j);
  const digits = hasCommas ? literal.replace(/,/g, "") : literal;
  const value = Number(digits);
  // Only a run of hundreds of digits overflows; it is no quantity (the caller reads the text as words).
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, digits, start: i, end: j };
}

interface UnitAt {
  start: number;
  end: number;
  match: UnitMatch;
}

/**
 * After the number: a 万/亿/千 multiplier for anything but money (1万人次 → 10000 人次, 5万元 → 5
 * 万元), then a catalogue unit. Updates `number.value`; null when the number overflows.
 */
function readMultiplierAndUnit(
  s: string,
  j: number,
  n: number,
  number: NumberRead,
): { end: number; numberEnd: number; unit: UnitAt | null; scaled: boolean } | null {
  let at = j;
  let match = at < n ? matchUnitAt(s, at) : null;
  const power = MULTIPLIERS[s[at]];
  const scaled = power !== undefined && (!match || match.scale !== undefined);
  if (scaled) {
    const value = Number(`${number.digits}e${power}`);
    if (!Number.isFinite(value)) return null;
    number.value = value === 0 ? 0 : value;
    at++;
    match = at < n ? matchUnitAt(s, at) : null;
    if (match?.scale) match = null;
  }
  if (match && match.end > n) match = null;
  const unit = match ? { start: at, end: match.end, match } : null;
  return { end: unit ? unit.end : at, numberEnd: at, unit, scaled };
}

function rangeSeparatorEnd(s: string, j: number, n: number): number {
  let k = j;
  while (k < n && (s[k] === "-" || s[k] === "~")) k++;
  if (k > j) return k;
  if (s[j] === "至" || s[j] === "到") return j + 1;
  return j;
}

function readRange(
  text: string,
  s: string,
  n: number,
  start: number,
  lead: ComparatorRead | null,
  low: NumberRead,
  lowUnit: UnitAt | null,
): ParsedValue {
  if (lead) return unreadable("badComparator", text);
  const high = readNumber(s, start, n);
  if (!high) return qualitative(text);
  const scaled = readMultiplierAndUnit(s, high.end, n, high);
  if (!scaled) return qualitative(text);
  const j = scaled.end;
  if (j < n) {
    if (readSuffixComparator(s, j)) return unreadable("badComparator", text);
    return unreadable(findDigit(s, j, n) >= 0 ? "multipleNumbers" : "textAroundNumber", text);
  }
  const lowUnitValue = lowUnit ? knownUnit(text, lowUnit.start, lowUnit.end, lowUnit.match) : null;
  const highUnitValue = scaled.unit
    ? knownUnit(text, scaled.unit.start, scaled.unit.end, scaled.unit.match)
    : null;
  if (lowUnitValue && highUnitValue && lowUnitValue.canonical !== highUnitValue.canonical) {
    return unreadable("multipleNumbers", text);
  }
  // Written high-low (95-90%) reads as the same range.
  return {
    kind: "range",
    low: Math.min(low.value, high.value),
    high: Math.max(low.value, high.value),
    unit: highUnitValue ?? lowUnitValue,
  };
}

function combineComparators(
  lead: ComparatorRead | null,
  suffix: ComparatorRead | null,
): ComparatorRead | null | "bad" {
  if (!suffix) return lead;
  if (!lead) return suffix;
  return lead.comparator === suffix.comparator ? lead : "bad";
}

type Tail =
  | { kind: "unit"; unit: Unit; suffix: ComparatorRead | null }
  | { kind: "qualitative" }
  | { kind: "textAroundNumber" | "multipleNumbers" | "badComparator" };

/**
 * What follows the number when it is not simply a unit and a comparator word: an unknown unit
 * (`20量`, `20人数`, `≥3坪`), more numbers, a stray comparator (`95%≥`), or words.
 */
function readTail(
  text: string,
  s: string,
  from: number,
  n: number,
  startsWithKnownUnit: boolean,
  comparatorWritten: boolean,
): Tail {
  if (findDigit(s, from, n) >= 0) return { kind: "multipleNumbers" };
  for (let i = from; i < n; i++) if (isComparatorChar(s[i])) return { kind: "badComparator" };
  for (const word of APPROXIMATE_WORDS) if (s.includes(word, from)) return { kind: "textAroundNumber" };
  const suffix = suffixComparatorBefore(s, from, n);
  const end = suffix ? suffix.start : n;
  const word = s.slice(from, end);
  const unitLike = isUnitLike(word);
  if (word.length >= 1 && word.length <= 4 && unitLike) {
    const suggestion = suggestUnit(word);
    if (suggestion || (!startsWithKnownUnit && comparatorWritten)) {
      const unit = findUnit(original(text, from, end));
      if (unit) return { kind: "unit", unit, suffix };
    }
  }
  // 12345热线: with no comparator and no unit, the number is part of a name.
  if (!startsWithKnownUnit && !comparatorWritten && unitLike) return { kind: "qualitative" };
  return { kind: "textAroundNumber" };
}

function isMoneySlip(s: string, from: number, n: number): boolean {
  const end = suffixComparatorBefore(s, from, n)?.start ?? n;
  const suggestion = end - from <= 4 ? suggestUnit(s.slice(from, end)) : undefined;
  return suggestion !== undefined && isMoneyUnit(suggestion);
}

/** Letters, ideographs and the joiners of compound units; no punctuation, brackets or digits. */
function isUnitLike(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const ok =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      code === 0x2f ||
      code === 0xb7 ||
      code === 0x25 ||
      code === 0x2030 ||
      code === 0xb2 ||
      code === 0xb3;
    if (!ok) return false;
  }
  return true;
}

/**
 * 两次, 三个月以上, ≥两次, 百分之九十五: a Chinese numeral with a count, time or ratio unit as the
 * whole value. Null otherwise (the caller reads the text as qualitative or looks for digits).
 */
function readChineseQuantity(
  text: string,
  s: string,
  n: number,
  i: number,
  lead: ComparatorRead | null,
  percentPrefix: boolean,
): ParsedValue | null {
  const numeral = readChineseNumber(s, i);
  if (!numeral) return null;
  const number: NumberRead = {
    value: numeral.value,
    digits: String(numeral.value),
    start: i,
    end: numeral.end,
  };
  let j = numeral.end;
  let unit: Unit | null = null;
  if (percentPrefix) {
    unit = PERCENT_UNIT;
  } else {
    const match = j < n ? matchUnitAt(s, j) : null;
    if (!match || match.scale || match.end > n) return null;
    if (match.unitClass !== "count" && match.unitClass !== "time" && match.unitClass !== "ratio") return null;
    unit = knownUnit(text, j, match.end, match);
    j = match.end;
  }
  const suffix = readSuffixComparator(s, j);
  if (suffix) j = suffix.end;
  if (j !== n) return null;
  const comparator = combineComparators(lead, suffix);
  if (comparator === "bad") return unreadable("badComparator", text);
  return quantity(text, lead, suffix, number, numeral.end, unit);
}

function quantity(
  text: string,
  lead: ComparatorRead | null,
  suffix: ComparatorRead | null,
  number: NumberRead,
  numberEnd: number,
  unit: Unit | null,
): ParsedValue {
  const comparator: Comparator | null = lead?.comparator ?? suffix?.comparator ?? null;
  let comparatorText = lead ? original(text, lead.start, lead.end) : "";
  if (suffix) comparatorText += original(text, suffix.start, suffix.end);
  return {
    kind: "quantity",
    comparator,
    comparatorText,
    comparatorCanonical: lead !== null && lead.canonical && suffix === null,
    number: number.value,
    numberText: original(text, number.start, numberEnd),
    unit,
  };
}

function knownUnit(text: string, start: number, end: number, match: UnitMatch): Unit {
  return {
    text: original(text, start, end),
    canonical: match.canonical,
    unitClass: match.unitClass,
    known: true,
  };
}

/** The original text of normalised positions [start, end). */
function original(text: string, start: number, end: number): string {
  if (end <= start) return "";
  return text.slice(positions[start], positions[end - 1] + 1);
}

function qualitative(text: string): ParsedValue {
  return { kind: "qualitative", text };
}

function unreadable(reason: UnreadableReason, text: string): ParsedValue {
  return { kind: "unreadable", reason, text };
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
