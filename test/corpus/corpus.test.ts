/**
 * The engine's judgement on real published tables (test/corpus/README.md), against a reviewer's
 * key for each row. Pinned per table in pins.json: a change that finds fewer of a table's flags,
 * or raises more errors on rows a reviewer passes, fails here. `npm run corpus` prints the report;
 * `npm run corpus -- --pin` rewrites the pins after an improvement (never to accept a regression).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { findTables } from "../../src/core/detect/find-tables";
import { judgeEntry, placeEntries, totals, type TableJudgement } from "./judge";
import { loadCorpus, type CorpusEntry } from "./load-corpus";
import { PINS_FILE, type Pins } from "./corpus-pins";

const entries = loadCorpus();
const judgements = entries.map((entry) => judgeEntry(entry));
const pins = JSON.parse(fs.readFileSync(PINS_FILE, "utf8")) as Pins;

afterAll(() => {
  const out = path.join(__dirname, "../../test-results/corpus-report.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ totals: totals(judgements), tables: judgements }, null, 2));
});

describe("the corpus", () => {
  it("holds at least 30 real tables from at least 12 provinces, each with its source", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.province)).size).toBeGreaterThanOrEqual(12);
    for (const entry of entries) expect(entry.source.url).toMatch(/^https?:\/\/\S+$/);
  });

  it("mixes the form families on purpose", () => {
    const families = new Set(entries.flatMap((e) => e.families));
    for (const family of <const>[
      "combined",
      "split",
      "list",
      "info-columns",
      "self-evaluation",
      "framework-2021",
    ])
      expect([family, families.has(family)]).toEqual([family, true]);
  });

  it("every table has a pin, and every pin a table", () => {
    expect(Object.keys(pins.tables).sort()).toEqual(entries.map((e) => e.id).sort());
  });
});

describe("detection: every table found at its header with its exact row count", () => {
  const layouts: [string, Parameters<typeof judgeEntry>[1]][] = [
    ["merged level cells, offset", { merge: true, at: { row: 2, col: 1 } }],
    ["pasted without merges, at A1", { merge: false, at: { row: 0, col: 0 } }],
  ];
  describe.each(layouts)("%s", (_name, layout) => {
    it.each(entries.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
      const judged = judgeEntry(entry, layout);
      expect({ detected: judged.detected, rows: judged.foundRows }).toEqual({
        detected: true,
        rows: entry.expect.bodyRows,
      });
    });
  });

  it("finds both tables when one is stacked below another, each with its own rows", () => {
    const pairs: [CorpusEntry, CorpusEntry][] = entries.map((e, i) => [e, entries[(i + 1) % entries.length]]);
    const wrong: string[] = [];
    for (const [upper, lower] of pairs) {
      const { grid, placed } = placeEntries("stacked", [upper, lower]);
      const tables = findTables([grid]);
      [upper, lower].forEach((entry, i) => {
        const header = placed[i].rowOf(entry.expect.headerLine);
        const table = tables.find((t) => t.headerRow === header);
        if (table?.rows.length !== entry.expect.bodyRows)
          wrong.push(
            `${entry.id} (${i === 0 ? "above" : "below"} ${i === 0 ? lower.id : upper.id}): ${table ? table.rows.length + " rows" : "not found"}`,
          );
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe("judgement against the reviewer's keys", () => {
  it.each(judgements.map((j) => [j.id, j] as const))(
    "%s keeps its pinned recall, clean-row errors and whole-table errors",
    (id, judged: TableJudgement) => {
      const pin = pins.tables[id] ?? { recalled: 0, keyFlags: 0, cleanRowErrors: 0 };
      const worse: string[] = [];
      if (judged.recalled < pin.recalled) {
        const missed = judged.flags
          .filter((f) => !f.found && f.flag.level !== "hint")
          .map((f) => `line ${f.flag.line} ${[f.flag.rule].flat().join("|")}`);
        worse.push(
          `found ${judged.recalled} of the key's flags, pinned ${pin.recalled}; missed: ${missed.join(", ")}`,
        );
      }
      if (judged.cleanRowErrors.length > pin.cleanRowErrors)
        worse.push(
          `errors on clean rows (pinned ${pin.cleanRowErrors}): ${judged.cleanRowErrors.join(", ")}`,
        );
      if (judged.tableErrors.length > (pin.tableErrors ?? 0))
        worse.push(
          `whole-table errors the key does not raise (pinned ${pin.tableErrors ?? 0}): ${judged.tableErrors.join(", ")}`,
        );
      expect(worse).toEqual([]);
    },
  );

  it("finds at least 90% of what reviewers flag, and raises no error on a row they pass", () => {
    const sums = totals(judgements);
    expect({ recallAtLeast90: sums.recall >= 0.9, cleanRowErrors: sums.cleanRowErrors }).toEqual({
      recallAtLeast90: true,
      cleanRowErrors: 0,
    });
  });
});
