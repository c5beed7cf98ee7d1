import { formatQuantity } from "../parse/format-value";
import { costWithoutCeiling, isCostRow, rewriteQuantity, valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 11: a cost is a ceiling to stay under, so its value must be an upper bound:
 * ≥ on a cost, and ＝ or no sign on an amount of money, are reported (see costWithoutCeiling;
 * comparator-missing leaves those rows to this rule, one finding per problem).
 */
export const costUpperBound: Rule = {
  id: "cost-upper-bound",
  severity: "error",
  tags: ["cost", "value"],
  catalogue: [11],
  docs: {
    "zh-CN": {
      title: "成本指标不是上限",
      description:
        "成本指标是对支出的控制上限（财预〔2021〕101号：成本控制范围），应写作“≤X万元”。写成“≥”等于要求至少花这么多钱，审核会退回。改为“≤”须由填报人确认数额。",
    },
    "en-US": {
      title: "Cost indicator is not an upper bound",
      description:
        "A cost indicator caps spending (the 2021 guide calls it the cost control range), so it reads “≤ X 万元”. Writing “≥” demands spending at least that much and is sent back. Changing it to “≤” is offered as a suggestion: the filer must confirm the amount.",
    },
  },
  messages: {
    notUpperBound: {
      "zh-CN": "成本指标应为上限（≤），当前为“{value}”",
      "en-US": "A cost indicator should be an upper bound (≤); it is “{value}”",
    },
    negative: {
      "zh-CN": "成本指标“{value}”是负数；成本上限应为正的金额，节约额请改用节约率或移到效益指标",
      "en-US":
        "The cost “{value}” is negative; a cost ceiling is a positive amount (write a saving as a saving rate, or move it to the effect group)",
    },
    noUpperBound: {
      "zh-CN": "成本指标应写作上限（≤），“{value}”没有写明不超过多少",
      "en-US":
        "A cost indicator should be written as an upper bound (≤); “{value}” does not say it is a ceiling",
    },
    useUpperBound: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "suggestion",
  check({ table, rows, report }) {
    for (const row of rows) {
      const { indicator } = row;
      if (indicator.parsed.kind === "quantity" && indicator.parsed.number < 0 && isCostRow(row)) {
        const at = valueCell(indicator);
        if (at) report({ at, messageId: "negative", data: { value: indicator.value?.text.trim() ?? "" } });
        continue;
      }
      const problem = costWithoutCeiling(row);
      if (problem === null || indicator.parsed.kind !== "quantity") continue;
      const at = valueCell(indicator, "comparator");
      if (!at) continue;
      const proposed = formatQuantity({ ...indicator.parsed, comparator: "le" });
      report({
        at,
        messageId: problem === "lowerBound" ? "notUpperBound" : "noUpperBound",
        data: { value: indicator.value?.text.trim() ?? "" },
        suggestions: [
          {
            messageId: "useUpperBound",
            data: { value: proposed },
            edits: rewriteQuantity(table, indicator, { comparator: "le" }),
          },
        ],
      });
    }
  },
};
