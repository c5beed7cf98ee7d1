import { comparatorMissing } from "../../../src/core/rules/comparator-missing";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(comparatorMissing, {
  valid: [
    {
      name: "an amount of money on a cost row (cost-upper-bound's)",
      rows: [
        ["产出指标", "成本指标", "人均会议成本", "", "450元", ""],
        ["", "成本指标", "控制在预算成本内", "", "250万", ""],
      ],
    },
    { name: "a stated comparator", rows: [["产出指标", "质量指标", "验收合格率", "", "≥95%", ""]] },
    { name: "a comparator word", rows: [["产出指标", "数量指标", "组织会议次数", "", "不少于6次", ""]] },
    {
      name: "a deadline is not a quantity",
      rows: [["产出指标", "时效指标", "项目完成时间", "", "2022年12月31日前", ""]],
    },
    { name: "a qualitative value", rows: [["产出指标", "时效指标", "会议开展及时性", "", "及时", ""]] },
    {
      name: "split layout: a comparator cell",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", 6, "次"]],
    },
  ],
  invalid: [
    {
      name: "a bare percentage: ≥ first",
      rows: [["产出指标", "质量指标", "验收合格率", "", "95%", ""]],
      errors: [["E4", "missing"]],
      suggestion: { cell: "E4", messageId: "useComparator", result: { E4: "≥95%" } },
    },
    {
      name: "the third suggestion is ＝",
      rows: [["产出指标", "质量指标", "验收合格率", "", "95%", ""]],
      errors: [["E4", "missing"]],
      suggestion: { cell: "E4", index: 2, messageId: "useComparator", result: { E4: "＝95%" } },
    },
    {
      name: "100% of a ratio: only ＝ (≥100% would be percent-target's finding)",
      rows: [["产出指标", "质量指标", "验收合格率", "", "100%", ""]],
      errors: [["E4", "missing"]],
      suggestion: { cell: "E4", messageId: "useComparator", result: { E4: "＝100%" } },
    },
    {
      name: "a bare number cell",
      rows: [["产出指标", "数量指标", "组织会议次数", "", 6, ""]],
      errors: [["E4", "missing"]],
      suggestion: { cell: "E4", messageId: "useComparator", result: { E4: "≥6" } },
    },
    {
      name: "a cost rate: ≤ first",
      rows: [["产出指标", "成本指标", "成本控制率", "", "100%", ""]],
      errors: [["E4", "missing"]],
      suggestion: { cell: "E4", messageId: "useComparator", result: { E4: "≤100%" } },
    },
    {
      name: "split layout points at the comparator cell and fills only it",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "", 6, "次"]],
      errors: [["D4", "missing"]],
      suggestion: { cell: "D4", messageId: "useComparator", result: { D4: "≥", E4: 6, F4: "次" } },
    },
    {
      name: "2021: a count under 经济成本指标",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "租用线路条数", "", "4条", ""]],
      errors: [["E4", "missing"]],
      suggestion: { cell: "E4", index: 1, messageId: "useComparator", result: { E4: "＝4条" } },
    },
  ],
});
