import { isCostRow } from "./facts";
import type { Rule } from "./rule";

/**
 * A cost group whose indicator is a rate of compliance or completion (资助标准达标率 ＝100%,
 * 价格执行率 100%, 成本核算率 100%) says nothing about what the project costs: 101号 asks the
 * cost group for the cost's control range, in money or as a control or saving rate. Rates that
 * do measure a cost (成本控制率, 节支率, 超支率) are left alone.
 */
const COST_RATE =
  /(控制|节约|节支|节省|节资|降低|下降|超支|超预算|偏差|结余|支出|消耗|降本|增长|增幅|上涨|变动)率$/;

export const costNotAmount: Rule = {
  id: "cost-not-amount",
  severity: "warning",
  tags: ["cost", "value"],
  catalogue: [],
  docs: {
    "zh-CN": {
      title: "成本指标没有反映成本",
      description:
        "成本指标反映项目的成本控制范围（财预〔2021〕101号），应写成本金额上限（如“生均补助标准 ≤X元/人·年”）或成本控制、节约类比率（如“成本控制率 ≤100%”）。“资助标准达标率 ＝100%”“价格执行率 100%”是合规或完成情况，放在成本指标下等于没有设成本目标，审核会要求改写或移到质量指标。",
    },
    "en-US": {
      title: "Cost indicator measures no cost",
      description:
        "A cost indicator states the project's cost control range (MoF 2021 No. 101): a money ceiling (“生均补助标准 ≤X元/人·年”) or a cost control or saving rate (“成本控制率 ≤100%”). A compliance or completion rate such as “资助标准达标率 ＝100%” or “价格执行率 100%” sets no cost target; reviewers ask for a rewrite, or for the row to move to the quality group.",
    },
  },
  messages: {
    notAmount: {
      "zh-CN":
        "成本指标“{name}”（{value}）是合规或完成情况的比率，没有反映成本；请改为成本金额上限或成本控制率，或将其移到质量指标",
      "en-US":
        "The cost indicator “{name}” ({value}) is a compliance or completion rate and measures no cost; give a money ceiling or a cost control rate, or move it to the quality group",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const row of rows) {
      const { indicator, name } = row;
      if (indicator.placeholder || name === "" || !isCostRow(row)) continue;
      const { parsed } = indicator;
      if (parsed.kind !== "quantity" && parsed.kind !== "range") continue;
      if (parsed.unit?.unitClass !== "ratio" || COST_RATE.test(name)) continue;
      const at = indicator.level3 ?? indicator.value;
      if (!at) continue;
      report({ at, messageId: "notAmount", data: { name, value: indicator.value?.text.trim() ?? "" } });
    }
  },
};
