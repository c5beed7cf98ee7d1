/**
 * `jixiao fix`: the safe fixes applied to a copy, and everything else carried over. The test
 * writes a workbook with styles, number formats, merges, validations, formulas, notes, defined
 * names, several sheets (one hidden), runs the real binary, then reads both workbooks back and
 * compares them cell by cell: only the mended cells may differ, and only as the fixes say.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { ReportSchema } from "./helpers/contract";
import { BIN, checkJson, ensureCliBuilt, hasStackTrace, runCli } from "./helpers/run-cli";
import { addGridSheet, newWorkbook, validationModel } from "./helpers/workbooks";
import { overlapping, validationRanges, zipPart } from "./helpers/zip-part";

interface FixJson {
  input: string;
  output: string;
  error: null | { code: string };
  fixes: { rule: string; sheet: string; cell: string; from: unknown; to: unknown }[];
  skipped: { sheet: string; cell: string }[];
  remaining: { errors: number; warnings: number; infos: number };
}

const SHEET = "2022年绩效目标";
let dir: string;
const file = (name: string): string => path.join(dir, name);
/** The cell in the seed's layout whose cached formula result has a stray space. */
let formulaCell: string;

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-fix-"));
  const { grid, headerRows } = seedSheet(SHEET, loadSeedTables(), { mergeLevels: true });
  const workbook = newWorkbook();
  const sheet = addGridSheet(workbook, grid);

  // Styles: a bold, filled, bordered header on every table; wrapped body text; widths and heights.
  for (const header of headerRows) {
    for (let c = 1; c <= 6; c++) {
      const cell = sheet.getCell(header + 1, c);
      cell.font = { bold: true, name: "宋体", size: 11 };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.border = { top: { style: "thin" }, bottom: { style: "double", color: { argb: "FF0000FF" } } };
    }
  }
  for (let r = 1; r <= grid.values.length; r++) {
    sheet.getCell(r, 5).alignment = { horizontal: "center", wrapText: true };
    sheet.getCell(r, 6).font = { italic: true, color: { argb: "FF7F7F7F" } };
  }
  sheet.getColumn(3).width = 30;
  sheet.getColumn(4).width = 42.5;
  sheet.getRow(1).height = 32;

  // Cells beside the tables: number formats, a date, a formula, rich text, a hyperlink, a note.
  sheet.getCell("H1").value = 0.953;
  sheet.getCell("H1").numFmt = "0.0%";
  sheet.getCell("H2").value = new Date(Date.UTC(2022, 11, 31));
  sheet.getCell("H2").numFmt = "yyyy年m月d日";
  sheet.getCell("H3").value = { formula: "H1*100", result: 95.3 };
  sheet.getCell("H4").value = {
    richText: [{ text: "红", font: { color: { argb: "FFFF0000" } } }, { text: "黑" }],
  };
  sheet.getCell("H5").value = { text: "财政部", hyperlink: "https://www.mof.gov.cn/" };
  sheet.getCell("H6").note = "审核意见：请补充依据";
  sheet.getCell("H7").value = 1234.5;
  sheet.getCell("H7").numFmt = '#,##0.00"万元"';

  // A table cell holding a formula whose cached result has a stray space: fix must leave it alone.
  const body = headerRows[0] + 1; // 0-based first body row of the first table
  formulaCell = `F${body + 1}`;
  sheet.getCell(formulaCell).value = { formula: '"年初工作要点 "', result: "年初工作要点 " };

  // Dropdowns on the level columns of the first table (and a non-blocking one on its basis column).
  const rows = loadSeedTables()[0].rows;
  for (let r = body + 1; r <= body + rows; r++) {
    sheet.getCell(r, 1).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"产出指标,效益指标,满意度指标"'],
      showErrorMessage: true,
    };
    sheet.getCell(r, 6).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"计划标准,行业标准,历史标准"'],
      showErrorMessage: false,
    };
  }

  const other = workbook.addWorksheet("附表");
  other.getCell("A1").value = "合计";
  other.getCell("B1").value = { formula: `COUNTA('${SHEET}'!C:C)`, result: 150 };
  other.mergeCells("A3:C4");
  other.getCell("A3").value = "  说明：本表数据仅供测试  ";
  other.getCell("A3").alignment = { vertical: "top" };
  other.getCell("D5").value = "备注\t";
  const hidden = workbook.addWorksheet("参数", { state: "hidden" });
  hidden.getCell("A1").value = "产出指标";
  hidden.getCell("A2").value = "效益指标";
  workbook.definedNames.add(`'参数'!$A$1:$A$2`, "一级指标清单");

  await workbook.xlsx.writeFile(file("in.xlsx"));
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file(name));
  return workbook;
}

function cellsOf(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, cell);
    }),
  );
  return cells;
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

describe("fix on a styled, merged, validated workbook", () => {
  let result: FixJson;
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;
  let inputBytes: Buffer;

  beforeAll(async () => {
    inputBytes = fs.readFileSync(file("in.xlsx"));
    const run = runCli(["fix", file("in.xlsx"), "-o", file("out.xlsx"), "--format", "json"]);
    expect(hasStackTrace(run.stderr)).toBe(false);
    result = JSON.parse(run.stdout) as FixJson;
    expect(run.code).toBe(result.remaining.errors > 0 ? 1 : 0);
    input = await read("in.xlsx");
    output = await read("out.xlsx");
  }, 60_000);

  test("mends the stray whitespace and leaves the input file as it was", () => {
    expect(fs.readFileSync(file("in.xlsx")).equals(inputBytes)).toBe(true);
    expect(result.fixes.length).toBeGreaterThan(0);
    expect(result.fixes).toContainEqual(
      expect.objectContaining({ rule: "stray-whitespace", sheet: SHEET, from: "合规\t", to: "合规" }),
    );
    expect(result.skipped).toContainEqual({ sheet: SHEET, cell: formulaCell });
  });

  test("sheets, their order, state and defined names survive", () => {
    expect(output.worksheets.map((s) => [s.name, s.state])).toEqual(
      input.worksheets.map((s) => [s.name, s.state]),
    );
    expect(output.definedNames.model).toEqual(input.definedNames.model);
  });

  test("every cell survives (value, style, number format, note) except the mended ones, which change as fixed", () => {
    const mended = new Map(result.fixes.map((f) => [`${f.sheet}!${f.cell}`, f]));
    let compared = 0;
    for (const before of input.worksheets) {
      const after = output.getWorksheet(before.name)!;
      const a = cellsOf(before);
      const b = cellsOf(after);
      for (const address of new Set([...a.keys(), ...b.keys()])) {
        const x = a.get(address);
        const y = b.get(address);
        const fix = mended.get(`${before.name}!${address}`);
        const where = `${before.name}!${address}`;
        if (fix) {
          expect([where, plain(x?.value)]).toEqual([where, fix.from]);
          expect([where, plain(y?.value)]).toEqual([where, fix.to]);
        } else {
          expect([where, plain(y?.value)]).toEqual([where, plain(x?.value)]);
        }
        expect([where, plain(y?.style)]).toEqual([where, plain(x?.style)]);
        expect([where, y?.numFmt]).toEqual([where, x?.numFmt]);
        expect([where, plain(y?.note)]).toEqual([where, plain(x?.note)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  test("merges, validations, column widths and row heights survive", () => {
    for (const before of input.worksheets) {
      const after = output.getWorksheet(before.name)!;
      expect([...after.model.merges].sort()).toEqual([...before.model.merges].sort());
      expect(plain(validationModel(after))).toEqual(plain(validationModel(before)));
      expect(after.columns?.map((c) => c.width)).toEqual(before.columns?.map((c) => c.width));
      for (let r = 1; r <= before.rowCount; r++) expect(after.getRow(r).height).toBe(before.getRow(r).height);
    }
    expect(Object.keys(validationModel(input.getWorksheet(SHEET)!)).length).toBeGreaterThan(0);
    const ranges = validationRanges(zipPart(fs.readFileSync(file("out.xlsx")), "xl/worksheets/sheet1.xml"));
    expect(ranges.length).toBeGreaterThan(1);
    expect(overlapping(ranges)).toEqual([]);
  });

  test("the copy has nothing left to mend, but for the formula cell", () => {
    const report = ReportSchema.parse(checkJson([file("out.xlsx")]).json);
    const fixable = report.files[0].diagnostics.filter((d) => d.fixable);
    expect(fixable.map((d) => `${d.sheet}!${d.cell}`)).toEqual([`${SHEET}!${formulaCell}`]);
    expect(report.summary.errors).toBe(result.remaining.errors);
  });

  test("text output lists each mend and says where the copy went", () => {
    const run = runCli(["fix", file("in.xlsx"), "-o", file("out-text.xlsx"), "--lang", "en"]);
    expect(run.stdout).toMatch(/“合规⇥” → “合规”\s+stray-whitespace/);
    expect(run.stdout).toContain(`wrote ${file("out-text.xlsx")}`);
    expect(run.code).toBe(result.remaining.errors > 0 ? 1 : 0);
  });
});

test("dropdowns on whole columns are carried over as ranges, in little memory", async () => {
  // exceljs alone reads such a range as a million cells: most of a gigabyte per column.
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("表");
  sheet.getCell("A1").value = "一级指标";
  const sheetValidations = (sheet as unknown as { dataValidations: { add(a: string, v: object): void } })
    .dataValidations;
  sheetValidations.add("A2:A1048576", { type: "list", allowBlank: true, formulae: ['"产出指标,效益指标"'] });
  sheetValidations.add("C2:D1048576", { type: "list", allowBlank: true, formulae: ['"是,否"'] });
  await workbook.xlsx.writeFile(file("columns.xlsx"));
  const run = spawnSync(
    process.execPath,
    ["--max-old-space-size=160", BIN, "fix", file("columns.xlsx"), "-o", file("columns-out.xlsx")],
    { encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const ranges = validationRanges(
    zipPart(fs.readFileSync(file("columns-out.xlsx")), "xl/worksheets/sheet1.xml"),
  );
  expect(ranges).toEqual([
    { row: 1, col: 0, rowCount: 1048575, colCount: 1 },
    { row: 1, col: 2, rowCount: 1048575, colCount: 2 },
  ]);
});

describe("fix refuses", () => {
  test.each([
    ["the same path", () => file("in.xlsx")],
    ["a relative path to the input", () => path.relative(process.cwd(), file("in.xlsx"))],
    ["a path through ..", () => path.join(dir, "..", path.basename(dir), "in.xlsx")],
    [
      "a symbolic link to the input",
      () => {
        const link = file("link.xlsx");
        if (!fs.existsSync(link)) fs.symlinkSync(file("in.xlsx"), link);
        return link;
      },
    ],
    [
      "a hard link to the input",
      () => {
        const link = file("hard.xlsx");
        if (!fs.existsSync(link)) fs.linkSync(file("in.xlsx"), link);
        return link;
      },
    ],
  ])("to write over its input: %s", (_name, output) => {
    const before = fs.readFileSync(file("in.xlsx"));
    const run = runCli(["fix", file("in.xlsx"), "-o", output(), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/never writes over its input/);
    expect(fs.readFileSync(file("in.xlsx")).equals(before)).toBe(true);
  });

  test.each([
    [["fix", "in.xlsx"]],
    [["fix", "-o", "out.xlsx"]],
    [["fix", "a.xlsx", "b.xlsx", "-o", "out.xlsx"]],
  ])("without one input and -o: %j", (args) => {
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a file it cannot read, with one line and exit 2", () => {
    fs.writeFileSync(file("broken.xlsx"), "not a workbook");
    const run = runCli(["fix", file("broken.xlsx"), "-o", file("never.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.xlsx: .*\(NOT_ZIP\)\n$/);
    expect(fs.existsSync(file("never.xlsx"))).toBe(false);
  });

  test("a CSV file (it mends workbooks)", () => {
    fs.writeFileSync(file("t.csv"), "一级指标,指标值\n产出指标,≥1次\n");
    const run = runCli(["fix", file("t.csv"), "-o", file("t.xlsx")]);
    expect(run.code).toBe(2);
    expect(fs.existsSync(file("t.xlsx"))).toBe(false);
  });
});
