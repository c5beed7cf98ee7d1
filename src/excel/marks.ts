/**
 * Marks in Excel: one conditional format per severity (and per 8,000-character address chunk),
 * with a fill only, so the user's own fills, fonts and borders are untouched and show again when
 * the mark goes. Each format is ours by its formula, which names it and fingerprints its cells:
 * `=N("jixiao:error:1k3x9:0")=0` is always true (N of a text is 0), is found again after the
 * workbook is reopened, and tells whether the cells it covers are still the ones to mark.
 *
 * Pasting or filling a marked cell copies its conditional format as a new rule with the same formula
 * over the pasted cells (Excel treats conditional formatting as formatting when cells are copied: each
 * paste makes another instance of the rule — ExcelTips T001143, "Stopping a Conditional Formatting
 * Rule from Breaking into Smaller Ranges"; wisechecker.com/?p=30824); a co-author's add-in may add the
 * same rule too. So a marker formula may be found more than once, on cells it was never meant for: all
 * of its formats are removed, and the one wanted is added again.
 */
import {
  addressChunks,
  DEFAULT_CHUNK_LIMIT,
  fingerprint,
  MARK_SEVERITIES,
  markAreas,
  type ChunkLimit,
  type MarkPlan,
} from "../core/marks";
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

export function markFormats(plan: MarkPlan, limit: ChunkLimit = DEFAULT_CHUNK_LIMIT): MarkFormat[] {
  const formats: MarkFormat[] = [];
  for (const severity of MARK_SEVERITIES) {
    addressChunks(markAreas(plan.cells[severity]), limit).forEach((address, i) => {
      formats.push({ severity, address, formula: `=N("jixiao:${severity}:${fingerprint(address)}:${i}")=0` });
    });
  }
  return formats;
}

/** Marker formulas present on a sheet, each with every format that carries it (more than one after a paste). */
export type MarksFound = Map<string, Excel.ConditionalFormat[]>;

/** Our formats found on a sheet: queued in the read, resolved after its sync. */
export interface FoundMarks {
  formulas(): MarksFound;
}

export function queueFindMarks(worksheet: Excel.Worksheet): FoundMarks {
  // The whole sheet: a format may outlive the rows it was made for.
  const formats = worksheet.getRange().conditionalFormats;
  formats.load("items/type,items/customOrNullObject/rule/formula");
  return {
    formulas() {
      const found: MarksFound = new Map();
      for (const format of formats.items) {
        if (format.type !== "Custom" || format.customOrNullObject.isNullObject) continue;
        const formula = format.customOrNullObject.rule.formula;
        if (!isMarkFormula(formula)) continue;
        const key = formula.replace(/\s/g, "");
        found.set(key, [...(found.get(key) ?? []), format]);
      }
      return found;
    },
  };
}

/** What turns the marks found into a plan: the formats to delete and the ones to add. */
export interface MarkChanges {
  deletes: Excel.ConditionalFormat[];
  adds: MarkFormat[];
}

/**
 * The changes that turn the marks found into the plan: formats no longer wanted are deleted, and so is
 * every copy of a formula found more than once (a paste's, on cells it was not meant for); missing ones
 * are added (a duplicated one again, once); unchanged ones are left alone. Pure: nothing is queued.
 */
export function markChanges(
  found: MarksFound,
  plan: MarkPlan | null,
  limit: ChunkLimit = DEFAULT_CHUNK_LIMIT,
): MarkChanges {
  const wanted = plan ? markFormats(plan, limit) : [];
  const wantedFormulas = new Set(wanted.map((f) => f.formula));
  const kept = new Set<string>();
  const deletes: Excel.ConditionalFormat[] = [];
  for (const [formula, formats] of found) {
    if (wantedFormulas.has(formula) && formats.length === 1) kept.add(formula);
    else deletes.push(...formats);
  }
  return { deletes, adds: wanted.filter((format) => !kept.has(format.formula)) };
}

/** Queues the changes that turn the marks found into the plan (markChanges); returns how many formats change. */
export function queueMarks(worksheet: Excel.Worksheet, found: MarksFound, plan: MarkPlan | null): number {
  return queueMarkChanges(worksheet, markChanges(found, plan));
}

export function queueMarkChanges(worksheet: Excel.Worksheet, changes: MarkChanges): number {
  for (const format of changes.deletes) format.delete();
  queueMarkAdds(worksheet, changes.adds);
  return changes.deletes.length + changes.adds.length;
}

/**
 * Queues new marks. Each is one getRanges over its address list, which Excel may still refuse for its
 * length (InvalidArgument): the adapter queues these last in a batch, so a refusal loses nothing else,
 * and writes them again in halves (isAddressRefusal).
 */
export function queueMarkAdds(worksheet: Excel.Worksheet, adds: readonly MarkFormat[]): void {
  for (const format of adds) {
    const added = worksheet.getRanges(format.address).conditionalFormats.add("Custom");
    added.custom.rule.formula = format.formula;
    added.custom.format.fill.color = MARK_FILL[format.severity];
  }
}

/** Whether a failed batch was refused for an address list (getRanges' InvalidArgument), not for something else. */
export function isAddressRefusal(error: unknown): boolean {
  const e = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const where = typeof e?.debugInfo?.errorLocation === "string" ? e.debugInfo.errorLocation : "";
  return e?.code === "InvalidArgument" && /getRanges|ConditionalFormat|RangeAreas/.test(where);
}
