import { hasText } from "../text";
import type { Rule } from "./rule";

/** DOMAIN §5 row 6: an indicator row with no 指标值. Rows holding only level labels are placeholder-row's. */
export const valueEmpty: Rule = {
  id: "value-empty",
  severity: "error",
  tags: ["value"],
  catalogue: [6],
  docs: {
    "zh-CN": {
      title: "指标值为空",
      description: "有指标名称的行必须填写指标值；没有指标值，审核时无法判断目标是否可考核，会被退回。",
    },
    "en-US": {
      title: "Empty target value",
      description:
        "Every indicator row needs a target value (指标值); without one the target cannot be assessed and the table is sent back.",
    },
  },
  messages: {
    empty: {
      "zh-CN": "指标“{name}”未填写指标值",
      "en-US": "Indicator “{name}” has no target value",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const { indicator, name } of rows) {
      // In the split layout a comparator or unit with no value is still an empty value.
      if (indicator.placeholder || !indicator.value || hasText(indicator.value.text)) continue;
      report({
        at: indicator.value,
        messageId: "empty",
        data: { name: name || indicator.level2?.label || "" },
      });
    }
  },
};
