import { descriptionMissing } from "../../../src/core/rules/description-missing";
import { testRule } from "../../helpers/rule-tester";

testRule(descriptionMissing, {
  valid: [
    {
      name: "a description",
      rows: [["产出指标", "数量指标", "培训人次", "各期参训人数之和", "≥500人次", ""]],
    },
    {
      name: "no description column",
      header: ["一级指标", "二级指标", "三级指标", "指标值"],
      rows: [["产出指标", "数量指标", "培训人次", "≥500人次"]],
    },
    { name: "a template row (placeholder-row's)", rows: [["效益指标", "生态效益指标", "", "", "", ""]] },
  ],
  invalid: [
    {
      name: "one or two blank descriptions, at their cells",
      rows: [
        ["产出指标", "数量指标", "培训人次", "", "≥500人次", ""],
        ["", "质量指标", "培训合格率", "考核合格人数/参训人数", "≥95%", ""],
      ],
      errors: [["D4", "missing"]],
    },
    {
      name: "a column left blank on many rows: one finding at its header",
      rows: [
        ["产出指标", "数量指标", "培训人次", "", "≥500人次", ""],
        ["", "质量指标", "培训合格率", "", "≥95%", ""],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "", "≥90%", ""],
      ],
      errors: [["D3", "column"]],
    },
  ],
});
