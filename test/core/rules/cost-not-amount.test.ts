import { costNotAmount } from "../../../src/core/rules/cost-not-amount";
import { testRule } from "../../helpers/rule-tester";

testRule(costNotAmount, {
  valid: [
    { name: "a money ceiling", rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""]] },
    { name: "a cost control rate", rows: [["产出指标", "成本指标", "成本控制率", "", "≤100%", ""]] },
    { name: "a saving rate", rows: [["产出指标", "成本指标", "政府采购节支率", "", "≥5%", ""]] },
    {
      name: "a cost's growth (the seed's 人大专网维护费)",
      rows: [["产出指标", "成本指标", "年度维护成本增长率", "", "≤5%", ""]],
    },
    {
      name: "a compliance rate outside the cost group",
      rows: [["产出指标", "质量指标", "资助标准达标率", "", "＝100%", ""]],
    },
  ],
  invalid: [
    {
      name: "compliance rates under 成本指标 (宁晋 2019, 衡山 2020)",
      rows: [
        ["产出指标", "成本指标", "资助标准达标率", "", "100%", ""],
        ["", "", "国家政策性粮收购价格执行率", "", "100%", ""],
      ],
      errors: [
        ["C4", "notAmount"],
        ["C5", "notAmount"],
      ],
    },
    {
      name: "2021: under 经济成本指标",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "生均补助标准达标率", "", "＝100%", ""]],
      errors: [["C4", "notAmount"]],
    },
  ],
});
