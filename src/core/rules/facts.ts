/**
 * Facts about each row that many rules need, computed once per table: the levels resolved against
 * the profile, the roles of its groups, and the classes of its indicator name.
 */
import { classifyName, type NameClass } from "../classify";
import type { Edit } from "../edits";
import type { CellValue } from "../grid";
import { COMPARATOR_SYMBOL, type Comparator, type Field, type IndicatorRow, type Table } from "../model";
import { formatQuantity } from "../parse/format-value";
import { parseValue } from "../parse/parse-value";
import type { Level1Hit, Level2Hit, ProfileIndex } from "../profiles/profile-index";
import type { Level1Role, Level2Role } from "../profiles/schema";
import { normaliseLabel } from "../text";
import type { RuleContext } from "./rule";

export interface Classified {
  indicator: IndicatorRow;
  /** The 三级 name, normalised; "" when blank or when the table has no such column. */
  name: string;
  level1: Level1Hit | null;
  level2: Level2Hit | null;
  level1Role: Level1Role | null;
  level2Role: Level2Role | null;
  nameClass: NameClass;
}

export function classifyRows(table: Table, index: ProfileIndex): Classified[] {
  // Rows share a handful of labels and names: resolve each distinct one once per table.
  const nameClasses = new Map<string, NameClass>();
  const levels = new Map<string, Pick<Classified, "level1" | "level2" | "level1Role" | "level2Role">>();
  return table.rows.map((indicator) => {
    const name = indicator.level3 ? normaliseLabel(indicator.level3.text) : "";
    const label1 = indicator.level1?.label ?? "";
    const label2 = indicator.level2?.label ?? "";
    const levelKey = `${label1}\u0000${label2}`;
    let resolved = levels.get(levelKey);
    if (!resolved) {
      const level1 = label1 !== "" ? index.level1(label1) : null;
      const level2 = label2 !== "" ? index.level2(level1?.def ?? null, label2) : null;
      resolved = {
        level1,
        level2,
        level1Role: level1?.def.role ?? null,
        // A level 2 written under the wrong level 1 still tells what the row is meant to be.
        level2Role: level2?.def.role ?? level2RoleOfLevel1Label(index, label2),
      };
      levels.set(levelKey, resolved);
    }
    let nameClass = nameClasses.get(name);
    if (!nameClass) {
      nameClass = classifyName(name);
      nameClasses.set(name, nameClass);
    }
    return { indicator, name, ...resolved, nameClass };
  });
}

/**
 * A level-1 label written in the level-2 column (成本指标 under 产出 checked against 2021) still
 * says what the group is for: its rows are cost rows, or satisfaction rows.
 */
function level2RoleOfLevel1Label(index: ProfileIndex, label: string): Level2Role | null {
  if (label === "") return null;
  const role = index.level1(label)?.def.role;
  return role === "cost" || role === "satisfaction" ? role : null;
}

/** The cells of a row that hold the row's own text, by what they hold. */
export type TextRole =
  "level" | "name" | "description" | "value" | "comparator" | "unit" | "valueType" | "basis" | "remarks";

/**
 * A row's own cells for the text rules: level cells only where written on this row (an inherited
 * label is reported once, at its source), then the other columns the table has.
 */
export function ownTextFields(row: IndicatorRow): { field: Field; role: TextRole }[] {
  const out: { field: Field; role: TextRole }[] = [];
  const add = (field: Field | null, role: TextRole) => {
    if (field) out.push({ field, role });
  };
  add(row.level1 && !row.level1.inherited ? row.level1 : null, "level");
  add(row.level2 && !row.level2.inherited ? row.level2 : null, "level");
  add(row.level3, "name");
  add(row.description, "description");
  add(row.value, "value");
  add(row.comparator, "comparator");
  add(row.unit, "unit");
  add(row.valueType, "valueType");
  // A direction cell (正向/反向) is a token like a value type.
  add(row.direction, "valueType");
  add(row.basis, "basis");
  add(row.remarks, "remarks");
  return out;
}

/**
 * A row in a money cost group: 成本指标 under 产出 (2015), or the 成本 level 1 (2021) except its
 * 社会成本 / 生态环境成本 groups, whose costs are negative effects and need not be money.
 */
export function isCostRow(row: Classified): boolean {
  return row.level2Role === "cost" || (row.level1Role === "cost" && row.level2Role !== "sideCost");
}

/**
 * A cost row (or a cost-named row outside 数量指标, where money is quantity-qualitative's finding)
 * whose quantity is not an upper bound: ≥ or ＞ on any cost, and — on an amount of money — ＝ or
 * no comparator at all, since a cost is a ceiling (101号: 成本控制范围). Rates such as 成本控制率
 * ＝100% are left alone: their direction depends on what the rate counts.
 */
export function costWithoutCeiling(row: Classified): "lowerBound" | "noBound" | null {
  const { indicator } = row;
  const costly = isCostRow(row) || (row.nameClass.cost && row.level2Role !== "quantity");
  if (!costly || indicator.parsed.kind !== "quantity") return null;
  const { comparator, unit, numberText } = indicator.parsed;
  if (comparator === "ge" || comparator === "gt") return "lowerBound";
  if (comparator === "le" || comparator === "lt") return null;
  const money = unit ? unit.unitClass === "money" : /[万亿]/.test(numberText);
  return money ? "noBound" : null;
}

/**
 * A cost row written in words: a qualitative value (及时, 合规), or a sentence around a number
 * (严格按照预算标准1000元/人兑付) — cost-qualitative's finding, so value-unreadable leaves the
 * sentence alone (one finding per problem). A rate name is rate-word-value's.
 */
export function costInWords(row: Classified): "qualitative" | "sentence" | null {
  if (!isCostRow(row) || row.nameClass.rate) return null;
  const { parsed } = row.indicator;
  if (parsed.kind === "qualitative") return "qualitative";
  if (
    parsed.kind !== "unreadable" ||
    (parsed.reason !== "textAroundNumber" && parsed.reason !== "multipleNumbers")
  )
    return null;
  // Prose in the value cell itself, not a split layout's cells that disagree (15万元 beside 元).
  const own = row.indicator.value?.text ?? "";
  return (own.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4 && parseValue(own).kind === "unreadable"
    ? "sentence"
    : null;
}

/** An edit that sets one field's cell, remembering what was there so a host can refuse a stale write. */
export function setField(table: Table, field: Field, value: string | number | null): Edit {
  return { kind: "setValue", sheet: table.sheet, row: field.row, col: field.col, value, expected: field.raw };
}

/** A quantity value as a rule wants it rewritten: any part left out keeps its current form. */
export interface QuantityChange {
  comparator?: Comparator | null;
  number?: number;
  unit?: string | null;
}

/**
 * The edits that rewrite a row's quantity in the table's layout: in the combined layout the one
 * value cell gets the canonical text (`≥95%`); in the split layout only the comparator, value or
 * unit cell that changes is written. Returns [] when the row holds no quantity.
 */
export function rewriteQuantity(table: Table, row: IndicatorRow, change: QuantityChange): Edit[] {
  const parsed = row.parsed;
  if (parsed.kind !== "quantity" || !row.value) return [];
  const comparator = change.comparator === undefined ? parsed.comparator : change.comparator;
  const numberChanged = change.number !== undefined && change.number !== parsed.number;
  const number = numberChanged ? change.number! : parsed.number;
  const unit = change.unit === undefined ? parsed.unit : change.unit;
  if (table.layout === "combined") {
    const text = formatQuantity({
      comparator,
      number,
      numberText: numberChanged ? undefined : parsed.numberText,
      unit,
    });
    return text === row.value.raw ? [] : [setField(table, row.value, text)];
  }
  // Split layout: each part goes to its own column where the table has one, so a part written
  // inside the value cell ("95%以上" beside a blank 指标性质) moves out and the row reads cleanly.
  const edits: Edit[] = [];
  if (row.comparator) {
    const symbol = comparator === null ? null : COMPARATOR_SYMBOL[comparator];
    if (!sameCell(row.comparator.raw, symbol)) edits.push(setField(table, row.comparator, symbol));
  }
  if (row.unit) {
    const text = unit === null ? null : typeof unit === "string" ? unit : (unit.canonical ?? unit.text);
    if (!sameCell(row.unit.raw, text)) edits.push(setField(table, row.unit, text));
  }
  const valueText = formatQuantity({
    comparator: row.comparator ? null : comparator,
    number,
    numberText: numberChanged ? undefined : parsed.numberText,
    unit: row.unit ? null : unit,
  });
  const value: string | number = /^-?\d+(\.\d+)?$/.test(valueText) ? Number(valueText) : valueText;
  if (!sameCell(row.value.raw, value)) edits.push(setField(table, row.value, value));
  return edits;
}

/** A cell already holding what would be written (blank and null alike). */
function sameCell(raw: CellValue, value: string | number | null): boolean {
  if ((raw === null || raw === "") && (value === null || value === "")) return true;
  return raw === value;
}

/** Where a finding about a row's value points: its value cell, or in the split layout the named part. */
export function valueCell(row: IndicatorRow, part: "value" | "comparator" | "unit" = "value"): Field | null {
  if (part === "comparator" && row.comparator) return row.comparator;
  if (part === "unit" && row.unit) return row.unit;
  return row.value;
}

/** Past this many blank cells a column is reported once, with its rows listed, not cell by cell. */
const BLANKS_FOR_ONE_FINDING = 3;

/**
 * Blank cells of one column (basis, description): one finding at the column's header listing the
 * rows (`column`, data count and rows) when there are many — one problem, one finding — else one
 * `missing` finding at each cell, naming its indicator.
 */
export function reportBlankCells(
  report: RuleContext["report"],
  header: Field | undefined,
  blanks: readonly { field: Field; name: string }[],
): void {
  if (blanks.length >= BLANKS_FOR_ONE_FINDING && header) {
    const rows = sheetRowList(blanks.map(({ field }) => field.row + 1));
    report({ at: header, messageId: "column", data: { count: blanks.length, rows } });
    return;
  }
  for (const { field, name } of blanks) report({ at: field, messageId: "missing", data: { name } });
}

/** Sheet rows as a person lists them: 4–9, 12, 15–16. */
function sheetRowList(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}–${rows[j]}` : `${rows[i]}`);
    i = j;
  }
  return parts.join(", ");
}
