import { strayWhitespace } from "../../../src/core/rules/stray-whitespace";
import { testRule } from "../../helpers/rule-tester";

testRule(strayWhitespace, {
  valid: [
    {
      name: "clean cells",
      rows: [["产出指标", "质量指标", "接待经费使用合规性", "专款专用", "合规", "计划标准"]],
    },
    { name: "a wrapped level label", rows: [["产出\n指标", "经济效益\n指标", "节约资金", "", "≥1万元", ""]] },
    { name: "a space between Latin words", rows: [["产出指标", "质量指标", "Wi Fi 覆盖率", "", "≥95%", ""]] },
    {
      name: "a multi-line description",
      rows: [["产出指标", "质量指标", "出勤率", "第一行\n第二行", "≥95%", ""]],
    },
  ],
  invalid: [
    {
      name: "the seed's 合规⇥ and a trailing space in the basis",
      rows: [["产出指标", "质量指标", "接待经费使用合规性", "", "合规\t", "接待费管理办法 "]],
      errors: [
        ["E4", "stray"],
        ["F4", "stray"],
      ],
      fixed: { E4: "合规", F4: "接待费管理办法" },
    },
    {
      name: "a space beside Chinese punctuation and characters",
      rows: [["产出指标", "成本指标", "系统安装 /维护及时性", "常委会委员 、人大代表满意度", "及时", ""]],
      errors: [
        ["C4", "stray"],
        ["D4", "stray"],
      ],
      fixed: { C4: "系统安装/维护及时性", D4: "常委会委员、人大代表满意度" },
    },
    {
      name: "full-width spaces, zero-width spaces and spaces inside a value",
      rows: [["\u3000产出指标", "数量指标", "会议\u200b次数", "", "≥ 6 次", ""]],
      errors: [
        ["A4", "stray"],
        ["C4", "stray"],
        ["E4", "stray"],
      ],
      fixed: { A4: "产出指标", C4: "会议次数", E4: "≥6次" },
    },
    {
      name: "a cell of spaces only is emptied",
      rows: [["产出指标", "数量指标", "会议次数", "   ", "≥6次", ""]],
      errors: [["D4", "stray"]],
      fixed: { D4: null },
    },
  ],
});
