import { rateWordValue } from "../../../src/core/rules/rate-word-value";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(rateWordValue, {
  valid: [
    { name: "a rate in %", rows: [["产出指标", "时效指标", "经费下发及时率", "", "≥95%", ""]] },
    {
      name: "a timeliness with a word value",
      rows: [["产出指标", "时效指标", "订阅杂志及时性", "", "及时", ""]],
    },
    {
      name: "efficiency is not a rate",
      rows: [["效益指标", "经济效益指标", "提升工作效率", "", "提升", ""]],
    },
    {
      name: "an unreadable value (value-unreadable's)",
      rows: [["产出指标", "质量指标", "验收合格率", "", "≥%", ""]],
    },
    {
      name: "split layout: a rate with its number",
      header: SPLIT_HEADER,
      rows: [["产出指标", "质量指标", "验收合格率", "≥", 95, "%"]],
    },
  ],
  invalid: [
    {
      name: "a satisfaction in words",
      rows: [["满意度指标", "服务对象满意度指标", "学员满意度", "", "满意", ""]],
      errors: [["E4", "wordValue"]],
    },
    {
      name: "the seed's 经费下发及时率: 及时率",
      rows: [["产出指标", "时效指标", "经费下发及时率", "经费下发及时率", "及时率", "工作要求"]],
      errors: [["E4", "wordValue"]],
    },
    {
      name: "a pass rate with 合格",
      rows: [["产出指标", "质量指标", "培训人员合格率", "", "合格", ""]],
      errors: [["E4", "wordValue"]],
    },
    {
      name: "a rate with a note in its name",
      rows: [["产出指标", "质量指标", "县区订阅覆盖率（%）", "", "全覆盖", ""]],
      errors: [["E4", "wordValue"]],
    },
    {
      name: "split layout: 定性 on a rate",
      header: SPLIT_HEADER,
      rows: [["产出指标", "时效指标", "按时完成率", "定性", "按时", ""]],
      errors: [["E4", "wordValue"]],
    },
    {
      name: "2021: a rate under a cost group",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "成本控制率", "", "有效控制", ""]],
      errors: [["E4", "wordValue"]],
    },
  ],
});
