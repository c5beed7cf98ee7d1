import type { Rule } from "./rule";

/**
 * Not a check of the table: the engine reports under this id when a rule crashed on a table, so
 * the user learns that the table was not fully checked while every other rule still ran.
 */
export const internalError: Rule = {
  id: "internal-error",
  severity: "warning",
  tags: ["engine"],
  catalogue: [],
  docs: {
    "zh-CN": {
      title: "检查规则内部出错",
      description:
        "某条规则在检查此表时出错，该规则的结果不完整；其他规则照常运行。请将工作簿和提示反馈给开发者。",
    },
    "en-US": {
      title: "A rule failed internally",
      description:
        "A rule failed while checking this table, so its findings are missing; every other rule still ran. Please report the workbook and the message.",
    },
  },
  messages: {
    crashed: {
      "zh-CN": "规则 {rule} 检查此表时出错（{reason}），此项检查未完成",
      "en-US": "Rule {rule} failed on this table ({reason}); that check is incomplete",
    },
  },
  fixable: null,
  check() {
    // Reported by the engine, never by a check.
  },
};
