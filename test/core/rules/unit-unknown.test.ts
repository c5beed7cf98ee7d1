import { unitUnknown } from "../../../src/core/rules/unit-unknown";
import { runRule, testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(unitUnknown, {
  valid: [
    { name: "a known unit", rows: [["产出指标", "数量指标", "租赁汽车数量", "", "≥20辆", ""]] },
    { name: "a compound unit", rows: [["产出指标", "成本指标", "人均差旅成本", "", "≤450元/人·天", ""]] },
    {
      name: "a wrong but known unit (unit-mismatch's)",
      rows: [["产出指标", "质量指标", "各县区覆盖率", "", "≥90元", ""]],
    },
    {
      name: "a number in a name is not a unit",
      rows: [["产出指标", "质量指标", "热线接通", "", "12345热线畅通", ""]],
    },
    {
      name: "split layout: a known unit cell",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "租赁汽车数量", "≥", 20, "辆"]],
    },
  ],
  invalid: [
    {
      name: "Latin abbreviations of known units (湘潭 2023's ≥80M, 清涧 2021's 2km)",
      rows: [
        ["产出指标", "数量指标", "雾炮车风炮射程", "", "≥80M", ""],
        ["", "", "道路建设长度", "", "≥2km", ""],
      ],
      errors: [
        ["E4", "latinSpelling"],
        ["E5", "latinSpelling"],
      ],
      suggestion: { cell: "E4", messageId: "useUnit", result: { E4: "≥80米" } },
    },
    {
      name: "the seed's 租赁汽车数量 ≥20量",
      rows: [["产出指标", "数量指标", "租赁汽车数量", "活动租赁汽车量数", "≥20量", "年初工作安排"]],
      errors: [["E4", "unknownNear"]],
      suggestion: { cell: "E4", messageId: "useUnit", result: { E4: "≥20辆" } },
    },
    {
      name: "nothing near: no suggestion",
      rows: [["产出指标", "数量指标", "服务面积", "", "≥3坪", ""]],
      errors: [["E4", "unknown"]],
    },
    {
      name: "a rate is offered %, not the nearest spelling",
      rows: [["产出指标", "质量指标", "各县区覆盖率", "", "≥90园", ""]],
      errors: [["E4", "unknownNear"]],
      suggestion: { cell: "E4", messageId: "useUnit", result: { E4: "≥90%" } },
    },
    {
      name: "a cost is offered a money unit",
      rows: [["产出指标", "成本指标", "设备购置成本", "", "≤15万圆", ""]],
      errors: [["E4", "unknownNear"]],
      suggestion: { cell: "E4", messageId: "useUnit", result: { E4: "≤15万元" } },
    },
    {
      name: "split layout points at the unit cell and rewrites only it",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "租赁汽车数量", "≥", 20, "量"]],
      errors: [["F4", "unknownNear"]],
      suggestion: { cell: "F4", messageId: "useUnit", result: { D4: "≥", E4: 20, F4: "辆" } },
    },
    {
      name: "split layout: a unit inside the value cell is pointed at there",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "租赁汽车数量", "≥", "20量", ""]],
      errors: [["E4", "unknownNear"]],
    },
    {
      name: "2021: an unknown unit under 数量指标",
      options: { profile: "2021" },
      rows: [["产出指标", "数量指标", "印刷材料数量", "", "≥10000粉", ""]],
      errors: [["E4", "unknownNear"]],
      suggestion: { cell: "E4", messageId: "useUnit", result: { E4: "≥10000份" } },
    },
  ],
});

// rewriteQuantity would fill the unit cell and leave the value cell's own unit: nothing is offered.
it("offers no rewrite when the split layout keeps the unit in the value cell", () => {
  const found = runRule(unitUnknown, {
    name: "",
    header: SPLIT_HEADER,
    rows: [["产出指标", "数量指标", "租赁汽车数量", "≥", "20量", ""]],
  });
  expect(found.map((d) => [d.cell, d.suggestions ?? []])).toEqual([["E4", []]]);
});
