/**
 * Planning template insertions as Edit[] (plain data a host applies in order):
 *
 * - planNewTable: a whole table at an anchor cell — title, goal row, header (combined or split
 *   layout), the item's rows, level cells merged over their groups, dropdowns.
 * - planAddMissingRows: into a detected table, the item's standard rows it lacks (by normalised
 *   name), each at the end of its level-2 group; a missing level-2 group goes after the existing
 *   groups of its level 1, a missing level-1 group where the profile's order puts it. Existing rows
 *   are never written to and never leave their groups.
 * - planAddRow: one blank row at the end of a group, with its level cells filled.
 *
 * Inserting whole rows inside a merged area grows it (Excel), inserting just below it does not: the
 * planner follows the sheet's merges (given the grid) so it never writes into a cell a merge covers,
 * and re-merges a level column's group where the table merges them.
 */
import type { Edit } from "../edits";
import { findTables } from "../detect/find-tables";
import { MergeIndex, rangesOverlap, type CellRange, type CellValue, type Grid } from "../grid";
import {
  COMPARATOR_SYMBOL,
  type ColumnKey,
  type Comparator,
  type IndicatorRow,
  type Layout,
  type Table,
} from "../model";
import { formatQuantity } from "../parse/format-value";
import type { Profile } from "../profiles/schema";
import { defaultGoal } from "./catalogue";
import { dropdownsFor } from "./dropdowns";
import {
  groupOrder,
  indexOf,
  resolveProfile,
  templateRows,
  type PlacedRow,
  type ProfileRef,
} from "./placement";
import { nameKey, type Template } from "./schema";

// ---- layouts ----

/** Columns of a new table, left to right. Both layouts keep 绩效指标描述: reviewers read it. */
export const LAYOUT_COLUMNS: Readonly<Record<Layout, readonly ColumnKey[]>> = {
  combined: ["level1", "level2", "level3", "description", "value", "basis"],
  split: ["level1", "level2", "level3", "description", "comparator", "value", "unit", "basis"],
};

/** The header words a new table is written with (the first word findTables knows for each column). */
export const HEADER_TEXT: Readonly<Record<ColumnKey, string>> = {
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  description: "绩效指标描述",
  value: "指标值",
  comparator: "指标性质",
  direction: "指标方向性",
  unit: "计量单位",
  valueType: "指标值类型",
  basis: "指标值确定依据",
  weight: "权重",
  scoring: "评(扣)分标准",
  remarks: "备注",
};

export const GOAL_LABEL = "绩效目标";

/**
 * The number a new table's title takes on a sheet: one past the highest number the sheet's titles
 * already use ("4、2022年度…"), so that numbering continues and no two tables share a number;
 * one past the count of tables when none is numbered.
 */
export function nextTableNumber(tables: readonly Pick<Table, "title">[]): number {
  let highest = 0;
  for (const table of tables) {
    const match = /^\s*(\d{1,3})\s*[、.．:：]/.exec(table.title?.text ?? "");
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return Math.max(highest, tables.length) + 1;
}

/** "1、2022年度会议费项目绩效目标表". */
export function tableTitle(number: number, year: number, item: string): string {
  return `${number}、${year}年度${item}项目绩效目标表`;
}

const SYMBOL_COMPARATOR = new Map<string, Comparator>(
  (Object.entries(COMPARATOR_SYMBOL) as [Comparator, string][]).map(([c, s]) => [s, c]),
);

/**
 * A placed row's cells for a table's columns. The combined layout writes `≥95%` in the value cell;
 * the split layout writes the comparator (定性 for a qualitative value), the number and the unit in
 * their own cells, and folds a part whose column the table lacks into the value cell (`95%` when
 * there is no 计量单位 column), as parseSplitValue reads it.
 */
export function rowCells(
  row: PlacedRow,
  columns: Partial<Record<ColumnKey, number>>,
  layout: Layout,
): Partial<Record<ColumnKey, CellValue>> {
  const cells: Partial<Record<ColumnKey, CellValue>> = {
    level3: row.name,
    description: row.description === "" ? null : row.description,
    basis: row.basis === "" ? null : row.basis,
  };
  const qualitative = row.comparator === "定性";
  const comparatorCell = layout === "split" && columns.comparator !== undefined;
  const unitCell = layout === "split" && columns.unit !== undefined;
  if (comparatorCell) cells.comparator = row.comparator;
  if (unitCell) cells.unit = qualitative || row.unit === "" ? null : row.unit;
  if (qualitative) cells.value = String(row.value);
  else if (comparatorCell && unitCell) cells.value = row.value;
  else {
    cells.value = formatQuantity({
      comparator: comparatorCell ? null : (SYMBOL_COMPARATOR.get(row.comparator) ?? null),
      number: row.value as number,
      unit: unitCell || row.unit === "" ? null : row.unit,
    });
  }
  if (columns.valueType !== undefined) cells.valueType = qualitative ? "定性" : "定量";
  return cells;
}

// ---- a new table ----

export interface NewTableOptions {
  profile: ProfileRef;
  layout: Layout;
  /** Sheet and 0-based position of the title's cell (the table's top-left). */
  anchor: { sheet: string; row: number; col: number };
  /** The budget year of the title. */
  year: number;
  /** The N of the title's "N、". */
  number: number;
  /** The goal text; the template's default goal when absent. */
  goal?: string;
  /** Merge level cells over their groups (default); false writes the labels on every row. */
  mergeLevels?: boolean;
  /** Insert fresh rows at the anchor first (the table and one blank row after it), so nothing is overwritten. */
  insertRows?: boolean;
  /**
   * The sheet as it is: with it, an anchor inside an existing table or merged area moves up to
   * that table's (or area's) top, so inserted rows never split a table or grow someone's merge.
   */
  grid?: Grid;
  /** Set the dropdown lists (default true). */
  dropdowns?: boolean;
}

/** The number of sheet rows a new table takes: title, goal, header and the rows. */
export function newTableHeight(item: Template, profile: ProfileRef): number {
  return 3 + templateRows(item, profile).length;
}

export function planNewTable(item: Template, options: NewTableOptions): Edit[] {
  const profile = resolveProfile(options.profile);
  const { sheet, col: left } = options.anchor;
  const top = options.grid ? anchorForNewTable(options.grid, options.anchor).row : options.anchor.row;
  const keys = LAYOUT_COLUMNS[options.layout];
  const width = keys.length;
  const columns: Partial<Record<ColumnKey, number>> = {};
  keys.forEach((key, i) => (columns[key] = left + i));
  const rows = templateRows(item, profile);
  const edits: Edit[] = [];
  const set = (row: number, col: number, value: CellValue) => {
    if (value !== null && value !== "") edits.push({ kind: "setValue", sheet, row, col, value });
  };
  const merge = (range: CellRange) => {
    if (range.rowCount > 1 || range.colCount > 1) edits.push({ kind: "merge", sheet, range });
  };

  if (options.insertRows) edits.push({ kind: "insertRows", sheet, row: top, count: 3 + rows.length + 1 });
  set(top, left, tableTitle(options.number, options.year, item.name));
  merge({ row: top, col: left, rowCount: 1, colCount: width });
  set(top + 1, left, GOAL_LABEL);
  set(top + 1, left + 1, options.goal?.trim() || defaultGoal(item));
  merge({ row: top + 1, col: left + 1, rowCount: 1, colCount: width - 1 });
  keys.forEach((key, i) => set(top + 2, left + i, HEADER_TEXT[key]));

  const first = top + 3;
  const mergeLevels = options.mergeLevels !== false;
  rows.forEach((row, i) => {
    const sheetRow = first + i;
    const previous = rows[i - 1];
    const newLevel1 = !previous || previous.level1 !== row.level1;
    const newLevel2 = newLevel1 || previous.level2 !== row.level2;
    if (newLevel1 || !mergeLevels) set(sheetRow, columns.level1!, row.level1);
    if (newLevel2 || !mergeLevels) set(sheetRow, columns.level2!, row.level2);
    const cells = rowCells(row, columns, options.layout);
    for (const key of keys) {
      if (key === "level1" || key === "level2") continue;
      set(sheetRow, columns[key]!, cells[key] ?? null);
    }
  });
  if (mergeLevels) {
    for (const run of runs(rows, (r) => r.level1)) {
      merge({ row: first + run.start, col: columns.level1!, rowCount: run.length, colCount: 1 });
    }
    for (const run of runs(rows, (r) => `${r.level1}\u0000${r.level2}`)) {
      merge({ row: first + run.start, col: columns.level2!, rowCount: run.length, colCount: 1 });
    }
  }
  if (options.dropdowns !== false) {
    const target = {
      sheet,
      layout: options.layout,
      columns,
      rows: rows.map((row, i) => ({ row: first + i, level1: row.level1 })),
    };
    edits.push(...dropdownsFor(target, profile));
  }
  return edits;
}

/**
 * Where a new table asked for "at" a cell goes: not inside an existing table (its title, info,
 * header, rows or notes) nor inside a merged area, but above it, so inserting whole rows there
 * neither splits a table nor grows a merge that is not ours.
 */
export function anchorForNewTable(
  grid: Grid,
  at: { row: number; col: number },
): { row: number; col: number } {
  const spans = findTables([grid]).map((table) => ({
    top: table.bounds.row,
    bottom: Math.max(table.bounds.row + table.bounds.rowCount - 1, table.notes?.row ?? -1),
  }));
  for (const merge of grid.merges) spans.push({ top: merge.row, bottom: merge.row + merge.rowCount - 1 });
  let row = at.row;
  for (let moved = true; moved;) {
    moved = false;
    for (const span of spans) {
      if (row > span.top && row <= span.bottom) {
        row = span.top;
        moved = true;
      }
    }
    // A block of the user's own cells (a 科目/金额 list beside the tables) moves it up too.
    const block = insertionSplit(grid, row);
    if (block) {
      row = block.row;
      moved = true;
    }
  }
  return { row, col: at.col };
}

/**
 * What whole rows inserted at `row` would split, anywhere across the sheet: a merged area running
 * over the row, or a block of cells filled both just above and at the row in the same column (the
 * user's own 科目/金额 list, a table's body) — its header would stay behind while the rest moves down.
 * The block's extent over those columns, or null when the rows can go in without splitting anything.
 */
export function insertionSplit(grid: Grid, row: number): CellRange | null {
  for (const merge of grid.merges) if (merge.row < row && row < merge.row + merge.rowCount) return merge;
  const filled = (r: number, c: number) => {
    const value = grid.values[r - grid.origin.row]?.[c - grid.origin.col];
    return value !== null && value !== undefined && (typeof value !== "string" || value.trim() !== "");
  };
  const above = grid.values[row - 1 - grid.origin.row];
  if (!above || row - 1 < grid.origin.row) return null;
  let first = -1;
  let last = -1;
  for (let c = grid.origin.col; c < grid.origin.col + above.length; c++) {
    if (filled(row - 1, c) && filled(row, c)) {
      if (first < 0) first = c;
      last = c;
    }
  }
  if (first < 0) return null;
  const anyFilled = (r: number) => {
    for (let c = first; c <= last; c++) if (filled(r, c)) return true;
    return false;
  };
  let top = row - 1;
  while (top - 1 >= grid.origin.row && anyFilled(top - 1)) top--;
  let bottom = row;
  while (bottom + 1 < grid.origin.row + grid.values.length && anyFilled(bottom + 1)) bottom++;
  return { row: top, col: first, rowCount: bottom - top + 1, colCount: last - first + 1 };
}

function runs<T>(items: readonly T[], key: (item: T) => string): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && key(items[last.start]) === key(item)) last.length++;
    else out.push({ start: i, length: 1 });
  });
  return out;
}

// ---- rows into an existing table ----

export interface AddRowsOptions {
  /** The profile the table is written to; by default what its labels suggest, else 2015. */
  profile?: ProfileRef;
  /**
   * The grid the table was read from. With it the plan sees merged cells: it keeps merged level
   * cells merged over their grown groups and never writes into a cell a merge covers. Without it
   * the sheet is taken to have no merges.
   */
  grid?: Grid;
  /** Also set the dropdowns over the table as it will be (default false). */
  dropdowns?: boolean;
}

/** The item's standard rows for the profile that the table lacks, by normalised 三级 name (or one of the row's aliases). */
export function missingRows(table: Table, item: Template, options: AddRowsOptions = {}): PlacedRow[] {
  const have = new Set<string>();
  for (const row of table.rows) if (row.level3) have.add(nameKey(row.level3.text));
  return templateRows(item, tableProfile(table, options)).filter(
    (row) => !have.has(nameKey(row.name)) && !row.aliases.some((alias) => have.has(nameKey(alias))),
  );
}

export function planAddMissingRows(table: Table, item: Template, options: AddRowsOptions = {}): Edit[] {
  const profile = tableProfile(table, options);
  const rows = missingRows(table, item, { ...options, profile });
  if (rows.length === 0) return [];
  return planInsertions(
    table,
    profile,
    rows.map((row) => ({
      level1: row.level1,
      level2: row.level2,
      cells: rowCells(row, table.columns, table.layout),
      forceLabels: false,
    })),
    options,
  );
}

/** A group of a table, by its level-2 label alone (its level 1 found in the table or the profile) or both labels. */
export type GroupRef = string | { level1: string; level2: string };

/**
 * One blank row at the end of a group, its level cells filled (or covered by the group's merge).
 * A group the table lacks is added where planAddMissingRows would put it. [] for a group the
 * profile does not know.
 */
export function planAddRow(table: Table, group: GroupRef, options: AddRowsOptions = {}): Edit[] {
  const profile = tableProfile(table, options);
  const target = resolveGroup(table, profile, group);
  if (!target) return [];
  return planInsertions(table, profile, [{ ...target, cells: {}, forceLabels: true }], options);
}

function tableProfile(table: Table, options: AddRowsOptions): Profile {
  return resolveProfile(options.profile ?? table.profileGuess ?? "2015");
}

function resolveGroup(
  table: Table,
  profile: Profile,
  group: GroupRef,
): { level1: string; level2: string } | null {
  const index = indexOf(profile);
  const level2Text = typeof group === "string" ? group : group.level2;
  const level1Text = typeof group === "string" ? null : group.level1;
  const hit1 = level1Text === null ? null : index.level1(level1Text);
  if (level1Text !== null && !hit1) return null;
  const hit2 = index.level2(hit1?.def ?? null, level2Text);
  if (!hit2 || hit2.misplaced) return null;
  if (hit1) return { level1: hit1.def.label, level2: hit2.def.label };
  // A level-2 label alone: the level 1 it sits under in this table, else the profile's.
  const keys = rowKeys(table, profile);
  const inTable = keys.find((k) => k.level2 === hit2.def.label);
  return { level1: inTable?.level1 ?? hit2.parent.label, level2: hit2.def.label };
}

// ---- the insertion engine ----

interface NewRow {
  level1: string;
  level2: string;
  cells: Partial<Record<ColumnKey, CellValue>>;
  /** Write the level labels even where the table leaves them blank below a group's first row. */
  forceLabels: boolean;
}

interface GroupKey {
  level1: string;
  level2: string;
}

type Entry = ({ kind: "old"; row: IndicatorRow } | { kind: "new"; row: NewRow }) & GroupKey;

type LevelMode = "merged" | "blank" | "filled";

/** Each body row's group: labels as the profile spells them where it knows them, else as written. */
function rowKeys(table: Table, profile: Profile): GroupKey[] {
  const index = indexOf(profile);
  const hasLevel1 = table.columns.level1 !== undefined;
  const hasLevel2 = table.columns.level2 !== undefined;
  return table.rows.map((row) => {
    const text1 = row.level1?.label ?? "";
    const text2 = row.level2?.label ?? "";
    const hit1 = text1 === "" ? null : index.level1(text1);
    const hit2 = text2 === "" ? null : index.level2(hit1?.def ?? null, text2);
    let level1 = hit1 ? hit1.def.label : text1;
    if (!hasLevel1 && hit2) level1 = hit2.parent.label;
    const level2 = !hasLevel2 ? "" : hit2 && !hit2.misplaced ? hit2.def.label : text2;
    return { level1, level2 };
  });
}

function planInsertions(table: Table, profile: Profile, newRows: NewRow[], options: AddRowsOptions): Edit[] {
  const keys = rowKeys(table, profile);
  const n = table.rows.length;
  const hasLevel2 = table.columns.level2 !== undefined;
  const level2Of = (row: NewRow) => (hasLevel2 ? row.level2 : "");

  // Where each new row goes: before existing row `point` (n: after the last), in phases:
  // 0 = the end of an existing group, 1 = a new level-2 group, 2 = a new level-1 group.
  const lastOfGroup = new Map<string, number>();
  const lastOfLevel1 = new Map<string, number>();
  keys.forEach((k, i) => {
    lastOfGroup.set(groupId(k.level1, k.level2), i);
    lastOfLevel1.set(k.level1, i);
  });
  const level1Runs: { start: number; order: number }[] = [];
  keys.forEach((k, i) => {
    if (i === 0 || keys[i - 1].level1 !== k.level1)
      level1Runs.push({ start: i, order: level1Order(profile, k.level1) });
  });
  const placed = newRows.map((row, seq) => {
    const level2 = level2Of(row);
    const [order1, order2] = groupOrder(profile, row.level1, row.level2);
    const inGroup = lastOfGroup.get(groupId(row.level1, level2));
    const inLevel1 = lastOfLevel1.get(row.level1);
    let point: number;
    let phase: number;
    if (inGroup !== undefined) [point, phase] = [inGroup + 1, 0];
    else if (inLevel1 !== undefined) [point, phase] = [inLevel1 + 1, 1];
    else {
      const before = level1Runs.find((run) => run.order >= 0 && run.order > order1);
      [point, phase] = [before ? before.start : n, 2];
    }
    return { row, level2, point, phase, order1, order2, seq };
  });
  placed.sort(
    (a, b) =>
      a.point - b.point ||
      a.phase - b.phase ||
      (a.phase === 0 ? 0 : a.order1 - b.order1 || a.order2 - b.order2) ||
      a.seq - b.seq,
  );

  // The table as it will be.
  const final: Entry[] = [];
  let next = 0;
  for (let i = 0; i <= n; i++) {
    while (next < placed.length && placed[next].point === i) {
      const p = placed[next++];
      final.push({ kind: "new", row: p.row, level1: p.row.level1, level2: p.level2 });
    }
    if (i < n) final.push({ kind: "old", row: table.rows[i], ...keys[i] });
  }

  const sheet = table.sheet;
  const first = table.firstRow;
  const merges = sheetMerges(options.grid, sheet);
  const mergeIndex = new MergeIndex(merges);
  // A column that does not tell (every group one row) follows the other: tables merge both or neither.
  const own1 = levelMode(table, keys, "level1", options.grid ? mergeIndex : null);
  const own2 = levelMode(table, keys, "level2", options.grid ? mergeIndex : null);
  const modes = { level1: own1 ?? own2 ?? "filled", level2: own2 ?? own1 ?? "filled" };
  const columnKeys = Object.keys(table.columns) as ColumnKey[];
  const edits: Edit[] = [];
  let simulated = merges.map((m) => ({ ...m }));

  // Whole rows, unless they would split the user's cells beside the table: then only the table's columns.
  const band = insertionBand(table, final, options.grid);

  // Insert block by block, top down: a block's rows then sit at their final sheet rows.
  let position = 0;
  while (position < final.length) {
    if (final[position].kind === "old") {
      position++;
      continue;
    }
    let end = position;
    while (end < final.length && final[end].kind === "new") end++;
    const at = first + position;
    edits.push({ kind: "insertRows", sheet, row: at, count: end - position, ...(band ? { band } : {}) });
    simulated = simulated.map((m) => (!band || insideBand(m, band) ? shiftRange(m, at, end - position) : m));
    const covered = new MergeIndex(simulated);
    for (let p = position; p < end; p++) {
      const entry = final[p] as Entry & { kind: "new" };
      const previous = final[p - 1];
      const startsLevel1 = !previous || previous.level1 !== entry.level1;
      const startsLevel2 = startsLevel1 || previous.level2 !== entry.level2;
      const force = entry.row.forceLabels;
      const writeLevel1 = startsLevel1 || modes.level1 === "filled" || (force && modes.level1 !== "merged");
      const writeLevel2 =
        startsLevel2 || writeLevel1 || modes.level2 === "filled" || (force && modes.level2 !== "merged");
      const cells: Partial<Record<ColumnKey, CellValue>> = { ...entry.row.cells };
      if (writeLevel1) cells.level1 = entry.row.level1;
      if (writeLevel2) cells.level2 = entry.row.level2;
      for (const key of columnKeys) {
        const value = cells[key];
        const col = table.columns[key]!;
        if (value === undefined || value === null || value === "") continue;
        if (covered.isCovered(first + p, col)) continue;
        edits.push({ kind: "setValue", sheet, row: first + p, col, value });
      }
    }
    position = end;
  }

  // Merged level columns: merge each grown group over its rows.
  const coveredNow = new MergeIndex(simulated);
  for (const key of ["level1", "level2"] as const) {
    const col = table.columns[key];
    if (col === undefined || modes[key] !== "merged") continue;
    const runKey = key === "level1" ? (e: Entry) => e.level1 : (e: Entry) => groupId(e.level1, e.level2);
    for (const run of runs(final, runKey)) {
      if (run.length < 2) continue;
      const entries = final.slice(run.start, run.start + run.length);
      if (!entries.some((e) => e.kind === "new")) continue;
      // Never merge over an existing row's own label: that would erase it.
      const blankBelow = entries.slice(1).every((e) => e.kind === "new" || e.row[key]?.inherited === true);
      if (!blankBelow) continue;
      const range: CellRange = { row: first + run.start, col, rowCount: run.length, colCount: 1 };
      const area = coveredNow.areaAt(range.row, col);
      if (area && area.row === range.row && area.rowCount === range.rowCount && area.colCount === 1) continue;
      const clash = simulated.some((m) => rangesOverlap(m, range) && !(m.col === col && m.colCount === 1));
      if (clash) continue;
      edits.push({ kind: "merge", sheet, range });
    }
  }

  if (options.dropdowns) {
    const target = {
      sheet,
      layout: table.layout,
      columns: table.columns,
      rows: final.map((e, p) => ({ row: first + p, level1: e.level1 })),
    };
    edits.push(...dropdownsFor(target, profile));
  }
  return edits;
}

/** Rows cannot go into a table without splitting something beside it: `range` would be split either way. */
export class InsertionRefused extends Error {
  constructor(readonly range: CellRange) {
    super("rows would split cells beside the table");
    this.name = "InsertionRefused";
  }
}

type Band = { col: number; colCount: number };

function insideBand(range: CellRange, band: Band): boolean {
  return range.col >= band.col && range.col + range.colCount <= band.col + band.colCount;
}

/**
 * Where new rows go into a table: null for whole rows (the usual case: row heights and everything
 * else on those rows move with the table), or the table's columns alone when whole rows would split
 * something beside the table — a merged area running over an insertion point, or the user's own
 * cells filled just above and at it. Throws InsertionRefused when even that would cut a merged area
 * reaching into the table's columns from beside it.
 */
function insertionBand(
  table: Table,
  final: readonly { kind: "old" | "new" }[],
  grid: Grid | undefined,
): Band | null {
  if (!grid) return null;
  const band = { col: table.bounds.col, colCount: table.bounds.colCount };
  const inBand = (c: number) => c >= band.col && c < band.col + band.colCount;
  // The insertion points in the sheet as it is now: before the old row that follows each new block.
  const points: number[] = [];
  let old = 0;
  final.forEach((entry, i) => {
    if (entry.kind === "old") old++;
    else if (i === 0 || final[i - 1].kind === "old") points.push(table.firstRow + old);
  });
  const filled = (r: number, c: number) => {
    const value = grid.values[r - grid.origin.row]?.[c - grid.origin.col];
    return value !== null && value !== undefined && (typeof value !== "string" || value.trim() !== "");
  };
  const width = Math.max(0, ...grid.values.map((line) => line.length));
  const splitsBeside = (row: number): boolean => {
    for (const m of grid.merges) {
      const outside = m.col + m.colCount <= band.col || m.col >= band.col + band.colCount;
      if (outside && m.row < row && row < m.row + m.rowCount) return true;
    }
    for (let c = grid.origin.col; c < grid.origin.col + width; c++) {
      if (!inBand(c) && filled(row - 1, c) && filled(row, c)) return true;
    }
    return false;
  };
  if (!points.some(splitsBeside)) return null;
  // Shifting the band moves everything in it below the first point: a merged area partly in it cannot.
  const top = Math.min(...points);
  for (const m of grid.merges) {
    const partly = m.col < band.col + band.colCount && m.col + m.colCount > band.col && !insideBand(m, band);
    if (partly && m.row + m.rowCount > top) throw new InsertionRefused(m);
  }
  return band;
}

function groupId(level1: string, level2: string): string {
  return `${level1}\u0000${level2}`;
}

function level1Order(profile: Profile, label: string): number {
  return profile.level1.findIndex((l1) => l1.label === label);
}

/**
 * How a table fills a level column below a group's first row: merged, left blank, or repeated;
 * null when no group has a second row to tell.
 */
function levelMode(
  table: Table,
  keys: readonly GroupKey[],
  key: "level1" | "level2",
  merges: MergeIndex | null,
): LevelMode | null {
  const col = table.columns[key];
  if (col === undefined) return "filled";
  const id = (k: GroupKey) => (key === "level1" ? k.level1 : groupId(k.level1, k.level2));
  let mode: LevelMode | null = null;
  table.rows.forEach((row, i) => {
    const field = row[key];
    if (!field || mode === "merged") return;
    const area = merges?.areaAt(field.row, col);
    if (area && area.rowCount > 1) mode = "merged";
    else if (i > 0 && id(keys[i - 1]) === id(keys[i])) {
      if (field.inherited) mode = "blank";
      else if (mode === null) mode = "filled";
    }
  });
  return mode;
}

function sheetMerges(grid: Grid | undefined, sheet: string): CellRange[] {
  return grid && grid.sheet === sheet ? grid.merges : [];
}

/** Excel: rows inserted at or above a range push it down; inside it, the range grows. */
function shiftRange(range: CellRange, at: number, count: number): CellRange {
  if (range.row >= at) return { ...range, row: range.row + count };
  if (range.row + range.rowCount > at) return { ...range, rowCount: range.rowCount + count };
  return range;
}
