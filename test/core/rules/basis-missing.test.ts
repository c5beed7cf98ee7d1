import { basisMissing } from "../../../src/core/rules/basis-missing";
import { runRule, testRule } from "../../helpers/rule-tester";

testRule(basisMissing, {
  valid: [
    { name: "a basis", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"]] },
    {
      name: "a table without a basis column",
      header: ["一级指标", "二级指标", "三级指标", "指标值"],
      rows: [["产出指标", "数量指标", "组织会议次数", "≥6次"]],
    },
    {
      name: "a placeholder row is placeholder-row's",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"],
        ["", "质量指标", "", "", "", ""],
      ],
    },
    { name: "a number as basis", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", 2021]] },
  ],
  invalid: [
    {
      name: "a column left blank on many rows is one finding at its header (黄石 2022)",
      rows: [
        ["产出指标", "数量指标", "培训人次", "", "≥280人次", ""],
        ["", "质量指标", "培训完成率", "", "＝100%", ""],
        ["", "时效指标", "及时完成率", "", "＝100%", ""],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "", "≥95%", "计划标准"],
      ],
      errors: [["F3", "column"]],
    },
    {
      name: "a blank basis",
      rows: [["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", ""]],
      errors: [["F4", "missing"]],
    },
    {
      name: "spaces only, on the second row",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"],
        ["", "质量指标", "参会人员出勤率", "", "≥95%", "  "],
      ],
      errors: [["F5", "missing"]],
    },
    {
      name: "a row with a name but no value still needs its basis",
      rows: [["产出指标", "数量指标", "组织会议次数", "", "", ""]],
      errors: [["F4", "missing"]],
    },
    {
      name: "split layout with a basis column",
      header: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标值设定依据"],
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", 6, "次", ""]],
      errors: [["G4", "missing"]],
    },
  ],
});

test("the column finding counts and lists the rows as a person reads them", () => {
  const blank = (name: string) => ["", "数量指标", name, "", "≥1次", ""];
  const rows = [
    ["产出指标", "数量指标", "培训次数", "", "≥1次", "计划标准"],
    blank("a"),
    blank("b"),
    blank("c"),
    ["", "数量指标", "d", "", "≥1次", "计划标准"],
    blank("e"),
  ];
  const found = runRule(basisMissing, { name: "", rows });
  expect(found.map((d) => [d.cell, d.messageId, d.data])).toEqual([
    ["F3", "column", { count: 4, rows: "5–7, 9" }],
  ]);
});
