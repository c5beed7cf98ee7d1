import { valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 15: a rate (…率) is a percentage, so a word value (及时率: 及时率, 合格率: 合格)
 * cannot be assessed. Efficiency and frequency are not rates (classify.ts).
 */
export const rateWordValue: Rule = {
  id: "rate-word-value",
  severity: "error",
  tags: ["value"],
  catalogue: [15],
  docs: {
    "zh-CN": {
      title: "比率指标填了文字",
      description:
        "以“率”结尾的指标（及时率、合格率、覆盖率）是百分比，指标值应为“符号 + 数字 + %”，如“≥95%”。填“及时率”“合格”等文字，年终无法对照考核，会被退回。如确实只能定性描述，应改用“…及时性”“…合规性”等指标名称。满意度等以百分比衡量的程度也一样：“满意”应写作“≥90%”。",
    },
    "en-US": {
      title: "Rate indicator with a word value",
      description:
        "An indicator named …率 (timeliness rate, pass rate, coverage) is a percentage and takes “comparator + number + %”, such as “≥95%”. Words such as 及时率 or 合格 cannot be checked at year end and the table is sent back; if the target can only be described, rename the indicator (…及时性, …合规性). The same holds for a satisfaction or another degree measured in %: “满意” reads “≥90%”.",
    },
  },
  messages: {
    wordValue: {
      "zh-CN": "“{name}”是比率指标，指标值应为百分比（如“≥95%”），当前为文字“{value}”",
      "en-US": "“{name}” is a rate and takes a percentage (e.g. “≥95%”); it has the words “{value}”",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const { indicator, name, nameClass } of rows) {
      // A satisfaction or another degree in words (满意, 较高) says no more than a rate in words.
      if (
        !(nameClass.rate || nameClass.degree || nameClass.satisfaction) ||
        indicator.parsed.kind !== "qualitative"
      )
        continue;
      const at = valueCell(indicator);
      if (at) report({ at, messageId: "wordValue", data: { name, value: indicator.parsed.text } });
    }
  },
};
