/**
 * Marks: which cells of a sheet to highlight, by their most severe finding. Planned here (pure) so
 * the hosts only draw them; a signature per severity lets a host skip redrawing what is unchanged.
 */
import { parseA1 } from "./grid";
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
 * Splits addresses into comma-joined lists no longer than `limit` characters (Excel takes at most
 * 8,192 characters in one address).
 */
export function addressChunks(cells: readonly string[], limit = 8000): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const cell of cells) {
    if (current.length > 0 && current.length + 1 + cell.length > limit) {
      chunks.push(current);
      current = "";
    }
    current = current.length > 0 ? `${current},${cell}` : cell;
  }
  if (current.length > 0) chunks.push(current);
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
