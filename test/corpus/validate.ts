/**
 * Checks corpus entries for shape only (not the engine's judgement):
 * `node -r ./scripts/ts-register.js test/corpus/validate.ts [id ...]`. Prints each entry's problems,
 * or "ok" with its record and key counts; exits 1 when any entry has a problem.
 */
import { corpusIds, readCorpusEntry } from "./load-corpus";

const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : corpusIds();
let bad = 0;
for (const id of ids) {
  const result = readCorpusEntry(id);
  if ("problems" in result) {
    bad++;
    for (const problem of result.problems) console.log(problem);
  } else {
    const { entry } = result;
    console.log(
      `ok ${id}: ${entry.records.length} records, header line ${entry.expect.headerLine}, ` +
        `${entry.expect.bodyRows} body rows, ${entry.key.flags.length} flags, ` +
        `${entry.key.clean.length} clean, ${entry.key.borderline.length} borderline`,
    );
  }
}
process.exit(bad > 0 ? 1 : 0);
