import type { Field } from "../model";
import { hasText, normaliseLabel } from "../text";
import { setField } from "./facts";
import type { Rule } from "./rule";

/** What a 指标值类型 cell declares: 定量 / 定量指标 or 定性 / 定性指标; null for anything else. */
function declaredType(field: Field | null): "quantitative" | "qualitative" | null {
  if (!field) return null;
  const text = normaliseLabel(field.text);
  if (text.startsWith("定量")) return "quantitative";
  if (text.startsWith("定性")) return "qualitative";
  return null;
}

/**
 * DOMAIN §5 row 27: the integrated budget systems' 指标值类型 column must agree with the value:
 * 定量 with words, or 定性 with a number or a unit, is rejected on import. Which side is wrong is
 * the filer's call, so the changes are suggestions.
 */
export const valueTypeMismatch: Rule = {
  id: "value-type-mismatch",
  severity: "error",
  tags: ["value", "structure"],
  catalogue: [27],
  docs: {
    "zh-CN": {
      title: "指标值类型与指标值不符",
      description:
        "预算管理一体化系统中，“指标值类型”为定量的指标必须填写数字（如“≥95%”），为定性的指标只填文字、不填计量单位和比较符号。两者不一致时系统导入或审核会退回。请根据实际修改指标值或指标值类型。",
    },
    "en-US": {
      title: "Value type does not match the value",
      description:
        "In the integrated budget systems a 定量 (quantitative) indicator takes a number (≥95%), and a 定性 (qualitative) one takes words with no unit or comparator. When the value type and the value disagree, the import or the review rejects the row. Change the value or the value type, whichever is wrong.",
    },
  },
  messages: {
    quantitativeText: {
      "zh-CN": "指标值类型为“定量”，指标值却是文字“{value}”；请填写数值（如“≥95%”），或将类型改为“定性”",
      "en-US":
        "The value type is 定量 (quantitative) but the value is the words “{value}”; enter a number (e.g. “≥95%”) or make the type 定性",
    },
    qualitativeNumber: {
      "zh-CN": "指标值类型为“定性”，指标值却是数值“{value}”；请将类型改为“定量”，或改写为文字目标",
      "en-US":
        "The value type is 定性 (qualitative) but the value is the number “{value}”; make the type 定量 or write the target in words",
    },
    qualitativeUnit: {
      "zh-CN": "指标值类型为“定性”，却填写了计量单位“{unit}”；定性指标不填计量单位",
      "en-US":
        "The value type is 定性 (qualitative) but the unit “{unit}” is filled in; a qualitative indicator has no unit",
    },
    setType: {
      "zh-CN": "将指标值类型改为“{type}”",
      "en-US": "Set the value type to “{type}”",
    },
    clearUnit: {
      "zh-CN": "清空计量单位",
      "en-US": "Clear the unit",
    },
  },
  fixable: "suggestion",
  check({ table, rows, report }) {
    for (const { indicator } of rows) {
      const type = declaredType(indicator.valueType);
      const typeCell = indicator.valueType;
      if (!type || !typeCell || !indicator.value) continue;
      const parsed = indicator.parsed;
      const shown = [indicator.comparator, indicator.value, indicator.unit]
        .map((field) => (field ? field.text.trim() : ""))
        .join("");
      if (type === "quantitative" && parsed.kind === "qualitative") {
        report({
          at: indicator.value,
          messageId: "quantitativeText",
          data: { value: parsed.text },
          suggestions: [
            { messageId: "setType", data: { type: "定性" }, edits: [setField(table, typeCell, "定性")] },
          ],
        });
      } else if (type === "qualitative" && (parsed.kind === "quantity" || parsed.kind === "range")) {
        report({
          at: indicator.value,
          messageId: "qualitativeNumber",
          data: { value: shown },
          suggestions: [
            { messageId: "setType", data: { type: "定量" }, edits: [setField(table, typeCell, "定量")] },
          ],
        });
      } else if (
        type === "qualitative" &&
        parsed.kind === "qualitative" &&
        indicator.unit &&
        hasText(indicator.unit.text)
      ) {
        report({
          at: indicator.unit,
          messageId: "qualitativeUnit",
          data: { unit: indicator.unit.text.trim() },
          suggestions: [{ messageId: "clearUnit", data: {}, edits: [setField(table, indicator.unit, null)] }],
        });
      }
    }
  },
};
