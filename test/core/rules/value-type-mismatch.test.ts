import { valueTypeMismatch } from "../../../src/core/rules/value-type-mismatch";
import { testRule } from "../../helpers/rule-tester";

const TYPED_HEADER = ["一级指标", "二级指标", "三级指标", "指标值类型", "指标性质", "指标值", "计量单位"];

testRule(valueTypeMismatch, {
  valid: [
    {
      name: "定量 with a number",
      header: TYPED_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "定量", "≥", 6, "次"]],
    },
    {
      name: "定性 with words",
      header: TYPED_HEADER,
      rows: [["产出指标", "时效指标", "会议开展及时性", "定性", "定性", "及时", ""]],
    },
    {
      name: "定量指标 spelled out, with a deadline",
      header: TYPED_HEADER,
      rows: [["产出指标", "时效指标", "项目完成时间", "定量指标", "", "2022年12月31日前", ""]],
    },
    {
      name: "no 指标值类型 column",
      rows: [["产出指标", "时效指标", "会议开展及时性", "", "及时", ""]],
    },
    {
      name: "a blank type says nothing",
      header: TYPED_HEADER,
      rows: [["产出指标", "时效指标", "会议开展及时性", "", "", "及时", "次"]],
    },
  ],
  invalid: [
    {
      name: "定量 with words",
      header: TYPED_HEADER,
      rows: [["产出指标", "时效指标", "会议开展及时性", "定量", "", "及时", ""]],
      errors: [["F4", "quantitativeText"]],
      suggestion: { cell: "F4", messageId: "setType", result: { D4: "定性" } },
    },
    {
      name: "定性 with a comparator and number",
      header: TYPED_HEADER,
      rows: [["产出指标", "质量指标", "验收合格率", "定性", "≥", 95, "%"]],
      errors: [["F4", "qualitativeNumber"]],
      suggestion: { cell: "F4", messageId: "setType", result: { D4: "定量" } },
    },
    {
      name: "定性 with a unit",
      header: TYPED_HEADER,
      rows: [["产出指标", "质量指标", "项目实施流程合规性", "定性", "", "合规", "%"]],
      errors: [["G4", "qualitativeUnit"]],
      suggestion: { cell: "G4", messageId: "clearUnit", result: { G4: null, F4: "合规" } },
    },
    {
      name: "定性 with a number in the value cell",
      header: TYPED_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "定性", "", "≥6次", ""]],
      errors: [["F4", "qualitativeNumber"]],
    },
    {
      name: "2021: 定量 with words under 经济成本指标",
      header: TYPED_HEADER,
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "设备购置成本", "定量", "", "节约", ""]],
      errors: [["F4", "quantitativeText"]],
    },
  ],
});
