import { formatQuantity } from "../parse/format-value";
import type { Field, IndicatorRow, Unit } from "../model";
import { isPercentUnit } from "../units";
import { rewriteQuantity, valueCell } from "./facts";
import type { Rule } from "./rule";

/** The satisfaction target suggested in place of 100%: what published tables mostly ask (DOMAIN §6). */
const USUAL_SATISFACTION = 95;

/**
 * DOMAIN §5 row 10: percentages a reviewer questions. One finding per value, most telling first:
 * outside 0–100 (growth may exceed 100); a satisfaction of 100% (no survey reaches it); ≥100% or
 * >100% (met only at exactly 100%, or never); a satisfaction below the floor of the settings.
 */
export const percentTarget: Rule = {
  id: "percent-target",
  severity: "warning",
  tags: ["value"],
  catalogue: [10],
  docs: {
    "zh-CN": {
      title: "百分比目标值不合理",
      description:
        "百分比只能在0–100%之间（增长率等变化率除外）。“≥100%”只有恰好100%才能达到，应写作“＝100%”；“＞100%”永远达不到。满意度目标定为100%不切实际，一般为≥90%或≥95%；低于设定下限（默认85%）的满意度目标过低，审核时会被质疑。",
    },
    "en-US": {
      title: "Implausible percentage target",
      description:
        "A percentage lies between 0 and 100% (growth and change rates excepted). “≥100%” can only be met at exactly 100% and reads “＝100%”; “>100%” can never be met. A satisfaction target of 100% is unrealistic (tables mostly ask ≥90% or ≥95%), and one below the configured floor (85% by default) is too low and will be questioned.",
    },
  },
  messages: {
    outOfRange: {
      "zh-CN": "“{name}”的目标值“{value}”超出0–100%的范围；比例不会小于0或大于100%，请核实",
      "en-US": "The target “{value}” of “{name}” lies outside 0–100%; a ratio cannot, please check it",
    },
    atLeastHundred: {
      "zh-CN": "“{value}”只有恰好达到100%才算完成，建议写作“＝100%”",
      "en-US": "“{value}” is only met at exactly 100%; write “＝100%”",
    },
    aboveHundred: {
      "zh-CN": "“{value}”要求超过100%，而比例最高为100%，目标永远无法达到；如要求全部达到，请写作“＝100%”",
      "en-US":
        "“{value}” asks for more than 100%, which a ratio never reaches; if everything must be met, write “＝100%”",
    },
    satisfactionFull: {
      "zh-CN": "满意度目标“{value}”要求人人满意，实际调查难以达到；一般设为“≥{usual}%”",
      "en-US":
        "The satisfaction target “{value}” asks everyone to be satisfied, which surveys rarely show; “≥{usual}%” is usual",
    },
    satisfactionLow: {
      "zh-CN": "满意度目标“{value}”低于{floor}%，目标偏低，审核时会被质疑；建议不低于“≥{floor}%”",
      "en-US":
        "The satisfaction target “{value}” is below {floor}% and will be questioned as too low; use at least “≥{floor}%”",
    },
    change: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "suggestion",
  check({ table, rows, settings, report }) {
    const floor = settings.satisfactionFloor;
    const usual = Math.min(Math.max(USUAL_SATISFACTION, floor), 99);
    for (const { indicator, name, nameClass } of rows) {
      const parsed = indicator.parsed;
      // A cost in % is unit-mismatch's: the % itself is wrong, so its size is beside the point.
      if (nameClass.cost) continue;
      if (parsed.kind === "range") {
        if (!isPercentUnit(parsed.unit) || nameClass.growth) continue;
        if (parsed.low < 0 || parsed.high > 100) {
          const at = valueCell(indicator);
          if (at) report({ at, messageId: "outOfRange", data: { name, value: shownValue(indicator) } });
        }
        continue;
      }
      if (parsed.kind !== "quantity" || !readsAsPercent(parsed, nameClass.percent)) continue;
      const { comparator, number } = parsed;
      // A bare number under a rate's name is read in % (unit-missing adds the %); so are the offers.
      const withUnit = parsed.unit === null ? { unit: "%" } : {};
      const value = shownValue(indicator);
      const valueAt = valueCell(indicator);
      const comparatorAt = valueCell(indicator, "comparator");
      if (!valueAt || !comparatorAt) continue;
      const atLeast =
        comparator === "ge" || comparator === "gt" || comparator === "eq" || comparator === null;
      if (!nameClass.growth && (number < 0 || number > 100)) {
        report({ at: valueAt, messageId: "outOfRange", data: { name, value } });
      } else if (nameClass.satisfaction && number === 100 && atLeast) {
        const target = { comparator: "ge" as const, number: usual };
        report({
          at: valueAt,
          messageId: "satisfactionFull",
          data: { value, usual },
          suggestions: [
            {
              messageId: "change",
              data: { value: formatQuantity({ ...parsed, ...target, ...withUnit, numberText: undefined }) },
              edits: rewriteQuantity(table, indicator, { ...target, ...withUnit }),
            },
          ],
        });
      } else if (!nameClass.growth && number === 100 && (comparator === "ge" || comparator === "gt")) {
        report({
          at: comparatorAt,
          messageId: comparator === "ge" ? "atLeastHundred" : "aboveHundred",
          data: { value },
          suggestions: [
            {
              messageId: "change",
              data: { value: formatQuantity({ ...parsed, comparator: "eq", ...withUnit }) },
              edits: rewriteQuantity(table, indicator, { comparator: "eq", ...withUnit }),
            },
          ],
        });
      } else if (nameClass.satisfaction && atLeast && number < floor) {
        const target = { comparator: "ge" as const, number: floor };
        report({
          at: valueAt,
          messageId: "satisfactionLow",
          data: { value, floor },
          suggestions: [
            {
              messageId: "change",
              data: { value: formatQuantity({ ...parsed, ...target, ...withUnit, numberText: undefined }) },
              edits: rewriteQuantity(table, indicator, { ...target, ...withUnit }),
            },
          ],
        });
      }
    }
  },
};

/**
 * A percentage: written with %, or a bare number above 1 under a rate's or degree's name (95 under
 * 满意度 is read as 95%, as unit-missing reads it; 0.95 could be either and is left to it).
 */
export function readsAsPercent(parsed: { unit: Unit | null; number: number }, percentName: boolean): boolean {
  if (isPercentUnit(parsed.unit)) return true;
  return percentName && parsed.unit === null && parsed.number > 1;
}

/** The value as written: the value cell, and in the split layout its comparator and unit cells around it. */
function shownValue(row: IndicatorRow): string {
  const part = (field: Field | null) => (field ? field.text.trim() : "");
  return part(row.comparator) + part(row.value) + part(row.unit);
}
