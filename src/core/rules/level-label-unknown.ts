import { setField } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 1: a level-1 or level-2 label the profile does not know at either level, even
 * after normalising and synonyms. A label known at the other level, or under another level 1, is
 * level2-misplaced's finding; a known variant is level-label-variant's.
 */
export const levelLabelUnknown: Rule = {
  id: "level-label-unknown",
  severity: "error",
  tags: ["structure", "level"],
  catalogue: [1],
  docs: {
    "zh-CN": {
      title: "一级/二级指标名称不在指标体系中",
      description:
        "一级、二级指标须使用所选指标体系（如财预〔2015〕88号、财预〔2021〕101号）规定的名称，系统汇总、审核都按这些名称归类。写错字（如“质量指示”）或自拟的名称无法归类，会被退回。有相近的规范名称时可一键替换，但须确认确实是该类指标。",
    },
    "en-US": {
      title: "Level-1/level-2 label not in the framework",
      description:
        "Level-1 and level-2 labels must be the ones the chosen framework (MoF 2015 No. 88, MoF 2021 No. 101 …) lists: budget systems and reviewers group indicators by them. A typo (“质量指示”) or a home-made label cannot be grouped and the table is sent back. Where a framework label is close, replacing it is offered as a suggestion: the filer confirms it is the group meant.",
    },
  },
  messages: {
    unknownLevel1: {
      "zh-CN": "一级指标“{label}”不在指标体系（{profile}）中，应为：{expected}",
      "en-US": "Level-1 label “{label}” is not in the framework ({profile}); it should be one of: {expected}",
    },
    unknownLevel2: {
      "zh-CN": "二级指标“{label}”不在指标体系（{profile}）中，这里可用的二级指标为：{expected}",
      "en-US":
        "Level-2 label “{label}” is not in the framework ({profile}); here it should be one of: {expected}",
    },
    replace: {
      "zh-CN": "改为“{label}”",
      "en-US": "Change to “{label}”",
    },
  },
  fixable: "suggestion",
  check({ table, profile, index, rows, report }) {
    // Tables repeat their labels on every row: judge each distinct spelling once.
    const nearest1 = new Map<string, string | null>();
    const nearest2 = new Map<string, string | null>();
    const level1Labels = index.level1Labels().join("、");
    for (const row of rows) {
      const { indicator } = row;
      const level1 = indicator.level1;
      if (level1 && !level1.inherited && level1.label !== "" && !row.level1) {
        // A level-2 label in the level-1 column is level2-misplaced's finding.
        if (!index.level2(null, level1.label)) {
          let near = nearest1.get(level1.label);
          if (near === undefined) nearest1.set(level1.label, (near = index.nearestLevel1(level1.label)));
          report({
            at: level1,
            messageId: "unknownLevel1",
            data: { label: level1.label, profile: profile.id, expected: level1Labels },
            suggestions: near
              ? [{ messageId: "replace", data: { label: near }, edits: [setField(table, level1, near)] }]
              : [],
          });
        }
      }
      const level2 = indicator.level2;
      if (level2 && !level2.inherited && level2.label !== "" && !row.level2) {
        // A level-1 label in the level-2 column (成本指标 under 产出 in 2021) is level2-misplaced's.
        if (index.level1(level2.label)) continue;
        const parent = row.level1?.def ?? null;
        const key = `${parent?.label ?? ""}\u0000${level2.label}`;
        let near = nearest2.get(key);
        if (near === undefined) nearest2.set(key, (near = index.nearestLevel2(parent, level2.label)));
        report({
          at: level2,
          messageId: "unknownLevel2",
          data: {
            label: level2.label,
            profile: profile.id,
            expected: index.level2Labels(parent).join("、"),
          },
          suggestions: near
            ? [{ messageId: "replace", data: { label: near }, edits: [setField(table, level2, near)] }]
            : [],
        });
      }
    }
  },
};
