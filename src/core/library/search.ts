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
  /** The name holds Latin letters (ICP备案率, 5G基站数): typed letters are then its text, not initials. */
  latin: boolean;
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
  /** For each character of a name or alias, the items holding it: a query looks only at those. */
  private readonly byChar = new Map<string, number[]>();
  /** For each letter of the pinyin initials, the items whose initials hold it. */
  private readonly byInitial = new Map<string, number[]>();
  /** Each entry by its name and its aliases (normalised). */
  private readonly byKey = new Map<string, LibraryEntry>();

  constructor(entries: readonly LibraryEntry[]) {
    this.items = entries.map((entry) => ({
      entry,
      name: normaliseQuery(entry.name),
      aliases: entry.aliases.map(normaliseQuery),
      initials: entry.initials,
      latin: /[a-z]/.test(normaliseQuery(entry.name)),
    }));
    this.items.forEach((item, i) => {
      for (const char of new Set([...item.name, ...item.aliases.join("")])) post(this.byChar, char, i);
      for (const letter of new Set(item.initials.join(""))) post(this.byInitial, letter, i);
      for (const key of [item.name, ...item.aliases])
        if (!this.byKey.has(key)) this.byKey.set(key, item.entry);
    });
  }

  /** The entry of exactly this indicator (spaces and width aside), if the library holds it. */
  byName(name: string): LibraryEntry | undefined {
    return this.byKey.get(normaliseQuery(name));
  }

  /** Every entry, seen in the most tables first (the order the library keeps). */
  all(): LibraryEntry[] {
    return this.items.map((item) => item.entry);
  }

  /** The best matches, best first; ties go to the indicator seen in more tables, then the shorter name. */
  search(query: string, limit = 10, options: { everyEntry?: boolean } = {}): LibraryHit[] {
    const q = normaliseQuery(query);
    if (q === "") return [];
    const ascii = /^[a-z0-9]+$/.test(q);
    const hits: LibraryHit[] = [];
    const score = (i: number) => {
      const item = this.items[i];
      const value = ascii && !item.latin ? initialsScore(item, q) : textScore(item, q);
      if (value > 0) hits.push({ entry: item.entry, score: value });
    };
    // Every character of the query must be in a match (its name, an alias, or its initials): only the
    // items of the query's rarest character are looked at.
    // (`everyEntry` scores them all: the reference the index is tested against.)
    const candidates = options.everyEntry
      ? this.items.keys()
      : new Set([...rarest(this.byChar, q), ...(ascii ? rarest(this.byInitial, q) : [])]);
    for (const i of candidates) score(i);
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

function post(index: Map<string, number[]>, key: string, item: number): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}

/** The shortest posting list among the query's characters (none when a character is nowhere). */
function rarest(index: Map<string, number[]>, q: string): readonly number[] {
  let best: readonly number[] | null = null;
  for (const char of q) {
    const list = index.get(char);
    if (!list) return [];
    if (!best || list.length < best.length) best = list;
  }
  return best ?? [];
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
