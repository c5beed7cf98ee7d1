import { hasText } from "../text";
import { reportBlankCells } from "./facts";
import type { Rule } from "./rule";

/**
 * An indicator row with a blank 绩效指标描述 (指标解释) in a table that has the column: the
 * description says what is counted and how, and reviewers send a blank one back. A column left
 * blank on many rows is one finding at its header, listing the rows (as basis-missing does).
 */
export const descriptionMissing: Rule = {
  id: "description-missing",
  severity: "warning",
  tags: ["text"],
  catalogue: [],
  docs: {
    "zh-CN": {
      title: "未填写绩效指标描述",
      description:
        "绩效指标描述（指标解释）说明指标考核什么、怎样计算（如“参训人次＝各期实际参训人数之和”），审核据此判断指标和目标值是否合理。表中设有该列而未填写的，会被要求补充。",
    },
    "en-US": {
      title: "No indicator description",
      description:
        "The description (绩效指标描述, 指标解释) says what an indicator measures and how it is computed (“参训人次 = the sum of attendees of each session”); reviewers judge the indicator and its target by it. Where the table has the column, a blank one is sent back for completion.",
    },
  },
  messages: {
    column: {
      "zh-CN": "{count}行未填写绩效指标描述（第{rows}行）",
      "en-US": "{count} rows have no description (rows {rows})",
    },
    missing: {
      "zh-CN": "指标“{name}”未填写绩效指标描述",
      "en-US": "Indicator “{name}” has no description",
    },
  },
  fixable: null,
  check({ table, rows, report }) {
    const blanks = rows.flatMap(({ indicator, name }) => {
      const description = indicator.description;
      return description !== null && !indicator.placeholder && name !== "" && !hasText(description.text)
        ? [{ field: description, name: name }]
        : [];
    });
    reportBlankCells(report, table.header.description, blanks);
  },
};
