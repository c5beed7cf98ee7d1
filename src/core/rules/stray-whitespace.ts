import { ownTextFields, setField, type TextRole } from "./facts";
import type { Rule } from "./rule";

// Alternation, not a class: a class holding U+200D (the joiner) reads as a joined sequence.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;
const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
// A space beside a Chinese character is never meant ("系统安装 /维护", "委员 、代表") unless the other
// side is a Latin letter or digit, where a space is common typography ("Wi-Fi 覆盖率").
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])[ ]+(?=[^A-Za-z0-9])|(?<=[^A-Za-z0-9])[ ]+(?=[${CJK}])`, "g");

/** "token": values and units, where no space belongs; "text": names and labels, where a line break is layout. */
type Kind = "text" | "token";

// Most cells hold no space at all: one test skips the cleaning work for them.
const ANY_SPACE = /\s|\u200b|\u200c|\u200d|\ufeff/;

function clean(text: string, kind: Kind): string {
  if (!ANY_SPACE.test(text)) return text;
  const out = text.replace(ZERO_WIDTH, "").replace(/[\t\u3000\u00a0]/g, " ");
  if (kind === "token") return out.replace(/\s+/g, "");
  return out
    .split("\n")
    .map((line) => line.replace(SPACE_BY_CJK, "").replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/** Values, comparators, units and value types are tokens; the rest is text. */
const KIND: Record<TextRole, Kind> = {
  level: "text",
  name: "text",
  description: "text",
  value: "token",
  comparator: "token",
  unit: "token",
  valueType: "token",
  basis: "text",
  remarks: "text",
};

/** DOMAIN §5 row 18: tabs, leading/trailing spaces and full-width spaces; the fix removes them. */
export const strayWhitespace: Rule = {
  id: "stray-whitespace",
  severity: "warning",
  tags: ["text"],
  catalogue: [18],
  docs: {
    "zh-CN": {
      title: "多余的空白字符",
      description:
        "单元格中的制表符、首尾空格、全角空格或汉字旁的空格肉眼难见，却会让系统比对、汇总出错（如“合规⇥”与“合规”被当作两个值）。可一键清除，不改变内容。",
    },
    "en-US": {
      title: "Stray whitespace",
      description:
        "Tabs, leading or trailing spaces, full-width spaces and spaces beside Chinese characters are hard to see but make systems treat “合规⇥” and “合规” as different values. The fix removes them without changing the content.",
    },
  },
  messages: {
    stray: {
      "zh-CN": "“{text}”中有多余的空白（制表符、首尾或全角空格），可一键清除",
      "en-US": "Stray whitespace (tab, leading/trailing or full-width space) in “{text}”; it can be removed",
    },
  },
  fixable: "fix",
  check({ table, rows, report }) {
    for (const { indicator } of rows) {
      for (const { field, role } of ownTextFields(indicator)) {
        if (typeof field.raw !== "string") continue;
        const kind = KIND[role];
        // An outline's names are indented to show their level: the leading spaces are its structure.
        const indent =
          table.outline && (role === "name" || role === "level") ? /^[ \u3000\t]*/.exec(field.raw)![0] : "";
        const text = field.raw.slice(indent.length);
        const cleaned = clean(text, kind);
        if (cleaned === text) continue;
        report({
          at: field,
          messageId: "stray",
          data: { text: cleaned },
          fix: [setField(table, field, cleaned === "" && indent === "" ? null : indent + cleaned)],
        });
      }
    }
  },
};
