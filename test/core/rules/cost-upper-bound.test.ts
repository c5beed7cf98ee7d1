import { costUpperBound } from "../../../src/core/rules/cost-upper-bound";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(costUpperBound, {
  valid: [
    { name: "an upper bound", rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""]] },
    { name: "a cost control rate ≤100%", rows: [["产出指标", "成本指标", "成本控制率", "", "≤100%", ""]] },
    {
      name: "a rate with ＝ or no sign (comparator-missing's when bare)",
      rows: [
        ["产出指标", "成本指标", "成本控制率", "", "＝100%", ""],
        ["", "成本指标", "预算执行率", "", "100%", ""],
      ],
    },
    {
      name: "a money amount under 数量指标 (quantity-qualitative's finding)",
      rows: [["产出指标", "数量指标", "代表活动经费", "", "≥20万元", ""]],
    },
    {
      name: "2021: under 经济成本指标 as an upper bound",
      rows: [["成本指标", "经济成本指标", "设备购置成本", "", "≤15万元", ""]],
    },
    {
      name: "a qualitative value (cost-qualitative's finding)",
      rows: [["产出指标", "成本指标", "系统维护及时性", "", "及时性", ""]],
    },
  ],
  invalid: [
    {
      name: "a negative cost",
      rows: [["产出指标", "成本指标", "人均培训成本", "", "≤-5万元", ""]],
      errors: [["E4", "negative"]],
    },
    {
      name: "an amount of money with ＝ or no sign (湘潭's 控制在预算成本内 250万)",
      rows: [
        ["产出指标", "成本指标", "人均会议成本", "", "＝450元", ""],
        ["", "成本指标", "控制在预算成本内", "", "250万", ""],
      ],
      errors: [
        ["E4", "noUpperBound"],
        ["E5", "noUpperBound"],
      ],
      suggestion: { cell: "E4", messageId: "useUpperBound", result: { E4: "≤450元" } },
    },
    {
      name: "the seed's 订阅杂志价格 ≥5万元",
      rows: [["产出指标", "成本指标", "订阅杂志价格", "订阅杂志价格", "≥5万元", "工作要求"]],
      errors: [["E4", "notUpperBound"]],
      suggestion: { cell: "E4", messageId: "useUpperBound", result: { E4: "≤5万元" } },
    },
    {
      name: "2021: ＞ under 经济成本指标",
      rows: [["成本指标", "经济成本指标", "线路租用成本", "", "＞4万元", ""]],
      errors: [["E4", "notUpperBound"]],
      suggestion: { cell: "E4", messageId: "useUpperBound", result: { E4: "≤4万元" } },
    },
    {
      name: "a cost-named row in 质量指标",
      rows: [["产出指标", "质量指标", "印刷单价", "", "≥0.5元", ""]],
      errors: [["E4", "notUpperBound"]],
    },
    {
      name: "split layout points at the comparator cell and rewrites only it",
      header: SPLIT_HEADER,
      rows: [["产出指标", "成本指标", "设备购置成本", "≥", 15, "万元"]],
      errors: [["D4", "notUpperBound"]],
      suggestion: { cell: "D4", messageId: "useUpperBound", result: { D4: "≤", E4: 15, F4: "万元" } },
    },
  ],
});
