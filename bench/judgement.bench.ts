import { judgeEntry, totals } from "../test/corpus/judge";
import { loadCorpus } from "../test/corpus/load-corpus";
import type { Bench } from "./bench";

/**
 * The engine's judgement on the corpus of real published tables (test/corpus), against the
 * reviewer's keys — counts, not times:
 * judgement.corpusRecall: per cent of the keys' errors and warnings the engine finds (goal ≥ 90).
 * judgement.corpusCleanRowErrors: errors raised on rows a reviewer passes (budget 0).
 * judgement.corpusTableErrors: whole-table errors (goal, level-1 groups, weights) the keys do not raise.
 * judgement.corpusTables / corpusExactTables: tables, and those found with their exact header and rows.
 */
export default async function judgementFigures(b: Bench): Promise<void> {
  const judged = totals(loadCorpus().map((entry) => judgeEntry(entry)));
  b.record("judgement.corpusTables", judged.tables);
  b.record("judgement.corpusExactTables", judged.exact);
  b.record("judgement.corpusRecall", Math.floor(judged.recall * 1000) / 10);
  b.record("judgement.corpusCleanRowErrors", judged.cleanRowErrors);
  b.budget("judgement.corpusCleanRowErrors", 0);
  b.record("judgement.corpusCleanRowWarnings", judged.cleanRowWarnings);
  b.record("judgement.corpusTableErrors", judged.tableErrors);
  await Promise.resolve();
}
