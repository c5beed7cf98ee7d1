import { placeholderRow } from "../../../src/core/rules/placeholder-row";
import { testRule } from "../../helpers/rule-tester";

testRule(placeholderRow, {
  valid: [
    { name: "an indicator", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""]] },
    {
      name: "a row with a name but no value is value-empty's",
      rows: [["产出指标", "数量指标", "组织会议次数", "", "", ""]],
    },
    { name: "a row with only a basis", rows: [["产出指标", "数量指标", "", "", "", "年初工作要点"]] },
  ],
  invalid: [
    {
      name: "a level-2 label with nothing else, under a level 1 above",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""],
        ["", "质量指标", "", "", "", ""],
      ],
      errors: [["B5", "placeholder"]],
    },
    {
      name: "a row starting a group",
      rows: [["效益指标", "生态效益指标", "", "", "", ""]],
      errors: [["A4", "placeholder"]],
    },
    {
      name: "a level-1 label alone, and two such rows",
      rows: [
        ["效益指标", "", "", "", "", ""],
        ["满意度指标", "服务对象满意度指标", "", "", "", ""],
      ],
      errors: [
        ["A4", "placeholder"],
        ["A5", "placeholder"],
      ],
    },
  ],
});
