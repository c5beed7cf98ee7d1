import { unitMismatch } from "../../../src/core/rules/unit-mismatch";
import { runRule, testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(unitMismatch, {
  valid: [
    {
      name: "a cost as a physical measure of what is consumed",
      rows: [["产出指标", "成本指标", "能耗成本", "", "≤20吨标准煤", ""]],
    },
    { name: "a rate in %", rows: [["产出指标", "质量指标", "参会人员出勤率", "", "≥95%", ""]] },
    { name: "a cost in 元", rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""]] },
    {
      name: "a growth in 个百分点 (a ratio)",
      rows: [["效益指标", "经济效益指标", "收入增长率", "", "≥2个百分点", ""]],
    },
    {
      name: "efficiency is not a rate",
      rows: [["效益指标", "经济效益指标", "提升工作效率", "", "≥2天", ""]],
    },
    { name: "a count", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""]] },
    {
      name: "an unknown unit (unit-unknown's)",
      rows: [["产出指标", "质量指标", "各县区覆盖率", "", "≥90园", ""]],
    },
    {
      name: "a missing unit (unit-missing's)",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥95", ""]],
    },
    {
      name: "split layout: a rate in %",
      header: SPLIT_HEADER,
      rows: [["产出指标", "质量指标", "参会人员出勤率", "≥", 95, "%"]],
    },
    {
      name: "2021: a cost in 万元",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "设备购置成本", "", "≤15万元", ""]],
    },
  ],
  invalid: [
    {
      name: "the seed's 各县区覆盖率 ≥90元",
      rows: [["产出指标", "质量指标", "各县区覆盖率", "各县区覆盖率", "≥90元", "年初工作安排"]],
      errors: [["E4", "percentNeeded"]],
      suggestion: { cell: "E4", messageId: "usePercent", result: { E4: "≥90%" } },
    },
    {
      name: "a satisfaction in 分",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥90分", ""]],
      errors: [["E4", "percentNeeded"]],
      suggestion: { cell: "E4", messageId: "usePercent", result: { E4: "≥90%" } },
    },
    {
      name: "a cost in a count unit",
      rows: [["产出指标", "成本指标", "车辆运行维护费", "", "≤5次", ""]],
      errors: [["E4", "moneyNeeded"]],
    },
    {
      name: "a cost in %",
      rows: [["产出指标", "成本指标", "人均培训成本", "", "≤100%", ""]],
      errors: [["E4", "moneyNeeded"]],
    },
    {
      name: "a range of a rate",
      rows: [["产出指标", "质量指标", "验收合格率", "", "90-95天", ""]],
      errors: [["E4", "percentNeeded"]],
    },
    {
      name: "split layout points at the unit cell and rewrites only it",
      header: SPLIT_HEADER,
      rows: [["产出指标", "质量指标", "各县区覆盖率", "≥", 90, "元"]],
      errors: [["F4", "percentNeeded"]],
      suggestion: { cell: "F4", messageId: "usePercent", result: { D4: "≥", E4: 90, F4: "%" } },
    },
    {
      name: "split layout: a unit inside the value cell is pointed at there",
      header: SPLIT_HEADER,
      rows: [["产出指标", "质量指标", "各县区覆盖率", "≥", "90元", ""]],
      errors: [["E4", "percentNeeded"]],
    },
    {
      name: "2021: a cost under 经济成本指标 in 人",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "线路租用成本", "", "≤4人", ""]],
      errors: [["E4", "moneyNeeded"]],
    },
  ],
});

// rewriteQuantity would fill the unit cell and leave the value cell's own unit: nothing is offered.
it("offers no rewrite when the split layout keeps the unit in the value cell", () => {
  const found = runRule(unitMismatch, {
    name: "",
    header: SPLIT_HEADER,
    rows: [["产出指标", "质量指标", "各县区覆盖率", "≥", "90元", ""]],
  });
  expect(found.map((d) => [d.cell, d.suggestions ?? []])).toEqual([["E4", []]]);
});
