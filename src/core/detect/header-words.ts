/**
 * The column words of DOMAIN §1: every spelling provinces and budget systems use for a column,
 * compared after normalising (spaces, line breaks, full/half width, a trailing note in brackets,
 * a leading required-field star).
 */
import type { ColumnKey } from "../model";
import { normaliseLabel } from "../text";

export const COLUMN_WORDS: Readonly<Record<ColumnKey, readonly string[]>> = {
  level1: ["一级指标", "一级"],
  level2: ["二级指标", "二级"],
  level3: ["三级指标", "三级", "指标名称", "绩效指标", "绩效指标名称"],
  description: ["绩效指标描述", "指标描述", "指标解释", "指标说明", "指标内容", "指标定义", "指标值说明"],
  value: [
    "指标值",
    "年度指标值",
    "目标值",
    "指标值及单位",
    "预期指标值",
    "预期目标值",
    "当年预期实现值",
    "年初目标值",
    "全年目标值",
    "年度目标值",
    "指标目标值",
    "年度数值",
    "指标数值",
    "目标值及单位",
    "年度指标值及单位",
    // a self-evaluation's target beside its result (项目完成指标值): tianjin-nankai-2018 in the corpus
    "预算设定指标值",
  ],
  // 指标性质 and 指标方向 hold the sign in some forms and the direction (正向/反向) in others:
  // findTables decides by the body's contents (see resolveSignColumns).
  comparator: ["指标性质", "计算符号", "符号", "指标值性质", "指标方向", "运算符号", "比较符号"],
  direction: ["指标方向性", "指标值方向", "方向"],
  unit: ["计量单位", "度量单位", "单位", "指标单位"],
  valueType: ["指标值类型", "指标类型"],
  basis: [
    "指标值确定依据",
    "指标值设定依据",
    "指标标准或依据",
    "指标来源",
    "评价标准",
    "绩效标准",
    "指标值依据",
    "确定依据",
  ],
  weight: ["权重", "分值", "指标权重", "权重分值", "权重占比"],
  scoring: ["评(扣)分标准", "评分标准", "扣分标准", "评分规则"],
  remarks: ["备注"],
};

const WORD_TO_COLUMN: ReadonlyMap<string, ColumnKey> = (() => {
  const map = new Map<string, ColumnKey>();
  for (const [key, words] of Object.entries(COLUMN_WORDS) as [ColumnKey, readonly string[]][]) {
    for (const word of words) map.set(normaliseLabel(word), key);
  }
  return map;
})();

/** Longest header word, so that long cells are rejected before any normalising work. */
export const MAX_HEADER_CHARS = 24;

/**
 * A target column named with its year, as approval forms split 指标值: 预期2022年实现值,
 * 2023年目标值, 本年度指标值 (a column of what was achieved is not a target: see isActualColumn).
 */
const YEAR_TARGET = /^(?:预期|计划)?(?:\d{4}年度?|本年度?|当年度?)?(?:预期|计划)?(?:实现值|目标值|指标值)$/;

/**
 * Columns of what was achieved or scored, beside the targets in self-evaluations and approval
 * forms: 2021年实际实现值, 实际完成值, 得分, 偏差原因. Never the value column.
 */
export function isActualColumn(text: string): boolean {
  const label = normaliseLabel(text);
  return /实际|完成值|完成情况|得分|偏差/.test(label) && label.length <= MAX_HEADER_CHARS;
}

/** The column a header cell names, or null. "一级 指标" → level1, "权重（%）" → weight, "*指标值" → value. */
export function matchHeaderWord(text: string): ColumnKey | null {
  if (text.length === 0 || text.length > MAX_HEADER_CHARS) return null;
  let label = normaliseLabel(text);
  const direct = WORD_TO_COLUMN.get(label);
  if (direct) return direct;
  label = label.replace(/^\*+/, "").replace(/[:：]$/, "");
  // A trailing bracketed note: "权重(%)", "指标值(含单位)", "分值（分）"; its closing bracket may be
  // lost in print ("年初目标值(A": 黄石三中 2023).
  label = label.replace(/\([^()]*\)?$/, "");
  const word = WORD_TO_COLUMN.get(label);
  if (word) return word;
  return YEAR_TARGET.test(label) && !/实际/.test(label) ? "value" : null;
}
