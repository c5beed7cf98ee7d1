/**
 * Canonical value text: what rules write when they fix a value (≥ for >=, ％ folded, 辆 for 量,
 * a % added). parseValue reads back what these write.
 */
import { COMPARATOR_SYMBOL, type Comparator, type ParsedValue, type Unit } from "../model";
import type { DatePoint } from "./parse-date";
import { formatNumber } from "./cell-text";

export interface QuantityParts {
  comparator: Comparator | null;
  number: number;
  /** The number as written; kept when it is a plain number ("10,000", "1万"), else the number is formatted. */
  numberText?: string;
  /** A parsed unit (its catalogue spelling is written when known) or the unit text to write. */
  unit?: Unit | string | null;
}

/** A number as written, kept verbatim: digits, thousands commas, a decimal part, a 万/亿/千 multiplier. */
const PLAIN_NUMBER = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?[万亿千]?$|^-?\d+(?:\.\d+)?[万亿千]?$/;

/** "≥95%", "≤4万元", "＝100%", "≥10,000份"; the comparator is left out when null. */
export function formatQuantity(parts: QuantityParts): string {
  const symbol = parts.comparator === null ? "" : COMPARATOR_SYMBOL[parts.comparator];
  const folded = parts.numberText === undefined ? undefined : foldDigits(parts.numberText);
  const number = folded !== undefined && PLAIN_NUMBER.test(folded) ? folded : formatNumber(parts.number);
  return symbol + number + unitText(parts.unit);
}

/** The canonical text of a parsed value; "" for empty, the text itself for qualitative and unreadable values. */
export function formatValue(parsed: ParsedValue): string {
  switch (parsed.kind) {
    case "empty":
      return "";
    case "quantity":
      return formatQuantity(parsed);
    case "range":
      return `${formatNumber(parsed.low)}-${formatNumber(parsed.high)}${unitText(parsed.unit)}`;
    case "date":
      return formatDatePoint(parsed) + (parsed.deadline ? "前" : "");
    case "period":
      return `${formatDatePoint(parsed.from)}至${formatDatePoint(parsed.to)}`;
    case "qualitative":
    case "unreadable":
      return parsed.text;
  }
}

/** 2022年12月31日, 12月31日, 2022年12月, 2022年. */
export function formatDatePoint(point: DatePoint): string {
  let out = "";
  if (point.year !== null) out += `${point.year}年`;
  if (point.month !== null) out += `${point.month}月`;
  if (point.day !== null) out += `${point.day}日`;
  return out;
}

function unitText(unit: Unit | string | null | undefined): string {
  if (unit === null || unit === undefined) return "";
  if (typeof unit === "string") return unit;
  return unit.known && unit.canonical !== null ? unit.canonical : unit.text;
}

function foldDigits(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : text[i];
  }
  return out;
}
