import { hasText, normaliseLabel } from "../text";
import type { Table } from "../model";
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
 * A goal that is the project's name again (自然资源卫片执法补助经费 under 预期目标: 丽江 2020): short, and
 * the funding item or 项目名称 holds it, or it holds them.
 */
function restatesItem(text: string, table: Table): boolean {
  const goal = normaliseLabel(text).replace(/[。.;；]+$/, "");
  if (goal.length > 30) return false;
  const names = [table.fundingItem, table.info.find((item) => item.label === "项目名称")?.value?.text]
    .filter((name): name is string => typeof name === "string" && name.trim() !== "")
    .map((name) => normaliseLabel(name));
  return names.some((name) => name.includes(goal) || goal === name);
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
        "绩效目标是整张表的总纲：用一两句话说明资金用来做什么、要达到什么效果，下面的指标都是对它的分解。没有这一栏、空着，或仍是模板里的“1.目标内容1”“请填写……”，审核会直接退回。自评表（有实际完成值或得分一栏）的表样常不设目标栏，不因此报错。",
    },
    "en-US": {
      title: "Performance goal missing",
      description:
        "The performance goal (绩效目标) heads the table: a sentence or two on what the money is for and what it should achieve, which the indicators below break down. A table without one, with a blank one, or with the template’s “1.目标内容1” or “请填写……” still in place is sent straight back. A self-evaluation (with a column of results or scores) often has no goal row on its form, and is not faulted for it.",
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
    notAGoal: {
      "zh-CN": "绩效目标只写了“{text}”，没有说明资金用来做什么、要达到什么效果",
      "en-US":
        "The performance goal is only “{text}”: it does not say what the money is for or what it should achieve",
    },
    restatesItem: {
      "zh-CN": "绩效目标“{text}”只重复了项目名称，请写明要完成的产出和达到的效果",
      "en-US":
        "The performance goal “{text}” only repeats the project's name; state the outputs and effects to reach",
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
      // A self-evaluation's form often has no goal row (湖北, 云南 自评表): its targets stand for it.
      if (table.selfEvaluation) return;
      report({ at: table.title ?? { row: table.headerRow, col: table.bounds.col }, messageId: "missing" });
      return;
    }
    const value = goal.value;
    if (!value || !hasText(value.text)) {
      report({ at: value ?? goal.label, messageId: "empty" });
      return;
    }
    const text = value.text.trim();
    // A number or an amount (43.2: 廊坊 2019) is no goal.
    if (!/[\u4e00-\u9fa5A-Za-z]{2}/.test(text.replace(/万元|元|%/g, ""))) {
      report({ at: value, messageId: "notAGoal", data: { text } });
      return;
    }
    if (restatesItem(text, table)) {
      report({ at: value, messageId: "restatesItem", data: { text } });
      return;
    }
    if (isTemplate(value.text))
      report({ at: value, messageId: "placeholder", data: { text: value.text.trim() } });
  },
};
