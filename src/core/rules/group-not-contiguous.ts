import type { Field } from "../model";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 26: the rows of one level-2 group (same level 1 and level 2, as resolved against
 * the profile) split by another group, as in the seed's 业务费: 社会效益, 经济效益, 社会效益.
 * Reordering rows is not an edit the engine makes, so the finding only points at the later run.
 */
export const groupNotContiguous: Rule = {
  id: "group-not-contiguous",
  severity: "info",
  tags: ["structure"],
  catalogue: [26],
  docs: {
    "zh-CN": {
      title: "同一二级指标的行不连续",
      description:
        "同一二级指标下的指标应排在一起，并合并单元格。被其他二级指标隔开（如社会效益、经济效益、社会效益），审核时容易漏看或误以为重复设置，导入系统时也可能分成两组。请把这些行移到一起。",
    },
    "en-US": {
      title: "Rows of one level-2 group are split",
      description:
        "The indicators of one level-2 group belong together, under one merged label. Split by another group (社会效益, 经济效益, 社会效益), they are easily missed or taken for a second group, by reviewers and by system imports alike. Move the rows together.",
    },
  },
  messages: {
    split: {
      "zh-CN": "“{level1}—{level2}”的指标被其他二级指标隔开（前面一组从{first}开始），请把它们排在一起",
      "en-US":
        "The indicators of “{level1} — {level2}” are split by another group (the earlier run starts at {first}); move them together",
    },
  },
  fixable: null,
  check({ rows, report }) {
    const firstRun = new Map<string, Field>();
    let previous: string | null = null;
    for (const row of rows) {
      const { indicator } = row;
      const level2 = row.level2?.def.label ?? indicator.level2?.label ?? "";
      if (!indicator.level2 || level2 === "") {
        previous = null;
        continue;
      }
      const level1 = row.level1?.def.label ?? indicator.level1?.label ?? "";
      const key = `${level1}\u0000${level2}`;
      if (key === previous) continue;
      previous = key;
      const first = firstRun.get(key);
      if (!first) {
        firstRun.set(key, indicator.level2);
        continue;
      }
      report({ at: indicator.level2, messageId: "split", data: { level1, level2, first: first.cell } });
    }
  },
};
