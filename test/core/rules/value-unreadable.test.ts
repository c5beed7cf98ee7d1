import { valueUnreadable } from "../../../src/core/rules/value-unreadable";
import { runRule, testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(valueUnreadable, {
  valid: [
    {
      name: "a cost written as a sentence (cost-qualitative's)",
      rows: [["产出指标", "成本指标", "补助标准", "", "严格按照预算标准1000元/人进行兑付", ""]],
    },
    { name: "the seed's readable values", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""]] },
    { name: "a qualitative value", rows: [["产出指标", "时效指标", "会议开展及时性", "", "及时", ""]] },
    { name: "a comparator word", rows: [["产出指标", "质量指标", "参会人员出勤率", "", "不低于95%", ""]] },
    {
      name: "=> typed for ≥ (comparator-nonstandard's)",
      rows: [["产出指标", "质量指标", "参会人员出勤率", "", "=>95%", ""]],
    },
    { name: "a blank value (value-empty's)", rows: [["产出指标", "数量指标", "组织会议次数", "", "", ""]] },
    {
      name: "split layout: a comparator and unit beside a blank value (value-empty's)",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", "", "次"]],
    },
    {
      name: "split layout: readable parts",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", 6, "次"]],
    },
  ],
  invalid: [
    {
      name: "a doubled comparator",
      rows: [["产出指标", "数量指标", "组织会议次数", "", "≥≥6次", ""]],
      errors: [["E4", "badComparator"]],
    },
    {
      name: "a sign then an arrow",
      rows: [["产出指标", "质量指标", "参会人员出勤率", "", "≥=>95%", ""]],
      errors: [["E4", "badComparator"]],
    },
    {
      name: "a comparator with no number",
      rows: [["产出指标", "数量指标", "组织会议次数", "", "≥次", ""]],
      errors: [["E4", "missingNumber"]],
    },
    {
      name: "a number wrapped in words",
      rows: [["产出指标", "数量指标", "组织培训次数", "", "约5次左右", ""]],
      errors: [["E4", "textAroundNumber"]],
    },
    {
      name: "a formula error",
      rows: [["产出指标", "数量指标", "组织培训次数", "", "#N/A", ""]],
      errors: [["E4", "errorValue"]],
    },
    {
      name: "two targets in one cell",
      rows: [["产出指标", "数量指标", "组织培训次数", "", "≥5次≥6次", ""]],
      errors: [["E4", "multipleNumbers"]],
    },
    {
      name: "split layout: a garbled 指标性质 cell is pointed at",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "≥=", 6, "次"]],
      errors: [["D4", "badComparator"]],
    },
    {
      name: "split layout: 指标性质 contradicting the value cell",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", "≤6", "次"]],
      errors: [["D4", "badComparator"]],
    },
    {
      name: "split layout: a garbled value with a blank 指标性质",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "", "≥≥6", "次"]],
      errors: [["E4", "badComparator"]],
    },
    {
      name: "2021: a unit cell disagreeing with the value cell",
      header: SPLIT_HEADER,
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "设备购置成本", "≤", "15万元", "元"]],
      errors: [["E4", "unitConflict"]],
    },
  ],
});

describe("value-unreadable quotes the cell it is about (split layout)", () => {
  const data = (row: (string | number)[]) =>
    runRule(valueUnreadable, { name: "", header: SPLIT_HEADER, rows: [row] }).map((d) => [
      d.messageId,
      d.data,
    ]);

  it("a unit in the value cell against the unit column: both, apart (岳阳楼区 2023's 28.8万元 beside %)", () => {
    expect(data(["产出指标", "数量指标", "业务工作支出安排金额", "", "28.8万元", "%"])).toEqual([
      ["unitConflict", { value: "28.8万元", unit: "%" }],
    ]);
    expect(data(["产出指标", "成本指标", "人均住宿费", "≥", "5万元", "元/人·天"])).toEqual([
      ["unitConflict", { value: "5万元", unit: "元/人·天" }],
    ]);
  });

  it("words typed into the number column: the words alone, not ≥很多%", () => {
    expect(data(["产出指标", "质量指标", "验收合格率", "≥", "很多", "%"])).toEqual([
      ["missingNumber", { value: "很多" }],
    ]);
  });

  it("several targets in one cell get the several-numbers message", () => {
    expect(data(["产出指标", "数量指标", "宣传成果", "", "完成1部宣传片,2套方案", ""])).toEqual([
      ["multipleNumbers", { value: "完成1部宣传片,2套方案" }],
    ]);
  });
});
