import { weightsSum } from "../../../src/core/rules/weights-sum";
import { testRule } from "../../helpers/rule-tester";

const WEIGHTED = ["一级指标", "二级指标", "三级指标", "指标值", "权重"];
const rows = (...weights: (string | number)[]) =>
  weights.map((w, i) => [i === 0 ? "产出指标" : "", "数量指标", `指标${i + 1}`, "≥1次", w]);

testRule(weightsSum, {
  valid: [
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
