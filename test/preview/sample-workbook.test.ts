import { parseRangeA1 } from "../../src/core/grid";
import {
  SAMPLE_SHEET_NAME,
  SAMPLE_TABLES,
  createSampleWorkbook,
  sampleGrid,
} from "../../src/preview/sample-workbook";
import { loadSeedTables, seedSheet } from "../helpers/seed";

describe("the preview's sample workbook", () => {
  const seed = loadSeedTables();

  test.each(SAMPLE_TABLES.map((table) => [table.fundingItem, table] as const))(
    "%s is the seed's table, cell for cell",
    (_item, table) => {
      const original = seed.find((s) => s.file === table.file)!;
      expect(table).toEqual({
        file: original.file,
        title: original.title,
        fundingItem: original.fundingItem,
        header: original.header,
        body: original.body,
      });
    },
  );

  test("lays the tables out as the seed fixtures do: titles, goals, merged level cells", () => {
    const tables = SAMPLE_TABLES.map((t) => seed.find((s) => s.file === t.file)!);
    const expected = seedSheet(SAMPLE_SHEET_NAME, tables, { mergeLevels: true }).grid;
    const grid = sampleGrid();
    expect(grid.values).toEqual(expected.values);
    expect(grid.merges).toEqual(expected.merges);
  });

  test("opens on one sheet with the 会议费 title merged across and its cost row where the stories expect it", () => {
    const sheet = createSampleWorkbook().sheet(SAMPLE_SHEET_NAME);
    expect(sheet.mergeAt(0, 0)).toEqual(parseRangeA1("A1:F1"));
    expect(sheet.cell("B9").value).toBe("成本指标");
    expect(sheet.cell("E9").value).toBe("≤450元");
    expect(sheet.usedRange(true)).toEqual(parseRangeA1("A1:F52"));
  });
});
