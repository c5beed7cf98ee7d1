import { level2Misplaced } from "../../../src/core/rules/level2-misplaced";
import { testRule } from "../../helpers/rule-tester";

testRule(level2Misplaced, {
  valid: [
    {
      name: "2015: 成本指标 under 产出",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["", "成本指标", "人均会议成本", "", "≤450元", ""],
      ],
    },
    {
      name: "2021: 成本指标 as a level 1",
      options: { profile: "2021" },
      rows: [
        ["成本指标", "经济成本指标", "人均会议成本", "", "≤450元", ""],
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
      ],
    },
    {
      name: "an unknown level 1 cannot misplace its level 2",
      rows: [["产出指示", "数量指标", "组织会议次数", "", "≥6次", ""]],
    },
    {
      name: "unknown labels are level-label-unknown's",
      rows: [["产出指标", "质量指示", "参会人员出勤率", "", "≥95%", ""]],
    },
  ],
  invalid: [
    {
      name: "2021: 成本指标 as a level 2 under 产出 (the seed's tables)",
      options: { profile: "2021" },
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", "年初工作要点"],
        ["", "成本指标", "人均会议成本", "人均会议成本", "≤450元", "年初工作要点"],
      ],
      errors: [["B5", "level1AsLevel2"]],
    },
    {
      name: "数量指标 under 效益指标, reported once for its merged group",
      rows: [
        ["效益指标", "数量指标", "听取财政局报告", "", "≥1个", ""],
        ["", "", "听取市政府工作报告", "", "≥1个", ""],
      ],
      errors: [["B4", "misplaced"]],
    },
    {
      name: "a variant spelling under the wrong level 1",
      rows: [["满意度指标", "质量", "参会人员满意度", "", "≥95%", ""]],
      errors: [["B4", "misplaced"]],
    },
    {
      name: "the level-1 label repeated in the level-2 column",
      rows: [["效益指标", "效益指标", "提升社会影响力", "", "有效提升", ""]],
      errors: [["B4", "level1Repeated"]],
    },
    {
      name: "2015: a level-2 label in the level-1 column",
      options: { profile: "2015" },
      rows: [
        ["成本指标", "经济成本指标", "人均会议成本", "", "≤450元", ""],
        ["", "", "线路租用成本", "", "≤4万元", ""],
      ],
      errors: [["A4", "level2AsLevel1"]],
    },
  ],
});
