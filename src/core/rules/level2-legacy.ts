import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 2 (profile 2021): a level-2 label the profile still accepts but marks legacy
 * (可持续影响指标, dropped by 财预〔2021〕101号). Refiling its indicators is the filer's call.
 */
export const level2Legacy: Rule = {
  id: "level2-legacy",
  severity: "warning",
  tags: ["structure", "level"],
  catalogue: [2],
  docs: {
    "zh-CN": {
      title: "二级指标已不在现行指标体系中",
      description:
        "财预〔2021〕101号不再设“可持续影响指标”等二级指标。按旧表填写的仍可接受，但审核会提示调整：请把这些指标归入现行的二级指标（如社会效益指标、生态效益指标），或改写为可考核的效益指标。",
    },
    "en-US": {
      title: "Level-2 label no longer in the framework",
      description:
        "MoF 2021 No. 101 drops level-2 groups such as 可持续影响指标. Tables written to the old form are still accepted, but reviewers ask for them to be moved: file the indicators under a current level 2 (社会效益指标, 生态效益指标 …) or rewrite them as measurable effects.",
    },
  },
  messages: {
    legacy: {
      "zh-CN":
        "二级指标“{label}”在指标体系（{profile}）中已不再使用，请将其指标归入“{level1}”下的现行二级指标：{current}",
      "en-US":
        "Level-2 label “{label}” is no longer used in the framework ({profile}); file its indicators under a current level 2 of “{level1}”: {current}",
    },
  },
  fixable: null,
  check({ profile, rows, report }) {
    for (const row of rows) {
      const level2 = row.indicator.level2;
      const hit = row.level2;
      // A misplaced legacy label is level2-misplaced's finding first.
      if (!level2 || level2.inherited || !hit || !hit.def.legacy || hit.misplaced) continue;
      report({
        at: level2,
        messageId: "legacy",
        data: {
          label: level2.label,
          profile: profile.id,
          level1: hit.parent.label,
          current: hit.parent.level2
            .filter((l2) => !l2.legacy)
            .map((l2) => l2.label)
            .join("、"),
        },
      });
    }
  },
};
