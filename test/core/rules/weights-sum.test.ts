import { weightsSum } from "../../../src/core/rules/weights-sum";
import { testRule } from "../../helpers/rule-tester";

const WEIGHTED = ["一级指标", "二级指标", "三级指标", "指标值", "权重"];
const rows = (...weights: (string | number)[]) =>
  weights.map((w, i) => [i === 0 ? "产出指标" : "", "数量指标", `指标${i + 1}`, "≥1次", w]);

testRule(weightsSum, {
  valid: [
    {
      name: "90 where the form gives budget execution its own 10 points (上海普陀 2022, 青神 2023)",
      preamble: [["财政项目支出绩效自评表"], ["年度资金总额", 250000, 215457.6, 10, "86.19%", 8.62]],
      header: ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "年度指标值", "分值"],
      rows: [
        ["", "产出指标", "数量指标", "结算完成率", "=100%", 60],
        ["", "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", 30],
      ],
    },
    {
      name: "100 when the execution row is one of the weighted rows",
      preamble: [["绩效自评表"], ["预算执行率", "", "", "", "10分"]],
      header: WEIGHTED,
      rows: [...rows(60, 30), ["", "", "预算执行率", "100%", 10]],
    },
    { name: "no weight column", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""]] },
    { name: "numbers adding up to 100", header: WEIGHTED, rows: rows(30, 30, 40) },
    { name: "numeric text: 分, % and full width", header: WEIGHTED, rows: rows("30分", "30%", "４０") },
    { name: "a blank weight column: not a weighted table", header: WEIGHTED, rows: rows("", "", "") },
    { name: "within the tolerance", header: WEIGHTED, rows: rows(33.333, 33.333, 33.333) },
    {
      name: "分值 as the column's name",
      header: ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
      rows: rows(50, 50),
    },
  ],
  invalid: [
    {
      name: "100 where the form gives budget execution its own 10 points (中江 2022)",
      preamble: [
        ["绩效目标自评表(2022年度)"],
        ["资金情况(万元)", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        ["年度资金总额:", 20, 20, 10, "100.00%", 10],
      ],
      header: WEIGHTED,
      rows: rows(50, 30, 20),
      errors: [["E4", "sumNinety"]],
    },
    {
      name: "weights adding up to 90, at the header's weight cell",
      header: WEIGHTED,
      rows: rows(30, 30, 30),
      errors: [["E3", "sum"]],
    },
    {
      name: "some weights left blank",
      header: WEIGHTED,
      rows: rows(50, "", 40),
      errors: [["E3", "sum"]],
    },
    {
      name: "text that is not a number, and then no sum is judged",
      header: WEIGHTED,
      rows: rows(30, "十分", "较高"),
      errors: [
        ["E5", "notNumber"],
        ["E6", "notNumber"],
      ],
    },
    {
      name: "percentages adding up to 20",
      header: WEIGHTED,
      rows: rows("10%", "10%"),
      errors: [["E3", "sum"]],
    },
  ],
});
