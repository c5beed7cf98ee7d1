import { normaliseLabel } from "../text";
import type { Rule } from "./rule";

/**
 * DOMAIN §4 and §5 row 22: with a profile that requires it, a basis is one of the profile's
 * categories, alone or as `category：text` (计划标准：年初工作要点). Which category fits is the
 * filer's judgement, so there is no fix.
 */
export const basisCategory: Rule = {
  id: "basis-category",
  severity: "info",
  tags: ["basis"],
  catalogue: [22],
  docs: {
    "zh-CN": {
      title: "指标值确定依据未注明类别",
      description:
        "预算管理一体化系统按类别记录指标值确定依据：计划标准、行业标准、历史标准、预算支出标准、其他标准。所选指标体系要求注明类别时，请写作类别名称，或“类别：具体依据”（如“计划标准：年初工作要点”），以便系统导入和审核归类。",
    },
    "en-US": {
      title: "Basis without its category",
      description:
        "Integrated budget systems record a target’s basis by category: 计划标准, 行业标准, 历史标准, 预算支出标准, 其他标准. When the chosen framework requires it, write the category, or “category：detail” (“计划标准：年初工作要点”), so that imports and reviewers can file it.",
    },
  },
  messages: {
    noCategory: {
      "zh-CN": "依据“{basis}”未注明类别，请写作“类别：依据”，类别为：{categories}",
      "en-US": "The basis “{basis}” names no category; write “category：detail” with one of: {categories}",
    },
  },
  fixable: null,
  check({ profile, rows, report }) {
    if (!profile.basis.requireCategory || profile.basis.categories.length === 0) return;
    const categories = profile.basis.categories.map(normaliseLabel);
    const listed = profile.basis.categories.join("、");
    const verdicts = new Map<string, boolean>();
    for (const { indicator } of rows) {
      const basis = indicator.basis;
      if (!basis || indicator.placeholder) continue;
      const text = normaliseLabel(basis.text);
      if (text === "") continue;
      let ok = verdicts.get(text);
      if (ok === undefined) {
        // normaliseLabel folds the full-width colon, so "计划标准：…" reads "计划标准:…".
        ok = categories.some((c) => text === c || text.startsWith(`${c}:`));
        verdicts.set(text, ok);
      }
      if (!ok) report({ at: basis, messageId: "noCategory", data: { basis: text, categories: listed } });
    }
  },
};
