import { basisMissing } from "../../../src/core/rules/basis-missing";
import { testRule } from "../../helpers/rule-tester";

testRule(basisMissing, {
  valid: [
    { name: "a basis", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"]] },
    {
      name: "a table without a basis column",
      header: ["一级指标", "二级指标", "三级指标", "指标值"],
      rows: [["产出指标", "数量指标", "组织会议次数", "≥6次"]],
    },
    {
      name: "a placeholder row is placeholder-row's",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"],
        ["", "质量指标", "", "", "", ""],
      ],
    },
    { name: "a number as basis", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", 2021]] },
  ],
  invalid: [
    {
      name: "a blank basis",
      rows: [["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", ""]],
      errors: [["F4", "missing"]],
    },
    {
      name: "spaces only, on the second row",
      rows: [
        ["产出指标", "数量指标", "组织会议次数", "", "≥6次", "年初工作要点"],
        ["", "质量指标", "参会人员出勤率", "", "≥95%", "  "],
      ],
      errors: [["F5", "missing"]],
    },
    {
      name: "a row with a name but no value still needs its basis",
      rows: [["产出指标", "数量指标", "组织会议次数", "", "", ""]],
      errors: [["F4", "missing"]],
    },
    {
      name: "split layout with a basis column",
      header: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标值设定依据"],
      rows: [["产出指标", "数量指标", "组织会议次数", "≥", 6, "次", ""]],
      errors: [["G4", "missing"]],
    },
  ],
});
