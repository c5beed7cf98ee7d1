import { hasText } from "../text";
import { isMoneyUnit } from "../units";
import { valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 13: a 数量指标 counts outputs, so its value is a number of things. Words
 * (畅通, 顺利) say nothing countable, and a money amount (代表活动经费 ≥20万元) is an input, which
 * belongs in a cost group. A rate name with a word value is rate-word-value's.
 */
export const quantityQualitative: Rule = {
  id: "quantity-qualitative",
  severity: "warning",
  tags: ["value"],
  catalogue: [13],
  docs: {
    "zh-CN": {
      title: "数量指标填了文字或金额",
      description:
        "数量指标反映完成的工作量，指标值应为“数字 + 计数单位”，如“≥6次”“≥500人”“≥10000份”。填“畅通”“顺利”等文字无法计数，应改为可计数的目标或移到质量指标下；填金额（如“≥20万元”）是资金投入而不是产出，应放到成本指标下并写作上限。",
    },
    "en-US": {
      title: "Quantity indicator with words or money",
      description:
        "A quantity indicator counts the work done, so its value is a number with a counting unit (≥6次, ≥500人, ≥10000份). Words such as 畅通 or 顺利 cannot be counted: write a countable target or move the row to the quality group. A money amount (≥20万元) is an input, not an output: it belongs in a cost group, as an upper bound.",
    },
  },
  messages: {
    qualitative: {
      "zh-CN":
        "数量指标“{name}”填的是文字“{value}”，无法计数；请写可计数的目标（如“≥6次”），或移到质量指标下",
      "en-US":
        "Quantity indicator “{name}” has the words “{value}”, which cannot be counted; write a countable target (e.g. “≥6次”) or move it to the quality group",
    },
    moneyAmount: {
      "zh-CN":
        "数量指标“{name}”填的是金额“{value}”，这是资金投入而不是产出；金额应放到成本指标下并写作上限（≤）",
      "en-US":
        "Quantity indicator “{name}” has the amount “{value}”, an input rather than an output; put amounts in a cost group as an upper bound (≤)",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const { indicator, name, nameClass, level2Role } of rows) {
      if (level2Role !== "quantity") continue;
      const parsed = indicator.parsed;
      if (parsed.kind === "qualitative") {
        if (nameClass.rate) continue;
        const at = valueCell(indicator);
        if (at) report({ at, messageId: "qualitative", data: { name, value: parsed.text } });
      } else if (
        (parsed.kind === "quantity" || parsed.kind === "range") &&
        // A money name with a bare number (工程资金金额 43.2) is an amount as much as 43.2万元 is.
        (isMoneyUnit(parsed.unit) || (parsed.unit === null && nameClass.cost))
      ) {
        // Split layout: the unit cell when the unit is written there, else the value cell that holds it.
        const at = valueCell(indicator, indicator.unit && hasText(indicator.unit.text) ? "unit" : "value");
        const value = [indicator.comparator, indicator.value, indicator.unit]
          .map((field) => (field ? field.text.trim() : ""))
          .join("");
        if (at) report({ at, messageId: "moneyAmount", data: { name, value } });
      }
    }
  },
};
