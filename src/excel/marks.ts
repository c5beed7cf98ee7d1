/**
 * Marks in Excel: one conditional format per severity (and per 8,000-character address chunk),
 * with a fill only, so the user's own fills, fonts and borders are untouched and show again when
 * the mark goes. Each format is ours by its formula, which names it and fingerprints its cells:
 * `=N("jixiao:error:1k3x9:0")=0` is always true (N of a text is 0), is found again after the
 * workbook is reopened, and tells whether the cells it covers are still the ones to mark.
 */
import { addressChunks, fingerprint, MARK_SEVERITIES, type MarkPlan } from "../core/marks";
import type { Severity } from "../core/report";

export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE", // Excel's own "light red fill"
  warning: "#FFEB9C", // Excel's own "yellow fill"
  info: "#DDEBF7",
};

const MARKER = /^=N\("jixiao:(error|warning|info):[0-9a-z]+:\d+"\)=0$/;

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && MARKER.test(formula.replace(/\s/g, ""));
}

/** The formats a plan needs: one per severity and address chunk, each with its marker formula. */
export interface MarkFormat {
  severity: Severity;
  address: string;
  formula: string;
}

export function markFormats(plan: MarkPlan): MarkFormat[] {
  const formats: MarkFormat[] = [];
  for (const severity of MARK_SEVERITIES) {
    addressChunks(plan.cells[severity]).forEach((address, i) => {
      formats.push({ severity, address, formula: `=N("jixiao:${severity}:${fingerprint(address)}:${i}")=0` });
    });
  }
  return formats;
}

/** Our formats found on a sheet: queued in the read, resolved after its sync. */
export interface FoundMarks {
  /** Marker formulas present, each with the format to delete if it is no longer wanted. */
  formulas(): Map<string, Excel.ConditionalFormat>;
}

export function queueFindMarks(worksheet: Excel.Worksheet): FoundMarks {
  // The whole sheet: a format may outlive the rows it was made for.
  const formats = worksheet.getRange().conditionalFormats;
  formats.load("items/type,items/customOrNullObject/rule/formula");
  return {
    formulas() {
      const found = new Map<string, Excel.ConditionalFormat>();
      for (const format of formats.items) {
        if (format.type !== "Custom" || format.customOrNullObject.isNullObject) continue;
        const formula = format.customOrNullObject.rule.formula;
        if (isMarkFormula(formula)) found.set(formula.replace(/\s/g, ""), format);
      }
      return found;
    },
  };
}

/**
 * Queues the changes that turn the marks found into the plan: formats no longer wanted are
 * deleted, missing ones added; unchanged ones are left alone. Returns how many formats changed.
 */
export function queueMarks(
  worksheet: Excel.Worksheet,
  found: Map<string, Excel.ConditionalFormat>,
  plan: MarkPlan | null,
): number {
  const wanted = plan ? markFormats(plan) : [];
  const wantedFormulas = new Set(wanted.map((f) => f.formula));
  let changes = 0;
  for (const [formula, format] of found) {
    if (!wantedFormulas.has(formula)) {
      format.delete();
      changes++;
    }
  }
  for (const format of wanted) {
    if (found.has(format.formula)) continue;
    const added = worksheet.getRanges(format.address).conditionalFormats.add("Custom");
    added.custom.rule.formula = format.formula;
    added.custom.format.fill.color = MARK_FILL[format.severity];
    changes++;
  }
  return changes;
}
