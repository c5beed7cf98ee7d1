import type { Field } from "../model";
import { hasText, normaliseLabel } from "../text";
import { BUDGET_EXECUTION } from "../vocabulary";
import type { Rule } from "./rule";

// "10", "12.5", "10分", "10%" (also full width, folded by normaliseLabel).
const WEIGHT = /^(\d+(?:\.\d+)?)(?:分|%)?$/;
const TOLERANCE = 0.01;

/** A weight as a number of points, or null for text that is not one. */
function readWeight(field: Field): number | null {
  // The text as shown: a fraction formatted 0% reads "10%", i.e. 10 points.
  const match = WEIGHT.exec(normaliseLabel(field.text));
  return match ? Number(match[1]) : null;
}

/**
 * DOMAIN §5 row 28: in a table with a weight column (权重, 分值), the weights add up to 100. A
 * column left entirely blank is not a weighted table; a weight that is not a number is reported
 * at its cell, and then the sum is not judged.
 */
export const weightsSum: Rule = {
  id: "weights-sum",
  severity: "error",
  tags: ["weight"],
  catalogue: [28],
  docs: {
    "zh-CN": {
      title: "权重合计不等于100",
      description:
        "设有权重（分值）列的表，各指标权重之和应为100，年度自评时按权重计算得分；表中另给预算执行率10分的（自评表常见），指标权重之和应为90。合计多于或少于100，得分就无法换算，审核会退回。权重应填写数字（如“10”或“10分”）。",
    },
    "en-US": {
      title: "Weights do not add up to 100",
      description:
        "In a table with a weight column (权重, 分值) the indicators’ weights add up to 100: the year-end self-evaluation scores by them. Where the form gives budget execution its own 10 points (common in self-evaluations), the indicators add up to 90. Any other total cannot be scored and the table is sent back. Write each weight as a number (“10” or “10分”).",
    },
  },
  messages: {
    sum: {
      "zh-CN": "各指标权重合计为{sum}，应为100",
      "en-US": "The weights add up to {sum}; they should add up to 100",
    },
    sumNinety: {
      "zh-CN": "各指标权重合计为{sum}；本表另有预算执行率10分，指标权重合计应为90",
      "en-US":
        "The weights add up to {sum}; this form gives budget execution its own 10 points, so the indicators should add up to 90",
    },
    notNumber: {
      "zh-CN": "权重“{text}”不是数字，请填写分值（如“10”）",
      "en-US": "The weight “{text}” is not a number; write the points (e.g. “10”)",
    },
  },
  fixable: null,
  check({ table, rows, report }) {
    const header = table.header.weight;
    if (!header) return;
    let sum = 0;
    let weighted = false;
    let unreadable = false;
    for (const { indicator } of rows) {
      const weight = indicator.weight;
      if (!weight || !hasText(weight.text)) continue;
      weighted = true;
      const points = readWeight(weight);
      if (points === null) {
        unreadable = true;
        report({ at: weight, messageId: "notNumber", data: { text: weight.text.trim() } });
      } else sum += points;
    }
    if (!weighted || unreadable) return;
    // Where the form scores budget execution apart (10 points), the indicators carry 90 — unless
    // the execution row is one of the weighted rows.
    const executionRow = rows.some(({ name }) => BUDGET_EXECUTION.test(name));
    const expected = table.scoresBudgetExecution && !executionRow ? 90 : 100;
    if (Math.abs(sum - expected) <= TOLERANCE) return;
    report({
      at: header,
      messageId: expected === 90 ? "sumNinety" : "sum",
      data: { sum: Number(sum.toFixed(2)) },
    });
  },
};
