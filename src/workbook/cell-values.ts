/**
 * What Excel makes of a value written into a cell, and how a cell reads as text.
 *
 * Excel does not store strings as given: writing "95" through `Range.values` (or typing it) stores the
 * number 95, "95%" stores 0.95 formatted "0%", "TRUE" stores a boolean, an ISO date stores a date serial,
 * unless the cell is formatted as Text ("@"). A string starting with "=" (or "+"/"-" followed by a
 * non-number) is taken as a formula (d.ts: Range.values, "If the returned value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula."). The fake does not
 * evaluate formulas: it keeps the text and reports it, so a test can see the adapter wrote one.
 *
 * `displayText` covers the number formats these tables use (General, 0, 0.00, percentages, thousands,
 * Text and a few date forms); anything else falls back to the General form.
 */
import type { CellValue } from "../core/grid";

export interface Coerced {
  value: CellValue;
  /** The number format Excel applies along with the value ("0%" for "95%"), if any. */
  numberFormat?: string;
  /** The input reads as a formula, which the fake keeps as text. */
  formula?: boolean;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function coerceInput(input: unknown, currentFormat: string | undefined): Coerced {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number") return Number.isFinite(input) ? { value: input } : { value: null };
  if (typeof input === "boolean") return { value: input };
  if (input instanceof Date)
    return { value: dateSerial(input.getFullYear(), input.getMonth() + 1, input.getDate()) };
  const text = String(input);
  if (currentFormat === "@") return { value: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const decimals = percent[1].includes(".") ? percent[1].split(".")[1].length : 0;
    return {
      value: Number(percent[1]) / 100,
      numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  if (/^(TRUE|FALSE)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, numberFormat: "yyyy/m/d" };
  }
  if (/^[=+-]/.test(trimmed) && trimmed.length > 1) return { value: text, formula: true };
  return { value: text };
}

/** Days since 1899-12-30 (Excel's 1900 date system), or null for an impossible date. */
export function dateSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean";

export function valueType(value: CellValue): ValueType {
  if (value === null) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

export function displayText(value: CellValue, numberFormat: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = numberFormat ?? "General";
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(?:\.(0+))?$/.exec(format);
  if (fixed) {
    const text = value.toFixed(fixed[2]?.length ?? 0);
    return fixed[1] ? groupThousands(text) : text;
  }
  if (/^(yyyy\/m\/d|yyyy-mm-dd|m\/d\/yyyy)$/.test(format)) return formatDate(value, format);
  return generalNumber(value);
}

function groupThousands(text: string): string {
  const [whole, fraction] = text.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (fraction !== undefined ? `.${fraction}` : "");
}

/** Excel's General format: up to 11 significant digits, no trailing zeros. */
function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text = Number(value.toPrecision(11)).toString();
  return text.replace(/e\+?/, "E+").replace("E+-", "E-");
}

function formatDate(serial: number, format: string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  if (format === "yyyy-mm-dd") return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (format === "m/d/yyyy") return `${m}/${d}/${y}`;
  return `${y}/${m}/${d}`;
}
