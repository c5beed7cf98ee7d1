import { costInWords, valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 12: a row in a cost group whose value is words. A cost indicator is a money cap
 * (101号: 成本控制范围), so 及时 or 合规 there is either a misfiled row or a missing amount. A rate
 * name with a word value is rate-word-value's (one cell, one reason).
 */
export const costQualitative: Rule = {
  id: "cost-qualitative",
  severity: "error",
  tags: ["cost", "value"],
  catalogue: [12],
  docs: {
    "zh-CN": {
      title: "成本指标使用定性值",
      description:
        "成本指标反映支出的控制上限（财预〔2021〕101号：成本控制范围），指标值应为金额，如“≤5万元”“≤450元/人”。写成“及时”“合规”等文字无法考核，会被退回；如该行实为时效或质量要求，应移到时效指标或质量指标下。",
    },
    "en-US": {
      title: "Cost indicator with a qualitative value",
      description:
        "A cost indicator caps spending (the 2021 guide's cost control range), so its value is an amount such as “≤5万元” or “≤450元/人”. Words such as 及时 or 合规 cannot be assessed and the table is sent back; if the row is really about timeliness or quality, move it to that group.",
    },
  },
  messages: {
    sentence: {
      "zh-CN":
        "“{group}”下的“{name}”写成了一句话“{value}”；成本指标应只填金额上限（如“≤1000元/人”），说明可写在指标解释中",
      "en-US":
        "“{name}” under “{group}” is a sentence, “{value}”; a cost indicator takes only a money cap (e.g. “≤1000元/人”), with any explanation in the description",
    },
    qualitative: {
      "zh-CN":
        "“{group}”下的“{name}”填的是文字“{value}”；成本指标应填金额上限（如“≤5万元”），时效、质量类要求请移到相应的二级指标下",
      "en-US":
        "“{name}” under “{group}” has the words “{value}”; a cost indicator takes a money cap (e.g. “≤5万元”): move timeliness or quality requirements to their own group",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const row of rows) {
      const { indicator, name } = row;
      const words = costInWords(row);
      if (words === null) continue;
      const at = valueCell(indicator);
      if (!at) continue;
      const group = indicator.level2?.label || indicator.level1?.label || "";
      report({ at, messageId: words, data: { name, group, value: indicator.value?.text.trim() ?? "" } });
    }
  },
};
