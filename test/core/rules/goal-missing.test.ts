import { goalMissing } from "../../../src/core/rules/goal-missing";
import { testRule } from "../../helpers/rule-tester";

const TITLE = ["1、2022年度会议费项目绩效目标表"];
const ROW = ["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"];

testRule(goalMissing, {
  valid: [
    { name: "a written goal", rows: [ROW] },
    {
      name: "a numbered goal over several lines",
      preamble: [TITLE, ["年度绩效目标", "1.召开常委会会议6次\n2.提高代表履职能力"]],
      rows: [ROW],
    },
    {
      name: "a label with a colon",
      preamble: [TITLE, ["绩效目标：", "保障人大专网全年正常运行"]],
      rows: [ROW],
    },
    {
      name: "a goal that mentions 目标 in a sentence",
      preamble: [TITLE, ["绩效目标", "完成年度立法目标，形成调研报告3份"]],
      rows: [ROW],
    },
  ],
  invalid: [
    {
      name: "the seed's 1.目标内容1",
      preamble: [TITLE, ["绩效目标", "1.目标内容1"]],
      rows: [ROW],
      errors: [["B2", "placeholder"]],
    },
    {
      name: "no goal row: at the title",
      preamble: [TITLE],
      rows: [ROW],
      errors: [["A1", "missing"]],
    },
    {
      name: "no title either: at the header's first cell",
      preamble: [],
      rows: [ROW],
      errors: [["A1", "missing"]],
    },
    {
      name: "a goal label with nothing beside it",
      preamble: [TITLE, ["绩效目标"]],
      rows: [ROW],
      errors: [["A2", "empty"]],
    },
    {
      name: "template instructions and stand-ins",
      preamble: [TITLE, ["绩效目标", "请填写本项目年度绩效目标"]],
      rows: [ROW],
      errors: [["B2", "placeholder"]],
    },
    {
      name: "XXX left in",
      preamble: [TITLE, ["绩效目标", "通过XXX项目，保障XXX工作顺利开展"]],
      rows: [ROW],
      errors: [["B2", "placeholder"]],
    },
    {
      name: "one template line among real ones",
      preamble: [TITLE, ["绩效目标", "1.召开常委会会议6次\n2.目标内容2"]],
      rows: [ROW],
      errors: [["B2", "placeholder"]],
    },
  ],
});

// From the corpus: a number under 预期目标 (廊坊 2019), the project's name again (丽江 2020), and a
// self-evaluation whose form has no goal row (湖北 自评表: 年初目标值 | 实际完成值).
testRule(goalMissing, {
  valid: [
    {
      name: "no goal row on a self-evaluation",
      preamble: [
        ["2022年度海绵城市示范城市申报工作经费项目自评表"],
        ["项目名称", "海绵城市示范城市申报工作经费"],
      ],
      header: ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值"],
      rows: [["产出指标", "数量指标", "编制申报文本", "≥1份", "1份"]],
    },
    {
      name: "a goal that starts with the item's name and goes on",
      preamble: [TITLE, ["绩效目标", "会议费用于召开常委会会议6次，保障会议按期召开"]],
      rows: [ROW],
    },
  ],
  invalid: [
    {
      name: "a number for a goal",
      preamble: [TITLE, ["绩效目标", "43.2"]],
      rows: [ROW],
      errors: [["B2", "notAGoal"]],
    },
    {
      name: "the project's name for a goal",
      preamble: [
        ["丽江市古城区自然资源局2020年省级自然资源卫片执法补助经费支出绩效目标表"],
        ["项目名称", "自然资源卫片执法补助经费"],
        ["绩效目标", "自然资源卫片执法补助经费"],
      ],
      rows: [ROW],
      errors: [["B3", "restatesItem"]],
    },
    {
      name: "no goal row on a table that reports no results",
      preamble: [TITLE],
      rows: [ROW],
      errors: [["A1", "missing"]],
    },
  ],
});
