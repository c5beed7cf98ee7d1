import { duplicateIndicator } from "../../../src/core/rules/duplicate-indicator";
import { HEADER, testRule } from "../../helpers/rule-tester";

testRule(duplicateIndicator, {
  valid: [
    {
      name: "distinct names",
      rows: [
        ["产出指标", "数量指标", "组织视察次数", "", "≥1次", ""],
        ["", "数量指标", "组织执法检查次数", "", "≥1次", ""],
      ],
    },
    {
      name: "level labels as names are indicator-placeholder's",
      rows: [
        ["效益指标", "社会效益指标", "社会效益指标", "拓宽代表了解社情民意渠道", "拓宽渠道", ""],
        ["", "社会效益指标", "社会效益指标", "提高代表履职能力", "提高能力", ""],
      ],
    },
    {
      name: "blank names",
      rows: [
        ["产出指标", "数量指标", "", "", "≥1次", ""],
        ["", "数量指标", "", "", "≥2次", ""],
      ],
    },
    {
      name: "one name in two tables",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
        [],
        ["2、2022年度培训费项目绩效目标表"],
        ["绩效目标", "提高履职能力"],
        HEADER,
        ["产出指标", "数量指标", "组织会议次数", "", "≥2次", ""],
      ],
    },
  ],
  invalid: [
    {
      name: "the seed's 报销差旅费标准 ≤90元 and ≤50元",
      rows: [
        ["产出指标", "成本指标", "报销差旅费标准", "报销差旅费标准", "≤90元", "年初工作安排"],
        ["", "成本指标", "报销差旅费标准", "报销差旅费标准", "≤50元", "年初工作安排"],
      ],
      errors: [["C5", "conflicting"]],
    },
    {
      name: "the seed's two 服务对象满意度 rows with one value",
      rows: [
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "常委会委员、人大代表满意度", "≥95%", ""],
        ["", "服务对象满意度指标", "服务对象满意度", "受检单位满意度", "≥95%", ""],
      ],
      errors: [["C5", "duplicate"]],
    },
    {
      name: "every later occurrence, after normalising spaces",
      rows: [
        ["产出指标", "数量指标", "代表活动经费", "", "≥20万元", ""],
        ["", "成本指标", "代表活动 经费", "", "≥20万元", ""],
        ["", "成本指标", "代表活动经费", "", "≤20万元", ""],
      ],
      errors: [
        ["C5", "duplicate"],
        ["C6", "conflicting"],
      ],
    },
    {
      name: "split layout: a different unit is a different value",
      header: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
      rows: [
        ["产出指标", "数量指标", "印刷数量", "≥", 100, "份"],
        ["", "数量指标", "印刷数量", "≥", 100, "册"],
      ],
      errors: [["C5", "conflicting"]],
    },
  ],
});
