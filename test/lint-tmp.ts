import { findTables } from "../src/core/detect/find-tables";
import { lint } from "../src/core/lint";
const H = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
const cases: Record<string, (string|number|null)[][]> = {
  words: [["绩效目标", "目标"], H,
    ["产出指标", "数量指标", "培训规模", "培训人数", "≥500", "计划标准"],
    ["", "数量指标", "培训班", "期数", "220", "计划标准"],
    ["", "成本指标", "培训成本", "成本", "≤5次", "计划标准"],
    ["", "成本指标", "能耗成本", "成本", "≤20吨标准煤", "计划标准"],
    ["", "成本指标", "人均成本", "成本", "≤-5万元", "计划标准"],
    ["效益指标", "社会效益指标", "能力提升", "", "显著提升", "计划标准"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "满意度", "满意", "计划标准"]],
  emptyLevel1: [["绩效目标", "目标"], H,
    ["", "数量指标", "培训人次", "人次", "≥500人次", "计划标准"],
    ["", "质量指标", "合格率", "合格率", "≥95%", "计划标准"],
    ["", "社会效益指标", "能力提升", "", "显著提升", "计划标准"],
    ["", "服务对象满意度指标", "学员满意度", "满意度", "≥90%", "计划标准"]],
};
for (const [name, rows] of Object.entries(cases)) {
  const grid = { sheet: "S", values: rows.map(r => r.map(c => c === "" ? null : c)), merges: [], origin: { row: 0, col: 0 } };
  const r = lint(findTables([grid]));
  console.log(name, r.diagnostics.map(d => `${d.cell} ${d.severity} ${d.rule}.${d.messageId}`));
}
