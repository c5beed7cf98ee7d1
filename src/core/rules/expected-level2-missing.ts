import type { Field } from "../model";
import type { Level1Def } from "../profiles/schema";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 4: a level 1 in the table without one of the level-2 groups the profile expects
 * under it (产出 without 数量 or 质量). Rows holding only labels do not count as indicators.
 */
export const expectedLevel2Missing: Rule = {
  id: "expected-level2-missing",
  severity: "warning",
  tags: ["structure", "level"],
  catalogue: [4],
  docs: {
    "zh-CN": {
      title: "一级指标下缺少应有的二级指标",
      description:
        "产出指标至少应有数量指标和质量指标：只写时效、成本，审核无法判断项目到底产出多少、做得怎样，通常会要求补充。请在该一级指标下补充相应的二级指标及具体指标。",
    },
    "en-US": {
      title: "Expected level-2 group missing",
      description:
        "An output (产出指标) group needs at least quantity (数量指标) and quality (质量指标) indicators: with only timeliness or cost a reviewer cannot tell how much the project delivers or how well, and asks for them. Add the level-2 group and its indicators.",
    },
  },
  messages: {
    missing: {
      "zh-CN": "一级指标“{level1}”下没有“{level2}”，应至少设置一项{level2}",
      "en-US": "The level 1 “{level1}” has no “{level2}”; add at least one such indicator",
    },
  },
  fixable: null,
  check({ table, rows, report }) {
    // Without a level-2 column the table does not say which groups it has.
    if (table.columns.level2 === undefined) return;
    const groups = new Map<Level1Def, { at: Field; level2: Set<string>; indicators: boolean }>();
    for (const row of rows) {
      const { indicator } = row;
      const def = row.level1?.def ?? row.level2?.parent ?? null;
      if (!def) continue;
      let group = groups.get(def);
      if (!group) {
        const at = indicator.level1 ?? indicator.level2 ?? indicator.level3;
        if (!at) continue;
        groups.set(def, (group = { at, level2: new Set(), indicators: false }));
      }
      if (indicator.placeholder) continue;
      group.indicators = true;
      if (row.level2 && !row.level2.misplaced && row.level2.parent === def)
        group.level2.add(row.level2.def.label);
    }
    for (const [def, group] of groups) {
      // A group of placeholder rows only is level1-missing's and placeholder-row's finding.
      if (!group.indicators) continue;
      for (const expected of def.expectedLevel2) {
        if (group.level2.has(expected)) continue;
        report({ at: group.at, messageId: "missing", data: { level1: def.label, level2: expected } });
      }
    }
  },
};
