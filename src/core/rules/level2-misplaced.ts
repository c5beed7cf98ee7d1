import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 2: a label the profile knows, in the wrong place — a level 2 under another
 * level 1 (数量指标 under 效益指标), a level-1 label in the level-2 column (成本指标 under 产出 in
 * 2021, where 成本 is a level 1), or a level-2 label in the level-1 column. Moving indicators
 * between groups changes what they claim, so there is no fix.
 */
export const level2Misplaced: Rule = {
  id: "level2-misplaced",
  severity: "error",
  tags: ["structure", "level"],
  catalogue: [2],
  docs: {
    "zh-CN": {
      title: "二级指标放错了一级指标",
      description:
        "每个二级指标只能归在指标体系规定的一级指标下，例如“数量指标”属于“产出指标”。按财预〔2021〕101号，“成本指标”是一级指标，不能再作为“产出指标”下的二级指标。放错层级会使汇总归类出错，审核会退回。请把这些指标移到正确的一级指标下，必要时改写指标。",
    },
    "en-US": {
      title: "Level-2 label under the wrong level 1",
      description:
        "Each level-2 label belongs under the level 1 the framework gives it: 数量指标 under 产出指标. Under MoF 2021 No. 101, 成本指标 is a level 1 of its own and can no longer be a level 2 under 产出指标. A group in the wrong place is summed in the wrong place and the table is sent back. Move the indicators under the right level 1, rewriting them where needed.",
    },
  },
  messages: {
    misplaced: {
      "zh-CN": "二级指标“{label}”不属于一级指标“{level1}”，在指标体系（{profile}）中它属于“{parent}”",
      "en-US":
        "Level-2 label “{label}” does not belong under “{level1}”; in the framework ({profile}) it belongs under “{parent}”",
    },
    level1AsLevel2: {
      "zh-CN":
        "“{label}”在指标体系（{profile}）中是一级指标，不能作为“{level1}”下的二级指标；请将这些指标移到一级指标“{canonical}”下",
      "en-US":
        "“{label}” is a level-1 label in the framework ({profile}) and cannot be a level 2 under “{level1}”; move these indicators under the level 1 “{canonical}”",
    },
    level1Repeated: {
      "zh-CN": "二级指标列重复了一级指标“{label}”，请填写它下面的二级指标：{expected}",
      "en-US":
        "The level-2 column repeats the level 1 “{label}”; write one of its level-2 groups: {expected}",
    },
    level2AsLevel1: {
      "zh-CN": "“{label}”在指标体系（{profile}）中是“{parent}”下的二级指标，不能填在一级指标列",
      "en-US":
        "“{label}” is a level-2 label under “{parent}” in the framework ({profile}) and cannot stand in the level-1 column",
    },
  },
  fixable: null,
  check({ profile, index, rows, report }) {
    for (const row of rows) {
      const { indicator } = row;
      const level1 = indicator.level1;
      if (level1 && !level1.inherited && level1.label !== "" && !row.level1) {
        const asLevel2 = index.level2(null, level1.label);
        if (asLevel2) {
          report({
            at: level1,
            messageId: "level2AsLevel1",
            data: { label: level1.label, parent: asLevel2.parent.label, profile: profile.id },
          });
        }
      }
      const level2 = indicator.level2;
      if (!level2 || level2.inherited || level2.label === "") continue;
      const level1Label = row.level1?.def.label ?? level1?.label ?? "";
      if (row.level2?.misplaced) {
        report({
          at: level2,
          messageId: "misplaced",
          data: {
            label: level2.label,
            level1: level1Label,
            parent: row.level2.parent.label,
            profile: profile.id,
          },
        });
      } else if (!row.level2) {
        const asLevel1 = index.level1(level2.label);
        if (asLevel1 && asLevel1.def === row.level1?.def) {
          report({
            at: level2,
            messageId: "level1Repeated",
            data: { label: level2.label, expected: index.level2Labels(asLevel1.def).join("、") },
          });
        } else if (asLevel1) {
          report({
            at: level2,
            messageId: "level1AsLevel2",
            data: {
              label: level2.label,
              level1: level1Label,
              canonical: asLevel1.def.label,
              profile: profile.id,
            },
          });
        }
      }
    }
  },
};
