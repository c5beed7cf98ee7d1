/** The in-memory Excel the pane's tests run against, preloaded with the seed's real tables. */
import type { Grid } from "../../../src/core/grid";
import type { ExcelHost } from "../../../src/excel/host";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../../../src/preview/office/fake-excel";
import { WorkbookModel } from "../../../src/preview/office/workbook-model";
import { loadSeedTables, seedSheet } from "../../helpers/seed";

export const SEED_SHEET = "2022年绩效目标";

/** An ExcelHost over the fake, as the preview builds it. */
export function hostOf(fake: FakeExcel): ExcelHost {
  return {
    run: (batch) => fake.run((context) => batch(context as unknown as Excel.RequestContext)),
    isSetSupported: (name, version) => fake.requirements.isSetSupported(name, version),
  };
}

/** The eight seed tables on one sheet, level cells merged, a blank row between tables. */
export function seedGrid(sheet = SEED_SHEET): Grid {
  return seedSheet(sheet, loadSeedTables(), { mergeLevels: true }).grid;
}

export function fakeWorkbook(grids: Grid[] = [seedGrid()], options: Omit<FakeExcelOptions, "model"> = {}) {
  const fake = createFakeExcel({ ...options, model: WorkbookModel.fromGrids(grids) });
  return { fake, host: hostOf(fake) };
}
