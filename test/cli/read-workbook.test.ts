/**
 * The reader: a workbook as a person sees it in Excel, whoever wrote it. The same cells are
 * written by exceljs and by LibreOffice (the exceljs file converted), and both must read alike.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Grid } from "../../src/core/grid";
import { loadWorkbook, readGrids } from "../../src/cli/read-workbook";
import { formulaPredicate } from "../../src/cli/safe-fixes";
import { convertWithLibreOffice } from "./helpers/libreoffice";
import { newWorkbook } from "./helpers/workbooks";

let dir: string;
let written: string;
let converted: string;

// Bump when the workbook below changes, so that the LibreOffice conversion cached by this key is redone.
const WORKBOOK_VERSION = "reader-4";

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-reader-"));
  written = path.join(dir, "cells.xlsx");
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("表1");
  sheet.getCell("A1").value = "1、2022年度会议费项目绩效目标表";
  sheet.mergeCells("A1:F1");
  sheet.getCell("A2").value = {
    richText: [
      { text: "经济效益", font: { bold: true } },
      { text: "指标", font: { color: { argb: "FFFF0000" } } },
    ],
  };
  sheet.getCell("B2").value = 0.95;
  sheet.getCell("B2").numFmt = "0%";
  sheet.getCell("C2").value = new Date(Date.UTC(2022, 11, 31));
  sheet.getCell("C2").numFmt = "yyyy-mm-dd";
  sheet.getCell("D2").value = { formula: "B2*100", result: 95 };
  sheet.getCell("E2").value = { formula: "NA()", result: { error: "#N/A" } };
  sheet.getCell("F2").value = { formula: 'CONCATENATE("≥",D2,"%")', result: "≥95%" };
  sheet.getCell("A3").value = "产出指标";
  sheet.mergeCells("A3:A5");
  sheet.getCell("B3").value = 6;
  sheet.getCell("C3").value = true;
  sheet.getCell("D3").value = "合规\t";
  sheet.getCell("E3").value = { text: "依据", hyperlink: "https://example.org/" };
  sheet.getCell("B5").value = "第五行";
  // A shared formula (G4 and G5 share G3's); exceljs's Cell objects drop a cached 0 of such cells.
  sheet.fillFormula("G3:G5", "($B$3*2)*(ROW()=3)", [12, 0, 0]);
  // A formula in a merged area: the cells it covers answer for it.
  sheet.getCell("H3").value = { formula: "B3+1", result: 7 };
  sheet.mergeCells("H3:H4");
  const hidden = workbook.addWorksheet("隐藏", { state: "hidden" });
  hidden.getCell("B2").value = "藏";
  await workbook.xlsx.writeFile(written);
  converted = await convertWithLibreOffice(written, "xlsx", WORKBOOK_VERSION);
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function grids(file: string): Promise<Grid[]> {
  const result = await readGrids(file);
  if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  return result.value;
}

describe.each([
  ["exceljs", () => written],
  ["LibreOffice", () => converted],
])("a workbook written by %s", (_writer, file) => {
  let sheets: Grid[];
  beforeAll(async () => {
    sheets = await grids(file());
  });
  const at = (address: string, sheet = 0) => {
    const col = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    return sheets[sheet].values[row]?.[col] ?? null;
  };
  const format = (address: string) => {
    const col = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    return sheets[0].numberFormats?.[row]?.[col] ?? null;
  };

  test("sheets in order, hidden ones read and marked", () => {
    expect(sheets.map((s) => [s.sheet, s.hidden === true])).toEqual([
      ["表1", false],
      ["隐藏", true],
    ]);
    expect(at("B2", 1)).toBe("藏");
  });

  test("merged areas: only the top-left cell holds the value", () => {
    expect(sheets[0].merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rowCount: 1, colCount: 6 },
        { row: 2, col: 0, rowCount: 3, colCount: 1 },
        { row: 2, col: 7, rowCount: 2, colCount: 1 },
      ]),
    );
    expect(sheets[0].merges).toHaveLength(3);
    expect(at("A1")).toBe("1、2022年度会议费项目绩效目标表");
    for (const covered of ["B1", "C1", "F1", "A4", "A5"]) expect(at(covered)).toBeNull();
    expect(at("A3")).toBe("产出指标");
  });

  test("rich text is joined into one string", () => {
    expect(at("A2")).toBe("经济效益指标");
  });

  test("percentages and dates keep their number formats", () => {
    expect(at("B2")).toBe(0.95);
    expect(format("B2")).toMatch(/%/);
    expect(at("C2")).toBe(44926); // 2022-12-31 as Excel counts days
    expect(format("C2")).toMatch(/y/i);
  });

  test("formulas read as their cached results; error values as their text", () => {
    expect(at("D2")).toBe(95);
    expect(at("E2")).toBe("#N/A");
    expect(at("F2")).toBe("≥95%");
  });

  test("check (skipping the parts it does not read) and fix (keeping everything) read alike", async () => {
    const loaded = await loadWorkbook(file());
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(loaded.value.grids).toEqual(sheets);
    expect(loaded.value.workbook.worksheets.map((s) => s.name)).toEqual(sheets.map((s) => s.sheet));
  });

  test("the cells fix leaves alone as formulas are those exceljs's Workbook holds formulas in", async () => {
    const loaded = await loadWorkbook(file());
    if (!loaded.ok) throw new Error(loaded.error.code);
    const { workbook, grids: read, formulaCells } = loaded.value;
    const isFormula = formulaPredicate(read, formulaCells);
    const cells: [string, number, number, boolean][] = [];
    for (const worksheet of workbook.worksheets) {
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 10; col++) {
          const value = worksheet.findCell(row + 1, col + 1)?.value;
          const held =
            typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
          cells.push([worksheet.name, row, col, held]);
        }
      }
    }
    expect(cells.filter(([, , , held]) => held).length).toBeGreaterThanOrEqual(7);
    expect(cells.map(([sheet, row, col]) => [sheet, row, col, isFormula(sheet, row, col)])).toEqual(cells);
  });

  test("numbers, booleans, tabs and hyperlinks as shown", () => {
    expect(at("B3")).toBe(6);
    expect(at("C3")).toBe(true);
    expect(at("D3")).toBe("合规\t");
    expect(at("E3")).toBe("依据");
    expect(at("B5")).toBe("第五行");
    expect([at("G3"), at("G4"), at("G5")]).toEqual([12, 0, 0]);
  });
});

describe("a formula's text result in a date-formatted cell", () => {
  // exceljs reads it as null (it makes every result of a date-formatted cell a Date); a person sees the text.
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, "text-result.xlsx");
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("表");
    sheet.getCell("A1").value = { formula: '"年初工作要点 "', result: "年初工作要点 " };
    sheet.getCell("A1").numFmt = "yyyy年m月d日";
    sheet.getCell("B1").value = { formula: "DATE(2022,12,31)", result: new Date(Date.UTC(2022, 11, 31)) };
    sheet.getCell("B1").numFmt = "yyyy-mm-dd";
    await workbook.xlsx.writeFile(file);
  });

  it("is read as the text it shows, and a real date result stays a date", async () => {
    const read = await readGrids(file);
    expect(read.ok).toBe(true);
    const [grid] = read.ok ? read.value : [];
    expect(grid.values[0][0]).toBe("年初工作要点 ");
    expect(typeof grid.values[0][1]).toBe("number");
  });

  it("survives a fix's round trip with its cached text", async () => {
    const loaded = await loadWorkbook(file);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const cell = loaded.value.workbook.getWorksheet("表")!.getCell("A1");
    expect(cell.value).toMatchObject({ result: "年初工作要点 " });
  });
});
