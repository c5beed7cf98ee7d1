/**
 * Workbooks from a third-party writer. LibreOffice converts the seed's eight tables (written
 * by exceljs, one sheet per CSV, cell for cell) to .xlsx; `check` must find in it exactly what it
 * finds in the eight CSV files. A second workbook lays the tables out as a finance officer does
 * (titles, goal rows, merged level cells): LibreOffice's copy, exceljs's copy and the in-memory
 * grid must all give the same report.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findTables } from "../../src/core/detect/find-tables";
import { lint } from "../../src/core/lint";
import { jsonDiagnostic, jsonTable } from "../../src/cli/json-report";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { ReportSchema, type ContractReport } from "./helpers/contract";
import { convertWithLibreOffice } from "./helpers/libreoffice";
import { checkJson, ensureCliBuilt } from "./helpers/run-cli";
import { seedCsvFiles, seedCsvGrids, seedFingerprint, writeGridsWorkbook } from "./helpers/workbooks";

// Bump when the workbooks written below change, so that cached LibreOffice conversions are redone.
const LAYOUT_VERSION = "seed-1";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-lo-"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;

/**
 * A report without file paths, and with table ids (numbered per workbook) named by sheet and place
 * on the sheet instead, to compare reports of different files.
 */
function findings(report: ContractReport) {
  const raw = report as unknown as { files: { tables: Json[]; diagnostics: Json[] }[]; summary: Json };
  const tables: Json[] = [];
  const diagnostics: Json[] = [];
  for (const file of raw.files) {
    const names = new Map<unknown, string>();
    const perSheet = new Map<unknown, number>();
    for (const table of file.tables) {
      const n = (perSheet.get(table.sheet) ?? 0) + 1;
      perSheet.set(table.sheet, n);
      names.set(table.id, `${String(table.sheet)}#${n}`);
      tables.push({ ...table, id: names.get(table.id) });
    }
    for (const d of file.diagnostics) diagnostics.push({ ...d, tableId: names.get(d.tableId) ?? null });
  }
  return { tables, diagnostics, summary: { ...raw.summary, files: undefined } };
}

/** `check --format json` on the files, held to the contract, returned as printed (added fields kept). */
function check(files: string[]): ContractReport {
  const { run, json } = checkJson(files);
  expect(run.code === 0 || run.code === 1).toBe(true);
  ReportSchema.parse(json);
  return json as ContractReport;
}

test("the eight seed tables in a workbook written by LibreOffice give the same findings as the CSVs", async () => {
  const written = path.join(dir, "seed-tables.xlsx");
  await writeGridsWorkbook(written, seedCsvGrids());
  const converted = await convertWithLibreOffice(written, "xlsx", `${LAYOUT_VERSION}\n${seedFingerprint()}`);

  const fromCsv = check(seedCsvFiles());
  const fromLibreOffice = check([converted]);
  expect(fromCsv.summary.tables).toBe(8);
  expect(fromCsv.summary.errors + fromCsv.summary.warnings + fromCsv.summary.infos).toBeGreaterThan(0);
  // The sheets carry the CSV files' names, so tables and findings match field by field.
  expect(findings(fromLibreOffice)).toEqual(findings(fromCsv));
}, 120_000);

test("a finance officer's layout reads alike from LibreOffice, exceljs and memory", async () => {
  const { grid } = seedSheet("2022年绩效目标", loadSeedTables(), { mergeLevels: true });
  const written = path.join(dir, "seed-layout.xlsx");
  await writeGridsWorkbook(written, [grid]);
  const converted = await convertWithLibreOffice(
    written,
    "xlsx",
    `${LAYOUT_VERSION}:layout\n${seedFingerprint()}`,
  );

  const fromExcelJs = check([written]);
  const fromLibreOffice = check([converted]);
  expect(fromExcelJs.files[0].tables).toHaveLength(8);
  expect(fromExcelJs.files[0].tables.every((t) => t.title !== null && t.fundingItem !== null)).toBe(true);
  expect(findings(fromLibreOffice)).toEqual(findings(fromExcelJs));

  const tables = findTables([grid]);
  const report = lint(tables);
  expect(fromExcelJs.files[0].tables).toEqual(
    tables.map((t) => expect.objectContaining(jsonTable(t, report))),
  );
  expect(fromExcelJs.files[0].diagnostics).toEqual(
    report.diagnostics.map((d) => expect.objectContaining(jsonDiagnostic(d, "zh-CN"))),
  );
}, 120_000);
