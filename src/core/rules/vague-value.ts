import { normaliseLabel } from "../text";
import { vagueness, type Vagueness } from "../vocabulary";
import { isCostRow, valueCell } from "./facts";
import type { Rule } from "./rule";

const MESSAGE_OF: Record<Vagueness, string> = {
  verb: "vagueVerb",
  time: "vagueTime",
  restates: "restatesName",
  done: "reportsDone",
  grades: "listsGrades",
};

/**
 * DOMAIN §5 row 20: a word value a reviewer pushes back on (vocabulary.ts): a verb with no target
 * (提升, 有效提升, 显著增强), a time word with no time (长期, 长期规划), the name restated (及时性),
 * the work reported as done (已完成: 遂宁安居 2021) or the grades listed instead of one (高中低: 甘孜 2023).
 * A hint, and only where no stronger finding covers the cell: rows whose name or group demands a
 * number (a rate, a cost or quantity group, 指标值类型 定量) are reported by those rules.
 */
export const vagueValue: Rule = {
  id: "vague-value",
  severity: "info",
  tags: ["value", "text"],
  catalogue: [20],
  docs: {
    "zh-CN": {
      title: "定性指标值含糊",
      description:
        "定性指标值应能在年终对照判断是否达成，财预〔2021〕101号建议使用分级表述（如“显著提升/有所提升”“达到预期/基本达到/未达到”“好/较好/一般”）。只写动词（“提升”“有效提升”“显著增强”）、只写时间词（“长期”“长期规划”）、照抄指标名称（“及时性”）、只写“已完成”或把各个等级都写上（“高中低”）都无法考核，审核时常被要求修改。",
    },
    "en-US": {
      title: "Vague qualitative value",
      description:
        "A qualitative value must let a reviewer decide at year end whether it was met; the 2021 guide suggests graded tiers (显著提升/有所提升, 达到预期/基本达到/未达到, 好/较好/一般). A bare verb (提升, 有效提升, 显著增强), a time word alone (长期, 长期规划), the indicator's name repeated (及时性), “已完成” (done) or every grade listed (高中低) cannot be assessed and is usually sent back for rewording.",
    },
  },
  messages: {
    vagueVerb: {
      "zh-CN":
        "指标值“{value}”只说明方向，没有可考核的程度；请写成分级目标，如“显著提升”“达到预期”，或给出数值",
      "en-US":
        "“{value}” gives a direction but no measurable level; write a graded target such as 显著提升 or 达到预期, or a number",
    },
    vagueTime: {
      "zh-CN": "指标值“{value}”没有具体时间，无法考核；请写出年限或期限，如“≥5年”“2025年底前”",
      "en-US":
        "“{value}” names no actual time and cannot be assessed; give a duration or deadline, e.g. “≥5年” or “2025年底前”",
    },
    reportsDone: {
      "zh-CN":
        "指标值“{value}”只说明工作已做，没有年终可对照的目标；请写出数量、比例或分级目标，如“≥2次”“＝100%”“达到预期”",
      "en-US":
        "“{value}” reports the work as done instead of setting a target to check at year end; give a number, a rate or a graded target such as ≥2次, ＝100% or 达到预期",
    },
    listsGrades: {
      "zh-CN": "指标值“{value}”列出了各个等级，没有选定要达到的一级；请只写目标等级，如“高”“优”“好”",
      "en-US":
        "“{value}” lists the grades instead of choosing the one to reach; write only the target grade, such as 高, 优 or 好",
    },
    restatesName: {
      "zh-CN":
        "指标值“{value}”重复了指标“{name}”所衡量的内容，没有给出目标；请写明要达到的结果，如“及时”“合规”或具体数值",
      "en-US":
        "“{value}” repeats what “{name}” measures instead of setting a target; state the result to reach, such as 及时, 合规 or a number",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const row of rows) {
      const { indicator, name, nameClass, level2Role } = row;
      const parsed = indicator.parsed;
      if (parsed.kind !== "qualitative") continue;
      // rate-word-value, cost-qualitative and quantity-qualitative already send this cell back.
      if (nameClass.rate || isCostRow(row) || level2Role === "quantity") continue;
      // value-type-mismatch: the table itself says this value should be a number.
      if (indicator.valueType && normaliseLabel(indicator.valueType.text).startsWith("定量")) continue;
      const kind = vagueness(parsed.text, name);
      if (!kind) continue;
      const at = valueCell(indicator);
      if (at) report({ at, messageId: MESSAGE_OF[kind], data: { value: parsed.text.trim(), name } });
    }
  },
};
