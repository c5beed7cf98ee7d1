import type { MessageData } from "../report";
import { hasText } from "../text";
import { costInWords } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 7: a 指标值 the value grammar (§3) cannot read, one message per reason the parser
 * gives. A blank value cell is value-empty's, even when the split layout has a comparator or unit.
 */
export const valueUnreadable: Rule = {
  id: "value-unreadable",
  severity: "error",
  tags: ["value"],
  catalogue: [7],
  docs: {
    "zh-CN": {
      title: "指标值无法识别",
      description:
        "定量指标值应写作“符号 + 数字 + 单位”（如“≥95%”“≤4万元”），定性指标值写文字（如“达标”“及时”）。符号写错（“≥≥5”“=>5”）、有符号或单位却没有数字（“≥次”）、数字夹在其他文字中（“约5次左右”）、一格写了多个数字或是公式错误值，审核时无法判断目标，会被退回。",
    },
    "en-US": {
      title: "Unreadable target value",
      description:
        "A quantitative target reads “comparator + number + unit” (≥95%, ≤4万元); a qualitative one is words (达标, 及时). A garbled comparator (≥≥5, =>5), a comparator or unit with no number (≥次), a number wrapped in other words (约5次左右), several numbers in one cell or a formula error leave the target undecidable, and the table is sent back.",
    },
  },
  messages: {
    badComparator: {
      "zh-CN":
        "指标值“{value}”中的比较符号写法有误，无法判断是大于、小于还是等于；请只用一个 ≥、≤、＝、＞ 或 ＜，如“≥95%”",
      "en-US":
        "The comparator in “{value}” is garbled, so it is unclear whether it means at least, at most or equal; use a single ≥, ≤, ＝, ＞ or ＜, e.g. “≥95%”",
    },
    missingNumber: {
      "zh-CN": "指标值“{value}”有符号或单位，却没有数字；请填写具体数值，如“≥6次”",
      "en-US": "“{value}” has a comparator or unit but no number; write the number, e.g. “≥6次”",
    },
    textAroundNumber: {
      "zh-CN":
        "指标值“{value}”中数字与其他文字混写（如“约”“左右”“余”），无法作为可考核的目标；请写成“符号 + 数字 + 单位”，如“≥5次”，说明文字移到指标描述中",
      "en-US":
        "In “{value}” the number is mixed with other words (约, 左右, 余), so it cannot be assessed; write “comparator + number + unit”, e.g. “≥5次”, and move the words to the description",
    },
    errorValue: {
      "zh-CN": "指标值单元格是公式错误值“{value}”；请改为实际的指标值",
      "en-US": "The value cell holds the formula error “{value}”; enter the actual target value",
    },
    unitConflict: {
      "zh-CN": "指标值“{value}”自带单位，与计量单位栏的“{unit}”不一致；请只在一处写单位，并确认哪一个是对的",
      "en-US":
        "The value “{value}” carries its own unit, which contradicts “{unit}” in the unit column; write the unit in one place and check which is right",
    },
    multipleNumbers: {
      "zh-CN":
        "指标值“{value}”中有多个数字，无法判断哪个是目标；一个指标只写一个目标值，需要多个目标时请拆分为多个指标",
      "en-US":
        "“{value}” holds more than one number, so the target is unclear; write one target per indicator and split it into several indicators if needed",
    },
  },
  fixable: null,
  check({ rows, report }) {
    for (const row of rows) {
      const { indicator } = row;
      const parsed = indicator.parsed;
      if (parsed.kind !== "unreadable" || !indicator.value) continue;
      // A cost written as a sentence is cost-qualitative's.
      if (costInWords(row) !== null) continue;
      // A comparator or unit beside a blank value cell: value-empty reports the blank.
      if (!hasText(indicator.value.text)) continue;
      // Split layout: a garbled or contradicting 指标性质 cell is where the comparator went wrong.
      const { comparator, unit } = indicator;
      const atComparator =
        parsed.reason === "badComparator" && comparator !== null && hasText(comparator.text);
      const at = atComparator ? comparator : indicator.value;
      // Each message quotes the cell it is about, never the row's cells glued together (≥5万元元/人·天).
      const split = comparator !== null || unit !== null;
      const value = !split
        ? parsed.text
        : atComparator
          ? `${comparator.text.trim()}${indicator.value.text.trim()}`
          : indicator.value.text.trim();
      const data: MessageData =
        parsed.reason === "unitConflict" ? { value, unit: unit?.text.trim() ?? "" } : { value };
      report({ at, messageId: parsed.reason, data });
    }
  },
};
