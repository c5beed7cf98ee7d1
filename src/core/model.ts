/**
 * The table model: what the detector and parser make of a workbook. Plain data only, so it can
 * cross to the pane, the command line and tests unchanged. Rows and columns are 0-based sheet
 * coordinates (see grid.ts); `cell` fields are A1 addresses for people and reports.
 */
import type { CellRange, CellValue } from "./grid";

/** The columns a table may have (DOMAIN §1). */
export type ColumnKey =
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "value"
  | "comparator"
  | "direction"
  | "unit"
  | "valueType"
  | "basis"
  | "weight"
  | "scoring"
  | "remarks";

export type ProfileId = "2015" | "2021";

export type Layout = "combined" | "split";

/** One cell as read: where it is, what it held, and its text as a person reads it. */
export interface Field {
  row: number;
  col: number;
  /** A1 address on the table's sheet. */
  cell: string;
  raw: CellValue;
  /** The cell as text, as shown (numbers formatted as a person would read them); "" for blank. */
  text: string;
}

/** A level-1 or level-2 cell, with the label it resolves to (possibly inherited from above). */
export interface LevelField extends Field {
  /** The label after normalisation (spaces and line breaks removed, full width folded). */
  label: string;
  /** True when this row's cell is blank (or covered by a merge) and the label comes from above. */
  inherited: boolean;
  /** A1 address of the cell the label was read from (this row's cell unless inherited). */
  source: string;
}

// ---- values (DOMAIN §3) ----

/** Canonical comparators; `symbol` in COMPARATOR_SYMBOL is the spelling we write. */
export type Comparator = "ge" | "le" | "eq" | "gt" | "lt";

export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  ge: "≥",
  le: "≤",
  eq: "＝",
  gt: "＞",
  lt: "＜",
};

export type UnitClass = "count" | "time" | "money" | "ratio" | "size" | "other";

export interface Unit {
  /** The unit as written (after trimming), e.g. "万元", "元/人·天", "量". */
  text: string;
  /** The catalogue's spelling when known (folds full width, e.g. "％" → "%"). */
  canonical: string | null;
  unitClass: UnitClass;
  known: boolean;
  /** Nearest known unit when `known` is false (e.g. "量" → "辆"). */
  suggestion?: string;
}

export type UnreadableReason =
  /** e.g. "≥≥5", "=>5", "≥=5", a comparator after the number */
  | "badComparator"
  /** a comparator or unit with no number: "≥次", "≥%" */
  | "missingNumber"
  /** a number glued to text that is neither a unit nor a comparator: "约5次左右", "5次以上吧" */
  | "textAroundNumber"
  /** an error value such as #N/A or #REF! */
  | "errorValue"
  /** more than one number where one is expected: "≥5次≥6次" */
  | "multipleNumbers"
  /** (split layout) the value cell carries a unit the unit cell contradicts: 28.8万元 beside % */
  | "unitConflict";

export type ParsedValue =
  | { kind: "empty" }
  | {
      kind: "quantity";
      /** null when no comparator is written (a bare number means "=", but reviewers want it stated). */
      comparator: Comparator | null;
      /** The comparator as written ("≥", ">=", "不低于" …), "" when absent. */
      comparatorText: string;
      /** True when written as the canonical symbol of COMPARATOR_SYMBOL (or its ASCII twin =, >, <). */
      comparatorCanonical: boolean;
      number: number;
      /** The number as written ("10,000", "９５", "1万"). */
      numberText: string;
      unit: Unit | null;
    }
  | {
      kind: "range";
      low: number;
      high: number;
      unit: Unit | null;
    }
  | {
      kind: "date";
      /** A deadline (…前, …之前, …底前) rather than a day. */
      deadline: boolean;
      year: number | null;
      month: number | null;
      day: number | null;
    }
  | {
      kind: "period";
      from: { year: number | null; month: number | null; day: number | null };
      to: { year: number | null; month: number | null; day: number | null };
    }
  | { kind: "qualitative"; text: string }
  | { kind: "unreadable"; reason: UnreadableReason; text: string };

export type ParsedValueKind = ParsedValue["kind"];

// ---- tables ----

/**
 * One body row. A field is null when the table has no such column; when the column exists the
 * field is present even for a blank cell (text ""), so findings can point at it.
 */
export interface IndicatorRow {
  /** 0-based sheet row. */
  row: number;
  level1: LevelField | null;
  level2: LevelField | null;
  level3: Field | null;
  description: Field | null;
  /** The 指标值 cell (combined layout: the whole value; split layout: the number or text). */
  value: Field | null;
  comparator: Field | null;
  /** (split layout) 正向 / 反向: whether higher or lower is better, in its own column. */
  direction: Field | null;
  unit: Field | null;
  valueType: Field | null;
  basis: Field | null;
  weight: Field | null;
  scoring: Field | null;
  remarks: Field | null;
  /** The value read from the value cell (and in the split layout its comparator and unit cells). */
  parsed: ParsedValue;
  /** Nothing but level labels: a row kept from a template. */
  placeholder: boolean;
  /**
   * (outline tables) A heading line of the tree — a level label, or the unit's or project's own
   * line above them — not an indicator: also `placeholder`, but no template leftover.
   */
  heading?: true;
}

export interface InfoItem {
  /** Normalised label, e.g. "项目名称". */
  label: string;
  labelField: Field;
  value: Field | null;
}

export interface Table {
  /** "t1", "t2" … in workbook order (sheet order, then top to bottom, left to right). */
  id: string;
  sheet: string;
  sheetHidden: boolean;
  /** The title cell, e.g. "1、2022年度会议费项目绩效目标表". */
  title: Field | null;
  /** Read from the title, e.g. "会议费"; null if there is no title or it names none. */
  fundingItem: string | null;
  year: number | null;
  /** Label–value rows between title and header (项目名称, 主管部门, 资金总额 …). */
  info: InfoItem[];
  /** The goal row: the 绩效目标 (or 年度绩效目标) label and its text. */
  goal: { label: Field; value: Field | null } | null;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** Header cells found, by column. */
  header: Partial<Record<ColumnKey, Field>>;
  /** Sheet column of each column found. */
  columns: Partial<Record<ColumnKey, number>>;
  layout: Layout;
  /** Body rows that hold anything, placeholders included. */
  rows: IndicatorRow[];
  /** 0-based sheet rows of the first and last body row; with no body, firstRow = headerRow + 1 and lastRow = headerRow. */
  firstRow: number;
  lastRow: number;
  /** The rectangle from title (or header) to the last body row, across the table's columns. */
  bounds: CellRange;
  /** What ended the body: a blank row, a notes row (填报说明…), a totals row (合计), the next table, the sheet's end. */
  end: "blank" | "notes" | "total" | "nextTable" | "sheetEnd";
  /** The 填报说明 / notes cell after the body, if any. */
  notes: Field | null;
  /** The framework the table's own labels suggest; null when they do not tell. */
  profileGuess: ProfileId | null;
  /**
   * The form scores budget execution apart (预算执行率 10分 above the indicators, or 绩效指标(90分)):
   * the indicators' weights then add up to 90, not 100.
   */
  scoresBudgetExecution?: true;
  /**
   * A self-evaluation (自评表): the header has a column of results beside the targets (实际完成值,
   * 得分). Its form often has no goal row: the targets it reports on stand for it.
   */
  selfEvaluation?: true;
  /**
   * An outline (the budget systems' 批复表 print): one 项目 column holds level-1 and level-2
   * labels as indented headings with their indicators below them; levels come from the headings.
   */
  outline?: true;
}
