import type { Field, IndicatorRow } from "../model";
import { normaliseLabel } from "../text";
import type { Rule } from "./rule";

/** The value as compared: the value cell, and in the split layout its comparator and unit cells. */
function valueKey(row: IndicatorRow): string {
  return [row.comparator, row.value, row.unit].map((f) => (f ? normaliseLabel(f.text) : "")).join("\u0000");
}

function valueShown(row: IndicatorRow): string {
  return [row.comparator, row.value, row.unit].map((f) => (f ? f.text.trim() : "")).join("");
}

/**
 * DOMAIN §5 row 17: one 三级 name twice in a table. Later occurrences are reported, naming the
 * first; different values under one name are a contradiction and get their own message. Names
 * that are level labels are indicator-placeholder's finding.
 */
export const duplicateIndicator: Rule = {
  id: "duplicate-indicator",
  severity: "warning",
  tags: ["structure", "text"],
  catalogue: [17],
  docs: {
    "zh-CN": {
      title: "三级指标名称重复",
      description:
        "同一张表中两个指标同名，审核和自评时无法区分各自考核什么；名称相同而指标值不同（如“报销差旅费标准”≤90元和≤50元）更是自相矛盾。请在名称中写明区别（对象、类别），或合并为一个指标。",
    },
    "en-US": {
      title: "Duplicate indicator name",
      description:
        "Two indicators with one name in a table cannot be told apart when the table is reviewed or the year is evaluated; with different target values (“报销差旅费标准” ≤90元 and ≤50元) they contradict each other. Say in the name what differs (whom or what it covers), or merge them.",
    },
  },
  messages: {
    duplicate: {
      "zh-CN": "三级指标“{name}”与{first}单元格的指标重复，请在名称中写明区别或合并",
      "en-US":
        "The indicator “{name}” repeats the one at {first}; say what differs in the name, or merge them",
    },
    conflicting: {
      "zh-CN": "三级指标“{name}”与{first}单元格的指标重复且指标值不同（“{value}”与“{firstValue}”），两者矛盾",
      "en-US":
        "The indicator “{name}” repeats the one at {first} with a different target (“{value}” against “{firstValue}”); they contradict each other",
    },
  },
  fixable: null,
  check({ index, rows, report }) {
    const first = new Map<string, { at: Field; row: IndicatorRow }>();
    for (const { indicator, name, nameClass } of rows) {
      const level3 = indicator.level3;
      if (!level3 || name === "" || indicator.placeholder) continue;
      const seen = first.get(name);
      if (!seen) {
        // As indicator-placeholder judges a copied label (a %-measured bare form is a real name).
        const labelCopy = index.isLevelLabel(name) && (name.endsWith("指标") || !nameClass.percent);
        if (!labelCopy) first.set(name, { at: level3, row: indicator });
        continue;
      }
      if (valueKey(seen.row) === valueKey(indicator)) {
        report({ at: level3, messageId: "duplicate", data: { name, first: seen.at.cell } });
      } else {
        report({
          at: level3,
          messageId: "conflicting",
          data: { name, first: seen.at.cell, value: valueShown(indicator), firstValue: valueShown(seen.row) },
        });
      }
    }
  },
};
