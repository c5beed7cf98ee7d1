import { costQualitative } from "../../../src/core/rules/cost-qualitative";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(costQualitative, {
  valid: [
    {
      name: "2021: 社会成本 and 生态环境成本 are negative effects, not money (101号)",
      options: { profile: "2021" },
      rows: [
        ["成本指标", "社会成本指标", "对周边环境影响", "", "无明显影响", ""],
        ["", "生态环境成本指标", "施工扬尘影响", "", "可控", ""],
      ],
    },
    { name: "a money cap", rows: [["产出指标", "成本指标", "线路租用成本", "", "≤4万元", ""]] },
    { name: "a cost control rate", rows: [["产出指标", "成本指标", "成本控制率", "", "≤100%", ""]] },
    {
      name: "words outside a cost group",
      rows: [["产出指标", "质量指标", "接待经费使用合规性", "", "合规", ""]],
    },
    {
      name: "a rate with a word value (rate-word-value's)",
      rows: [["产出指标", "成本指标", "成本控制率", "", "控制", ""]],
    },
    {
      name: "2021: a money cap under 经济成本指标",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "设备购置成本", "", "≤15万元", ""]],
    },
  ],
  invalid: [
    {
      name: "a cost written as a sentence around its amount (昭化 2021)",
      rows: [["产出指标", "成本指标", "补助标准", "", "严格按照预算标准1000元/人进行兑付", ""]],
      errors: [["E4", "sentence"]],
    },
    {
      name: "the seed's 系统安装/维护及时性: 及时性 under 成本指标",
      rows: [
        ["产出指标", "成本指标", "系统安装/维护及时性", "系统在规定时间内安装/维护，不延期", "及时性", ""],
      ],
      errors: [["E4", "qualitative"]],
    },
    {
      name: "an inherited cost group",
      rows: [
        ["产出指标", "成本指标", "人均会议成本", "", "≤450元", ""],
        ["", "", "会议场地", "", "节约", ""],
      ],
      errors: [["E5", "qualitative"]],
    },
    {
      name: "split layout: 定性 in 指标性质",
      header: SPLIT_HEADER,
      rows: [["产出指标", "成本指标", "经费使用", "定性", "合规", ""]],
      errors: [["E4", "qualitative"]],
    },
  ],
});
