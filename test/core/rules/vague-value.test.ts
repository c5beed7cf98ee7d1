import { vagueValue } from "../../../src/core/rules/vague-value";
import { testRule } from "../../helpers/rule-tester";

const TYPED_HEADER = ["一级指标", "二级指标", "三级指标", "指标值类型", "指标性质", "指标值", "计量单位"];

testRule(vagueValue, {
  valid: [
    { name: "a graded tier", rows: [["效益指标", "社会效益指标", "提升社会影响力", "", "显著提升", ""]] },
    { name: "a timely word", rows: [["产出指标", "时效指标", "培训开展及时性", "", "如期举办", ""]] },
    { name: "a yes/no attainment", rows: [["产出指标", "质量指标", "项目实施流程合规性", "", "合规", ""]] },
    { name: "a number", rows: [["效益指标", "可持续影响指标", "设备使用年限", "", "≥6年", ""]] },
    {
      name: "a rate with a word value (rate-word-value's)",
      rows: [["产出指标", "时效指标", "经费下发及时率", "", "及时率", ""]],
    },
    {
      name: "words in a cost group (cost-qualitative's)",
      rows: [["产出指标", "成本指标", "系统安装/维护及时性", "", "及时性", ""]],
    },
    {
      name: "words under 数量指标 (quantity-qualitative's)",
      rows: [["产出指标", "数量指标", "保障网站运转", "", "保障", ""]],
    },
    {
      name: "指标值类型 定量 with words (value-type-mismatch's)",
      header: TYPED_HEADER,
      rows: [["效益指标", "社会效益指标", "提高服务水平", "定量", "", "提高", ""]],
    },
  ],
  invalid: [
    {
      name: "the seed's 有效提升 and 显著增强",
      rows: [
        ["效益指标", "社会效益指标", "提升社会影响力", "", "有效提升", ""],
        ["", "生态效益指标", "生态效益指标", "", "显著增强", ""],
      ],
      errors: [
        ["E4", "vagueVerb"],
        ["E5", "vagueVerb"],
      ],
    },
    {
      name: "the seed's 长期规划 and 长期",
      rows: [
        ["效益指标", "可持续影响指标", "可持续影响指标", "", "长期规划", ""],
        ["", "", "长期稳定服务", "", "长期", ""],
      ],
      errors: [
        ["E4", "vagueTime"],
        ["E5", "vagueTime"],
      ],
    },
    {
      name: "the seed's 及时性 under 时效指标",
      rows: [["产出指标", "时效指标", "订阅杂志及时性", "", "及时性", ""]],
      errors: [["E4", "restatesName"]],
    },
    {
      name: "a property noun other than the name's",
      rows: [["产出指标", "时效指标", "会议召开时效性", "", "及时性", ""]],
      errors: [["E4", "restatesName"]],
    },
    {
      name: "a verb with a trailing 、 and short phrases",
      rows: [
        ["效益指标", "社会效益指标", "提高机要工作水平", "", "提高、", ""],
        ["", "", "社会效益指标", "", "拓宽渠道", ""],
        ["", "经济效益指标", "资金使用效益", "", "效益提升", ""],
      ],
      errors: [
        ["E4", "vagueVerb"],
        ["E5", "vagueVerb"],
        ["E6", "vagueVerb"],
      ],
    },
    {
      name: "2021: a vague verb under 生态效益指标",
      options: { profile: "2021" },
      rows: [["效益指标", "生态效益指标", "改善水环境", "", "有效保护", ""]],
      errors: [["E4", "vagueVerb"]],
    },
  ],
});

// The work reported as done (遂宁安居 2021) and the grades listed (甘孜 2023) set no target either.
testRule(vagueValue, {
  valid: [
    { name: "one grade chosen", rows: [["效益指标", "社会效益指标", "工作规范化水平", "", "高", ""]] },
    { name: "优良 is one grade", rows: [["产出指标", "质量指标", "服务周期内空气质量", "", "优良", ""]] },
  ],
  invalid: [
    {
      name: "已完成 and 高中低",
      rows: [
        ["产出指标", "时效指标", "宣传活动开展", "", "已完成", ""],
        ["效益指标", "社会效益指标", "工作规范化水平", "", "高中低", ""],
        ["", "", "监管能力", "", "优/良/中/差", ""],
      ],
      errors: [
        ["E4", "reportsDone"],
        ["E5", "listsGrades"],
        ["E6", "listsGrades"],
      ],
    },
  ],
});
