import { directionMismatch } from "../../../src/core/rules/direction-mismatch";
import { testRule } from "../../helpers/rule-tester";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标方向性"];

testRule(directionMismatch, {
  valid: [
    {
      name: "正向 floors and 反向 ceilings",
      header: HEADER,
      rows: [
        ["产出指标", "数量指标", "发放人数", "≥", 230, "人", "正向指标"],
        ["", "质量指标", "验收合格率", "＝", 100, "%", "正向"],
        ["", "成本指标", "人均报酬", "≤", 1200, "元", "反向指标"],
        ["", "质量指标", "安全事故发生率", "＝", 0, "%", "反向"],
      ],
    },
    { name: "no direction column", rows: [["产出指标", "成本指标", "人均报酬", "", "≤1200元", ""]] },
  ],
  invalid: [
    {
      name: "正向 with ≤, 反向 with ≥ and ＝ (乌海 2021, 井研 2023 forms)",
      header: HEADER,
      rows: [
        ["产出指标", "数量指标", "发放人数", "≤", 230, "人", "正向指标"],
        ["", "成本指标", "人均报酬", "≥", 1200, "元", "反向指标"],
        ["", "成本指标", "差旅费", "=", 3, "万元", "反向"],
      ],
      errors: [
        ["D4", "positiveCeiling"],
        ["D5", "negativeFloor"],
        ["D6", "negativeFloor"],
      ],
    },
  ],
});
