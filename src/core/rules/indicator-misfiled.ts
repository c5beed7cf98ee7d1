import type { Level2Role, Profile } from "../profiles/schema";
import { isCostRow } from "./facts";
import type { Rule } from "./rule";

/** Where the profile files a level-2 role: its level-2 label and the level-1 label above it. */
function groupOf(profile: Profile, role: Level2Role): { level1: string; level2: string } | null {
  for (const level1 of profile.level1) {
    const level2 = level1.level2.find((def) => def.role === role);
    if (level2) return { level1: level1.label, level2: level2.label };
  }
  return null;
}

/**
 * DOMAIN §5 row 14: the name says which group a row belongs in. A timeliness indicator (…及时,
 * …时限) under a quality or cost group belongs under timeliness; a satisfaction outside the
 * satisfaction groups belongs there. The target group is read from the profile by role, so a
 * profile that files satisfaction under 效益指标 is followed.
 */
export const indicatorMisfiled: Rule = {
  id: "indicator-misfiled",
  severity: "warning",
  tags: ["structure"],
  catalogue: [14],
  docs: {
    "zh-CN": {
      title: "指标归类错误",
      description:
        "指标名称表明了它所属的二级指标：“…及时性”“…时限”是时效指标，不应放在质量指标或成本指标下（如“印刷及时性”放在质量指标下）；“…满意度”是满意度指标，不应放在产出或效益指标下。归类错误会使各类指标的考核失真，审核时会要求调整。",
    },
    "en-US": {
      title: "Indicator filed in the wrong group",
      description:
        "An indicator's name tells its group: …及时性 and …时限 are timeliness indicators and do not belong under quality or cost (印刷及时性 under 质量指标); …满意度 is a satisfaction indicator and does not belong under output or effect. Misfiled rows distort what each group measures, and reviewers ask for them to be moved.",
    },
  },
  messages: {
    timeliness: {
      "zh-CN": "“{name}”是时效类指标，应放在“{level1}”的“{level2}”下，而不是“{group}”下",
      "en-US":
        "“{name}” is a timeliness indicator and belongs under “{level2}” of “{level1}”, not under “{group}”",
    },
    satisfaction: {
      "zh-CN": "“{name}”是满意度指标，应放在“{level1}”的“{level2}”下，而不是“{group}”下",
      "en-US":
        "“{name}” is a satisfaction indicator and belongs under “{level2}” of “{level1}”, not under “{group}”",
    },
  },
  fixable: null,
  check({ profile, rows, report }) {
    const timelinessGroup = groupOf(profile, "timeliness");
    const satisfactionGroup = groupOf(profile, "satisfaction");
    for (const row of rows) {
      const { indicator, name, nameClass, level1Role, level2Role } = row;
      if (!indicator.level3 || name === "") continue;
      const group = indicator.level2?.label || indicator.level1?.label || "";
      if (nameClass.satisfaction) {
        const known = level1Role !== null || level2Role !== null;
        if (!satisfactionGroup || !known || level1Role === "satisfaction" || level2Role === "satisfaction")
          continue;
        report({
          at: indicator.level3,
          messageId: "satisfaction",
          data: { name, group, ...satisfactionGroup },
        });
      } else if (nameClass.timeliness && timelinessGroup && (level2Role === "quality" || isCostRow(row))) {
        report({ at: indicator.level3, messageId: "timeliness", data: { name, group, ...timelinessGroup } });
      }
    }
  },
};
