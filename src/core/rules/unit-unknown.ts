import { formatQuantity } from "../parse/format-value";
import type { Suggestion } from "../report";
import { hasText } from "../text";
import { findUnit, isMoneyUnit, unitClassOf } from "../units";
import { rewriteQuantity, valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 16: a unit outside the catalogue (`≥20量`), with the nearest known unit as a
 * suggestion (量 → 辆). The name can overrule the nearest spelling: a rate's unit is %, and a cost
 * is never offered a non-money unit.
 */
export const unitUnknown: Rule = {
  id: "unit-unknown",
  severity: "warning",
  tags: ["unit", "value"],
  catalogue: [16],
  docs: {
    "zh-CN": {
      title: "计量单位不规范",
      description:
        "计量单位应使用常用单位（次、人、个、份、天、元、万元、%等）。不在单位表中的写法多为错别字（如“≥20量”应为“辆”），会使汇总和考核出错。有相近的常用单位时给出建议，需确认后替换。",
    },
    "en-US": {
      title: "Unknown unit",
      description:
        "Units should be the common ones (次, 人, 个, 份, 天, 元, 万元, % …). A unit outside the catalogue is usually a slip (≥20量 for 辆) and breaks totals and assessment. When a known unit is near, it is offered as a suggestion to confirm.",
    },
  },
  messages: {
    latinSpelling: {
      "zh-CN": "计量单位“{unit}”是外文缩写，应写作“{canonical}”",
      "en-US": "The unit “{unit}” is a Latin abbreviation; write “{canonical}”",
    },
    unknownNear: {
      "zh-CN": "计量单位“{unit}”不是常用单位，是否应为“{suggestion}”？",
      "en-US": "“{unit}” is not a known unit; did you mean “{suggestion}”?",
    },
    unknown: {
      "zh-CN": "计量单位“{unit}”不是常用单位；请改用次、人、个、份、天、元、万元、%等常用单位",
      "en-US": "“{unit}” is not a known unit; use a common one such as 次, 人, 个, 份, 天, 元, 万元 or %",
    },
    useUnit: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "suggestion",
  check({ table, rows, report }) {
    for (const { indicator, nameClass } of rows) {
      const parsed = indicator.parsed;
      if (parsed.kind !== "quantity" && parsed.kind !== "range") continue;
      const unit = parsed.unit;
      if (!unit) continue;
      // Split layout: the unit cell when the unit is written there, else the value cell that holds it.
      const at = valueCell(indicator, indicator.unit && hasText(indicator.unit.text) ? "unit" : "value");
      if (!at) continue;
      if (unit.known) {
        // M for 米, km for 公里: understood, but a Chinese table writes the Chinese unit (吨 not t).
        if (unit.canonical && /^[A-Za-z]+$/.test(unit.text) && !/[A-Za-z]/.test(unit.canonical)) {
          const edits =
            parsed.kind === "quantity" ? rewriteQuantity(table, indicator, { unit: unit.canonical }) : [];
          const value = parsed.kind === "quantity" ? formatQuantity({ ...parsed, unit: unit.canonical }) : "";
          report({
            at,
            messageId: "latinSpelling",
            data: { unit: unit.text, canonical: unit.canonical },
            suggestions: edits.length > 0 ? [{ messageId: "useUnit", data: { value }, edits }] : [],
          });
        }
        continue;
      }
      let suggestion = unit.suggestion ?? null;
      // A rate's unit is % whatever it is nearest to; a cost is not offered 次 for 此.
      if (nameClass.percent && unitClassOf(suggestion) !== "ratio") suggestion = "%";
      else if (nameClass.cost && suggestion !== null && !isMoneyUnit(suggestion)) suggestion = null;
      if (suggestion === null) {
        report({ at, messageId: "unknown", data: { unit: unit.text } });
        continue;
      }
      const suggestions: Suggestion[] = [];
      // In the split layout a unit written inside the value cell would be left there by rewriteQuantity.
      const unitInValueCell = table.layout === "split" && !(indicator.unit && hasText(indicator.unit.text));
      if (parsed.kind === "quantity" && !unitInValueCell) {
        const canonical = findUnit(suggestion)?.canonical ?? suggestion;
        const edits = rewriteQuantity(table, indicator, { unit: canonical });
        const value = formatQuantity({ ...parsed, unit: canonical });
        if (edits.length > 0) suggestions.push({ messageId: "useUnit", data: { value }, edits });
      }
      report({ at, messageId: "unknownNear", data: { unit: unit.text, suggestion }, suggestions });
    }
  },
};
