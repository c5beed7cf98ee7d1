import { ownTextFields, setField, type TextRole } from "./facts";
import { isTemplateMarker } from "../template-marks";
import type { Rule } from "./rule";

/**
 * What may not end a cell: "name" cells (labels, names, values) end in no punctuation at all;
 * prose (descriptions, bases) may end a sentence with 。 but not with a comma or colon.
 */
const TRAILING = {
  name: /[、，,；;：:。]+[\s\u3000]*$/,
  prose: /[、，,；;：:]+[\s\u3000]*$/,
} as const;

type Kind = keyof typeof TRAILING | "bracketsOnly";

/** Closing mark → opening mark. Full- and half-width round brackets are one pair: people mix them. */
const CLOSERS = new Map<string, string>([
  ["）", "("],
  [")", "("],
  ["》", "《"],
  ["”", "“"],
  ["】", "【"],
  ["〕", "〔"],
]);
const OPENERS = new Map<string, string>([
  ["（", "("],
  ["(", "("],
  ["《", "《"],
  ["“", "“"],
  ["【", "【"],
  ["〔", "〔"],
]);
const ANY_BRACKET = /[（）()《》“”【】〔〕]/;

/** The first mark left without its partner, or null when every bracket and quote is closed. */
function unbalancedMark(text: string): string | null {
  if (!ANY_BRACKET.test(text)) return null;
  const open: { family: string; mark: string }[] = [];
  for (const ch of text) {
    const opens = OPENERS.get(ch);
    if (opens) {
      open.push({ family: opens, mark: ch });
      continue;
    }
    const closes = CLOSERS.get(ch);
    if (!closes) continue;
    if (open.length === 0 || open[open.length - 1].family !== closes) return ch;
    open.pop();
  }
  return open.length > 0 ? open[0].mark : null;
}

/** How each cell is read: names and values may not end in a comma; prose may end in 。; remarks only need balanced brackets. */
const KIND: Record<TextRole, Kind | null> = {
  level: "name",
  name: "name",
  description: "prose",
  value: "name",
  comparator: "name",
  unit: "name",
  valueType: null,
  basis: "prose",
  remarks: "bracketsOnly",
};

/**
 * DOMAIN §5 row 19: a comma, enumeration comma, semicolon or colon left at the end of a cell
 * (提高、) — removed by the fix — and brackets or quotes left open (实际达成合作意向数（以签订备忘),
 * which usually mean text was cut off: only the filer can restore it, so no fix.
 */
export const strayPunctuation: Rule = {
  id: "stray-punctuation",
  severity: "warning",
  tags: ["text"],
  catalogue: [19],
  docs: {
    "zh-CN": {
      title: "多余或不成对的标点",
      description:
        "单元格末尾多出的顿号、逗号、分号、冒号（如“提高、”）多是删改时遗留的，显得草率，也会让系统比对出错，可一键删除。括号、书名号、引号不成对（如“实际达成合作意向数（以签订备忘”）通常说明内容被截断，请补全原文。",
    },
    "en-US": {
      title: "Stray or unbalanced punctuation",
      description:
        "A comma, enumeration comma, semicolon or colon at the end of a cell (“提高、”) is usually left over from editing; it looks careless and makes systems treat the text as different. The fix removes it. An unclosed bracket, title mark or quote (“实际达成合作意向数（以签订备忘”) usually means the text was cut off: restore it by hand.",
    },
  },
  messages: {
    trailing: {
      "zh-CN": "“{text}”末尾有多余的“{mark}”，可一键删除",
      "en-US": "“{text}” ends in a stray “{mark}”; it can be removed",
    },
    unbalanced: {
      "zh-CN": "“{text}”中的“{mark}”不成对，内容可能被截断，请补全",
      "en-US": "“{mark}” in “{text}” has no partner; the text may have been cut off — complete it",
    },
  },
  fixable: "fix",
  check({ table, rows, report }) {
    for (const { indicator } of rows) {
      for (const { field, role } of ownTextFields(indicator)) {
        const kind = KIND[role];
        if (kind === null || typeof field.raw !== "string") continue;
        const text = field.raw;
        if (kind !== "bracketsOnly") {
          const trailing = TRAILING[kind].exec(text);
          const kept = trailing ? text.slice(0, trailing.index) : "";
          // 指标2: is the template's stand-in, not a name with a stray colon: indicator-placeholder's.
          if (trailing && !isTemplateMarker(kept.trim())) {
            report({
              at: field,
              messageId: "trailing",
              data: { text: text.trim(), mark: trailing[0].trim() },
              fix: [setField(table, field, kept.trim() === "" ? null : kept.trimEnd())],
            });
          }
        }
        const mark = unbalancedMark(text);
        if (mark) report({ at: field, messageId: "unbalanced", data: { text: text.trim(), mark } });
      }
    }
  },
};
