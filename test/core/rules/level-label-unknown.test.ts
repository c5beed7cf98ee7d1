import { levelLabelUnknown } from "../../../src/core/rules/level-label-unknown";
import { testRule } from "../../helpers/rule-tester";

testRule(levelLabelUnknown, {
  valid: [
    {
      name: "the profile's labels",
      rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"]],
    },
    {
      name: "variants are level-label-variant's",
      rows: [
        ["产出", "数量", "组织会议次数", "", "≥6次", ""],
        ["效益指标", "环境效益指标", "节能环保", "", "节约", ""],
      ],
    },
    { name: "a wrapped label", rows: [["效益\n指标", "经济效益\n指标", "节约资金", "", "≥1万元", ""]] },
    {
      name: "a note in brackets and a stray comma (stray-punctuation's)",
      rows: [["产出指标（50分）", "数量指标、", "组织会议次数", "", "≥6次", ""]],
    },
    {
      name: "a label under the wrong level 1 (level2-misplaced's)",
      rows: [["效益指标", "数量指标", "听取报告次数", "", "≥1个", ""]],
    },
    {
      name: "2021: 成本指标 under 产出 is level2-misplaced's",
      options: { profile: "2021" },
      rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""]],
    },
    {
      name: "2021: its cost groups",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "人均会议成本", "", "≤450元", ""]],
    },
  ],
  invalid: [
    {
      name: "a typo in a level-2 label, with the nearest label suggested",
      rows: [["产出指标", "质量指示", "参会人员出勤率", "", "≥95%", ""]],
      errors: [["B4", "unknownLevel2"]],
      suggestion: { cell: "B4", messageId: "replace", result: { B4: "质量指标" } },
    },
    {
      name: "a typo in a level-1 label, reported once at the cell it is written in",
      rows: [
        ["产出指示", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["", "质量指标", "参会人员出勤率", "", "≥95%", ""],
      ],
      errors: [["A4", "unknownLevel1"]],
      suggestion: { cell: "A4", messageId: "replace", result: { A4: "产出指标" } },
    },
    {
      name: "a blank level-2 cell below an unknown label is not reported again",
      rows: [
        ["效益指标", "社会效应指标", "传播人大工作", "", "推动", ""],
        ["", "", "提高服务水平", "", "提高", ""],
      ],
      errors: [["B4", "unknownLevel2"]],
      suggestion: { cell: "B4", messageId: "replace", result: { B4: "社会效益指标" } },
    },
    {
      name: "a home-made label with nothing near, and numbers in level cells",
      rows: [
        ["产出指标", "完成情况", "组织会议次数", "", "≥6次", ""],
        [1, true, "参会人员出勤率", "", "≥95%", ""],
      ],
      errors: [
        ["B4", "unknownLevel2"],
        ["A5", "unknownLevel1"],
        ["B5", "unknownLevel2"],
      ],
    },
    {
      name: "2015: a 2021 cost group is unknown, and nothing near is offered",
      options: { profile: "2015" },
      rows: [["产出指标", "经济成本指标", "人均会议成本", "", "≤450元", ""]],
      errors: [["B4", "unknownLevel2"]],
    },
    {
      name: "a label one edit from two groups gets no guess",
      rows: [["产出指标", "成效指标", "组织会议次数", "", "≥6次", ""]],
      errors: [["B4", "unknownLevel2"]],
    },
  ],
});
