/**
 * Marks: which cells of a sheet to highlight, by their most severe finding. Planned here (pure) so
 * the hosts only draw them; a signature per severity lets a host skip redrawing what is unchanged.
 */
import { parseA1, rangeToA1, type CellRange } from "./grid";
import type { Finding, Severity } from "./report";

export const MARK_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface MarkPlan {
  sheet: string;
  /** A1 addresses by severity, each cell under its most severe finding only, in sheet order. */
  cells: Record<Severity, string[]>;
}

export function planMarks(sheet: string, diagnostics: readonly Finding[]): MarkPlan {
  const worst = new Map<string, Severity>();
  for (const d of diagnostics) {
    if (d.sheet !== sheet) continue;
    const current = worst.get(d.cell);
    if (!current || RANK[d.severity] > RANK[current]) worst.set(d.cell, d.severity);
  }
  const cells: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  for (const [cell, severity] of worst) cells[severity].push(cell);
  for (const severity of MARK_SEVERITIES) cells[severity].sort(compareA1);
  return { sheet, cells };
}

function compareA1(a: string, b: string): number {
  const x = parseA1(a)!;
  const y = parseA1(b)!;
  return x.row - y.row || x.col - y.col;
}

/**
 * The marked cells as the fewest rectangles: runs of adjacent cells in a row, then runs of the same
 * columns on consecutive rows stacked ("E4:E9" instead of six addresses), in sheet order.
 */
export function markAreas(cells: readonly string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const cell of cells) {
    const at = parseA1(cell);
    if (!at) continue;
    const cols = byRow.get(at.row);
    if (cols) cols.push(at.col);
    else byRow.set(at.row, [at.col]);
  }
  const runs: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let run: CellRange | null = null;
    for (const col of cols) {
      if (run && col === run.col + run.colCount) run.colCount++;
      else runs.push((run = { row, col, rowCount: 1, colCount: 1 }));
    }
  }
  // Stack a run under an open area of the same columns that ends on the row above.
  const areas: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const run of runs) {
    const key = `${run.col}:${run.colCount}`;
    const above = open.get(key);
    if (above && above.row + above.rowCount === run.row) above.rowCount++;
    else {
      const area = { ...run };
      areas.push(area);
      open.set(key, area);
    }
  }
  return areas.sort((a, b) => a.row - b.row || a.col - b.col).map(rangeToA1);
}

/**
 * How long one address list may be. Excel fails a long list in getRanges with InvalidArgument at no
 * documented size (office-js #5198: 513 areas in 8,207 characters failed, other lists of that size
 * worked); these limits stay far under it. A host that still refuses gets halves (MarkChunking.halve).
 */
export interface ChunkLimit {
  chars: number;
  areas: number;
}

export const DEFAULT_CHUNK_LIMIT: ChunkLimit = { chars: 2000, areas: 100 };

/** The limit halved (a list refused once is written in smaller pieces), never below one area. */
export function halveChunkLimit(limit: ChunkLimit): ChunkLimit {
  return {
    chars: Math.max(16, Math.floor(limit.chars / 2)),
    areas: Math.max(1, Math.floor(limit.areas / 2)),
  };
}

/** Splits addresses into comma-joined lists within the limit (a single address longer than it stands alone). */
export function addressChunks(
  addresses: readonly string[],
  limit: ChunkLimit = DEFAULT_CHUNK_LIMIT,
): string[] {
  const chunks: string[] = [];
  let current = "";
  let count = 0;
  for (const address of addresses) {
    if (count > 0 && (current.length + 1 + address.length > limit.chars || count + 1 > limit.areas)) {
      chunks.push(current);
      current = "";
      count = 0;
    }
    current = count > 0 ? `${current},${address}` : address;
    count++;
  }
  if (count > 0) chunks.push(current);
  return chunks;
}

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, base 36). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
