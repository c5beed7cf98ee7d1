import { indicatorPlaceholder } from "../../../src/core/rules/indicator-placeholder";
import { testRule } from "../../helpers/rule-tester";

testRule(indicatorPlaceholder, {
  valid: [
    {
      name: "a real indicator whose description repeats its name",
      rows: [["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", "年初工作要点"]],
    },
    {
      name: "服务对象满意度 is a real indicator, as official templates write it",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥95%", ""]],
    },
    {
      name: "a row of level labels only is placeholder-row's",
      rows: [["效益指标", "生态效益指标", "", "", "", ""]],
    },
    {
      name: "a template's ellipsis or numbered row with nothing else is placeholder-row's (廊坊 2019)",
      rows: [
        ["产出指标", "数量指标", "工程资金金额", "", "43.2万元", ""],
        ["", "", "指标2", "", "", ""],
        ["", "", "……", "", "", ""],
      ],
    },
    {
      name: "X-ray and XXL are words, not stand-ins",
      rows: [["产出指标", "数量指标", "X光机购置数量", "", "≥2台", ""]],
    },
    {
      name: "a name that contains a label is not one",
      rows: [["效益指标", "社会效益指标", "社会效益指标完成情况", "", "良好", ""]],
    },
  ],
  invalid: [
    {
      name: "a date or period where the name belongs (大英 2020, 霍邱 2022)",
      rows: [
        ["产出指标", "时效指标", "全年", "", "按质按量完成", ""],
        ["", "", "2022年底之前", "", "2022年底之前", ""],
      ],
      errors: [
        ["C4", "nameIsValue"],
        ["C5", "nameIsValue"],
      ],
    },
    {
      name: "the template's star before a core indicator (南岳 2018)",
      rows: [["产出指标", "质量指标", "*贫困地区旅游基础设施建设质量达标率100%", "", ">=98%", ""]],
      errors: [["C4", "templateLeftover"]],
    },
    {
      name: "the template's numbering and stand-ins left in names (金寨 2021, 原州 2022)",
      rows: [
        ["产出指标", "数量指标", "指标1:安置小区物业费", "", "8个", ""],
        ["", "成本指标", "指标1:项目总成本(≤**万元)", "", "≤1125万元", ""],
        ["满意度指标", "服务对象满意度指标", "小区居民满意度(≥**%)", "", "≥90%", ""],
        ["", "", "×××满意度", "", "≥90%", ""],
      ],
      errors: [
        ["C4", "templateLeftover"],
        ["C5", "templateLeftover"],
        ["C6", "templateLeftover"],
        ["C7", "templateLeftover"],
      ],
    },
    {
      name: "the seed's 会议费 rows 12–13: labels as name and description",
      rows: [
        ["效益指标", "生态效益指标", "生态效益指标", "生态效益指标", "显著增强", "年初工作要点"],
        ["", "可持续影响指标", "可持续影响指标", "可持续影响指标", "长期规划", "年初工作要点"],
      ],
      errors: [
        ["C4", "nameIsLevelLabel"],
        ["D4", "descriptionIsLevelLabel"],
        ["C5", "nameIsLevelLabel"],
        ["D5", "descriptionIsLevelLabel"],
      ],
    },
    {
      name: "the seed's 视察议政业务费: 社会效益指标 as 三级 with a real description",
      rows: [
        ["效益指标", "社会效益指标", "社会效益指标", "拓宽代表了解社情民意渠道", "拓宽渠道", "工作要求"],
      ],
      errors: [["C4", "nameIsLevelLabel"]],
    },
    {
      name: "a blank name on a row with a value, and a bare label as name",
      rows: [
        ["产出指标", "数量指标", "", "组织会议次数", "≥6次", ""],
        ["效益指标", "社会效益指标", "社会效益", "", "提升", ""],
      ],
      errors: [
        ["C4", "nameEmpty"],
        ["C5", "nameIsLevelLabel"],
      ],
    },
    {
      name: "满意度指标 as a name is the template's label",
      rows: [["满意度指标", "服务对象满意度指标", "满意度指标", "", "≥95%", ""]],
      errors: [["C4", "nameIsLevelLabel"]],
    },
    {
      name: "2021: a cost label as name",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "经济成本指标", "", "≤5万元", ""]],
      errors: [["C4", "nameIsLevelLabel"]],
    },
  ],
});

// The other framework's label (社会成本指标 in a 2015 table: 岳阳楼区 2023) and a year with a period
// word (2022年全年: 黄石 2022) are stand-ins too.
testRule(indicatorPlaceholder, {
  valid: [
    {
      name: "a name with a year in it",
      rows: [["产出指标", "数量指标", "2022年新增培训人次", "", "≥50人次", ""]],
    },
  ],
  invalid: [
    {
      name: "a 2021 label and a period as 三级 in a 2015 table",
      rows: [
        ["产出指标", "成本指标", "社会成本指标", "", "≤5万元", ""],
        ["效益指标", "可持续影响指标", "2022年全年", "", "≥360天", ""],
      ],
      options: { profile: "2015" },
      errors: [
        ["C4", "nameIsLevelLabel"],
        ["C5", "nameIsValue"],
      ],
    },
  ],
});
