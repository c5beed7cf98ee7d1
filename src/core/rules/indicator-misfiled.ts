import type { Level2Role, Profile } from "../profiles/schema";
import { isCostRow, type Classified } from "./facts";
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
 * What a satisfaction group may hold besides …满意度: how people judge the service (认可度, 好评率,
 * 投诉率, 评价). 群众创业热情高涨 or 粮食安全事件发生数 there are not satisfactions (霍邱, 衡山).
 */
const SATISFACTION_LIKE = /满意|认可|好评|评价|投诉|信任|认同|支持率|获得感|幸福感|安全感/;

/** 社会成本 / 生态环境成本 (101号, role sideCost) hold possible negative effects, never benefits (嘉峪关 2023). */
const BENEFIT =
  /^(提升|提高|促进|改善|增加|增强|带动|保护|传承|推动|优化|美化)|(提升|提高|改善|保护|传承|增加)/;

/**
 * Counts a quality group may hold: defects and incidents (质量问题发生次数 ＝0起, 安全事故 ≤1次), not
 * the work done (查处违法行为 3000起, 仪器维修维护 ≥4次: 大英 2019, 六安 2024), which is a quantity.
 */
const DEFECT = /事故|投诉|差错|故障|失误|缺陷|不合格|返工|事件|隐患|问题|失泄密|差评|退回|超标/;

function isWorkCount(row: Classified): boolean {
  const parsed = row.indicator.parsed;
  if (parsed.kind !== "quantity" || parsed.unit?.unitClass !== "count" || parsed.number <= 0) return false;
  if (parsed.comparator !== null && parsed.comparator !== "ge" && parsed.comparator !== "gt") return false;
  return !row.nameClass.rate && !row.nameClass.percent && !DEFECT.test(row.name);
}

/**
 * DOMAIN §5 row 14: the name says which group a row belongs in. A timeliness indicator (…及时,
 * …时限) under a quality or cost group belongs under timeliness; a satisfaction outside the
 * satisfaction groups belongs there; a count of work done (≥4次) under quality is a quantity. The
 * target group is read from the profile by role, so a profile that files satisfaction under 效益指标
 * is followed.
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
    notSatisfaction: {
      "zh-CN":
        "“{name}”不是满意度指标，不应放在“{group}”下；满意度指标应反映服务对象的满意程度（如“服务对象满意度 ≥90%”），其他内容请移到产出或效益指标下",
      "en-US":
        "“{name}” is no satisfaction measure and does not belong under “{group}”; that group states how satisfied those served are (“服务对象满意度 ≥90%”): move the row to an output or effect group",
    },
    benefitAsCost: {
      "zh-CN":
        "“{name}”是项目带来的效益，不是成本；“{group}”应反映项目可能造成的负面影响（财预〔2021〕101号），效益请移到效益指标下",
      "en-US":
        "“{name}” is a benefit of the project, not a cost; “{group}” states the project's possible negative effects (MoF 2021 No. 101): move benefits to the effect group",
    },
    countAsQuality: {
      "zh-CN":
        "“{name}”（{value}）统计的是完成的工作量，属于“{level1}”的“{level2}”，不是“{group}”；质量指标应反映做得怎样，如合格率、达标率",
      "en-US":
        "“{name}” ({value}) counts work done, which belongs under “{level2}” of “{level1}”, not under “{group}”; a quality indicator says how well, e.g. a pass or compliance rate",
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
    const quantityGroup = groupOf(profile, "quantity");
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
      } else if (level2Role === "satisfaction" && !indicator.placeholder && !SATISFACTION_LIKE.test(name)) {
        report({ at: indicator.level3, messageId: "notSatisfaction", data: { name, group } });
      } else if (level2Role === "sideCost" && BENEFIT.test(name)) {
        report({ at: indicator.level3, messageId: "benefitAsCost", data: { name, group } });
      } else if (level2Role === "quality" && quantityGroup && isWorkCount(row)) {
        const value = indicator.value?.text.trim() ?? "";
        report({
          at: indicator.level3,
          messageId: "countAsQuality",
          data: { name, group, value, ...quantityGroup },
        });
      }
    }
  },
};
