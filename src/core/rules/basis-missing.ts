import { hasText } from "../text";
import { reportBlankCells } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 22: an indicator row with a blank 指标值确定依据, in a table that has the column.
 * A column left blank on many rows is one problem: one finding at its header, listing the rows.
 */
export const basisMissing: Rule = {
  id: "basis-missing",
  severity: "warning",
  tags: ["basis"],
  catalogue: [22],
  docs: {
    "zh-CN": {
      title: "未填写指标值确定依据",
      description:
        "指标值确定依据说明目标值从何而来（计划标准、行业标准、历史标准、预算支出标准或其他标准，如年初工作要点、管理办法、合同约定），审核据此判断目标值是否合理。空着会被要求补充。",
    },
    "en-US": {
      title: "No basis for the target value",
      description:
        "The basis (指标值确定依据) says where a target comes from — a plan, an industry or historical standard, a spending standard, a work plan, a regulation, a contract — and reviewers judge the target by it. A blank basis is sent back for completion.",
    },
  },
  messages: {
    column: {
      "zh-CN": "{count}行未填写指标值确定依据（第{rows}行）",
      "en-US": "{count} rows have no basis for their target (rows {rows})",
    },
    missing: {
      "zh-CN": "指标“{name}”未填写指标值确定依据",
      "en-US": "Indicator “{name}” has no basis for its target value",
    },
  },
  fixable: null,
  check({ table, rows, report }) {
    const blanks = rows.flatMap(({ indicator, name }) => {
      const basis = indicator.basis;
      return basis !== null && !indicator.placeholder && !hasText(basis.text)
        ? [{ field: basis, name: name || indicator.level2?.label || "" }]
        : [];
    });
    reportBlankCells(report, table.header.basis, blanks);
  },
};
