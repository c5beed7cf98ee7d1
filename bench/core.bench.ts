import { findTables } from "../src/core/detect/find-tables";
import { lint } from "../src/core/lint";
import type { Bench } from "./bench";
import { largeWorkbook } from "./large-workbook";

/**
 * core.detectParse10kMs: find and read every table of a 10,000-row, 300-table workbook (budget 50 ms).
 * core.lint10kMs: run every rule over those tables (budget 100 ms).
 */
export default async function coreFigures(b: Bench): Promise<void> {
  const grids = largeWorkbook();
  const tables = findTables(grids);
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  if (tables.length !== 300 || rows !== 10_000) {
    throw new Error(
      `the benchmark workbook should read as 300 tables and 10,000 rows, not ${tables.length} and ${rows}`,
    );
  }
  await b.time("core.detectParse10kMs", () => findTables(grids), { runs: 15, warmup: 3 });
  b.budget("core.detectParse10kMs", 50);
  await b.time("core.lint10kMs", () => lint(tables), { runs: 15, warmup: 3 });
  b.budget("core.lint10kMs", 100);
}
