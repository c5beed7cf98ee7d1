import { level1Missing } from "../../../src/core/rules/level1-missing";
import { testRule } from "../../helpers/rule-tester";

const FULL_2015 = [
  ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
  ["效益指标", "社会效益指标", "选举结果公开", "", "公开告知", ""],
  ["满意度指标", "服务对象满意度指标", "参会人员满意度", "", "≥95%", ""],
];

testRule(level1Missing, {
  valid: [
    {
      name: "one problem, one finding: a satisfaction group under the wrong level 1 is level2-misplaced's",
      rows: [
        ["产出指标", "数量指标", "培训人次", "", "≥500人次", ""],
        ["", "服务对象满意度指标", "学员满意度", "", "≥90%", ""],
        ["效益指标", "社会效益指标", "能力提升", "", "显著提升", ""],
      ],
    },
    {
      name: "one problem, one finding: a satisfaction filed under 社会效益指标 is indicator-misfiled's",
      rows: [
        ["产出指标", "数量指标", "培训人次", "", "≥500人次", ""],
        ["效益指标", "社会效益指标", "学员满意度", "", "≥90%", ""],
      ],
    },
    { name: "2015: all three", rows: FULL_2015 },
    {
      name: "2021: all four",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "人均会议成本", "", "≤450元", ""], ...FULL_2015],
    },
    {
      name: "variants and a misspelt level 1 count for their groups",
      rows: [
        ["产出指示", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["效益指示", "完成情况", "选举结果公开", "", "公开告知", ""],
        ["满意度", "服务对象满意度", "参会人员满意度", "", "≥95%", ""],
      ],
    },
    { name: "a table with no rows", rows: [] },
  ],
  invalid: [
    {
      name: "a level-1 column left blank on every row: one finding for the column",
      rows: [
        ["", "数量指标", "培训人次", "", "≥500人次", ""],
        ["", "质量指标", "培训合格率", "", "≥95%", ""],
        ["", "服务对象满意度指标", "学员满意度", "", "≥90%", ""],
      ],
      errors: [["A3", "columnEmpty"]],
    },
    {
      name: "a table with no 效益 rows",
      rows: [FULL_2015[0], FULL_2015[2]],
      errors: [["A3", "missing"]],
    },
    {
      name: "2021: the seed's layout, with 成本 as a level 2",
      options: { profile: "2021" },
      rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""], ...FULL_2015],
      errors: [["A3", "missing"]],
    },
    {
      name: "a group of placeholder rows only has no indicator",
      rows: [FULL_2015[0], FULL_2015[1], ["满意度指标", "服务对象满意度指标", "", "", "", ""]],
      errors: [["A3", "missing"]],
    },
    {
      name: "one finding per missing label",
      rows: [FULL_2015[0]],
      errors: [
        ["A3", "missing"],
        ["A3", "missing"],
      ],
    },
    {
      name: "no level-1 column: read from the level 2, reported at its header",
      header: ["二级指标", "三级指标", "指标值"],
      rows: [
        ["数量指标", "组织会议次数", "≥6次"],
        ["社会效益指标", "选举结果公开", "公开告知"],
      ],
      errors: [["A3", "missing"]],
    },
  ],
});
