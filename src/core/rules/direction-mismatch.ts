import { COMPARATOR_SYMBOL } from "../model";
import { normaliseLabel } from "../text";
import { valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * (split layout) The direction column (指标方向性, or 指标性质 holding 正向/反向) against the sign:
 * 正向 means more is better, so its target is a floor (≥, ＞ or ＝); 反向 means less is better (a
 * cost, a failure rate), so its target is a ceiling (≤, ＜) — ＝ is no ceiling unless it is ＝0.
 * Which of the two cells is wrong is the filer's call: no fix.
 */
function directionOf(text: string): "positive" | "negative" | null {
  const label = normaliseLabel(text).replace(/指标$/, "");
  if (label === "正向" || label === "正") return "positive";
  if (label === "反向" || label === "反") return "negative";
  return null;
}

export const directionMismatch: Rule = {
  id: "direction-mismatch",
  severity: "error",
  tags: ["value"],
  catalogue: [],
  docs: {
    "zh-CN": {
      title: "指标方向与比较符号矛盾",
      description:
        "一体化系统的“指标方向性”说明指标值越大越好（正向）还是越小越好（反向）。正向指标的目标是下限（≥、＞或＝），反向指标（成本、事故率、投诉率等）的目标是上限（≤、＜）。“正向”配“≤”、“反向”配“≥”或“＝”（＝0除外）自相矛盾，系统考核会出错，审核会退回。请改正方向或符号。",
    },
    "en-US": {
      title: "Direction contradicts the comparator",
      description:
        "The budget systems' direction column says whether more is better (正向) or less is better (反向). A 正向 target is a floor (≥, ＞ or ＝); a 反向 target (a cost, an accident or complaint rate) is a ceiling (≤, ＜). 正向 with ≤, or 反向 with ≥ or ＝ (other than ＝0), contradicts itself and is scored wrongly; the table is sent back. Correct the direction or the sign.",
    },
  },
  messages: {
    positiveCeiling: {
      "zh-CN": "指标方向为“正向”（越大越好），目标值却是上限“{sign}”；请改为“≥”，或将方向改为“反向”",
      "en-US":
        "The direction is 正向 (more is better) but the target is a ceiling “{sign}”; use ≥, or make the direction 反向",
    },
    negativeFloor: {
      "zh-CN": "指标方向为“反向”（越小越好），目标值却是“{sign}”，不是上限；请改为“≤”，或将方向改为“正向”",
      "en-US":
        "The direction is 反向 (less is better) but the target is “{sign}”, not a ceiling; use ≤, or make the direction 正向",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const { indicator } of rows) {
      const { direction, parsed } = indicator;
      if (!direction || indicator.placeholder || parsed.kind !== "quantity" || parsed.comparator === null)
        continue;
      const way = directionOf(direction.text);
      if (way === null) continue;
      const { comparator } = parsed;
      const sign = COMPARATOR_SYMBOL[comparator];
      const at = valueCell(indicator, "comparator") ?? direction;
      if (way === "positive" && (comparator === "le" || comparator === "lt"))
        report({ at, messageId: "positiveCeiling", data: { sign } });
      else if (
        way === "negative" &&
        (comparator === "ge" || comparator === "gt" || (comparator === "eq" && parsed.number !== 0))
      )
        report({ at, messageId: "negativeFloor", data: { sign } });
    }
  },
};
