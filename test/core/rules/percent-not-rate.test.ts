import { percentNotRate } from "../../../src/core/rules/percent-not-rate";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(percentNotRate, {
  valid: [
    { name: "a rate", rows: [["产出指标", "质量指标", "验收合格率", "", "≥95%", ""]] },
    { name: "a degree", rows: [["满意度指标", "服务对象满意度指标", "群众满意度", "", "≥90%", ""]] },
    { name: "a share", rows: [["产出指标", "数量指标", "女性代表占比", "", "≥30%", ""]] },
    {
      name: "a change is measured in %",
      rows: [["效益指标", "经济效益指标", "农民收入增长", "", "≥5%", ""]],
    },
    { name: "(%) written into the name", rows: [["产出指标", "质量指标", "资金发放(%)", "", "100%", ""]] },
    { name: "a count", rows: [["产出指标", "数量指标", "维护社会稳定次数", "", "≥4次", ""]] },
    {
      name: "a qualitative target",
      rows: [["效益指标", "社会效益指标", "维护社会稳定", "", "显著提升", ""]],
    },
  ],
  invalid: [
    {
      name: "slogans with percentages (井研 2023, split layout)",
      header: SPLIT_HEADER,
      rows: [
        ["效益指标", "社会效益指标", "维护社会稳定", "≥", 95, "%"],
        ["", "经济效益指标", "促进村集体经济发展", "≥", 95, "%"],
      ],
      errors: [
        ["C4", "notRate"],
        ["C5", "notRate"],
      ],
    },
    {
      name: "combined layout",
      rows: [["效益指标", "可持续影响指标", "项目维持时效", "", "≥95%", ""]],
      errors: [["C4", "notRate"]],
    },
  ],
});
