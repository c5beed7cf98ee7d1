import type { Rule } from "./rule";

/**
 * A percentage target on an indicator that names no rate or share: 维护社会稳定 ≥95%,
 * 促进村集体经济发展 ≥95% (井研 2023). Nothing says 95% of what, so nothing can be checked at
 * year end; reviewers ask for a rate they can compute (…率 = what / of what) or another target.
 * Names of a change (降低, 增长 …) are left alone: a change is rightly measured in %.
 */
const SHARE_WORDS = /率|比例|比重|占比|百分|程度|度$|指数|份额|覆盖面|[%‰]/;
const CHANGE_WORDS = /增长|增加|增幅|提高|提升|降低|下降|减少|降幅|节约|节省|缩短|压缩/;

export const percentNotRate: Rule = {
  id: "percent-not-rate",
  severity: "warning",
  tags: ["value", "unit"],
  catalogue: [],
  docs: {
    "zh-CN": {
      title: "百分比目标的指标不是比率",
      description:
        "以“%”为目标值的指标必须是可以计算的比率或占比（…率、…占比、…程度），即写得出“分子/分母”。“维护社会稳定 ≥95%”“促进村集体经济发展 ≥95%”没有说明是什么的百分之九十五，年终无从核对，审核会要求修改。请把指标改写为比率（如“政策知晓率”“资金发放率”），或改用数量、定性分级的目标值。",
    },
    "en-US": {
      title: "Percentage target on an indicator that is no rate",
      description:
        "An indicator with a target in % must be a rate or share one can compute (…率, …占比, …程度): numerator over denominator. “维护社会稳定 ≥95%” or “促进村集体经济发展 ≥95%” do not say 95% of what, so nothing can be checked at year end and reviewers ask for a change. Rewrite the indicator as a rate (“政策知晓率”, “资金发放率”), or give a count or a graded qualitative target.",
    },
  },
  messages: {
    notRate: {
      "zh-CN":
        "“{name}”不是比率或占比指标，目标值“{value}”说不清是什么的百分比；请改写为可计算的比率（如“…率”），或改用数量、定性目标",
      "en-US":
        "“{name}” is no rate or share, so the target “{value}” is a percentage of nothing stated; rewrite it as a rate one can compute (…率) or give a count or a qualitative target",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const { indicator, name, nameClass } of rows) {
      const { parsed } = indicator;
      if (indicator.placeholder || name === "" || nameClass.percent) continue;
      if (parsed.kind !== "quantity" && parsed.kind !== "range") continue;
      if (parsed.unit?.unitClass !== "ratio") continue;
      if (SHARE_WORDS.test(name) || CHANGE_WORDS.test(name)) continue;
      const at = indicator.level3 ?? indicator.value;
      if (!at) continue;
      report({ at, messageId: "notRate", data: { name, value: indicator.value?.text.trim() ?? "" } });
    }
  },
};
