import { withoutNumbering } from "../template-marks";
import { foldWidth } from "../text";
import type { Rule } from "./rule";

/**
 * Verbs that open a work task (组织…, 开展…, 完成…). A name is a task list when at least two of its
 * items open with one; one verb alone is an ordinary name (组织会议次数).
 */
const TASK_VERBS = [
  "组织",
  "开展",
  "完成",
  "召开",
  "举办",
  "推进",
  "落实",
  "加强",
  "做好",
  "建立",
  "制定",
  "实施",
  "编制",
  "撰写",
  "健全",
  "完善",
  "深化",
  "推动",
  "督促",
  "修订",
  "强化",
  "抓好",
  // Aims and procedures strung together as a name (金寨 2021, 昭化 2021): 改善…，提升…，助力….
  "改善",
  "提升",
  "提高",
  "助力",
  "优化",
  "营造",
  "持续提供",
  "提供",
  "解决",
  "指导",
  "促进",
  "确保",
  "保证",
  "增强",
  "扩大",
  "初审",
  "复审",
  // Aims of a public service listed as one name (大英 2019: 保障…、促进…、降低…、维护…).
  "保障",
  "降低",
  "维护",
  "减少",
];
const OPENS_WITH_VERB = new RegExp(`^(?:${TASK_VERBS.join("|")})`);
// An aim written noun first: 教学条件改善、办学水平提高 (临邑 2025), 乡镇申报.
const ENDS_WITH_AIM = /(改善|提高|提升|增强|优化|完善|加强|申报|复审|审核)$/;
// An item may be numbered: "1.组织…", "（2）开展…", "③完成…".
const ITEM_NUMBER = /^(?:\d+[.、)]|\(\d+\)|[一二三四五六七八九十]+、|[\u2460-\u2473])/;
const BARE_NUMBER = /^[\d一二三四五六七八九十]+$/;
// Before folding: the full-width comma and semicolon as well.
const ANY_SEPARATOR = /[、,，;；。\n]/;
const SEPARATORS = new Set(["、", ",", ";", "。", "\n"]);
const OPEN = new Set(["(", "《", "“", "【", "〔"]);
const CLOSE = new Set([")", "》", "”", "】", "〕"]);

/** The name's items, split at separators outside brackets. */
function itemsOf(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let item = "";
  for (const ch of foldWidth(text)) {
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
      items.push(item);
      item = "";
    } else item += ch;
  }
  items.push(item);
  // "一、组织…；二、开展…" splits off its numerals as items of their own.
  return items.map((i) => i.trim()).filter((i) => i !== "" && !BARE_NUMBER.test(i));
}

/**
 * DOMAIN §5 row 21: a 三级 name that lists tasks (组织召开常委会会议；开展执法检查；完成立法调研)
 * instead of naming one measurable indicator. Splitting it is the filer's work: no fix.
 */
export const indicatorTaskList: Rule = {
  id: "indicator-task-list",
  severity: "warning",
  tags: ["text"],
  catalogue: [21],
  docs: {
    "zh-CN": {
      title: "三级指标写成了工作任务清单",
      description:
        "三级指标应当是一个可以衡量的指标（如“执法检查次数”），而不是把几项工作任务罗列在一起（如“组织召开会议；开展执法检查；完成调研”）。任务清单无法设定一个指标值，也无法考核。请拆分为几个指标，各自写明数量、质量或时效要求。",
    },
    "en-US": {
      title: "Indicator name is a task list",
      description:
        "A level-3 indicator names one measurable thing (“执法检查次数”), not a list of work tasks (“组织召开会议；开展执法检查；完成调研”). A list cannot take one target value and cannot be assessed. Split it into several indicators, each with its own quantity, quality or time target.",
    },
  },
  messages: {
    taskList: {
      "zh-CN": "三级指标“{name}”罗列了{count}项工作任务，请拆分为可分别考核的指标",
      "en-US":
        "The indicator “{name}” lists {count} work tasks; split it into indicators that can each be assessed",
    },
  },
  fixable: null,
  check({ rows, report }) {
    const verdicts = new Map<string, number>();
    for (const { indicator, name } of rows) {
      const level3 = indicator.level3;
      if (!level3 || name === "") continue;
      let count = verdicts.get(level3.text);
      if (count === undefined && !ANY_SEPARATOR.test(level3.text)) count = 0;
      if (count === undefined) {
        const items = itemsOf(withoutNumbering(level3.text));
        const tasks = items.filter((item) => {
          const bare = item.replace(ITEM_NUMBER, "");
          return OPENS_WITH_VERB.test(bare) || ENDS_WITH_AIM.test(bare);
        });
        count = items.length >= 2 && tasks.length >= 2 ? items.length : 0;
        verdicts.set(level3.text, count);
      }
      if (count > 0) report({ at: level3, messageId: "taskList", data: { name, count } });
    }
  },
};
