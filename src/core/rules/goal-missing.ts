import { hasText, normaliseLabel } from "../text";
import type { Rule } from "./rule";

// A goal line as templates ship it, once its numbering is set aside: "目标内容1", "目标1", "绩效目标".
const ITEM_NUMBER = /^(?:\d+[.、:)]|\(\d+\)|[一二三四五六七八九十]+、|[\u2460-\u2473])/;
const TEMPLATE_LINE = /^(?:年度)?(?:绩效)?目标(?:内容)?\d*[.。:]?$/;
// Instructions and stand-ins no real goal contains.
const TEMPLATE_ANYWHERE =
  /请(?:在此处?)?(?:填写|填报|输入|录入|简述|概述|描述|说明)|此处填写|(?:^|[^A-Za-z])[Xx×]{2,}(?![A-Za-z])|^示例|示例[:：]|\(示例\)|^例[:：]/;

/** True when the goal text, or any line of it, is still the template's. */
function isTemplate(text: string): boolean {
  if (TEMPLATE_ANYWHERE.test(normaliseLabel(text))) return true;
  return text
    .split(/[\n;；]/)
    .map((line) => normaliseLabel(line).replace(ITEM_NUMBER, ""))
    .some((line) => TEMPLATE_LINE.test(line));
}

/**
 * DOMAIN §5 row 23: the table's goal (绩效目标) is absent, blank, or still the template's
 * placeholder (1.目标内容1 in every seed table). Only the filer can write the goal: no fix.
 */
export const goalMissing: Rule = {
  id: "goal-missing",
  severity: "error",
  tags: ["goal"],
  catalogue: [23],
  docs: {
    "zh-CN": {
      title: "未填写绩效目标",
      description:
        "绩效目标是整张表的总纲：用一两句话说明资金用来做什么、要达到什么效果，下面的指标都是对它的分解。没有这一栏、空着，或仍是模板里的“1.目标内容1”“请填写……”，审核会直接退回。",
    },
    "en-US": {
      title: "Performance goal missing",
      description:
        "The performance goal (绩效目标) heads the table: a sentence or two on what the money is for and what it should achieve, which the indicators below break down. A table without one, with a blank one, or with the template’s “1.目标内容1” or “请填写……” still in place is sent straight back.",
    },
  },
  messages: {
    missing: {
      "zh-CN": "表中没有绩效目标一栏，请在表头上方补充“绩效目标”及其内容",
      "en-US": "The table has no performance goal; add a “绩效目标” row with the goal above the header",
    },
    empty: {
      "zh-CN": "绩效目标未填写内容",
      "en-US": "The performance goal is blank",
    },
    placeholder: {
      "zh-CN": "绩效目标仍是模板占位文字“{text}”，请写明资金用途和预期效果",
      "en-US":
        "The performance goal is still the template’s placeholder “{text}”; say what the money is for and what it should achieve",
    },
  },
  fixable: null,
  check({ table, report }) {
    const goal = table.goal;
    if (!goal) {
      report({ at: table.title ?? { row: table.headerRow, col: table.bounds.col }, messageId: "missing" });
      return;
    }
    const value = goal.value;
    if (!value || !hasText(value.text)) {
      report({ at: value ?? goal.label, messageId: "empty" });
      return;
    }
    if (isTemplate(value.text))
      report({ at: value, messageId: "placeholder", data: { text: value.text.trim() } });
  },
};
