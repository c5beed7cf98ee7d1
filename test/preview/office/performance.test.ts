/**
 * The fake must stay cheap: the adapter's whole check of a 2,000-row sheet (engine included) has a 30 ms
 * budget, so reading it through the fake must take a small part of that; a 50,000-row workbook must be
 * workable. Times are the best of a few runs, so a busy machine does not fail the test.
 */
import { createFakeExcel, WorkbookModel } from "../../../src/preview/office";
import type { CellRange, CellValue } from "../../../src/core/grid";

function table(rows: number): { values: CellValue[][]; merges: CellRange[] } {
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (let r = 0; r < rows; r++) {
    values.push(["产出指标", "数量指标", `指标${r}`, "≥", r % 7 === 0 ? null : 0.95, "%", "年度目标值", r]);
    if (r % 20 === 0) merges.push({ row: r, col: 0, rowCount: Math.min(20, rows - r), colCount: 1 });
  }
  return { values, merges };
}

async function best(times: number, work: () => Promise<void>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** What the adapter reads for one check: used range values and formats, merged areas, its own formats, in one sync. */
async function readLikeTheAdapter(excel: ReturnType<typeof createFakeExcel>["excel"]): Promise<number> {
  let cells = 0;
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name, id");
    const used = sheet.getUsedRange().load("address, rowIndex, columnIndex, values, numberFormat");
    const merged = used
      .getMergedAreasOrNullObject()
      .load("areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount");
    const formats = used.conditionalFormats.load("items/id, items/custom/rule/formula");
    await context.sync();
    cells = used.values.length * used.values[0].length + merged.areas.items.length + formats.items.length;
  });
  return cells;
}

test("reading a 2,000-row sheet the way the adapter does takes a few milliseconds", async () => {
  const { values, merges } = table(2_000);
  const model = WorkbookModel.fromGrids([
    { sheet: "2022年绩效目标", values, merges, origin: { row: 0, col: 0 } },
  ]);
  model
    .sheet("2022年绩效目标")
    .addConditionalFormat([{ row: 0, col: 4, rowCount: 2_000, colCount: 1 }], "Custom").formula = '=E1=""';
  const fake = createFakeExcel({ model });
  expect(await readLikeTheAdapter(fake.excel)).toBe(16_000 + 100 + 1);
  const ms = await best(5, async () => void (await readLikeTheAdapter(fake.excel)));
  expect(ms).toBeLessThan(15);
});

test("a 50,000-row workbook loads, takes an insert at the top and reads back", async () => {
  const { values, merges } = table(50_000);
  const build = performance.now();
  const model = WorkbookModel.fromGrids([{ sheet: "大表", values, merges, origin: { row: 0, col: 0 } }]);
  model
    .sheet("大表")
    .setValidationRule(
      { row: 0, col: 3, rowCount: 50_000, colCount: 1 },
      { list: { inCellDropDown: true, source: "≥,≤,=" } },
    );
  const fake = createFakeExcel({ model, responsePayloadLimitBytes: null });
  expect(performance.now() - build).toBeLessThan(2_000);
  const ms = await best(3, async () => {
    await fake.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("大表");
      sheet.getRange("1:3").insert("Down");
      sheet.getRange("1:3").delete("Up");
      const used = sheet.getUsedRange().load("values");
      await context.sync();
      expect(used.values).toHaveLength(50_000);
    });
  });
  expect(ms).toBeLessThan(1_000);
  expect(model.sheet("大表").snapshot().validations[0].areas).toBe("D1:D50000");
  expect(model.sheet("大表").merges).toHaveLength(2_500);
});

test("on the web the 50,000-row read is over the 5 MB response limit, as it would be in Excel", async () => {
  const { values } = table(50_000);
  const fake = createFakeExcel({
    model: WorkbookModel.fromGrids([{ sheet: "大表", values, merges: [], origin: { row: 0, col: 0 } }]),
  });
  await expect(
    fake.excel.run(async (context) => {
      context.workbook.worksheets.getItem("大表").getUsedRange().load("values, numberFormat");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
});
