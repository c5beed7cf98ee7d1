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
