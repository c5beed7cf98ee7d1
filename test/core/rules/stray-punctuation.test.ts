import { strayPunctuation } from "../../../src/core/rules/stray-punctuation";
import { testRule } from "../../helpers/rule-tester";

testRule(strayPunctuation, {
  valid: [
    {
      name: "balanced brackets with commas inside",
      rows: [
        [
          "产出指标",
          "数量指标",
          "购置（维修、更新）设备数量",
          "购置（维修、更新）设备数量完成情况",
          "≥1台",
          "",
        ],
      ],
    },
    {
      name: "a description and a basis ending a sentence",
      rows: [
        [
          "产出指标",
          "时效指标",
          "培训开展及时性",
          "培训是否如期开展，按期完成。",
          "如期举办",
          "依据《会议费管理办法》。",
        ],
      ],
    },
    {
      name: "half-width and mixed-width pairs",
      rows: [
        ["满意度指标", "服务对象满意度指标", "普法宣传对象满意度(%)", "满意度（%)", "≥95%", "“计划标准”"],
      ],
    },
    {
      name: "numbers and a 〔〕 citation",
      rows: [["产出指标", "成本指标", "成本控制率", "财预〔2021〕101号", 100, ""]],
    },
  ],
  invalid: [
    {
      name: "the seed's value 提高、",
      rows: [
        ["效益指标", "社会效益指标", "提高机要工作水平", "保密系统的建设完善", "提高、", "年初工作安排"],
      ],
      errors: [["E4", "trailing"]],
      fixed: { E4: "提高" },
    },
    {
      name: "the seed's cut-off name 实际达成合作意向数（以签订备忘: no fix",
      rows: [
        [
          "效益指标",
          "经济效益指标",
          "实际达成合作意向数（以签订备忘",
          "实际达成合作意向数（以签订备忘录或协议为准）",
          "≥1个",
          "合同约定",
        ],
      ],
      errors: [["C4", "unbalanced"]],
    },
    {
      name: "trailing marks in a level label, a name and a basis",
      rows: [["产出指标：", "数量指标", "组织会议次数；", "组织会议次数", "≥6次", "年初工作要点， "]],
      errors: [
        ["A4", "trailing"],
        ["C4", "trailing"],
        ["F4", "trailing"],
      ],
      fixed: { A4: "产出指标", C4: "组织会议次数", F4: "年初工作要点" },
    },
    {
      name: "a stray closer, an open title mark and an open quote",
      rows: [["产出指标", "数量指标", "订阅中国人大）", "订阅《中国人大数量", "≥8000本", "“工作要求"]],
      errors: [
        ["C4", "unbalanced"],
        ["D4", "unbalanced"],
        ["F4", "unbalanced"],
      ],
    },
    {
      name: "a value ending in 。 and a cell of a comma only",
      rows: [["产出指标", "时效指标", "会议开展及时性", "，", "及时。", ""]],
      errors: [
        ["D4", "trailing"],
        ["E4", "trailing"],
      ],
      fixed: { D4: null, E4: "及时" },
    },
  ],
});
