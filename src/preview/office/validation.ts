/** DataValidation of the office.js fake: rules, alerts and prompts per area, as Excel keeps them. (excel-api.ts lists them all.) */
import { REQUIRE, SyncRun, type ContextLike, type ScalarSpec, SettableObject } from "./api-core";
import { displayText } from "../../workbook/cell-values";
import { cellCount } from "../../workbook/geometry";
import { OfficeError } from "../../workbook/office-error";
import {
  clone,
  rangeSource,
  ruleType,
  type ErrorAlert,
  type ValidationPrompt,
  type ValidationRule,
  type ValidationSummary,
} from "../../workbook/workbook-model";
import { AreasTarget, editable, invalid } from "./context";
import { INLINE_LIST_LIMIT } from "./formats";
import { Range } from "./range";

export function summarize(t: AreasTarget): ValidationSummary {
  const summaries = t.areas.map((area) => t.sheet.validationSummary(area));
  if (summaries.length === 1) return summaries[0];
  const same = <K extends keyof ValidationSummary>(key: K): ValidationSummary[K] | null => {
    const first = JSON.stringify(summaries[0][key]);
    return summaries.every((s) => JSON.stringify(s[key]) === first) ? summaries[0][key] : null;
  };
  const types = new Set(summaries.map((s) => s.type));
  let type = summaries[0].type;
  if (types.size > 1)
    type = types.has("None") || types.has("MixedCriteria") ? "MixedCriteria" : "Inconsistent";
  return {
    type,
    rule: types.size === 1 ? same("rule") : null,
    errorAlert: same("errorAlert"),
    ignoreBlanks: same("ignoreBlanks"),
    prompt: same("prompt"),
  };
}

/** `Excel.DataValidation` (ExcelApi 1.8) of a Range or a RangeAreas. */
export class DataValidation extends SettableObject<AreasTarget, AreasTarget> {
  protected readonly typeName = "DataValidation";

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      type: { read: (t) => summarize(t).type },
      rule: { read: (t) => summarize(t).rule },
      errorAlert: { read: (t) => summarize(t).errorAlert },
      ignoreBlanks: { read: (t) => summarize(t).ignoreBlanks },
      prompt: { read: (t) => summarize(t).prompt },
      valid: { read: (t) => validity(t) },
    };
  }

  protected override resolveTarget(run: SyncRun): AreasTarget {
    this.gate("rule");
    return this.locate(run);
  }

  get type(): string {
    return this.read("type");
  }

  get valid(): boolean {
    return this.read("valid");
  }

  get rule(): unknown {
    return this.read("rule");
  }

  /**
   * Exactly one criterion. A list source is a comma list, a formula ("=Sheet2!$A$1:$A$9") or a Range
   * (stored as such a formula). An inline list longer than 255 characters is refused with InvalidArgument:
   * Excel's limit on inline lists (xlsx writers such as XlsxWriter enforce it because Excel rejects the
   * file otherwise); what the JavaScript API does beyond it is not documented, so the fake takes the
   * stricter path.
   */
  set rule(rule: Record<string, unknown>) {
    this.queue("rule", (t, run) => {
      editable(t.sheet);
      const normalized = normalizeRule(rule, this.context, run);
      for (const area of t.areas) t.sheet.setValidationRule(area, normalized);
    });
  }

  get errorAlert(): unknown {
    return this.read("errorAlert");
  }

  set errorAlert(alert: Partial<ErrorAlert>) {
    this.queue("errorAlert", (t) => {
      editable(t.sheet);
      if (!alert || typeof alert !== "object") throw invalid();
      if (alert.style !== undefined && !["Stop", "Warning", "Information"].includes(alert.style))
        throw invalid(`"${alert.style}" is not an alert style.`);
      for (const area of t.areas) t.sheet.updateValidation(area, { errorAlert: { ...alert } });
    });
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }

  set ignoreBlanks(value: boolean) {
    this.queue("ignoreBlanks", (t) => {
      editable(t.sheet);
      for (const area of t.areas) t.sheet.updateValidation(area, { ignoreBlanks: value === true });
    });
  }

  get prompt(): unknown {
    return this.read("prompt");
  }

  set prompt(prompt: Partial<ValidationPrompt>) {
    this.queue("prompt", (t) => {
      editable(t.sheet);
      if (!prompt || typeof prompt !== "object") throw invalid();
      for (const area of t.areas) t.sheet.updateValidation(area, { prompt: { ...prompt } });
    });
  }

  /** Removes validation from these cells only, whatever range it was set on. */
  clear(): void {
    this.queue("clear", (t) => {
      editable(t.sheet);
      for (const area of t.areas) t.sheet.clearValidation(area);
    });
  }
}

export const RULE_KEYS = ["list", "custom", "wholeNumber", "decimal", "textLength", "date", "time"] as const;

export function normalizeRule(
  rule: Record<string, unknown>,
  context: ContextLike,
  run: SyncRun,
): ValidationRule {
  if (!rule || typeof rule !== "object")
    throw invalid("A data validation rule is an object with one criterion.");
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (keys.length !== 1 || !(RULE_KEYS as readonly string[]).includes(keys[0])) {
    throw invalid(
      "A data validation rule takes exactly one of list, custom, wholeNumber, decimal, textLength, date, time.",
    );
  }
  const key = keys[0];
  const body = rule[key] as Record<string, unknown>;
  if (!body || typeof body !== "object") throw invalid();
  if (key === "list") {
    const source = body.source;
    let text: string;
    if (source instanceof Range) {
      if (source.context !== context) throw new OfficeError("InvalidRequestContext");
      const t = source[REQUIRE](run);
      text = rangeSource(t.sheet.name, t.range);
    } else if (typeof source === "string" && source.trim() !== "") {
      text = source;
      if (!text.startsWith("=") && text.length > INLINE_LIST_LIMIT) {
        throw invalid(
          `An inline list source is limited to ${INLINE_LIST_LIMIT} characters (this one has ${text.length}).`,
        );
      }
    } else throw invalid("A list rule needs a source.");
    return { list: { inCellDropDown: body.inCellDropDown !== false, source: text } };
  }
  if (key === "custom") {
    if (typeof body.formula !== "string" || body.formula === "")
      throw invalid("A custom rule needs a formula.");
    return { custom: { formula: body.formula } };
  }
  return { [key]: clone(body) } as ValidationRule;
}

/**
 * `DataValidation.valid`: true when every cell passes, false when none does, null otherwise. The fake
 * checks list rules only (other rule types count as valid).
 */
export function validity(t: AreasTarget): boolean | null {
  let passed = 0;
  let failed = 0;
  for (const area of t.areas) {
    for (let r = area.row; r < area.row + area.rowCount && cellCount(area) <= 100_000; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++) {
        const entry = t.sheet.validationAt(r, c);
        const value = t.sheet.value(r, c);
        if (!entry || ruleType(entry.rule) !== "List") {
          passed++;
          continue;
        }
        if (value === null) {
          if (entry.ignoreBlanks) passed++;
          else failed++;
          continue;
        }
        const items = t.sheet.listItems(entry);
        const text = displayText(value, t.sheet.numberFormat(r, c));
        if (items === null || items.includes(text)) passed++;
        else failed++;
      }
    }
  }
  if (failed === 0) return true;
  if (passed === 0) return false;
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Conditional formats
