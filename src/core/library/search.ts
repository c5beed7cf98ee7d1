/**
 * Finding library entries while the user types: by the characters of the name (from its start, inside
 * it, or in order with gaps: 培训人 finds 培训人次 and 参训人员 does not), by an alias, or by pinyin
 * initials (pxrc). Pure and fast: an index built once, then each query a pass over a few hundred
 * strings (`npm run bench`: library.search1kMs).
 */
import type { LibraryEntry } from "./schema";

export interface LibraryHit {
  entry: LibraryEntry;
  /** Higher is better: 6 the name itself, 5 its start, 4 inside it, 3 an alias, 2 initials, 1 in order. */
  score: number;
}

interface Indexed {
  entry: LibraryEntry;
  name: string;
  aliases: string[];
  initials: string[];
}

/** Spaces out, full-width letters and digits folded, lower case: how a query and a name are compared. */
export function normaliseQuery(text: string): string {
  return text
    .replace(/\s+/g, "")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

export class LibraryIndex {
  private readonly items: Indexed[];

  constructor(entries: readonly LibraryEntry[]) {
    this.items = entries.map((entry) => ({
      entry,
      name: normaliseQuery(entry.name),
      aliases: entry.aliases.map(normaliseQuery),
      initials: entry.initials,
    }));
  }

  /** The best matches, best first; ties go to the indicator seen in more tables, then the shorter name. */
  search(query: string, limit = 10): LibraryHit[] {
    const q = normaliseQuery(query);
    if (q === "") return [];
    const ascii = /^[a-z0-9]+$/.test(q);
    const hits: LibraryHit[] = [];
    for (const item of this.items) {
      const score = ascii && !/[a-z]/.test(item.name) ? initialsScore(item, q) : textScore(item, q);
      if (score > 0) hits.push({ entry: item.entry, score });
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        b.entry.sources.length - a.entry.sources.length ||
        a.entry.name.length - b.entry.name.length ||
        (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0),
    );
    return hits.slice(0, limit);
  }
}

function textScore(item: Indexed, q: string): number {
  if (item.name === q) return 6;
  if (item.name.startsWith(q)) return 5;
  if (item.name.includes(q)) return 4;
  if (item.aliases.some((alias) => alias.includes(q))) return 3;
  if (q.length > 1 && inOrder(item.name, q)) return 1;
  return 0;
}

function initialsScore(item: Indexed, q: string): number {
  if (item.initials.some((initials) => initials.startsWith(q))) return 2;
  if (item.initials.some((initials) => initials.includes(q))) return 1.5;
  return 0;
}

/** Whether every character of `q` appears in `text` in the same order. */
function inOrder(text: string, q: string): boolean {
  let at = 0;
  for (const char of q) {
    at = text.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}
