import type { Comparator } from "../model";
import { formatQuantity } from "../parse/format-value";
import type { Suggestion } from "../report";
import { costWithoutCeiling, isCostRow, rewriteQuantity, valueCell, type Classified } from "./facts";
import { readsAsPercent } from "./percent-target";
import type { Rule } from "./rule";

// Costs are ceilings (≤ first); everything else is mostly a floor (≥ first).
const ORDER_FOR_COST: readonly Comparator[] = ["le", "ge", "eq"];
const ORDER: readonly Comparator[] = ["ge", "le", "eq"];

/**
 * The comparators worth offering for a bare number: only those the other rules accept, so that a
 * suggestion taken never raises a new finding. A cost is a ceiling (no ≥); 100% of a ratio can only
 * be ＝ (≥100% is percent-target's); a percentage no ratio reaches (292% as a 合格率) or a 100%
 * satisfaction gets no comparator at all — its number is what needs changing.
 */
function acceptedComparators(row: Classified, satisfactionFloor: number): readonly Comparator[] {
  const { indicator, nameClass } = row;
  const parsed = indicator.parsed;
  if (parsed.kind !== "quantity") return [];
  if (isCostRow(row) || nameClass.cost) return ORDER_FOR_COST.filter((c) => c !== "ge");
  if (readsAsPercent(parsed, nameClass.percent) && !nameClass.growth) {
    const { number } = parsed;
    if (number < 0 || number > 100) return [];
    if (nameClass.satisfaction && (number === 100 || number < satisfactionFloor)) return [];
    if (number === 100) return ["eq"];
  }
  return ORDER;
}

/**
 * DOMAIN §5 row 25: a number with no comparator (`100%`, a bare number cell). It reads as "=",
 * but reviewers want the direction stated; which one is the filer's call, so each is a suggestion.
 */
export const comparatorMissing: Rule = {
  id: "comparator-missing",
  severity: "warning",
  tags: ["value"],
  catalogue: [25],
  docs: {
    "zh-CN": {
      title: "缺少比较符号",
      description:
        "定量指标值应写明比较符号：≥（不低于）、≤（不高于）或＝（等于），如“≥95%”“≤4万元”。只写数字（如“100%”）时审核人员无法判断是下限、上限还是确切值，通常会要求补上。选择哪个符号需由填报人确认。",
    },
    "en-US": {
      title: "Missing comparator",
      description:
        "A quantitative target states its comparator: ≥ (at least), ≤ (at most) or ＝ (exactly), as in “≥95%” or “≤4万元”. A bare number (100%) leaves the reviewer guessing whether it is a floor, a ceiling or exact, and is usually sent back. The filer chooses which, so each is offered as a suggestion.",
    },
  },
  messages: {
    missing: {
      "zh-CN": "指标值“{value}”缺少比较符号，无法判断是下限、上限还是确切值；请补上 ≥、≤ 或 ＝",
      "en-US":
        "“{value}” has no comparator, so it is unclear whether it is a floor, a ceiling or exact; add ≥, ≤ or ＝",
    },
    useComparator: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "suggestion",
  check({ table, rows, settings, report }) {
    for (const row of rows) {
      const { indicator } = row;
      const parsed = indicator.parsed;
      if (parsed.kind !== "quantity" || parsed.comparator !== null) continue;
      // An amount of money on a cost row: cost-upper-bound asks for ≤ (one finding, not two).
      if (costWithoutCeiling(row) !== null) continue;
      const at = valueCell(indicator, "comparator");
      if (!at) continue;
      const suggestions: Suggestion[] = [];
      for (const comparator of acceptedComparators(row, settings.satisfactionFloor)) {
        const edits = rewriteQuantity(table, indicator, { comparator });
        const value = formatQuantity({ ...parsed, comparator });
        if (edits.length > 0) suggestions.push({ messageId: "useComparator", data: { value }, edits });
      }
      report({ at, messageId: "missing", data: { value: formatQuantity(parsed) }, suggestions });
    }
  },
};
