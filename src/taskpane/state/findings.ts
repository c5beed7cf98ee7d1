/**
 * The findings list as the pane shows it, derived from a report (pure, memoised by the caller):
 * filtered by severity and rule, grouped by table then severity, flattened into one list of rows
 * (headings and findings) so that one virtualised list renders thousands of findings.
 */
import { parseRangeA1, rangeContains, type CellRange } from "../../core/grid";
import type { Table } from "../../core/model";
import type { Finding, Report, Severity } from "../../core/report";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export interface FindingsFilter {
  severities: ReadonlySet<Severity>;
  /** One rule id, or null for every rule. */
  rule: string | null;
}

export type SeverityCounts = Record<Severity, number>;

export type FindingsRow =
  | {
      kind: "table";
      key: string;
      tableId: string | null;
      /** The table's title, or null when it has none (the pane names it by sheet and cell). */
      title: string | null;
      sheet: string;
      /** The cell a jump goes to: the title, else the header. */
      cell: string;
      counts: SeverityCounts;
      /** Findings of the table with a safe fix (over all severities and rules). */
      fixable: number;
      collapsed: boolean;
      /** The report was capped: the counts are of the listed findings, not of all (the summary's). */
      listed: boolean;
    }
  | {
      kind: "severity";
      key: string;
      tableKey: string;
      severity: Severity;
      count: number;
      collapsed: boolean;
      listed: boolean;
    }
  | { kind: "finding"; key: string; diagnostic: Finding };

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** A stable key for a finding: rule, place and message id. */
export function findingKey(d: Finding): string {
  // Two findings of one rule and message on one cell differ by their data (two duplicates of a name).
  return `${d.rule}|${d.sheet}|${d.cell}|${d.messageId}|${JSON.stringify(d.data)}`;
}

/**
 * Keys for a list of findings that are unique within it, as React needs: findingKey, and a count
 * for a finding that repeats another exactly. A shared key would keep the previous cell's finding.
 */
export function keyedFindings(list: readonly Finding[]): { key: string; diagnostic: Finding }[] {
  const seen = new Map<string, number>();
  return list.map((diagnostic) => {
    const base = findingKey(diagnostic);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}#${n}`, diagnostic };
  });
}

/** How many findings each rule has, for the rule filter. */
export function ruleCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of report.diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return counts;
}

export function matchesFilter(d: Finding, filter: FindingsFilter): boolean {
  return filter.severities.has(d.severity) && (filter.rule === null || d.rule === filter.rule);
}

/** The findings at a selected range (a cell or a block) of a sheet. */
export function findingsAt(report: Report, selection: { sheet: string; range: CellRange } | null): Finding[] {
  if (!selection) return [];
  return report.diagnostics.filter(
    (d) => d.sheet === selection.sheet && rangeContains(selection.range, d.row, d.col),
  );
}

/** A selection event's address ("E13", "B3:C4", "5:7") as a range; null when it cannot be read. */
export function selectionRange(address: string): CellRange | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) {
    const first = Number(rows[1]) - 1;
    return { row: first, col: 0, rowCount: Number(rows[2]) - first, colCount: 16_384 };
  }
  return parseRangeA1(bare.replace(/\$/g, ""));
}

/** The group key of a finding: its table, or its sheet for a finding outside any table. */
function groupOf(d: Finding): string {
  return d.tableId ?? `sheet:${d.sheet}`;
}

/**
 * Rows for the list: per table (in report order) a heading with counts, then per severity a heading
 * and its findings. Counts in headings are of the filtered findings; groups without any are left out.
 */
export function buildFindingsRows(
  report: Report,
  tables: readonly Table[],
  filter: FindingsFilter,
  collapsed: ReadonlySet<string>,
): FindingsRow[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const groups = new Map<string, { all: Finding[]; shown: Record<Severity, Finding[]> }>();
  for (const d of report.diagnostics) {
    const key = groupOf(d);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { all: [], shown: { error: [], warning: [], info: [] } }));
    group.all.push(d);
    if (matchesFilter(d, filter)) group.shown[d.severity].push(d);
  }
  const rows: FindingsRow[] = [];
  const keys = new Map(
    keyedFindings(report.diagnostics).map(({ key, diagnostic }) => [diagnostic, `f:${key}`]),
  );
  const uniqueKey = (d: Finding) => keys.get(d)!;
  for (const [key, group] of groups) {
    const counts: SeverityCounts = {
      error: group.shown.error.length,
      warning: group.shown.warning.length,
      info: group.shown.info.length,
    };
    if (counts.error + counts.warning + counts.info === 0) continue;
    const first = group.all[0];
    const table = first.tableId ? byId.get(first.tableId) : undefined;
    const tableKey = `t:${key}`;
    const tableCollapsed = collapsed.has(tableKey);
    rows.push({
      kind: "table",
      key: tableKey,
      tableId: first.tableId,
      title: table?.title?.text.trim() || null,
      sheet: first.sheet,
      cell: table ? (table.title?.cell ?? table.header.level1?.cell ?? first.cell) : first.cell,
      counts,
      fixable: group.all.filter((d) => d.fix && d.fix.length > 0).length,
      collapsed: tableCollapsed,
      listed: report.partial,
    });
    if (tableCollapsed) continue;
    for (const severity of SEVERITY_ORDER) {
      const shown = group.shown[severity];
      if (shown.length === 0) continue;
      const severityKey = `s:${key}:${severity}`;
      const severityCollapsed = collapsed.has(severityKey);
      rows.push({
        kind: "severity",
        key: severityKey,
        tableKey,
        severity,
        count: shown.length,
        collapsed: severityCollapsed,
        listed: report.partial,
      });
      if (severityCollapsed) continue;
      for (const d of shown) rows.push({ kind: "finding", key: uniqueKey(d), diagnostic: d });
    }
  }
  return rows;
}
