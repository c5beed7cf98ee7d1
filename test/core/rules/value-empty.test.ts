import { valueEmpty } from "../../../src/core/rules/value-empty";
import { testRule } from "../../helpers/rule-tester";

testRule(valueEmpty, {
  valid: [
    { name: "a value", rows: [["产出指标", "数量指标", "会议次数", "", "≥6次", "计划标准"]] },
    { name: "a qualitative value", rows: [["产出指标", "时效指标", "会议及时性", "", "及时", "计划标准"]] },
    {
      name: "a placeholder row (placeholder-row reports it)",
      rows: [["产出指标", "质量指标", "", "", "", ""]],
    },
    {
      name: "split layout with its value in the value column",
      header: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
      rows: [["产出指标", "数量指标", "会议次数", "≥", 6, "次"]],
    },
  ],
  invalid: [
    {
      name: "an indicator with no value",
      rows: [["产出指标", "数量指标", "会议次数", "组织会议次数", "", "计划标准"]],
      errors: [["E4", "empty"]],
    },
    {
      name: "a value of spaces only",
      rows: [["产出指标", "数量指标", "会议次数", "", "  ", "计划标准"]],
      errors: [["E4", "empty"]],
    },
    {
      name: "split layout: a comparator but no number",
      header: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
      rows: [["产出指标", "数量指标", "会议次数", "≥", "", "次"]],
      errors: [["E4", "empty"]],
    },
  ],
});
