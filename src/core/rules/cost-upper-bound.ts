import { formatQuantity } from "../parse/format-value";
import { isCostRow, rewriteQuantity, valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 11: a cost is a ceiling to stay under, so its value must be an upper bound.
 * Applies to rows in a cost group, and to cost-named rows elsewhere except 数量指标 (where a money
 * amount is quantity-qualitative's finding: an input, not an output).
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
    useUpperBound: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "suggestion",
  check({ table, rows, report }) {
    for (const row of rows) {
      const { indicator } = row;
      const costly = isCostRow(row) || (row.nameClass.cost && row.level2Role !== "quantity");
      if (!costly || indicator.parsed.kind !== "quantity") continue;
      const { comparator } = indicator.parsed;
      if (comparator !== "ge" && comparator !== "gt") continue;
      const at = valueCell(indicator, "comparator");
      if (!at) continue;
      const proposed = formatQuantity({ ...indicator.parsed, comparator: "le" });
      report({
        at,
        messageId: "notUpperBound",
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
