/**
 * Dates, deadlines and periods of DOMAIN §3 (2022年12月31日前, 12月底前, 年底前, 2022-12-31,
 * 2022.12, 2023.07-2024.01, 2023年7月至2024年1月, 1-6月), read from normalised value text.
 *
 * Calendar checks are left to rules: "2月30日前" reads as month 2, day 30 (see isValidDate), as a
 * percentage above 100 reads as written and a rule flags it.
 */
import type { ParsedValue } from "../model";

export interface DatePoint {
  year: number | null;
  month: number | null;
  day: number | null;
}

/**
 * Words before a date: 截至 / 不晚于 make a deadline of anything after them; ≤ / < make a deadline
 * of a date that stands alone (≤2022年12月31日) but leave ≤12月 to the quantity grammar (12 months);
 * 于 / 在 say nothing.
 */
const PREFIXES: readonly (readonly [string, "word" | "symbol" | "none"])[] = [
  ["截止到", "word"],
  ["截止至", "word"],
  ["截至", "word"],
  ["截止", "word"],
  ["不晚于", "word"],
  ["不迟于", "word"],
  ["最迟", "word"],
  ["最晚", "word"],
  ["<=", "symbol"],
  ["≤", "symbol"],
  ["≦", "symbol"],
  ["⩽", "symbol"],
  ["<", "symbol"],
  ["于", "none"],
  ["在", "none"],
  // A recurring or relative year before a month: 每年12月底前, 当年12月底前, 次年3月前.
  ["每年", "none"],
  ["当年", "none"],
  ["本年度", "none"],
  ["本年", "none"],
  ["次年", "none"],
];

const RELATIVE_YEARS = new Set(["每年", "当年", "本年度", "本年", "次年"]);

/** Words after a date that make it a deadline: 前, 之前, 底前 (底 is read with the date), 内. */
const DEADLINE_MARKERS = ["之前", "以前", "为止", "以内", "之内", "前", "止", "内"];

/** Verbs a date may end with: 2022年12月31日前完成. */
const VERBS = [
  "全部完成",
  "实施完毕",
  "完成",
  "完工",
  "结束",
  "办结",
  "完毕",
  "交付",
  "到位",
  "验收",
  "上线",
  "举办",
  "召开",
  "开展",
  "实施",
  "启动",
];

const PERIOD_WORDS = ["至", "到"];

interface PointRead extends DatePoint {
  end: number;
  /** A bare number (the 1 of 1-6月, the 2022 of 2022-2024年): only part of a period. */
  bare: number | null;
  /** Reads as a date on its own: a year (2022年), or a month with a day or an end (12月31日, 12月底). */
  standalone: boolean;
  /** 年内: a deadline without a marker. */
  deadline: boolean;
}

/** A date or period spanning all of s[0, n), or null when the text is not one. */
export function parseDateText(s: string, n: number): ParsedValue | null {
  let i = 0;
  let prefix: "word" | "symbol" | "none" = "none";
  for (const [word, kind] of PREFIXES) {
    if (!s.startsWith(word, i)) continue;
    // 当年 / 本年 … only before a month number: 当年底 is read whole by readPoint.
    if (RELATIVE_YEARS.has(word) && !isAsciiDigit(s[i + word.length])) continue;
    i += word.length;
    prefix = kind;
    break;
  }
  const first = readPoint(s, i, n);
  if (!first) return null;
  i = first.end;

  const afterSeparator = readPeriodSeparator(s, i, n);
  if (afterSeparator > i) {
    const second = readPoint(s, afterSeparator, n);
    if (!second) return null;
    const period = makePeriod(first, second);
    if (!period) return null;
    if (skipVerb(s, second.end, n) !== n) return null;
    return period;
  }

  if (first.bare !== null) return null;
  let marked = false;
  for (const marker of DEADLINE_MARKERS) {
    if (s.startsWith(marker, i)) {
      i += marker.length;
      marked = true;
      break;
    }
  }
  if (skipVerb(s, i, n) !== n) return null;
  // "12月" alone is a duration of months as often as December; it needs a day, an end or a marker.
  if (!first.standalone && !marked && prefix !== "word") return null;
  const deadline = prefix !== "none" || marked || first.deadline;
  return { kind: "date", deadline, year: first.year, month: first.month, day: first.day };
}

function makePeriod(first: PointRead, second: PointRead): ParsedValue | null {
  if (first.bare !== null) {
    // 1-6月: months of a year; 2022-2024年: years. Other bare numbers make a range, not a period.
    if (second.bare !== null) return null;
    if (
      second.year === null &&
      second.month !== null &&
      second.day === null &&
      isMonth(first.bare) &&
      isMonth(second.month)
    ) {
      return {
        kind: "period",
        from: { year: null, month: first.bare, day: null },
        to: { year: null, month: second.month, day: null },
      };
    }
    if (second.year !== null && second.month === null && isYear(first.bare)) {
      return {
        kind: "period",
        from: { year: first.bare, month: null, day: null },
        to: { year: second.year, month: null, day: null },
      };
    }
    return null;
  }
  if (second.bare !== null) return null;
  // 2023年7月-12月: the end takes the start's year.
  const toYear = second.year ?? (second.month !== null ? first.year : null);
  return {
    kind: "period",
    from: { year: first.year, month: first.month, day: first.day },
    to: { year: toYear, month: second.month, day: second.day },
  };
}

function readPeriodSeparator(s: string, i: number, n: number): number {
  let j = i;
  while (j < n && (s[j] === "-" || s[j] === "~")) j++;
  if (j > i) return j;
  // 到位 is a verb (12月底到位: the money arrives by then), not 到 of a period.
  if (s.startsWith("到位", i)) return i;
  for (const word of PERIOD_WORDS) if (s.startsWith(word, i)) return i + word.length;
  return i;
}

function skipVerb(s: string, i: number, n: number): number {
  if (i >= n) return i;
  for (const verb of VERBS) if (s.startsWith(verb, i)) return i + verb.length;
  return i;
}

/** One point: 2022年12月31日, 2022年底, 12月底, 6月30日, 年底, 2022-12-31, 2022.12, or a bare number. */
function readPoint(s: string, start: number, n: number): PointRead | null {
  let i = start;
  // 年底 / 年末 / 年内, optionally 本年底 / 当年底 / 今年底.
  if (s[i] === "本" || s[i] === "当" || s[i] === "今") i++;
  if (s[i] === "年") {
    const end = s[i + 1];
    if (end === "底" || end === "末" || end === "终" || end === "内") {
      return point(i + 2, null, 12, 31, true, end === "内");
    }
    return null;
  }
  if (i !== start) return null;

  const digitsEnd = skipDigits(s, i, n);
  const length = digitsEnd - i;
  if (length === 0 || length > 4) return null;
  const number = Number(s.slice(i, digitsEnd));
  i = digitsEnd;
  const next = s[i];

  if (next === "年") {
    // 2022年 …, or 22年12月 (a two-digit year only with a month or an end after it).
    i++;
    if (s[i] === "度") i++;
    if (s[i] === "年" && (s[i + 1] === "底" || s[i + 1] === "末")) i++;
    if (s[i] === "底" || s[i] === "末" || s[i] === "终") {
      const year = yearOf(number, length);
      return year === null ? null : point(i + 1, year, 12, 31, true, false);
    }
    const monthEnd = skipDigits(s, i, n);
    if (monthEnd > i && monthEnd - i <= 2 && s[monthEnd] === "月") {
      const year = yearOf(number, length);
      if (year === null) return null;
      return readDay(s, monthEnd + 1, n, year, Number(s.slice(i, monthEnd)), true);
    }
    if (length !== 4 || !isYear(number)) return null;
    return point(i, number, null, null, true, false);
  }

  if (next === "月") {
    if (length > 2) return null;
    return readDay(s, i + 1, n, null, number, false);
  }

  // 2022-12-31, 2022/12/31, 2022.12.31, 2022.12, 2022-12: four-digit year, valid month and day.
  if ((next === "-" || next === "/" || next === ".") && length === 4 && isYear(number)) {
    const monthEnd = skipDigits(s, i + 1, n);
    const monthLength = monthEnd - i - 1;
    if (monthLength >= 1 && monthLength <= 2) {
      const month = Number(s.slice(i + 1, monthEnd));
      if (!isMonth(month)) return null;
      if (s[monthEnd] === next) {
        const dayEnd = skipDigits(s, monthEnd + 1, n);
        const dayLength = dayEnd - monthEnd - 1;
        if (dayLength < 1 || dayLength > 2) return null;
        const day = Number(s.slice(monthEnd + 1, dayEnd));
        if (!isValidDate(number, month, day)) return null;
        return point(s[dayEnd] === "日" ? dayEnd + 1 : dayEnd, number, month, day, true, false);
      }
      return point(monthEnd, number, month, null, true, false);
    }
  }

  return { end: i, year: null, month: null, day: null, bare: number, standalone: false, deadline: false };
}

/** After 月: a day (30日, 30号), an end (底, 末), a part of the month (上旬, 中旬, 下旬), or nothing. */
function readDay(
  s: string,
  i: number,
  n: number,
  year: number | null,
  month: number,
  withYear: boolean,
): PointRead {
  if (s[i] === "底" || s[i] === "末") return point(i + 1, year, month, lastDay(year, month), true, false);
  if (s[i + 1] === "旬" && (s[i] === "上" || s[i] === "中" || s[i] === "下")) {
    const day = s[i] === "上" ? 10 : s[i] === "中" ? 20 : lastDay(year, month);
    return point(i + 2, year, month, day, true, false);
  }
  const dayEnd = skipDigits(s, i, n);
  if (dayEnd > i && dayEnd - i <= 2 && (s[dayEnd] === "日" || s[dayEnd] === "号")) {
    return point(dayEnd + 1, year, month, Number(s.slice(i, dayEnd)), true, false);
  }
  return point(i, year, month, null, withYear, false);
}

function point(
  end: number,
  year: number | null,
  month: number | null,
  day: number | null,
  standalone: boolean,
  deadline: boolean,
): PointRead {
  return { end, year, month, day, bare: null, standalone, deadline };
}

function skipDigits(s: string, i: number, n: number): number {
  let j = i;
  while (j < n) {
    const code = s.charCodeAt(j);
    if (code < 0x30 || code > 0x39) break;
    j++;
  }
  return j;
}

function yearOf(number: number, length: number): number | null {
  if (length === 4) return isYear(number) ? number : null;
  if (length === 2) return 2000 + number;
  return null;
}

function isYear(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

function isMonth(n: number): boolean {
  return n >= 1 && n <= 12;
}

/** Days in a month; February of an unknown year counts 28. Null for a month that does not exist. */
export function lastDay(year: number | null, month: number): number | null {
  if (!isMonth(month)) return null;
  if (month === 2)
    return year !== null && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the parts name a day that exists (a missing year allows 29 February). */
export function isValidDate(year: number | null, month: number | null, day: number | null): boolean {
  if (month === null) return day === null;
  if (!isMonth(month)) return false;
  if (day === null) return true;
  const max = year === null && month === 2 ? 29 : lastDay(year, month)!;
  return Number.isInteger(day) && day >= 1 && day <= max;
}

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}
