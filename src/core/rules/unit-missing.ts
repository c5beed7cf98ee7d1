import type { Edit } from "../edits";
import type { Field, IndicatorRow, Table } from "../model";
import { formatQuantity } from "../parse/format-value";
import type { Suggestion } from "../report";
import { hasText, stripSpaces } from "../text";
import { impliedCountUnit } from "../classify";
import { findUnit } from "../units";
import { rewriteQuantity, valueCell } from "./facts";
import type { Rule } from "./rule";

/**
 * DOMAIN §5 row 9: a number with no unit where the name says which: a rate, degree or satisfaction
 * is read as % by every reviewer, so adding % is a fix when the number reads as a percentage (0, or
 * 1–100); a cost needs money, but 元 or 万元 is the filer's call, so those are suggestions.
 */
export const unitMissing: Rule = {
  id: "unit-missing",
  severity: "error",
  tags: ["unit", "value"],
  catalogue: [9],
  docs: {
    "zh-CN": {
      title: "缺少计量单位",
      description:
        "比例类指标（…率、…度、满意度）和成本类指标的数值必须带单位：“服务对象满意度 ≥95”应写作“≥95%”，“人均会议成本 ≤450”应写明“元”还是“万元”。比例类的“%”可一键补上（审核人员本就按百分比理解）；小于1的小数可能是比例也可能是百分数，需确认；金额单位须由填报人选择。",
    },
    "en-US": {
      title: "Missing unit",
      description:
        "Ratios (…率, …度, satisfaction) and costs need a unit: “服务对象满意度 ≥95” should read “≥95%”, and “人均会议成本 ≤450” must say 元 or 万元. For a ratio the % is added by a fix (reviewers read the number as a percentage anyway); a fraction below 1 could be either and is only suggested; a cost's money unit is the filer's choice.",
    },
  },
  messages: {
    percentMissing: {
      "zh-CN": "“{name}”是比例指标，指标值“{value}”缺少单位“%”",
      "en-US": "“{name}” is a ratio; the value “{value}” lacks its unit “%”",
    },
    countMissing: {
      "zh-CN": "“{name}”是数量指标，指标值“{value}”缺少计量单位（如“人”“次”“个”）",
      "en-US": "“{name}” is a count; the value “{value}” lacks its unit (人, 次, 个 …)",
    },
    moneyMissing: {
      "zh-CN": "“{name}”是成本（金额）指标，指标值“{value}”缺少金额单位；请写明“元”还是“万元”",
      "en-US": "“{name}” is a cost; the value “{value}” lacks a money unit: say whether it is 元 or 万元",
    },
    fractionAsPercent: {
      "zh-CN": "改为“{value}”：{number}是小数形式的比例，即{percent}%，而不是{number}%",
      "en-US": "Change to “{value}”: {number} is the ratio as a fraction, that is {percent}%, not {number}%",
    },
    addUnit: {
      "zh-CN": "改为“{value}”",
      "en-US": "Change to “{value}”",
    },
  },
  fixable: "fix",
  check({ table, rows, report }) {
    for (const { indicator, name, nameClass, level2Role } of rows) {
      const parsed = indicator.parsed;
      if (parsed.kind !== "quantity" && parsed.kind !== "range") continue;
      if (parsed.unit !== null || unitInName(name)) continue;
      // A bare number under 数量指标 is a count of something: its unit says of what (≥500, 220).
      const countUnit =
        nameClass.percent || nameClass.cost
          ? null
          : (impliedCountUnit(name) ?? (level2Role === "quantity" ? "" : null));
      if (!(nameClass.percent || nameClass.cost) && countUnit === null) continue;
      const at = valueCell(indicator, "unit");
      if (!at) continue;
      const data = { name, value: shownValue(indicator) };
      if (parsed.kind === "range") {
        const messageId =
          countUnit !== null ? "countMissing" : nameClass.percent ? "percentMissing" : "moneyMissing";
        report({ at, messageId, data });
        continue;
      }
      const change = (number: number, unit: string) => {
        const edits = unitEdits(table, indicator, number === parsed.number ? { unit } : { number, unit });
        const value = formatQuantity({ ...parsed, number, unit });
        return { value, edits };
      };
      if (countUnit !== null) {
        // The name says which unit (出差人数 → 人), but the filer confirms it: a suggestion.
        const options = countUnit !== "" ? [change(parsed.number, countUnit)] : [];
        report({ at, messageId: "countMissing", data, suggestions: suggestionsOf(options) });
        continue;
      }
      if (nameClass.percent) {
        const { number } = parsed;
        const asIs = change(number, "%");
        // 95 is 95% to any reader; 0.95 may be a fraction (95%) or 0.95%, and 150 is no percentage.
        const safe = number === 0 || (number > 1 && (number <= 100 || nameClass.growth));
        if (safe && isBare(indicator) && asIs.edits.length > 0) {
          report({ at, messageId: "percentMissing", data, fix: asIs.edits });
          continue;
        }
        // 0.7 under a rate is a fraction, 70%: offered as such, with the reason; never as 0.7%.
        if (number > 0 && number < 1) {
          const percent = Math.round(number * 100 * 1e6) / 1e6;
          const asFraction = change(percent, "%");
          const suggestions =
            asFraction.edits.length > 0
              ? [
                  {
                    messageId: "fractionAsPercent",
                    data: { value: asFraction.value, number, percent },
                    edits: asFraction.edits,
                  },
                ]
              : [];
          report({ at, messageId: "percentMissing", data, suggestions });
          continue;
        }
        report({ at, messageId: "percentMissing", data, suggestions: suggestionsOf([asIs]) });
      } else {
        const options = [change(parsed.number, "元"), change(parsed.number, "万元")];
        report({ at, messageId: "moneyMissing", data, suggestions: suggestionsOf(options) });
      }
    }
  },
};

function suggestionsOf(options: { value: string; edits: Edit[] }[]): Suggestion[] {
  return options
    .filter((option) => option.edits.length > 0)
    .map(({ value, edits }) => ({ messageId: "addUnit", data: { value }, edits }));
}

/** The value as written: the value cell, and in the split layout its comparator and unit cells around it. */
function shownValue(row: IndicatorRow): string {
  const part = (field: Field | null) => (field ? field.text.trim() : "");
  return part(row.comparator) + part(row.value) + part(row.unit);
}

/**
 * True when the value cell holds nothing but the comparator and number (`≥95`), so rewriting it
 * loses nothing; a note (`≥95（暂定）`) or trailing punctuation makes the change a suggestion.
 */
function isBare(row: IndicatorRow): boolean {
  const parsed = row.parsed;
  if (parsed.kind !== "quantity" || !row.value) return false;
  if (typeof row.value.raw !== "string") return true;
  const inValue = row.comparator && hasText(row.comparator.text) ? "" : parsed.comparatorText;
  return stripSpaces(row.value.raw).length === stripSpaces(inValue + parsed.numberText).length;
}

/** Edits writing the unit (and number); none in the split layout without a unit column. */
function unitEdits(table: Table, row: IndicatorRow, change: { number?: number; unit: string }): Edit[] {
  if (table.layout === "split" && !row.unit) return [];
  return rewriteQuantity(table, row, change);
}

/** A unit the filer wrote into the name instead: 开展修复工程(个), 培训人数（人）. */
function unitInName(name: string): boolean {
  const bracket = /[(（]([^()（）]{1,6})[)）]$/.exec(name);
  return bracket !== null && findUnit(bracket[1])?.known === true;
}
