/**
 * The command line and the preview read .xlsx with their own drivers (Node, unpacking under limits;
 * the browser, into the workbook model) and one conversion of cells (src/xlsx/cell-value.ts): on the
 * same file they must see the same cells — values, number formats of numbers, merged areas, hidden
 * sheets. Read through both, compared cell by cell, on a workbook with every kind of cell, on that
 * workbook as LibreOffice writes it, and on the seed's eight tables.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readGrids } from "../../src/cli/read-workbook";
import type { Grid } from "../../src/core/grid";
import { readXlsx } from "../../src/xlsx";
import { convertWithLibreOffice } from "../cli/helpers/libreoffice";
import { seedCsvGrids, writeGridsWorkbook } from "../cli/helpers/workbooks";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-readers-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every kind of cell a finance office's file holds. */
async function everyKindOfCell(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("表1");
  sheet.getCell("A1").value = "一级指标";
  sheet.getCell("B1").value = "";
  sheet.getCell("C1").value = "  有空格 ";
  sheet.getCell("A2").value = 0.953;
  sheet.getCell("A2").numFmt = "0.0%";
  sheet.getCell("B2").value = 1234.5;
  sheet.getCell("B2").numFmt = '#,##0.00"万元"';
  sheet.getCell("C2").value = 42;
  sheet.getCell("A3").value = new Date(Date.UTC(2024, 11, 31));
  sheet.getCell("B3").value = new Date(Date.UTC(2024, 0, 1));
  sheet.getCell("B3").numFmt = "yyyy年m月d日";
  sheet.getCell("A4").value = { formula: "A2*100", result: 95.3 };
  sheet.getCell("B4").value = { formula: '"≥"&C2', result: "≥42" };
  sheet.getCell("C4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("A5").value = { richText: [{ text: "红", font: { bold: true } }, { text: "黑" }] };
  sheet.getCell("B5").value = { text: "财政部", hyperlink: "https://www.mof.gov.cn/" };
  sheet.getCell("C5").value = { error: "#N/A" };
  sheet.getCell("A6").value = true;
  sheet.getCell("B6").value = false;
  // Falsy cached results, which exceljs's Cell.value drops: the preview read them as empty before.
  sheet.getCell("C6").value = { formula: "C2-42", result: 0 };
  sheet.getCell("D6").value = { formula: "C2>99", result: false };
  sheet.getCell("A7").value = "合并";
  sheet.mergeCells("A7:B8");
  sheet.getCell("C9").value = "≥95%";
  const hidden = workbook.addWorksheet("参数", { state: "hidden" });
  hidden.getCell("A1").value = "产出指标";
  await workbook.xlsx.writeFile(file);
}

/** A grid as comparable data: its cells by absolute address, number formats of numbers, merges, hidden. */
function comparable(grid: Grid) {
  const cells: Record<string, unknown> = {};
  grid.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null) return;
      const at = `${r + grid.origin.row},${c + grid.origin.col}`;
      const format = grid.numberFormats?.[r]?.[c] ?? null;
      cells[at] = typeof value === "number" && format ? [value, format] : value;
    }),
  );
  const merges = grid.merges.map((m) => `${m.row},${m.col},${m.rowCount},${m.colCount}`).sort();
  return { sheet: grid.sheet, cells, merges, hidden: grid.hidden === true };
}

async function bothReaders(file: string) {
  const cli = await readGrids(file);
  if (!cli.ok) throw new Error(`command line: ${JSON.stringify(cli.error)}`);
  const bytes = fs.readFileSync(file);
  const preview = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (!preview.ok) throw new Error(`preview: ${JSON.stringify(preview.error)}`);
  return {
    cli: cli.value.map(comparable),
    preview: preview.model.sheets.map((sheet) => comparable(sheet.toGrid({ from: "A1" }))),
  };
}

test("a workbook with every kind of cell: both readers see the same cells", async () => {
  const file = path.join(dir, "every-kind.xlsx");
  await everyKindOfCell(file);
  const { cli, preview } = await bothReaders(file);
  expect(preview).toEqual(cli);
  // And what they see is what Excel shows.
  const cells = cli[0].cells;
  expect(cells["0,1"]).toBeUndefined(); // an empty string is an empty cell
  expect(cells["0,2"]).toBe("  有空格 ");
  expect(cells["1,0"]).toEqual([0.953, "0.0%"]);
  expect(cells["3,1"]).toBe("≥42");
  expect(cells["3,2"]).toBe("#DIV/0!");
  expect(cells["4,0"]).toBe("红黑");
  expect(cells["4,1"]).toBe("财政部");
  expect(cells["7,0"]).toBeUndefined(); // covered by the merge
  expect([cells["5,2"], cells["5,3"]]).toEqual([0, false]);
  expect(cli[1].hidden).toBe(true);
});

test("the same workbook written by LibreOffice: both readers see the same cells", async () => {
  const file = path.join(dir, "every-kind.xlsx");
  await everyKindOfCell(file);
  const converted = await convertWithLibreOffice(file, "xlsx", "readers-agree-2");
  const { cli, preview } = await bothReaders(converted);
  expect(preview).toEqual(cli);
  expect(cli[0].cells["0,0"]).toBe("一级指标");
});

test("the seed's eight tables: both readers see the same cells", async () => {
  const file = path.join(dir, "seed.xlsx");
  await writeGridsWorkbook(file, seedCsvGrids());
  const { cli, preview } = await bothReaders(file);
  expect(cli).toHaveLength(8);
  expect(preview).toEqual(cli);
});
