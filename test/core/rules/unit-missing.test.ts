import { unitMissing } from "../../../src/core/rules/unit-missing";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(unitMissing, {
  valid: [
    {
      name: "a satisfaction in %",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥95%", ""]],
    },
    { name: "a cost in 元", rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""]] },
    {
      name: "the unit written into the name (莆田 2025's 开展修复工程(个))",
      rows: [["产出指标", "数量指标", "开展修复工程(个)", "", "≥1", ""]],
    },
    {
      name: "efficiency is not a rate",
      rows: [["效益指标", "经济效益指标", "提升工作效率", "", "提升", ""]],
    },
    {
      name: "a wrong unit (unit-mismatch's)",
      rows: [["产出指标", "质量指标", "各县区覆盖率", "", "≥90元", ""]],
    },
    {
      name: "split layout: the unit in its own cell",
      header: SPLIT_HEADER,
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 95, "%"]],
    },
  ],
  invalid: [
    {
      name: "a bare number under 数量指标 lacks the unit of what it counts (≥500, 220)",
      rows: [
        ["产出指标", "数量指标", "培训规模", "", "≥500", ""],
        ["", "", "培训班", "", 220, ""],
        ["", "", "召开论证会", "", "≥1", ""],
      ],
      errors: [
        ["E4", "countMissing"],
        ["E5", "countMissing"],
        ["E6", "countMissing"],
      ],
    },
    {
      name: "a count with no unit: the name's unit is suggested (乌海 2021's 出差人数 ＝8)",
      rows: [
        ["产出指标", "数量指标", "出差人数", "", "＝8", ""],
        ["", "", "设备购置数量", "", "≥20", ""],
      ],
      errors: [
        ["E4", "countMissing"],
        ["E5", "countMissing"],
      ],
      suggestion: { cell: "E4", messageId: "addUnit", result: { E4: "＝8人" } },
    },
    {
      name: "the seed's 服务对象满意度 ≥95: % is added",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "代表满意度", "≥95", "工作要求"]],
      errors: [["E4", "percentMissing"]],
      fixed: { E4: "≥95%" },
    },
    {
      name: "a bare number cell on a rate",
      rows: [["产出指标", "质量指标", "参会人员出勤率", "", 95, ""]],
      errors: [["E4", "percentMissing"]],
      fixed: { E4: "95%" },
    },
    {
      name: "a fraction is offered as the percentage it stands for, with the reason (never as 0.95%)",
      rows: [["产出指标", "质量指标", "验收合格率", "", "≥0.95", ""]],
      errors: [["E4", "percentMissing"]],
      suggestion: { cell: "E4", messageId: "fractionAsPercent", result: { E4: "≥95%" } },
    },
    {
      name: "a note after the number makes it a suggestion",
      rows: [["产出指标", "质量指标", "验收合格率", "", "≥95（暂定）", ""]],
      errors: [["E4", "percentMissing"]],
      suggestion: { cell: "E4", messageId: "addUnit", result: { E4: "≥95%" } },
    },
    {
      name: "a cost with no unit: 元 or 万元 is the filer's call",
      rows: [["产出指标", "成本指标", "人均会议成本", "", "≤450", ""]],
      errors: [["E4", "moneyMissing"]],
      suggestion: { cell: "E4", index: 1, messageId: "addUnit", result: { E4: "≤450万元" } },
    },
    {
      name: "split layout: the blank unit cell is filled",
      header: SPLIT_HEADER,
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 95, ""]],
      errors: [["F4", "percentMissing"]],
      fixed: { D4: "≥", E4: 95, F4: "%" },
    },
    {
      name: "2021: a cost under 经济成本指标",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "设备购置成本", "", "≤15", ""]],
      errors: [["E4", "moneyMissing"]],
      suggestion: { cell: "E4", messageId: "addUnit", result: { E4: "≤15元" } },
    },
    {
      name: "a range of a rate",
      rows: [["产出指标", "质量指标", "验收合格率", "", "90-95", ""]],
      errors: [["E4", "percentMissing"]],
    },
  ],
});
