import { comparatorNonstandard } from "../../../src/core/rules/comparator-nonstandard";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(comparatorNonstandard, {
  valid: [
    { name: "the symbol", rows: [["产出指标", "质量指标", "验收合格率", "", "≥95%", ""]] },
    { name: "ASCII twins of the symbols", rows: [["产出指标", "数量指标", "组织会议次数", "", ">5次", ""]] },
    {
      name: "no comparator (comparator-missing's)",
      rows: [["产出指标", "质量指标", "验收合格率", "", "95%", ""]],
    },
    {
      name: "a garbled comparator (value-unreadable's)",
      rows: [["产出指标", "质量指标", "验收合格率", "", "≥≥95%", ""]],
    },
    {
      name: "split layout: the symbol in 指标性质",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", 6, "次"]],
    },
  ],
  invalid: [
    {
      name: "=> and ═, as real tables type them",
      rows: [
        ["产出指标", "质量指标", "验收合格率", "", "=>95%", ""],
        ["", "数量指标", "组织会议次数", "", "═6次", ""],
      ],
      errors: [
        ["E4", "nonstandard"],
        ["E5", "nonstandard"],
      ],
      fixed: { E4: "≥95%", E5: "＝6次" },
    },
    {
      name: ">= and <=",
      rows: [
        ["产出指标", "质量指标", "验收合格率", "", ">=95%", ""],
        ["", "成本指标", "人均会议成本", "", "<=450元", ""],
      ],
      errors: [
        ["E4", "nonstandard"],
        ["E5", "nonstandard"],
      ],
      fixed: { E4: "≥95%", E5: "≤450元" },
    },
    {
      name: "≧ and ≦",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≧6次", ""],
        ["", "成本指标", "人均会议成本", "", "≦450元", ""],
      ],
      errors: [
        ["E4", "nonstandard"],
        ["E5", "nonstandard"],
      ],
      fixed: { E4: "≥6次", E5: "≤450元" },
    },
    {
      name: "words before and after the number",
      rows: [
        ["产出指标", "质量指标", "验收合格率", "", "不低于95%", ""],
        ["", "数量指标", "组织会议次数", "", "6次以上", ""],
        ["", "成本指标", "线路租用成本", "", "4万元以内", ""],
      ],
      errors: [
        ["E4", "nonstandard"],
        ["E5", "nonstandard"],
        ["E6", "nonstandard"],
      ],
      fixed: { E4: "≥95%", E5: "≥6次", E6: "≤4万元" },
    },
    {
      name: "a verb after the time limit would be dropped: a suggestion",
      rows: [["产出指标", "时效指标", "故障响应时间", "", "24小时内响应", ""]],
      errors: [["E4", "nonstandard"]],
      suggestion: { cell: "E4", messageId: "useSymbol", result: { E4: "≤24小时" } },
    },
    {
      name: "split layout: a word in 指标性质 is replaced there",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "不少于", 6, "次"]],
      errors: [["D4", "nonstandard"]],
      fixed: { D4: "≥", E4: 6, F4: "次" },
    },
    {
      name: "split layout: a word inside 指标值 moves to 指标性质",
      header: SPLIT_HEADER,
      rows: [["产出指标", "质量指标", "验收合格率", "", "95%以上", ""]],
      errors: [["E4", "nonstandard"]],
      fixed: { D4: "≥", E4: "95%" },
    },
    {
      name: "split layout: a comparator in both columns",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", "≥6", "次"]],
      errors: [["E4", "duplicated"]],
      fixed: { D4: "≥", E4: 6, F4: "次" },
    },
    {
      name: "2021: 不超过 on a cost",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "设备购置成本", "", "不超过15万元", ""]],
      errors: [["E4", "nonstandard"]],
      fixed: { E4: "≤15万元" },
    },
  ],
});
