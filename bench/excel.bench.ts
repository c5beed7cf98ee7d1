import { BUILTIN_CATALOGUE, findTemplate, planNewTable } from "../src/core/templates";
import { ExcelAdapter } from "../src/excel/adapter";
import { hostFrom } from "../src/excel/host";
import { LiveChecker } from "../src/excel/live";
import { createFakeExcel, WorkbookModel } from "../src/preview/office";
import { loadSeedTables, seedSheet, type SeedTable } from "../test/helpers/seed";
import type { Bench } from "./bench";

const SHEET = "绩效目标";

function workbook(rows: number) {
  const seeds = loadSeedTables();
  const tables: SeedTable[] = [];
  for (let total = 0, i = 0; total < rows; i++) {
    tables.push(seeds[i % seeds.length]);
    total += seeds[i % seeds.length].rows;
  }
  const fake = createFakeExcel({
    model: WorkbookModel.fromGrids([seedSheet(SHEET, tables, { mergeLevels: true }).grid]),
  });
  const host = hostFrom(fake.excel, fake.requirements);
  return { fake, adapter: new ExcelAdapter(host) };
}

async function syncs(
  fake: ReturnType<typeof createFakeExcel>,
  action: () => Promise<unknown>,
): Promise<number> {
  fake.resetSyncCount();
  await action();
  return fake.syncCount;
}

/**
 * Syncs per user action through the adapter (each must be at most 2: one read, one write), and
 * one check of a 2,000-row sheet through the adapter and the in-memory workbook (budget 30 ms).
 */
export default async function excelFigures(b: Bench): Promise<void> {
  const { fake, adapter } = workbook(2000);
  b.record("excel.syncs.check", await syncs(fake, () => adapter.checkSheet(SHEET)));
  const { report, tables } = await adapter.checkSheet(SHEET);
  const fixable = report.diagnostics.find((d) => d.fix)!;
  b.record("excel.syncs.applyFix", await syncs(fake, () => adapter.applyFix(fixable)));
  const withFixes = tables.find((t) => report.diagnostics.some((d) => d.tableId === t.id && d.fix))!;
  b.record("excel.syncs.fixAll", await syncs(fake, () => adapter.fixAll(SHEET, withFixes.id)));
  const template = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
  b.record(
    "excel.syncs.insertTemplate",
    await syncs(fake, () =>
      adapter.applyPlan(SHEET, (fresh, at) =>
        planNewTable(template, {
          grid: fresh.grid,
          profile: "2015",
          layout: "combined",
          anchor: { sheet: SHEET, row: at.row, col: at.col },
          year: 2023,
          number: 1,
          insertRows: true,
        }),
      ),
    ),
  );
  for (const name of ["check", "applyFix", "fixAll", "insertTemplate"]) b.budget(`excel.syncs.${name}`, 2);
  // Requests sent again because Excel refused one (a read too large, an address list too long) are
  // counted apart from the syncs above: none on these sheets.
  b.record("excel.retries", adapter.retries);
  b.budget("excel.retries", 0);

  // A check as the live loop runs it after an edit: the sheet read, the engine, marks compared.
  const timed = workbook(2000);
  await timed.adapter.checkSheet(SHEET);
  let edit = 0;
  await b.time(
    "excel.check2kMs",
    async () => {
      timed.fake.model.sheet(SHEET).setValue(8, 4, edit++ % 2 === 0 ? "≥450元" : "≤450元");
      await timed.adapter.checkSheet(SHEET);
    },
    { runs: 15, warmup: 3 },
  );
  b.budget("excel.check2kMs", 30);

  // The whole of a 100-sheet, 50,000-row workbook: sizes, values in requests under Excel's limits,
  // the engine sheet by sheet, marks written — one checkWorkbook, as "check the workbook" runs it.
  const seeds = loadSeedTables();
  const sheets = Array.from({ length: 100 }, (_, s) => {
    const tables: SeedTable[] = [];
    for (let rows = 0, i = s; rows < 500; i++) {
      tables.push(seeds[i % seeds.length]);
      rows += seeds[i % seeds.length].rows;
    }
    return seedSheet(`绩效目标${s + 1}`, tables, { mergeLevels: true }).grid;
  });
  const rows = sheets.reduce((n, g) => n + g.values.length, 0);
  const big = createFakeExcel({ model: WorkbookModel.fromGrids(sheets) });
  const bigAdapter = new ExcelAdapter(hostFrom(big.excel, big.requirements));
  big.resetSyncCount();
  const started = performance.now();
  const result = await bigAdapter.checkWorkbook();
  b.record("excel.check50kMs", Math.round(performance.now() - started));
  b.record("excel.check50kRows", result.report.stats.rows);
  b.record("excel.check50kSheetRows", rows);
  b.record("excel.syncs.check50k", big.syncCount);

  // The user's undo history under live checking: 50 typed edits (a cost value flipped between right
  // and wrong, so every check changes the marks), each followed by its live check.
  const withoutUndo = await liveUndoRun(false);
  b.record("excel.liveUndoClears", withoutUndo.clears);
  b.budget("excel.liveUndoClears", 0);
  const withUndo = await liveUndoRun(true);
  b.record("excel.liveUndoKept", withUndo.typedEditsOnStack);
  b.atLeast("excel.liveUndoKept", LIVE_EDITS);
  b.record("excel.liveUndoKeptClears", withUndo.clears);
  b.budget("excel.liveUndoKeptClears", 0);
}

const LIVE_EDITS = 50;

/**
 * Types 50 edits with the live loop on, each waited for until its check has reported, on an Excel that
 * can undo an add-in's writes (ExcelUndoApiAll, ExcelApi 1.20) or one that cannot: how often an automatic
 * check cleared the user's undo stack, and how many of the typed edits Ctrl+Z can still reach.
 */
async function liveUndoRun(undoable: boolean): Promise<{ clears: number; typedEditsOnStack: number }> {
  const fake = createFakeExcel({
    model: WorkbookModel.fromGrids([
      seedSheet(SHEET, loadSeedTables().slice(0, 2), { mergeLevels: true }).grid,
    ]),
    apiVersion: undoable ? "1.20" : "1.17",
    undo: { addinWritesUndoable: undoable },
  });
  const host = hostFrom(fake.excel, fake.requirements);
  let results = 0;
  const live = new LiveChecker(
    host,
    new ExcelAdapter(host),
    {
      onResult: () => (results += 1),
      onError: (error) => {
        throw new Error(`live check failed: ${error.kind}`);
      },
    },
    1,
  );
  await live.start();
  await fake.idle();
  const clearsBefore = fake.undo.clears;
  for (let i = 0; i < LIVE_EDITS; i++) {
    const seen = results;
    fake.user.edit(SHEET, "E9", i % 2 === 0 ? "≥450元" : "≤450元");
    while (results === seen) {
      await fake.idle();
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
  await live.stop();
  return {
    clears: fake.undo.clears - clearsBefore,
    typedEditsOnStack: fake.undo.labels().filter((label) => label === `user: edit ${SHEET}!E9`).length,
  };
}
