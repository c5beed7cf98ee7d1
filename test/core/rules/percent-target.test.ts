import { percentTarget } from "../../../src/core/rules/percent-target";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(percentTarget, {
  valid: [
    { name: "a rate of ≥95%", rows: [["产出指标", "质量指标", "参会人员出勤率", "", "≥95%", ""]] },
    { name: "a cost control rate ≤100%", rows: [["产出指标", "成本指标", "成本控制率", "", "≤100%", ""]] },
    { name: "exactly 100%", rows: [["产出指标", "质量指标", "验收合格率", "", "＝100%", ""]] },
    {
      name: "a growth above 100%",
      rows: [["效益指标", "经济效益指标", "年度维护成本增长率", "", "≥150%", ""]],
    },
    {
      name: "a satisfaction of ≥95%",
      rows: [["满意度指标", "服务对象满意度指标", "普法宣传对象满意度(%)", "", "≥95%", ""]],
    },
    {
      name: "a satisfaction at the floor",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥85%", ""]],
    },
    {
      name: "a lower floor in the settings",
      options: { satisfactionFloor: 80 },
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥80%", ""]],
    },
    {
      name: "a complaint rate is not a satisfaction",
      rows: [["满意度指标", "服务对象满意度指标", "不满意率", "", "≤5%", ""]],
    },
    {
      name: "a cost in % (unit-mismatch's)",
      rows: [["产出指标", "成本指标", "人均会议成本", "", "≥100%", ""]],
    },
  ],
  invalid: [
    {
      name: "a bare number under a satisfaction's name reads in % (unit-missing adds the %)",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥100", ""]],
      errors: [["E4", "satisfactionFull"]],
      suggestion: { cell: "E4", messageId: "change", result: { E4: "≥95%" } },
    },
    {
      name: "the seed's 设备安装完成率 ≥100%",
      rows: [["产出指标", "数量指标", "设备安装完成率", "需要安装的设备安装进度", "≥100%", "年初工作安排"]],
      errors: [["E4", "atLeastHundred"]],
      suggestion: { cell: "E4", messageId: "change", result: { E4: "＝100%" } },
    },
    {
      name: "the seed's 招待对象满意度 ≥100%: reported once, as a satisfaction",
      rows: [["满意度指标", "服务对象满意度指标", "招待对象满意度", "", "≥100%", "接待费管理办法"]],
      errors: [["E4", "satisfactionFull"]],
      suggestion: { cell: "E4", messageId: "change", result: { E4: "≥95%" } },
    },
    {
      name: ">100% is never met",
      rows: [["产出指标", "质量指标", "印刷清晰度", "", ">100%", ""]],
      errors: [["E4", "aboveHundred"]],
      suggestion: { cell: "E4", messageId: "change", result: { E4: "＝100%" } },
    },
    {
      name: "a rate above 100%",
      rows: [["效益指标", "经济效益指标", "设备利用率", "", "≥120%", ""]],
      errors: [["E4", "outOfRange"]],
    },
    {
      name: "a range past 100%",
      rows: [["产出指标", "质量指标", "验收合格率", "", "95%-105%", ""]],
      errors: [["E4", "outOfRange"]],
    },
    {
      name: "a satisfaction below the floor",
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥80%", ""]],
      errors: [["E4", "satisfactionLow"]],
      suggestion: { cell: "E4", messageId: "change", result: { E4: "≥85%" } },
    },
    {
      name: "a floor raised in the settings",
      options: { satisfactionFloor: 90 },
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥88%", ""]],
      errors: [["E4", "satisfactionLow"]],
      suggestion: { cell: "E4", messageId: "change", result: { E4: "≥90%" } },
    },
    {
      name: "split layout: ≥100% points at the comparator cell",
      header: SPLIT_HEADER,
      rows: [["产出指标", "质量指标", "验收合格率", "≥", 100, "%"]],
      errors: [["D4", "atLeastHundred"]],
      suggestion: { cell: "D4", messageId: "change", result: { D4: "＝", E4: 100, F4: "%" } },
    },
    {
      name: "split layout: a satisfaction of 100% rewrites the number",
      header: SPLIT_HEADER,
      rows: [["满意度指标", "服务对象满意度指标", "招待对象满意度", "≥", 100, "%"]],
      errors: [["E4", "satisfactionFull"]],
      suggestion: { cell: "E4", messageId: "change", result: { D4: "≥", E4: 95, F4: "%" } },
    },
    {
      name: "2021: a satisfaction of 100% without comparator",
      options: { profile: "2021" },
      rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "", "100%", ""]],
      errors: [["E4", "satisfactionFull"]],
    },
  ],
});
