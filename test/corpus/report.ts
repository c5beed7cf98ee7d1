/**
 * The corpus report for people: per table, detection, recall, errors on clean rows, and every
 * missed flag with what the engine said on that row.
 * `npm run corpus -- [--all] [--pin] [id ...]`: --all lists found flags and clean-row warnings too;
 * --pin writes pins.json from this run (after an improvement, never to accept a regression).
 */
import * as fs from "node:fs";
import { judgeEntry, totals } from "./judge";
import { loadCorpus } from "./load-corpus";
import { PINS_FILE, type Pins } from "./corpus-pins";

const args = process.argv.slice(2);
const all = args.includes("--all");
const ids = args.filter((a) => !a.startsWith("--"));
const entries = loadCorpus().filter((e) => ids.length === 0 || ids.includes(e.id));
const judgements = entries.map((entry) => judgeEntry(entry));
for (const j of judgements) {
  const detection = !j.detected ? "NOT FOUND" : j.rowCountOk ? "exact" : `rows ${j.foundRows}`;
  console.log(
    `${j.id} [${j.families.join(",")}] ${detection} recall ${j.recalled}/${j.keyFlags} hints ${j.hintsFound}/${j.hints} clean-row errors ${j.cleanRowErrors.length} warnings ${j.cleanRowWarnings.length} table errors ${j.tableErrors.length}`,
  );
  for (const f of j.flags)
    if (!f.found || all)
      console.log(
        `   ${f.found ? "found" : "MISSED"} line ${f.flag.line} ${[f.flag.rule].flat().join("|")} (${f.flag.level}: ${f.flag.why}) — engine: ${f.said.join("; ") || "nothing"}`,
      );
  for (const e of j.cleanRowErrors) console.log(`   CLEAN-ROW ERROR ${e}`);
  for (const e of j.tableErrors) console.log(`   TABLE ERROR the key does not raise: ${e}`);
  if (all) for (const w of j.cleanRowWarnings) console.log(`   clean-row warning ${w}`);
  for (const e of j.borderlineErrors) console.log(`   borderline error ${e}`);
}
console.log(JSON.stringify(totals(judgements)));

if (args.includes("--pin")) {
  const pins: Pins = {
    tables: Object.fromEntries(
      judgements.map((j) => [
        j.id,
        {
          recalled: j.recalled,
          keyFlags: j.keyFlags,
          cleanRowErrors: j.cleanRowErrors.length,
          tableErrors: j.tableErrors.length,
        },
      ]),
    ),
  };
  fs.writeFileSync(PINS_FILE, JSON.stringify(pins, null, 2) + "\n");
  console.log(`wrote ${PINS_FILE}`);
}
