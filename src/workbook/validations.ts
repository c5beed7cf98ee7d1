/**
 * Data validation as Excel keeps it: records (one per "Data Validation" setting), each over some areas,
 * with a rule, an error alert, ignoreBlanks and a prompt. Pure functions from records to records: the
 * sheet (workbook-model.ts) holds them and says what changed; an insert or delete moves them
 * (shiftValidations) as it moves cells.
 */
import { rangeContains, rangesOverlap, type CellRange } from "../core/grid";
import { cellCount, coalesce, intersect, shiftArea, subtractAll, type ShiftEdit } from "./geometry";
import { ModelError } from "./office-error";
import { clone } from "./plain";

/** `Excel.DataValidationRule` as stored: a list source is always a string (a Range becomes "=Sheet!$A$1:$A$3"). */
export interface ValidationRule {
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
  wholeNumber?: Record<string, unknown>;
  decimal?: Record<string, unknown>;
  textLength?: Record<string, unknown>;
  date?: Record<string, unknown>;
  time?: Record<string, unknown>;
}

export type ValidationTypeName =
  | "None"
  | "WholeNumber"
  | "Decimal"
  | "List"
  | "Date"
  | "Time"
  | "TextLength"
  | "Custom"
  | "Inconsistent"
  | "MixedCriteria";

export interface ErrorAlert {
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
  message: string;
}

export interface ValidationPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidationEntry {
  areas: CellRange[];
  /** null: the areas carry alert or prompt settings but no criteria ("Any value"). */
  rule: ValidationRule | null;
  errorAlert: ErrorAlert;
  ignoreBlanks: boolean;
  prompt: ValidationPrompt;
}

/** What `range.dataValidation` reads for a range that may span several entries. */
export interface ValidationSummary {
  type: ValidationTypeName;
  /** null unless every cell has the same rule. */
  rule: ValidationRule | null;
  errorAlert: ErrorAlert | null;
  ignoreBlanks: boolean | null;
  prompt: ValidationPrompt | null;
}

export const DEFAULT_ERROR_ALERT: ErrorAlert = { showAlert: true, style: "Stop", title: "", message: "" };
export const DEFAULT_PROMPT: ValidationPrompt = { showPrompt: false, title: "", message: "" };

export function ruleType(rule: ValidationRule | null): ValidationTypeName {
  if (!rule) return "None";
  if (rule.list) return "List";
  if (rule.custom) return "Custom";
  if (rule.wholeNumber) return "WholeNumber";
  if (rule.decimal) return "Decimal";
  if (rule.textLength) return "TextLength";
  if (rule.date) return "Date";
  if (rule.time) return "Time";
  return "None";
}

/** The record a cell belongs to, or null. */
export function validationAt(
  entries: readonly ValidationEntry[],
  row: number,
  col: number,
): ValidationEntry | null {
  return entries.find((v) => v.areas.some((a) => rangeContains(a, row, col))) ?? null;
}

/**
 * The records with the range's cells given `rule`; alert, prompt and ignoreBlanks carry over from the
 * record the range lies in.
 *
 * Excel refuses to set a rule on a range whose cells belong to more than one record, or to a record that
 * covers only part of the range: office-js issue #2594 (a prompt set on B5:B10, then on B1:B10, then a
 * rule on B1:B10 fails with InvalidArgument), which is why Microsoft's samples call
 * `dataValidation.clear()` first. Where only part of the range has validation we assume the same
 * refusal (Excel's UI asks whether to extend the validation instead). `mode: "replace"` skips the check,
 * for a test that sets up a sheet directly.
 */
export function withRule(
  entries: readonly ValidationEntry[],
  range: CellRange,
  rule: ValidationRule,
  mode: "excel" | "replace" = "excel",
): ValidationEntry[] {
  const records = entries.filter((v) => v.areas.some((a) => rangesOverlap(a, range)));
  if (mode === "excel") {
    const covered = records.reduce(
      (sum, v) =>
        sum +
        v.areas.reduce(
          (n, a) => n + (intersect(a, range) ? cellCount(intersect(a, range) as CellRange) : 0),
          0,
        ),
      0,
    );
    if (records.length > 1 || (records.length === 1 && covered < cellCount(range))) {
      throw new ModelError(
        "InvalidArgument",
        "The range has more than one data validation setting; clear its data validation before setting a rule.",
      );
    }
  }
  const base = records.length === 1 ? records[0] : null;
  const next = carve(entries, range);
  next.push({
    areas: [{ ...range }],
    rule: clone(rule),
    errorAlert: { ...(base?.errorAlert ?? DEFAULT_ERROR_ALERT) },
    ignoreBlanks: base?.ignoreBlanks ?? true,
    prompt: { ...(base?.prompt ?? DEFAULT_PROMPT) },
  });
  return normalize(next);
}

/** The records with the alert, prompt or ignoreBlanks of every cell in the range changed. */
export function withPatch(
  entries: readonly ValidationEntry[],
  range: CellRange,
  patch: { errorAlert?: Partial<ErrorAlert>; ignoreBlanks?: boolean; prompt?: Partial<ValidationPrompt> },
): ValidationEntry[] {
  const apply = (entry: Omit<ValidationEntry, "areas">): Omit<ValidationEntry, "areas"> => ({
    rule: entry.rule,
    errorAlert: { ...entry.errorAlert, ...(patch.errorAlert ?? {}) },
    ignoreBlanks: patch.ignoreBlanks ?? entry.ignoreBlanks,
    prompt: { ...entry.prompt, ...(patch.prompt ?? {}) },
  });
  const next: ValidationEntry[] = [];
  let uncovered: CellRange[] = [range];
  for (const entry of entries) {
    const inside = entry.areas.map((a) => intersect(a, range)).filter((a): a is CellRange => a !== null);
    if (inside.length === 0) {
      next.push(entry);
      continue;
    }
    const outside = subtractAll(entry.areas, range);
    if (outside.length > 0) next.push({ ...entry, areas: outside });
    next.push({ ...apply(entry), areas: inside });
    for (const piece of inside) uncovered = subtractAll(uncovered, piece);
  }
  if (uncovered.length > 0) {
    next.push({
      ...apply({ rule: null, errorAlert: DEFAULT_ERROR_ALERT, ignoreBlanks: true, prompt: DEFAULT_PROMPT }),
      areas: uncovered,
    });
  }
  return normalize(next);
}

/** The records without the range's cells, whatever range they were set on. */
export function withoutValidation(entries: readonly ValidationEntry[], range: CellRange): ValidationEntry[] {
  return normalize(carve(entries, range));
}

/**
 * `range.dataValidation` for a range: `type` is "Inconsistent" when every cell has validation but not
 * the same, "MixedCriteria" when only some cells have it (d.ts, Excel.DataValidationType). A property
 * that differs between cells reads null: the docs say so for RangeAreas ("dataValidation returns a single
 * object only if every range has the same rule, otherwise it returns null"), and we assume a Range
 * behaves alike.
 */
export function summarize(entries: readonly ValidationEntry[], range: CellRange): ValidationSummary {
  const total = cellCount(range);
  let ruled = 0;
  let touched = 0;
  const rules = new Set<string>();
  const alerts = new Set<string>();
  const blanks = new Set<boolean>();
  const prompts = new Set<string>();
  let rule: ValidationRule | null = null;
  let alert: ErrorAlert = DEFAULT_ERROR_ALERT;
  let prompt: ValidationPrompt = DEFAULT_PROMPT;
  let ignoreBlanks = true;
  for (const entry of entries) {
    let cells = 0;
    for (const area of entry.areas) {
      const cut = intersect(area, range);
      if (cut) cells += cellCount(cut);
    }
    if (cells === 0) continue;
    touched += cells;
    if (entry.rule) {
      ruled += cells;
      rules.add(JSON.stringify(entry.rule));
      rule = entry.rule;
    }
    alerts.add(JSON.stringify(entry.errorAlert));
    prompts.add(JSON.stringify(entry.prompt));
    blanks.add(entry.ignoreBlanks);
    alert = entry.errorAlert;
    prompt = entry.prompt;
    ignoreBlanks = entry.ignoreBlanks;
  }
  if (touched < total) {
    alerts.add(JSON.stringify(DEFAULT_ERROR_ALERT));
    prompts.add(JSON.stringify(DEFAULT_PROMPT));
    blanks.add(true);
  }
  let type: ValidationTypeName;
  if (ruled === 0) type = "None";
  else if (ruled < total) type = "MixedCriteria";
  else if (rules.size > 1) type = "Inconsistent";
  else type = ruleType(rule);
  const uniform = type !== "Inconsistent" && type !== "MixedCriteria";
  return {
    type,
    rule: uniform && type !== "None" && rule ? clone(rule) : null,
    errorAlert: alerts.size === 1 ? { ...(touched < total ? DEFAULT_ERROR_ALERT : alert) } : null,
    ignoreBlanks: blanks.size === 1 ? (touched < total ? true : ignoreBlanks) : null,
    prompt: prompts.size === 1 ? { ...(touched < total ? DEFAULT_PROMPT : prompt) } : null,
  };
}

/** The records after an insert or delete of cells: areas move with their cells, a record left without cells goes. */
export function shiftValidations(entries: readonly ValidationEntry[], edit: ShiftEdit): ValidationEntry[] {
  return entries
    .map((v) => ({ ...v, areas: coalesce(v.areas.flatMap((a) => shiftArea(a, edit))) }))
    .filter((v) => v.areas.length > 0);
}

function carve(entries: readonly ValidationEntry[], range: CellRange): ValidationEntry[] {
  return entries.map((entry) => ({ ...entry, areas: subtractAll(entry.areas, range) }));
}

/** Drops records left without cells; records are never merged (Excel keeps them apart, see withRule). */
function normalize(entries: readonly ValidationEntry[]): ValidationEntry[] {
  return entries
    .filter((entry) => entry.areas.length > 0)
    .map((entry) => ({ ...entry, areas: coalesce(entry.areas) }));
}
