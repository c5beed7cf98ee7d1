/**
 * The engine's judgement on the corpus, scored against the reviewer's keys: per table, which key
 * flags the engine found (recall) and which errors it raised on rows a reviewer passes. Each table
 * is laid out as a finance officer's sheet has it: the page's title above (when the table has no
 * title of its own), the table one row down and one column in, level cells merged over their groups.
 */
import type { CellRange, CellValue, Grid } from "../../src/core/grid";
import { findTables } from "../../src/core/detect/find-tables";
import { matchHeaderWord } from "../../src/core/detect/header-words";
import { lint } from "../../src/core/lint";
import type { Table } from "../../src/core/model";
import type { Finding } from "../../src/core/report";
import type { CorpusEntry, CorpusFlag } from "./load-corpus";

export interface LayoutOptions {
  /** Merge blank level cells into the label above them (as Excel tables usually are). */
  merge: boolean;
  /** Sheet position of the CSV's first cell. */
  at: { row: number; col: number };
}

export interface PlacedTable {
  /** Sheet row (0-based) of a CSV record (1-based). */
  rowOf(line: number): number;
}

const DEFAULT_LAYOUT: LayoutOptions = { merge: true, at: { row: 2, col: 1 } };

/** True when the records above the header open with a title line of their own (one text cell). */
function hasOwnTitle(entry: CorpusEntry): boolean {
  const first = entry.records[0] ?? [];
  return entry.expect.headerLine > 1 && first.filter((cell) => cell.trim() !== "").length === 1;
}

/** Lays one or more entries out on a sheet, top to bottom, `gap` blank rows apart. */
export function placeEntries(
  sheet: string,
  entries: readonly CorpusEntry[],
  options: Partial<LayoutOptions> & { gap?: number } = {},
): { grid: Grid; placed: PlacedTable[] } {
  const layout = { ...DEFAULT_LAYOUT, ...options };
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  const placed: PlacedTable[] = [];
  const width = Math.max(...entries.map((entry) => Math.max(...entry.records.map((r) => r.length))));
  const emptyLine = (): CellValue[] => new Array<CellValue>(layout.at.col + width).fill(null);
  while (values.length < layout.at.row) values.push(emptyLine());

  entries.forEach((entry, index) => {
    if (index > 0) for (let g = 0; g < (options.gap ?? 2); g++) values.push(emptyLine());
    if (!hasOwnTitle(entry)) {
      const titleRow = values.length;
      const line = emptyLine();
      line[layout.at.col] = entry.title;
      values.push(line);
      merges.push({ row: titleRow, col: layout.at.col, rowCount: 1, colCount: width });
    }
    const firstRow = values.length;
    for (const record of entry.records) {
      const line = emptyLine();
      record.forEach((cell, c) => (line[layout.at.col + c] = cell === "" ? null : cell));
      values.push(line);
    }
    if (layout.merge) merges.push(...levelMerges(entry, firstRow, layout.at.col));
    placed.push({ rowOf: (line) => firstRow + line - 1 });
  });

  const grid: Grid = { sheet, values, merges, origin: { row: 0, col: 0 } };
  return { grid, placed };
}

/**
 * Vertical merges for the level columns and a left label column: a filled cell and the blank
 * cells below it, down to the body's last record.
 */
function levelMerges(entry: CorpusEntry, firstRow: number, firstCol: number): CellRange[] {
  const header = entry.records[entry.expect.headerLine - 1];
  const bodyFirst = entry.expect.headerLine + (entry.expect.headerLines ?? 1);
  const bodyLast = bodyFirst + entry.expect.bodyRows + (entry.expect.infoLines?.length ?? 0) - 1;
  const columns: number[] = [];
  header.forEach((cell, c) => {
    const key = matchHeaderWord(cell);
    if (key === "level1" || key === "level2") columns.push(c);
  });
  // A left label column (绩效指标 …) sits left of level 1 and is blank down the body.
  const level1 = columns.length > 0 ? Math.min(...columns) : -1;
  if (level1 > 0 && header[level1 - 1].trim() !== "" && matchHeaderWord(header[level1 - 1]) === null) {
    const leftBlank = entry.records
      .slice(bodyFirst - 1, bodyLast)
      .every((record) => (record[level1 - 1] ?? "").trim() === "");
    if (leftBlank && bodyLast >= bodyFirst)
      return [
        ...runs(entry, columns, bodyFirst, bodyLast, firstRow, firstCol),
        {
          row: firstRow + entry.expect.headerLine - 1,
          col: firstCol + level1 - 1,
          rowCount: bodyLast - entry.expect.headerLine + 1,
          colCount: 1,
        },
      ];
  }
  return runs(entry, columns, bodyFirst, bodyLast, firstRow, firstCol);
}

function runs(
  entry: CorpusEntry,
  columns: readonly number[],
  bodyFirst: number,
  bodyLast: number,
  firstRow: number,
  firstCol: number,
): CellRange[] {
  const merges: CellRange[] = [];
  for (const c of columns) {
    let start = -1;
    const close = (end: number) => {
      if (start >= 0 && end > start)
        merges.push({ row: firstRow + start - 1, col: firstCol + c, rowCount: end - start + 1, colCount: 1 });
    };
    for (let line = bodyFirst; line <= bodyLast; line++) {
      const cell = (entry.records[line - 1]?.[c] ?? "").trim();
      if (cell !== "") {
        close(line - 1);
        start = line;
      }
    }
    close(bodyLast);
  }
  // Level-2 runs must not cross a level-1 boundary: split them there.
  return merges.flatMap((merge) => splitAtBoundaries(merge, columns, entry, firstRow, firstCol));
}

function splitAtBoundaries(
  merge: CellRange,
  columns: readonly number[],
  entry: CorpusEntry,
  firstRow: number,
  firstCol: number,
): CellRange[] {
  const col = merge.col - firstCol;
  const outer = columns.filter((c) => c < col);
  if (outer.length === 0) return [merge];
  const pieces: CellRange[] = [];
  let start = merge.row;
  for (let row = merge.row + 1; row < merge.row + merge.rowCount; row++) {
    const record = entry.records[row - firstRow];
    if (outer.some((c) => (record?.[c] ?? "").trim() !== "")) {
      if (row - 1 > start) pieces.push({ row: start, col: merge.col, rowCount: row - start, colCount: 1 });
      start = row;
    }
  }
  const end = merge.row + merge.rowCount - 1;
  if (end > start) pieces.push({ row: start, col: merge.col, rowCount: end - start + 1, colCount: 1 });
  return pieces;
}

// ---- scoring ----

export interface FlagResult {
  flag: CorpusFlag;
  found: boolean;
  /** What the engine said on that row (or table), for the report. */
  said: string[];
}

export interface TableJudgement {
  id: string;
  families: readonly string[];
  /** The table found at the expected header, or null. */
  detected: boolean;
  headerOk: boolean;
  rowCountOk: boolean;
  foundRows: number | null;
  flags: FlagResult[];
  /** Errors and warnings of the key, and how many of them the engine found. */
  keyFlags: number;
  recalled: number;
  hints: number;
  hintsFound: number;
  /**
   * Errors about the whole table (a missing goal, a missing level-1 group, weights) that the key does
   * not raise, as "cell rule.messageId": a table sent back for nothing the reviewer sees.
   */
  tableErrors: string[];
  /** Engine errors on rows the key calls clean, as "line rule.messageId". */
  cleanRowErrors: string[];
  cleanRowWarnings: string[];
  borderlineErrors: string[];
  cleanRows: number;
}

function ruleList(rule: string | readonly string[]): readonly string[] {
  return typeof rule === "string" ? [rule] : rule;
}

export function judgeEntry(entry: CorpusEntry, layout: Partial<LayoutOptions> = {}): TableJudgement {
  const { grid, placed } = placeEntries(entry.id, [entry], layout);
  const tables = findTables([grid]);
  const headerRow = placed[0].rowOf(entry.expect.headerLine);
  const table: Table | undefined = tables.find((t) => t.headerRow === headerRow);
  const report = lint(tables);
  const mine = table ? report.diagnostics.filter((d) => d.tableId === table.id) : [];
  const byRow = new Map<number, Finding[]>();
  for (const d of mine) byRow.set(d.row, [...(byRow.get(d.row) ?? []), d]);
  const describe = (d: Finding) => `${d.cell} ${d.severity} ${d.rule}.${d.messageId}`;

  const flags = entry.key.flags.map((flag): FlagResult => {
    const rules = ruleList(flag.rule);
    const pool = flag.line === "table" ? mine : (byRow.get(placed[0].rowOf(flag.line)) ?? []);
    return { flag, found: pool.some((d) => rules.includes(d.rule)), said: pool.map(describe) };
  });
  const counted = flags.filter((f) => f.flag.level !== "hint");
  const hints = flags.filter((f) => f.flag.level === "hint");
  const atLines = (lines: readonly number[], severity: Finding["severity"]) =>
    lines.flatMap((line) =>
      (byRow.get(placed[0].rowOf(line)) ?? [])
        .filter((d) => d.severity === severity)
        .map((d) => `line ${line} ${describe(d)}`),
    );
  return {
    id: entry.id,
    families: entry.families,
    detected: table !== undefined,
    headerOk: table !== undefined,
    rowCountOk: table?.rows.length === entry.expect.bodyRows,
    foundRows: table ? table.rows.length : null,
    flags,
    keyFlags: counted.length,
    recalled: counted.filter((f) => f.found).length,
    hints: hints.length,
    hintsFound: hints.filter((f) => f.found).length,
    cleanRowErrors: atLines(entry.key.clean, "error"),
    cleanRowWarnings: atLines(entry.key.clean, "warning"),
    tableErrors: unkeyedTableErrors(entry, mine, table),
    borderlineErrors: atLines(
      entry.key.borderline.map((b) => b.line),
      "error",
    ),
    cleanRows: entry.key.clean.length,
  };
}

/** The whole-table rules: their findings point at a title, goal or label cell, not at a body row. */
const TABLE_RULES = new Set(["goal-missing", "level1-missing", "weights-sum"]);

function unkeyedTableErrors(
  entry: CorpusEntry,
  mine: readonly Finding[],
  table: Table | undefined,
): string[] {
  if (!table) return [];
  const keyed = new Set(entry.key.flags.filter((f) => f.line === "table").flatMap((f) => ruleList(f.rule)));
  // A table cut short (partial) lacks groups and weights because of the cut: only its goal is judged.
  const judged = (rule: string) => !entry.partial || rule === "goal-missing";
  return mine
    .filter((d) => d.severity === "error" && TABLE_RULES.has(d.rule) && judged(d.rule) && !keyed.has(d.rule))
    .map((d) => `${d.cell} ${d.rule}.${d.messageId}`);
}

export interface CorpusTotals {
  tables: number;
  detected: number;
  exact: number;
  keyFlags: number;
  recalled: number;
  recall: number;
  cleanRows: number;
  cleanRowErrors: number;
  cleanRowWarnings: number;
  tableErrors: number;
}

export function totals(judgements: readonly TableJudgement[]): CorpusTotals {
  const sum = (f: (j: TableJudgement) => number) => judgements.reduce((n, j) => n + f(j), 0);
  const keyFlags = sum((j) => j.keyFlags);
  const recalled = sum((j) => j.recalled);
  return {
    tables: judgements.length,
    detected: sum((j) => (j.detected ? 1 : 0)),
    exact: sum((j) => (j.detected && j.rowCountOk ? 1 : 0)),
    keyFlags,
    recalled,
    recall: keyFlags === 0 ? 1 : recalled / keyFlags,
    cleanRows: sum((j) => j.cleanRows),
    cleanRowErrors: sum((j) => j.cleanRowErrors.length),
    cleanRowWarnings: sum((j) => j.cleanRowWarnings.length),
    tableErrors: sum((j) => j.tableErrors.length),
  };
}
