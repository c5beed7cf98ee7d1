import { level2Legacy } from "../../../src/core/rules/level2-legacy";
import { testRule } from "../../helpers/rule-tester";

testRule(level2Legacy, {
  valid: [
    {
      name: "2015 still lists 可持续影响指标",
      options: { profile: "2015" },
      rows: [["效益指标", "可持续影响指标", "设备使用年限", "", "≥6年", ""]],
    },
    {
      name: "2021: a current level 2",
      options: { profile: "2021" },
      rows: [["效益指标", "社会效益指标", "提高服务水平", "", "提高", ""]],
    },
    {
      name: "2021: a legacy label under the wrong level 1 is level2-misplaced's",
      options: { profile: "2021" },
      rows: [["产出指标", "可持续影响指标", "设备使用年限", "", "≥6年", ""]],
    },
  ],
  invalid: [
    {
      name: "2021: the seed's 可持续影响指标 rows, each written in its own cell",
      options: { profile: "2021" },
      rows: [
        ["效益指标", "生态效益指标", "节能环保", "", "节约", ""],
        ["", "可持续影响指标", "设备后期管养", "", "有计划", ""],
        ["", "可持续影响指标", "设备使用年限", "", "≥6年", ""],
      ],
      errors: [
        ["B5", "legacy"],
        ["B6", "legacy"],
      ],
    },
    {
      name: "2021: a merged legacy label is reported once",
      options: { profile: "2021" },
      rows: [
        ["效益指标", "可持续影响指标", "设备后期管养", "", "有计划", ""],
        ["", "", "设备使用年限", "", "≥6年", ""],
      ],
      errors: [["B4", "legacy"]],
    },
    {
      name: "2021: written without 指标",
      options: { profile: "2021" },
      rows: [["效益", "可持续影响", "长期稳定服务", "", "长期", ""]],
      errors: [["B4", "legacy"]],
    },
  ],
});
