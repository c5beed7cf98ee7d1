/**
 * The command line judges the real tables as the engine does: the whole corpus written to one
 * .xlsx (a sheet a table, titles above, level cells merged, the table one row down and one column
 * in), checked by `jixiao check --format json`, gives the same findings, cell for cell, as the
 * engine on the same grids — and every table is found with its header and rows.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findTables } from "../../src/core/detect/find-tables";
import { lint } from "../../src/core/lint";
import type { Grid } from "../../src/core/grid";
import { checkJson, ensureCliBuilt } from "../cli/helpers/run-cli";
import { writeGridsWorkbook } from "../cli/helpers/workbooks";
import { placeEntries } from "./judge";
import { loadCorpus } from "./load-corpus";

interface CliDiagnostic {
  rule: string;
  sheet: string;
  cell: string;
}
interface CliTable {
  sheet: string;
  headerRow: number;
  rowCount: number;
}

const entries = loadCorpus();
const sheetName = (i: number) => `T${String(i + 1).padStart(2, "0")}`;
const grids: Grid[] = entries.map((entry, i) => placeEntries(sheetName(i), [entry]).grid);
let dir: string;
let report: { files: { tables: CliTable[]; diagnostics: CliDiagnostic[] }[] };

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-corpus-"));
  const file = path.join(dir, "corpus.xlsx");
  await writeGridsWorkbook(file, grids);
  report = checkJson([file]).json as typeof report;
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("finds every corpus table at its header with its rows", () => {
  const found = report.files[0].tables;
  entries.forEach((entry, i) => {
    const { placed } = placeEntries(sheetName(i), [entry]);
    const headerRow = placed[0].rowOf(entry.expect.headerLine) + 1;
    const table = found.find((t) => t.sheet === sheetName(i) && t.headerRow === headerRow);
    expect([entry.id, table?.rowCount]).toEqual([entry.id, entry.expect.bodyRows]);
  });
});

it("reports what the engine reports on the same tables, cell for cell", () => {
  const engine = lint(findTables(grids)).diagnostics.map((d) => `${d.sheet}!${d.cell} ${d.rule}`);
  const cli = report.files[0].diagnostics.map((d) => `${d.sheet}!${d.cell} ${d.rule}`);
  expect(cli.sort()).toEqual(engine.sort());
});
