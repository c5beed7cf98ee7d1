/** A cell's value as the text a person sees in it. */
import type { CellValue } from "../grid";

/** Excel counts days from 1899-12-30 (that epoch absorbs its 1900 leap-year bug for serials after 60). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** True for number formats that show a percentage ("0%", "0.00%"), ignoring quoted literals. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return stripLiterals(format).includes("%");
}

/** True for number formats that show a date ("yyyy-mm-dd", "m/d/yy", "yyyy年m月d日"). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = stripLiterals(format).toLowerCase();
  if (bare === "general" || bare === "@") return false;
  return /[yd]/.test(bare) || (/(^|[^a-z])m{1,4}([^a-z]|$)/.test(bare) && /[/\-.年月]/.test(format));
}

function stripLiterals(format: string): string {
  // Drop "quoted text", \-escaped characters and [colour]/[locale] blocks.
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/**
 * The literal text a number format shows before and after the number, from its first section:
 * quoted text (`0"人"`), escaped characters (`0\\元`) and unquoted non-ASCII characters (`0元`,
 * `"≥"0%`). Empty strings for General and formats without literals.
 */
export function numberFormatAffixes(format: string | null | undefined): { prefix: string; suffix: string } {
  if (!format || format.length > 255 || !/["\\]|[^ -~]/.test(format)) return NO_AFFIXES;
  let prefix = "";
  let suffix = "";
  let seenPlaceholder = false;
  const literal = (text: string): void => {
    if (seenPlaceholder) suffix += text;
    else prefix += text;
  };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") break;
    if (ch === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      literal(format.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") {
      if (i + 1 < format.length) literal(format[i + 1]);
      i++;
    } else if (ch === "[") {
      const close = format.indexOf("]", i + 1);
      i = close < 0 ? format.length : close;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if ("0#?.,%".includes(ch) || (ch >= "1" && ch <= "9")) {
      // A placeholder: whatever literal text came after an earlier one was in the middle, not a suffix.
      if (seenPlaceholder) suffix = "";
      seenPlaceholder = true;
    } else if (ch.charCodeAt(0) > 0x7f) {
      literal(ch);
    }
  }
  return prefix === "" && suffix === "" ? NO_AFFIXES : { prefix, suffix };
}

const NO_AFFIXES = Object.freeze({ prefix: "", suffix: "" });

/** Formats a number without binary noise: 0.1 + 0.2 → "0.3", 95 → "95". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

/** Calendar date of an Excel date serial, or null when it is not a plausible date. */
export function excelSerialToDate(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The text a person reads in a cell: numbers as displayed under their format, booleans as Excel shows them. */
export function cellText(value: CellValue, numberFormat?: string | null): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDateFormat(numberFormat)) {
    const date = excelSerialToDate(value);
    // A number no calendar holds, under a date format: the number (not the format's 年月日 around it).
    return date ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : formatNumber(value);
  }
  return displayNumber(value, numberFormat ?? null);
}

/**
 * A number as Excel shows it under its format's first section: the percentage scaled (0.95 under
 * 0.00% is 95.00%), the decimals the format asks for (0.0 → one, #.## → up to two), thousands
 * grouped (#,##0), and the format's literal text around it ("≥"0%, 0"人"). Scientific and
 * fraction formats fall back to the plain number.
 */
export function displayNumber(value: number, format: string | null): string {
  if (!Number.isFinite(value)) return String(value);
  if (!format || format.length > 255) return formatNumber(value);
  const section = firstSection(format);
  const bare = stripLiterals(section);
  if (/^general$/i.test(bare.trim()) || bare.trim() === "@" || /[eE][+-]|\?\/|\//.test(bare))
    return formatNumber(value);
  const percents = (bare.match(/%/g) ?? []).length;
  const shown = value * 100 ** percents;
  const point = bare.indexOf(".");
  const decimalsPart = point < 0 ? "" : (/^[0#?]*/.exec(bare.slice(point + 1))?.[0] ?? "");
  const minDecimals = (decimalsPart.match(/[0?]/g) ?? []).length;
  const maxDecimals = decimalsPart.length;
  const hasPlaceholder = /[0#?]/.test(bare);
  let text = hasPlaceholder ? shown.toFixed(maxDecimals) : formatNumber(shown);
  if (hasPlaceholder && maxDecimals > minDecimals) {
    const [whole, fraction = ""] = text.split(".");
    const kept = fraction.replace(/0+$/, "").padEnd(minDecimals, "0");
    text = kept === "" ? whole : `${whole}.${kept}`;
  }
  const wholePart = point < 0 ? bare : bare.slice(0, point);
  // #.## shows no 0 before the point (0.5 → .5), as Excel does.
  if (hasPlaceholder && !/[0?]/.test(wholePart) && /^-?0\./.test(text)) text = text.replace("0.", ".");
  if (/[0#?],[0#?]/.test(wholePart)) text = groupThousands(text);
  const { prefix, suffix } = numberFormatAffixes(section);
  return `${prefix}${text}${"%".repeat(percents)}${suffix}`;
}

function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i++;
    else if (ch === ";" && !quoted) return format.slice(0, i);
  }
  return format;
}

function groupThousands(text: string): string {
  const negative = text.startsWith("-");
  const [whole, fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
