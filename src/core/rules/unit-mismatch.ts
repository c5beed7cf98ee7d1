import type { Edit } from "../edits";
import type { Field, IndicatorRow, Table } from "../model";
import { formatQuantity } from "../parse/format-value";
import { hasText } from "../text";
import { isMoneyUnit, unitClassOf } from "../units";
import { rewriteQuantity, valueCell } from "./facts";
import type { Suggestion } from "../report";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 8: a known unit that does not fit the indicator's name. Rates, degrees and
 * satisfactions are ratios (%, or ‰ and 个百分点, which are ratios too); costs are money. An unknown
 * unit is unit-unknown's, a missing one unit-missing's.
 */
export const unitMismatch: Rule = {
  id: "unit-mismatch",
  severity: "error",
  tags: ["unit", "value"],
  catalogue: [8],
  docs: {
    "zh-CN": {
      title: "计量单位与指标不符",
      description:
        "以“率”“度”结尾的指标（出勤率、覆盖率、满意度）是比例，单位应为“%”；成本、经费、价格类指标是金额，单位应为“元”“万元”等。单位与指标不符（如“各县区覆盖率 ≥90元”）时指标无法考核，会被退回。比例类可一键改为“%”（需确认）；金额类须由填报人确定单位。",
    },
    "en-US": {
      title: "Unit does not fit the indicator",
      description:
        "Indicators named …率 or …度 (attendance rate, coverage, satisfaction) are ratios and take “%”; costs, fees and prices are money and take 元, 万元 and the like. A unit that does not fit (各县区覆盖率 ≥90元) makes the target meaningless and the table is sent back. For a ratio, changing the unit to % is offered as a suggestion; for a cost the filer must choose the money unit.",
    },
  },
  messages: {
    percentNeeded: {
      "zh-CN": "“{name}”是比例指标，单位应为“%”，当前为“{value}”",
      "en-US": "“{name}” is a ratio and takes “%”; it is “{value}”",
    },
    moneyNeeded: {
      "zh-CN": "“{name}”是成本（金额）指标，单位应为元、万元等金额单位，当前为“{value}”；请填写对应的金额",
      "en-US": "“{name}” is a cost and takes a money unit (元, 万元 …); it is “{value}”: enter the amount",
    },
    usePercent: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "suggestion",
  check({ table, rows, report }) {
    for (const { indicator, name, nameClass } of rows) {
      const parsed = indicator.parsed;
      if (parsed.kind !== "quantity" && parsed.kind !== "range") continue;
      const unit = parsed.unit;
      if (!unit || !unit.known) continue;
      // Split layout: the unit cell when the unit is written there, else the value cell that holds it.
      const at = valueCell(indicator, indicator.unit && hasText(indicator.unit.text) ? "unit" : "value");
      if (!at) continue;
      const value = shownValue(indicator);
      if (nameClass.percent && unitClassOf(unit) !== "ratio") {
        const suggestions: Suggestion[] = [];
        if (parsed.kind === "quantity") {
          const edits = unitEdits(table, indicator, "%");
          const proposed = formatQuantity({ ...parsed, unit: "%" });
          if (edits.length > 0)
            suggestions.push({ messageId: "usePercent", data: { value: proposed }, edits });
        }
        report({ at, messageId: "percentNeeded", data: { name, value }, suggestions });
      } else if (nameClass.cost && !isMoneyUnit(unit) && unitClassOf(unit) !== "size") {
        // A cost is money, or a physical measure of what is consumed (吨标准煤, 千瓦时, 立方米).
        report({ at, messageId: "moneyNeeded", data: { name, value } });
      }
    }
  },
};

/** The value as written: the value cell, and in the split layout its comparator and unit cells around it. */
function shownValue(row: IndicatorRow): string {
  const part = (field: Field | null) => (field ? field.text.trim() : "");
  return part(row.comparator) + part(row.value) + part(row.unit);
}

/**
 * Edits writing `unit` as the row's unit. None in the split layout when the unit is written inside
 * the value cell: rewriteQuantity would fill the unit cell and leave the value cell's own unit.
 */
function unitEdits(table: Table, row: IndicatorRow, unit: string): Edit[] {
  if (table.layout === "split" && !(row.unit && hasText(row.unit.text))) return [];
  return rewriteQuantity(table, row, { unit });
}
