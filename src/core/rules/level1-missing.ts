import type { Level1Def } from "../profiles/schema";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 3: a level 1 the profile requires (2015: 产出, 效益, 满意度; 2021: also 成本) with
 * no indicator in the table. A row counts for the level 1 its level-1 cell names, or, when that
 * cell is missing or unreadable, the one its level-2 label belongs to; a misspelt level 1 that
 * level-label-unknown can mend counts as the label it is nearest to.
 */
export const level1Missing: Rule = {
  id: "level1-missing",
  severity: "error",
  tags: ["structure", "level"],
  catalogue: [3],
  docs: {
    "zh-CN": {
      title: "缺少必填的一级指标",
      description:
        "指标体系规定绩效目标表必须包含的一级指标（财预〔2015〕88号：产出、效益、满意度；财预〔2021〕101号另加成本）缺一不可，缺少任何一类都会被退回。请在表中补充该一级指标及其下的具体指标。",
    },
    "en-US": {
      title: "Required level-1 group missing",
      description:
        "The framework lists level-1 groups every target table must have (MoF 2015 No. 88: 产出, 效益, 满意度; MoF 2021 No. 101 adds 成本). A table missing any of them is sent back. Add the group and its indicators.",
    },
  },
  messages: {
    missing: {
      "zh-CN": "表中没有一级指标“{label}”下的指标，指标体系（{profile}）要求必须设置",
      "en-US":
        "The table has no indicator under the level 1 “{label}”, which the framework ({profile}) requires",
    },
    columnEmpty: {
      "zh-CN": "一级指标列是空的；请为每组指标填写一级指标（{labels}）",
      "en-US": "The level-1 column is empty; write the level 1 of each group ({labels})",
    },
  },
  fixable: null,
  check({ table, profile, index, rows, report }) {
    if (rows.length === 0) return;
    // A level-1 column left blank on every row: one finding for the column, whatever the level 2s imply.
    const level1Header = table.header.level1;
    if (level1Header && rows.every(({ indicator }) => (indicator.level1?.label ?? "") === "")) {
      report({
        at: level1Header,
        messageId: "columnEmpty",
        data: { labels: index.level1Labels().join("、") },
      });
      return;
    }
    const present = new Set<Level1Def>();
    const nearest = new Map<string, Level1Def | null>();
    for (const row of rows) {
      if (row.indicator.placeholder) continue;
      let def = row.level1?.def ?? row.level2?.parent ?? null;
      const written = row.indicator.level1?.label ?? "";
      if (!def && written !== "") {
        if (!nearest.has(written)) {
          const label = index.nearestLevel1(written);
          nearest.set(written, label === null ? null : (index.level1(label)?.def ?? null));
        }
        def = nearest.get(written) ?? null;
      }
      if (def) present.add(def);
      // The satisfaction group listed under 效益指标 (an older regional form) is still there; so is a
      // group filed under the wrong level 1 (level2-misplaced's finding) and a satisfaction indicator
      // filed in another group (indicator-misfiled's): one problem, one finding.
      if (row.level2?.regional || row.level2?.misplaced) present.add(row.level2.parent);
      if (row.nameClass.satisfaction && row.level2Role !== "satisfaction") {
        const satisfaction = index.level1ByRole("satisfaction");
        if (satisfaction) present.add(satisfaction);
      }
    }
    const at = table.header.level1 ??
      table.header.level2 ??
      table.header.level3 ?? { row: table.headerRow, col: table.bounds.col };
    for (const def of profile.level1) {
      if (!def.required || present.has(def)) continue;
      report({ at, messageId: "missing", data: { label: def.label, profile: profile.id } });
    }
  },
};
