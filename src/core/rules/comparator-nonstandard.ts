import type { Edit } from "../edits";
import { COMPARATOR_SYMBOL, type Comparator, type IndicatorRow, type Table } from "../model";
import { formatQuantity } from "../parse/format-value";
import { parseValue } from "../parse/parse-value";
import { hasText, stripSpaces } from "../text";
import { rewriteQuantity, setField } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 25 (its form): a comparator written as >=, ≧, 不低于, 95%以上 … reads the same as
 * the symbol, so rewriting it as ≥ ≤ ＝ ＞ ＜ is a fix. When the cell holds more than comparator,
 * number and unit (a note, a verb: `24小时内响应`) the rewrite would drop it, so it is a suggestion.
 * In the split layout a comparator written in both 指标性质 and 指标值 is reported too.
 */
export const comparatorNonstandard: Rule = {
  id: "comparator-nonstandard",
  severity: "info",
  tags: ["value"],
  catalogue: [25],
  docs: {
    "zh-CN": {
      title: "比较符号写法不规范",
      description:
        "比较符号应统一写作 ≥、≤、＝、＞、＜。“>=”“≧”“不低于”“95%以上”“3天内”等写法意思相同，但不便于系统汇总和比对。可一键改为规范符号，含义不变。",
    },
    "en-US": {
      title: "Non-standard comparator",
      description:
        "Comparators are written ≥, ≤, ＝, ＞, ＜. Forms such as >=, ≧, 不低于, 95%以上 or 3天内 mean the same but hamper totals and comparisons in budget systems. The fix rewrites them as the symbol without changing the meaning.",
    },
  },
  messages: {
    nonstandard: {
      "zh-CN": "“{written}”应写作规范符号“{symbol}”，即“{value}”",
      "en-US": "Write “{written}” as the symbol “{symbol}”: “{value}”",
    },
    duplicated: {
      "zh-CN": "比较符号在“指标性质”和“指标值”中重复填写；指标值单元格只填数字，即“{value}”",
      "en-US":
        "The comparator is written both in the comparator column and in the value cell; keep only the number in the value cell: “{value}”",
    },
    useSymbol: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "fix",
  check({ table, rows, report }) {
    for (const { indicator } of rows) {
      const parsed = indicator.parsed;
      if (parsed.kind !== "quantity" || parsed.comparator === null || parsed.comparatorCanonical) continue;
      const plan =
        table.layout === "split"
          ? splitPlan(table, indicator, parsed.comparator)
          : combinedPlan(table, indicator, parsed.comparator);
      if (!plan) continue;
      const symbol = COMPARATOR_SYMBOL[parsed.comparator];
      const value = formatQuantity({ ...parsed });
      const data = { written: parsed.comparatorText, symbol, value };
      const messageId = plan.duplicated ? "duplicated" : "nonstandard";
      if (plan.edits.length === 0) report({ at: plan.at, messageId, data });
      else if (plan.safe) report({ at: plan.at, messageId, data, fix: plan.edits });
      else
        report({
          at: plan.at,
          messageId,
          data,
          suggestions: [{ messageId: "useSymbol", data: { value }, edits: plan.edits }],
        });
    }
  },
};

interface Plan {
  at: { row: number; col: number };
  edits: Edit[];
  /** Nothing but comparator, number and unit is rewritten: the fix cannot change meaning. */
  safe: boolean;
  /** Split layout: a comparator in both 指标性质 and 指标值. */
  duplicated: boolean;
}

function combinedPlan(table: Table, row: IndicatorRow, comparator: Comparator): Plan | null {
  const parsed = row.parsed;
  if (!row.value || parsed.kind !== "quantity") return null;
  const written = parsed.comparatorText + parsed.numberText + (parsed.unit?.text ?? "");
  const safe =
    typeof row.value.raw === "string" && stripSpaces(row.value.raw).length === stripSpaces(written).length;
  return { at: row.value, edits: rewriteQuantity(table, row, { comparator }), safe, duplicated: false };
}

/**
 * Split layout: the symbol goes in 指标性质 (or in 指标值 when there is no such column), and a
 * comparator written inside 指标值 is taken out of it; rewriteQuantity writes only the former.
 */
function splitPlan(table: Table, row: IndicatorRow, comparator: Comparator): Plan | null {
  if (!row.value) return null;
  const symbol = COMPARATOR_SYMBOL[comparator];
  const edits: Edit[] = [];
  const comparatorCell = row.comparator;
  const cellWritten = comparatorCell !== null && hasText(comparatorCell.text);
  if (comparatorCell && comparatorCell.raw !== symbol) edits.push(setField(table, comparatorCell, symbol));
  let safe = true;
  let duplicated = false;
  const own = typeof row.value.raw === "string" ? parseValue(row.value.raw) : null;
  if (own?.kind === "quantity" && own.comparator !== null) {
    duplicated = cellWritten;
    const keepComparator = comparatorCell === null;
    // A bare number goes back as a number, as the integrated systems export it.
    const text =
      !keepComparator && own.unit === null
        ? own.number
        : formatQuantity({
            comparator: keepComparator ? comparator : null,
            number: own.number,
            numberText: own.numberText,
            unit: own.unit,
          });
    const written = own.comparatorText + own.numberText + (own.unit?.text ?? "");
    safe = stripSpaces(String(row.value.raw)).length === stripSpaces(written).length;
    if (text !== row.value.raw) edits.push(setField(table, row.value, text));
  }
  const at = cellWritten && !duplicated ? comparatorCell : row.value;
  return { at, edits, safe, duplicated };
}
