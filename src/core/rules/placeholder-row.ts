import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 24: a row holding nothing but level labels, kept from a template. Deleting a row
 * is not an edit the engine makes, so the finding only points at it.
 */
export const placeholderRow: Rule = {
  id: "placeholder-row",
  severity: "warning",
  tags: ["structure"],
  catalogue: [24],
  docs: {
    "zh-CN": {
      title: "模板遗留的空行",
      description:
        "只有一级、二级名称而没有指标名称和指标值的行，是从模板带下来的空行。它不设置任何指标，却让人以为该类指标已经填写；报送前请补全指标，或删除这一行。",
    },
    "en-US": {
      title: "Empty row left from the template",
      description:
        "A row with level labels but no indicator name or target is a leftover from the template. It sets no indicator yet suggests the group is filled in; complete it or delete the row before submitting.",
    },
  },
  messages: {
    placeholder: {
      "zh-CN": "这一行只有层级名称“{label}”，没有指标名称和指标值，请补全或删除",
      "en-US":
        "This row holds only the level label “{label}”, with no indicator or target; complete or delete it",
    },
  },
  fixable: null,
  check({ rows, report }) {
    // An outline's heading is a placeholder only when no indicator stands under it.
    const headingsInUse = new Set<string>();
    for (const { indicator } of rows) {
      if (indicator.placeholder) continue;
      if (indicator.level1) headingsInUse.add(indicator.level1.source);
      if (indicator.level2) headingsInUse.add(indicator.level2.source);
    }
    for (const { indicator } of rows) {
      if (!indicator.placeholder) continue;
      const { level1, level2 } = indicator;
      if (indicator.heading) {
        const own = level2 && !level2.inherited ? level2 : level1 && !level1.inherited ? level1 : null;
        if (own === null || headingsInUse.has(own.source)) continue;
      }
      // Point at the label written on this row, else at its first level cell.
      const own = [level1, level2].find((f) => f && !f.inherited && f.label !== "");
      // Not a covered cell of a merged level label spanning other rows: this row's own cell.
      const at = own ?? indicator.level3 ?? indicator.value ?? level1 ?? level2;
      if (!at) continue;
      report({ at, messageId: "placeholder", data: { label: level2?.label || level1?.label || "" } });
    }
  },
};
