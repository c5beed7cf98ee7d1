import { indicatorTaskList } from "../../../src/core/rules/indicator-task-list";
import { testRule } from "../../helpers/rule-tester";

testRule(indicatorTaskList, {
  valid: [
    {
      name: "the seed's 形成建议、议案",
      rows: [["效益指标", "可持续影响指标", "形成建议、议案", "", "≥3份", ""]],
    },
    {
      name: "the seed's 购置（维修、更新）设备数量",
      rows: [["产出指标", "数量指标", "购置（维修、更新）设备数量", "", "≥1台", ""]],
    },
    {
      name: "one verb opening a name",
      rows: [["产出指标", "数量指标", "组织视察、执法检查次数", "", "≥1次", ""]],
    },
    {
      name: "a list of objects, not tasks",
      rows: [["产出指标", "数量指标", "视察、调查、执法检查次数", "", "≥20次", ""]],
    },
  ],
  invalid: [
    {
      name: "aims strung together as a name, after the template's numbering (金寨 2021, 临邑 2025)",
      rows: [
        [
          "效益指标",
          "社会效益指标",
          "指标1:改善安置小区群众生活质量,提升安置小区生活水平。助力全县文明城市创建。",
          "",
          "显著改善",
          "",
        ],
        ["产出指标", "质量指标", "教学条件改善、办学水平提高", "", "=100%", ""],
      ],
      errors: [
        ["C4", "taskList"],
        ["C5", "taskList"],
      ],
    },
    {
      name: "tasks split by ；",
      rows: [["产出指标", "数量指标", "组织召开常委会会议；开展执法检查；完成立法调研", "", "≥3次", ""]],
      errors: [["C4", "taskList"]],
    },
    {
      name: "numbered tasks split by 、",
      rows: [["产出指标", "质量指标", "一、加强代表培训；二、推进代表联络站建设", "", "良好", ""]],
      errors: [["C4", "taskList"]],
    },
    {
      name: "tasks split by a full-width comma",
      rows: [["产出指标", "数量指标", "召开座谈会，举办培训班", "", "≥2次", ""]],
      errors: [["C4", "taskList"]],
    },
    {
      name: "tasks on separate lines",
      rows: [["产出指标", "数量指标", "1.编制立法计划\n2.撰写调研报告", "", "≥2份", ""]],
      errors: [["C4", "taskList"]],
    },
  ],
});

// Aims of a public service strung into one name (大英 2019: 保障…、促进…、降低…、维护…).
testRule(indicatorTaskList, {
  valid: [{ name: "one aim", rows: [["效益指标", "社会效益指标", "保障群众出行安全", "", "显著提升", ""]] }],
  invalid: [
    {
      name: "four aims in one name",
      rows: [
        [
          "效益指标",
          "社会效益指标",
          "保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定",
          "",
          "＝100%",
          "",
        ],
      ],
      errors: [["C4", "taskList"]],
    },
  ],
});
