import { LIBRARY_ENTRIES } from "../src/core/library/library-data";
import { LibraryIndex } from "../src/core/library/search";
import type { Bench } from "./bench";

/**
 * The indicator library's typing search: 1,000 queries as a user types them — the first one to four
 * characters of library names, and their pinyin initials — over the whole library (budget 20 ms).
 */
export default async function libraryFigures(b: Bench): Promise<void> {
  const index = new LibraryIndex(LIBRARY_ENTRIES);
  const queries: string[] = [];
  for (let i = 0; queries.length < 1000; i++) {
    const entry = LIBRARY_ENTRIES[(i * 37) % LIBRARY_ENTRIES.length];
    const length = 1 + (i % 4);
    queries.push(i % 3 === 2 ? entry.initials[0].slice(0, length + 1) : entry.name.slice(0, length));
  }
  b.record("library.entries", LIBRARY_ENTRIES.length);
  await b.time(
    "library.search1kMs",
    () => {
      for (const query of queries) index.search(query, 8);
    },
    { runs: 15, warmup: 3 },
  );
  b.budget("library.search1kMs", 20);
}
