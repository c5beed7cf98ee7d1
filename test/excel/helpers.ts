/** The Excel adapter under test, over the in-memory workbook with office.js semantics. */
import type { Grid } from "../../src/core/grid";
import { ExcelAdapter } from "../../src/excel/adapter";
import { hostFrom, type ExcelHost } from "../../src/excel/host";
import {
  createFakeExcel,
  WorkbookModel,
  type FakeExcel,
  type FakeExcelOptions,
} from "../../src/preview/office";

export function hostOf(fake: FakeExcel): ExcelHost {
  return hostFrom(fake.excel, fake.requirements);
}

export function setUp(grids: Grid[], options: Omit<FakeExcelOptions, "model"> = {}) {
  const fake = createFakeExcel({ ...options, model: WorkbookModel.fromGrids(grids) });
  const host = hostOf(fake);
  const adapter = new ExcelAdapter(host);
  return { fake, host, adapter };
}

/** The syncs an action costs. */
export async function syncsOf<T>(
  fake: FakeExcel,
  action: () => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  fake.resetSyncCount();
  const result = await action();
  return { result, syncs: fake.syncCount };
}
