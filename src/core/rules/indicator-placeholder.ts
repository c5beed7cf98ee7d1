import { classifyName, type NameClass } from "../classify";
import { BUILTIN_PROFILES } from "../profiles/builtin";
import { ProfileIndex } from "../profiles/profile-index";
import { parseValue } from "../parse/parse-value";
import { templateLeftover } from "../template-marks";
import { hasText, normaliseLabel } from "../text";
import type { Rule } from "./rule";

/**
 * A name that only repeats a level label. A label's bare form that is itself measured in %
 * (服务对象满意度, under 服务对象满意度指标) is a real indicator, as official templates write it;
 * with the 指标 suffix it is always the template's label.
 */
function isLabelCopy(index: ProfileIndex, name: string, nameClass: NameClass): boolean {
  return isAnyLevelLabel(index, name) && (name.endsWith("指标") || !nameClass.percent);
}

// Both frameworks' labels are the template's: a 2021 label (社会成本指标) copied into a 2015 table's
// 三级 cell (岳阳楼区 2023) is as much a stand-in as its own.
const BUILTIN_INDEXES = Object.values(BUILTIN_PROFILES).map((profile) => new ProfileIndex(profile));

function isAnyLevelLabel(index: ProfileIndex, name: string): boolean {
  return (
    index.isLevelLabel(name) || (name.endsWith("指标") && BUILTIN_INDEXES.some((i) => i.isLevelLabel(name)))
  );
}

/** Periods written where the name belongs: 全年 (大英 2020), 2022年底之前 (霍邱 2022), 2022年全年. */
const PERIOD_WORDS = new Set([
  "全年",
  "全年度",
  "当年",
  "本年度",
  "年内",
  "年度内",
  "长期",
  "按月",
  "按季度",
]);

/** A year with a period word (2022年全年: 黄石 2022). */
const YEAR_PERIOD = /^(?:19|20)\d\d年度?(?:全年|全年度|内|年内|底|底前|以内|上半年|下半年)$/;

function isValueAsName(name: string): boolean {
  if (PERIOD_WORDS.has(name) || YEAR_PERIOD.test(name)) return true;
  // Only a name with a number and a date word can read as a date: skip the parser for the rest.
  if (!/\d/.test(name) || !/[年月日]/.test(name)) return false;
  const parsed = parseValue(name);
  return parsed.kind === "date" || parsed.kind === "period";
}

/**
 * DOMAIN §5 row 5: an indicator row whose 三级 name is missing or just a level label copied from
 * the template (生态效益指标 as 三级), or still carries the template's stand-ins (指标1：, (≥**%),
 * ××; see template-marks.ts), or whose description is a level label. Rows with nothing
 * but level labels are placeholder-row's.
 */
export const indicatorPlaceholder: Rule = {
  id: "indicator-placeholder",
  severity: "error",
  tags: ["structure", "text"],
  catalogue: [5],
  docs: {
    "zh-CN": {
      title: "三级指标未填写具体名称",
      description:
        "三级指标是具体考核什么，必须写出可衡量的指标名称（如“会议召开次数”）。空着，或者只是照抄“生态效益指标”“可持续影响指标”等一级、二级名称，等于没有设置指标，审核会退回；指标描述照抄层级名称也一样。名称里留着模板的占位内容（“指标1：”“(≥**%)”“××”）同样会被退回。如该项确实无可设置的指标，应删除这一行，而不是保留模板名称。",
    },
    "en-US": {
      title: "Indicator without a real name",
      description:
        "A level-3 indicator says what exactly is measured, so it needs a measurable name (“会议召开次数”). Left blank, or a copy of a level label such as “生态效益指标” or “可持续影响指标”, it sets no indicator at all and the table is sent back; the same goes for a description that only repeats a level label, and for a name that still carries the template’s stand-ins (“指标1：”, “(≥**%)”, “××”). If a group has nothing to measure, delete the row rather than keep the template’s label.",
    },
  },
  messages: {
    nameEmpty: {
      "zh-CN": "这一行填了内容，但三级指标名称为空",
      "en-US": "This row has content but no level-3 indicator name",
    },
    nameIsLevelLabel: {
      "zh-CN": "三级指标“{name}”只是层级名称，请写出具体考核的指标",
      "en-US": "The level-3 indicator “{name}” is only a level label; name what is actually measured",
    },
    nameIsValue: {
      "zh-CN":
        "三级指标“{name}”是一个时间或期限，不是指标名称；请写出考核什么（如“项目完成时间”），期限写在指标值栏",
      "en-US":
        "The indicator “{name}” is a date or period, not a name; say what is measured (“项目完成时间”) and put the date in the value column",
    },
    templateLeftover: {
      "zh-CN": "三级指标“{name}”仍带着模板的占位内容“{leftover}”，请改为具体的指标名称（目标值写在指标值栏）",
      "en-US":
        "The indicator “{name}” still carries the template’s stand-in “{leftover}”; write the indicator’s own name (the target goes in the value column)",
    },
    descriptionIsLevelLabel: {
      "zh-CN": "指标描述“{text}”只是层级名称，请说明该指标考核的内容或计算方法",
      "en-US":
        "The description “{text}” is only a level label; say what the indicator measures or how it is computed",
    },
  },
  fixable: null,
  check({ index, rows, report }) {
    for (const { indicator, name, nameClass } of rows) {
      if (indicator.placeholder) continue;
      const level3 = indicator.level3;
      if (level3) {
        if (name === "") report({ at: level3, messageId: "nameEmpty" });
        else if (isLabelCopy(index, name, nameClass))
          report({ at: level3, messageId: "nameIsLevelLabel", data: { name } });
        else if (isValueAsName(name)) report({ at: level3, messageId: "nameIsValue", data: { name } });
        else {
          const leftover = templateLeftover(level3.text);
          if (leftover !== null)
            report({ at: level3, messageId: "templateLeftover", data: { name, leftover } });
        }
      }
      const description = indicator.description;
      if (description && hasText(description.text)) {
        const text = normaliseLabel(description.text);
        if (index.isLevelLabel(text) && isLabelCopy(index, text, classifyName(text)))
          report({ at: description, messageId: "descriptionIsLevelLabel", data: { text } });
      }
    }
  },
};
