import { setField } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 1 (its hint half): a level label written as a variant the profile accepts
 * (数量 for 数量指标, 环境效益指标 for 生态效益指标, 满意度指标 as level 2). Writing the profile's
 * label names the same group, so the fix is safe. The older regional placement of the satisfaction
 * group (社会公众或服务对象满意度指标 under 效益指标) is accepted as it stands: only its spelling is
 * offered, as anywhere else.
 */
export const levelLabelVariant: Rule = {
  id: "level-label-variant",
  severity: "info",
  tags: ["structure", "level"],
  catalogue: [1],
  docs: {
    "zh-CN": {
      title: "指标名称可改为规范写法",
      description:
        "“数量”“环境效益指标”“满意度指标”（作二级）等是常见的旧写法或简写，意思明确，可以接受；但汇总和系统导入按指标体系的规范名称归类，统一写作“数量指标”“生态效益指标”“服务对象满意度指标”更稳妥。可一键改为规范名称，不改变含义。",
    },
    "en-US": {
      title: "Level label can take the framework’s spelling",
      description:
        "“数量”, “环境效益指标” or “满意度指标” (as level 2) are common short or older spellings and are accepted, but summaries and system imports group by the framework’s own labels (“数量指标”, “生态效益指标”, “服务对象满意度指标”). The fix writes the framework’s label; the meaning does not change.",
    },
  },
  messages: {
    variant: {
      "zh-CN": "“{label}”建议写作指标体系的规范名称“{canonical}”",
      "en-US": "“{label}” is better written as the framework’s label “{canonical}”",
    },
  },
  fixable: "fix",
  check({ table, rows, report }) {
    for (const row of rows) {
      const { indicator, level1, level2 } = row;
      // The template's 等 (服务对象满意度指标等) goes with nothing of the filer's: respelling is safe.
      const respell = (hit: { match: string; trimmed?: true } | null, written: string) =>
        hit !== null && (hit.trimmed ? /指标等$/.test(written) : hit.match === "variant");
      const cells = [
        [
          indicator.level1,
          level1 && respell(level1, indicator.level1?.label ?? "") ? level1.def.label : null,
        ],
        [
          indicator.level2,
          // A misplaced label needs moving, not respelling: level2-misplaced reports it.
          level2 && respell(level2, indicator.level2?.label ?? "") && !level2.misplaced
            ? level2.def.label
            : null,
        ],
      ] as const;
      for (const [field, canonical] of cells) {
        if (!field || field.inherited || canonical === null || field.label === canonical) continue;
        report({
          at: field,
          messageId: "variant",
          data: { label: field.label, canonical },
          fix: [setField(table, field, canonical)],
        });
      }
    }
  },
};
