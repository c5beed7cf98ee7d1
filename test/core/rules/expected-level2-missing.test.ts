import { expectedLevel2Missing } from "../../../src/core/rules/expected-level2-missing";
import { testRule } from "../../helpers/rule-tester";

testRule(expectedLevel2Missing, {
  valid: [
    {
      name: "产出 with 数量 and 质量",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["", "质量指标", "参会人员出勤率", "", "≥95%", ""],
        ["效益指标", "社会效益指标", "选举结果公开", "", "公开告知", ""],
      ],
    },
    {
      name: "variant spellings count",
      rows: [
        ["产出", "数量", "组织会议次数", "", "≥6次", ""],
        ["", "质量", "参会人员出勤率", "", "≥95%", ""],
      ],
    },
    {
      name: "no 产出 at all is level1-missing's",
      rows: [["效益指标", "社会效益指标", "选举结果公开", "", "公开告知", ""]],
    },
    {
      name: "a 产出 of placeholder rows only is placeholder-row's",
      rows: [
        ["产出指标", "时效指标", "", "", "", ""],
        ["效益指标", "社会效益指标", "选举结果公开", "", "公开告知", ""],
      ],
    },
    {
      name: "a table without a level-2 column",
      header: ["一级指标", "三级指标", "指标值"],
      rows: [["产出指标", "组织会议次数", "≥6次"]],
    },
  ],
  invalid: [
    {
      name: "产出 without 质量",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["", "时效指标", "会议开展及时性", "", "及时", ""],
      ],
      errors: [["A4", "missing"]],
    },
    {
      name: "产出 with cost only lacks both",
      rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""]],
      errors: [
        ["A4", "missing"],
        ["A4", "missing"],
      ],
    },
    {
      name: "a placeholder 质量 row does not count",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["", "质量指标", "", "", "", ""],
      ],
      errors: [["A4", "missing"]],
    },
    {
      name: "2021: 产出 below 成本, and 质量 filed under 效益 does not count",
      options: { profile: "2021" },
      rows: [
        ["成本指标", "经济成本指标", "人均会议成本", "", "≤450元", ""],
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["效益指标", "质量指标", "参会人员出勤率", "", "≥95%", ""],
      ],
      errors: [["A5", "missing"]],
    },
  ],
});
