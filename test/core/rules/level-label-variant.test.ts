import { levelLabelVariant } from "../../../src/core/rules/level-label-variant";
import { testRule } from "../../helpers/rule-tester";

testRule(levelLabelVariant, {
  valid: [
    { name: "the profile's labels", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""]] },
    {
      name: "a wrapped label is the label",
      rows: [["效益\n指标", "经济效益\n指标", "节约资金", "", "≥1万元", ""]],
    },
    {
      name: "a misplaced variant is level2-misplaced's",
      rows: [["效益指标", "数量", "听取报告次数", "", "≥1个", ""]],
    },
    {
      name: "a variant with a note is left alone: respelling would lose the note",
      rows: [["产出指标", "数量（20分）", "组织会议次数", "", "≥6次", ""]],
    },
    {
      name: "满意度指标 as level 1 is the label",
      rows: [["满意度指标", "服务对象满意度指标", "参会人员满意度", "", "≥95%", ""]],
    },
  ],
  invalid: [
    {
      name: "the template's 等 after a label (永德 2022)",
      rows: [["满意度指标", "服务对象满意度指标等", "学生满意度", "", "≥95%", ""]],
      errors: [["B4", "variant"]],
      fixed: { B4: "服务对象满意度指标" },
    },
    {
      name: "the satisfaction group under 效益指标, as older regional forms place it (湘潭 2023)",
      rows: [
        ["产出指标", "数量指标", "配备车辆数", "", "≥10辆", ""],
        ["效益指标", "社会公众或服务对象满意度指标", "市民满意度", "", "≥90%", ""],
      ],
      errors: [["B5", "variant"]],
      fixed: { B5: "服务对象满意度指标" },
    },
    {
      name: "labels without 指标",
      rows: [
        ["产出", "数量", "组织会议次数", "", "≥6次", ""],
        ["", "质量", "参会人员出勤率", "", "≥95%", ""],
      ],
      errors: [
        ["A4", "variant"],
        ["B4", "variant"],
        ["B5", "variant"],
      ],
      fixed: { A4: "产出指标", B4: "数量指标", B5: "质量指标" },
    },
    {
      name: "环境效益指标 for 生态效益指标",
      rows: [["效益指标", "环境效益指标", "节能环保", "", "节约", ""]],
      errors: [["B4", "variant"]],
      fixed: { B4: "生态效益指标" },
    },
    {
      name: "满意度指标 as level 2",
      rows: [["满意度指标", "满意度指标", "参会人员满意度", "", "≥95%", ""]],
      errors: [["B4", "variant"]],
      fixed: { B4: "服务对象满意度指标" },
    },
    {
      name: "2021: bare cost labels",
      options: { profile: "2021" },
      rows: [["成本", "经济成本", "人均会议成本", "", "≤450元", ""]],
      errors: [
        ["A4", "variant"],
        ["B4", "variant"],
      ],
      fixed: { A4: "成本指标", B4: "经济成本指标" },
    },
  ],
});

// Regional spellings read from the corpus: older Sichuan forms (项目完成指标, 项目效益指标: 大英 2019,
// 昭化 2021), 东莞 2019 (预期产出指标, 效果指标, 预算(或投资规模)控制指标), 临海 2024.
testRule(levelLabelVariant, {
  valid: [],
  invalid: [
    {
      name: "older Sichuan and 东莞 labels, with the framework's spelling offered",
      rows: [
        ["项目完成指标", "数量指标", "查处道路交通违法行为", "", "≥3000起", ""],
        ["预期产出指标", "预算(或投资规模)控制指标", "结算金额", "", "≤919万元", ""],
        ["项目效益指标", "社会效益指标", "交通事故死亡人数下降率", "", "≥5%", ""],
        ["效果指标", "可持续性发展影响指标", "绿地养护覆盖率", "", "＝100%", ""],
      ],
      errors: [
        ["A4", "variant"],
        ["A5", "variant"],
        ["B5", "variant"],
        ["A6", "variant"],
        ["A7", "variant"],
        ["B7", "variant"],
      ],
      fixed: {
        A4: "产出指标",
        A5: "产出指标",
        B5: "成本指标",
        A6: "效益指标",
        A7: "效益指标",
        B7: "可持续影响指标",
      },
    },
  ],
});
