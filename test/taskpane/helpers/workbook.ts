/** The in-memory Excel the pane's tests run against, preloaded with the seed's real tables. */
import type { Grid } from "../../../src/core/grid";
import { hostFrom, type ExcelBatch, type ExcelHost, type RunOptions } from "../../../src/excel/host";
import {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
} from "../../../src/preview/office/fake-excel";
import { WorkbookModel } from "../../../src/workbook/workbook-model";
import { findTables } from "../../../src/core/detect/find-tables";
import type { Lang } from "../../../src/core/i18n/lang";
import { lint } from "../../../src/core/lint";
import { DEFAULT_SETTINGS, lintOptionsFrom } from "../../../src/core/settings";
import { formatMessage } from "../../../src/taskpane/i18n/messages";
import { loadSeedTables, seedSheet } from "../../helpers/seed";

export const SEED_SHEET = "2022年绩效目标";

export interface HostOptions {
  /** Milliseconds each sync takes, as a request to Excel on the web does; 0 by default. */
  syncDelayMs?: number;
  /** Awaited before each sync: a test holds Excel's answer until it has done something. */
  beforeSync?: () => Promise<void>;
}

/** An ExcelHost over the fake, as the preview builds it. */
export function hostOf(fake: FakeExcel, options: HostOptions = {}): ExcelHost {
  const delay = options.syncDelayMs ?? 0;
  const before = options.beforeSync;
  const slowed =
    (batch: (context: Excel.RequestContext) => Promise<unknown>) => (context: Excel.RequestContext) => {
      if (delay > 0 || before) {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
          if (before) await before();
          return sync();
        };
      }
      return batch(context);
    };
  const host = hostFrom(fake.excel, fake.requirements);
  return {
    run: <T>(batch: ExcelBatch<T>, context?: Excel.RequestContext, runOptions?: RunOptions) =>
      host.run(slowed(batch) as ExcelBatch<T>, context, runOptions),
    isSetSupported: host.isSetSupported,
  };
}

/** The eight seed tables on one sheet, level cells merged, a blank row between tables. */
export function seedGrid(sheet = SEED_SHEET): Grid {
  return seedSheet(sheet, loadSeedTables(), { mergeLevels: true }).grid;
}

/** One sheet per seed table, named by its funding item (视察议政业务费's cost row is then E13). */
export function seedSheets(): Grid[] {
  return loadSeedTables().map((table) => seedSheet(table.fundingItem, [table], { mergeLevels: true }).grid);
}

export function fakeWorkbook(
  grids: Grid[] = [seedGrid()],
  options: Omit<FakeExcelOptions, "model"> & HostOptions = {},
) {
  const { syncDelayMs, beforeSync, ...fakeOptions } = options;
  const fake = createFakeExcel({ ...fakeOptions, model: WorkbookModel.fromGrids(grids) });
  return { fake, host: hostOf(fake, { syncDelayMs, beforeSync }) };
}

/**
 * What the engine finds in grids with the default settings, as the pane counts it: the UI tests ask
 * the engine for the seed's counts instead of repeating numbers that change when a rule does.
 */
export function engineCounts(grids: readonly Grid[] = seedSheets()) {
  const counts = { tables: 0, rows: 0, errors: 0, warnings: 0, infos: 0 };
  for (const grid of grids) {
    const tables = findTables([grid], { idPrefix: `${grid.sheet}!t` });
    const { stats } = lint(tables, lintOptionsFrom(DEFAULT_SETTINGS));
    counts.tables += tables.length;
    counts.rows += stats.rows;
    counts.errors += stats.errors;
    counts.warnings += stats.warnings;
    counts.infos += stats.infos;
  }
  return counts;
}

/** The findings panel's summary line for those counts. */
export function summaryLine(counts: ReturnType<typeof engineCounts>, lang: Lang = "zh-CN"): string {
  return formatMessage(lang, "findings.summary", counts);
}
