/**
 * The indicator library (issue 16): every entry holds to its schema and names sources that really hold
 * it — the corpus entry's CSV line or the seed table's row has the indicator's name — and the data file
 * is what the script builds from the tables today.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { LIBRARY_ENTRIES } from "../../../src/core/library/library-data";
import { LibrarySchema } from "../../../src/core/library/schema";
import { loadCorpus } from "../../corpus/load-corpus";
import { loadSeedTables } from "../../helpers/seed";

const ROOT = path.join(__dirname, "..", "..", "..");

test("holds at least 400 distinct indicators, each to its schema", () => {
  expect(() => LibrarySchema.parse({ entries: LIBRARY_ENTRIES })).not.toThrow();
  expect(LIBRARY_ENTRIES.length).toBeGreaterThanOrEqual(400);
  expect(new Set(LIBRARY_ENTRIES.map((e) => e.id)).size).toBe(LIBRARY_ENTRIES.length);
  expect(new Set(LIBRARY_ENTRIES.map((e) => e.name.replace(/\s/g, ""))).size).toBe(LIBRARY_ENTRIES.length);
});

test("every source holds the indicator: its line of the corpus CSV, or its row of the seed table", () => {
  const corpus = new Map(loadCorpus().map((entry) => [entry.id, entry.records]));
  const seeds = new Map(loadSeedTables().map((seed) => [seed.file, [seed.header, ...seed.body]]));
  const squash = (text: string) => text.replace(/\s/g, "");
  const missing: string[] = [];
  for (const entry of LIBRARY_ENTRIES) {
    const names = [entry.name, ...entry.aliases].map(squash);
    for (const source of entry.sources) {
      const records = source.kind === "corpus" ? corpus.get(source.id) : seeds.get(source.id);
      const record = records?.[source.line - 1] ?? [];
      if (!record.some((cell) => names.some((name) => squash(cell).includes(name))))
        missing.push(`${entry.name} ← ${source.kind}:${source.id}:${source.line}`);
    }
  }
  expect(missing).toEqual([]);
});

test("targets are what tables wrote: a range's bounds are targets seen, never made up", () => {
  for (const entry of LIBRARY_ENTRIES) {
    for (const target of entry.targets) {
      expect(target.min).toBeLessThanOrEqual(target.max);
      expect(target.count).toBeLessThanOrEqual(entry.sources.length);
    }
  }
});

test("the data file is what scripts/build-library.ts builds from the tables today", () => {
  const result = spawnSync(
    process.execPath,
    ["-r", "./scripts/ts-register.js", "scripts/build-library.ts", "--check"],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});
