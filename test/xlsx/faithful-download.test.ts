/**
 * The preview's download of a workbook read from a file keeps the file: a styled workbook (borders,
 * fonts, fills, alignment, widths, heights, frozen panes, print setup, notes, defined names, hidden
 * sheets, formulas, rich text, links, dates, conditional formats of other kinds) is read, one cell is
 * edited (or rows inserted, a sheet added), and the download is compared with the file cell by cell and
 * style by style — for a file exceljs wrote and for the same file written again by LibreOffice.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookModel } from "../../src/workbook/workbook-model";
import { readXlsx, writeXlsx, type XlsxReadResult } from "../../src/xlsx";
import { convertWithLibreOffice } from "../cli/helpers/libreoffice";

jest.setTimeout(120_000);

const SHEET = "绩效目标表";
const BODY_ROWS = 12;

function arrayBuffer(bytes: Uint8Array | Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function opened(result: XlsxReadResult): WorkbookModel {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.error)}`);
  return result.model;
}

/** A finance officer's workbook: a bordered, styled table with everything around it a real file has. */
async function styledWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 2 }] });
  sheet.getCell("A1").value = "1、2024年度会议费项目绩效目标表";
  sheet.getCell("A1").font = { name: "黑体", size: 16, bold: true };
  sheet.getCell("A1").alignment = { horizontal: "center", vertical: "middle" };
  sheet.mergeCells("A1:F1");
  sheet.getRow(1).height = 36;
  const header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
  const thin = { style: "thin" as const, color: { argb: "FF000000" } };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  header.forEach((text, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = text;
    cell.font = { name: "宋体", size: 11, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = border;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  for (let i = 0; i < BODY_ROWS; i++) {
    const r = 3 + i;
    const values = ["产出指标", "数量指标", `指标${i + 1}`, `描述${i + 1}`, `≥${i + 1}次`, "年初工作要点"];
    values.forEach((text, c) => {
      const cell = sheet.getCell(r, c + 1);
      cell.value = text;
      cell.border = border;
      cell.font = { name: "宋体", size: 10 };
      cell.alignment = { vertical: "middle", wrapText: c === 3 };
    });
    sheet.getRow(r).height = 22 + (i % 3);
  }
  // A bordered empty row closing the table: style without a value.
  for (let c = 1; c <= 6; c++) sheet.getCell(3 + BODY_ROWS, c).border = border;
  sheet.mergeCells(`A3:A${2 + BODY_ROWS}`);
  sheet.getColumn(1).width = 12;
  sheet.getColumn(3).width = 28;
  sheet.getColumn(4).width = 40.5;
  // Beside the table: number formats, a date, formulas, rich text, a link, a note.
  sheet.getCell("H1").value = 0.953;
  sheet.getCell("H1").numFmt = "0.0%";
  sheet.getCell("H2").value = new Date(Date.UTC(2024, 11, 31));
  sheet.getCell("H2").numFmt = "yyyy年m月d日";
  sheet.getCell("H3").value = { formula: "H1*100", result: 95.3 };
  sheet.getCell("H4").value = {
    richText: [{ text: "红", font: { color: { argb: "FFFF0000" }, bold: true } }, { text: "黑" }],
  };
  sheet.getCell("H5").value = { text: "财政部", hyperlink: "https://www.mof.gov.cn/" };
  sheet.getCell("H6").note = "审核意见：请补充依据";
  sheet.getCell("H7").value = 1234.5;
  sheet.getCell("H7").numFmt = '#,##0.00"万元"';
  sheet.getCell("H20").value = { formula: `COUNTA(C3:C${2 + BODY_ROWS})`, result: BODY_ROWS };
  sheet.getCell("H20").font = { italic: true, color: { argb: "FF7F7F7F" } };
  sheet.addConditionalFormatting({
    ref: "H1:H2",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: ["0.5"],
        priority: 1,
        style: { font: { color: { argb: "FF00B050" } } },
      } as never,
    ],
  });
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:F${3 + BODY_ROWS}`,
    printTitlesRow: "2:2",
  };
  sheet.headerFooter = { oddFooter: "第 &P 页，共 &N 页" };
  const other = workbook.addWorksheet("附表");
  other.getCell("A1").value = "合计";
  other.getCell("B1").value = { formula: `COUNTA('${SHEET}'!C3:C${2 + BODY_ROWS})`, result: BODY_ROWS };
  other.getCell("A1").border = border;
  const hidden = workbook.addWorksheet("参数", { state: "hidden" });
  hidden.getCell("A1").value = "产出指标";
  hidden.getCell("A2").value = "效益指标";
  workbook.definedNames.add(`'参数'!$A$1:$A$2`, "一级指标清单");
  workbook.definedNames.add(`'${SHEET}'!$C$3:$C$${2 + BODY_ROWS}`, "三级指标");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

interface CellRecord {
  value: unknown;
  style: unknown;
  note: unknown;
}

/** Every cell a sheet has, by address, as plain data. */
function cellsOf(sheet: ExcelJS.Worksheet): Map<string, CellRecord> {
  const cells = new Map<string, CellRecord>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const record = { value: plain(cell.value), style: plain(cell.style), note: plain(cell.note) };
      if (record.value === null && JSON.stringify(record.style) === "{}" && record.note === null) return;
      cells.set(cell.address, record);
    }),
  );
  return cells;
}

function rowAddress(address: string, by: number): string {
  return address.replace(/\d+$/, (n) => String(Number(n) + by));
}

/** Downloads `model` written into `source`, read back by exceljs. */
async function download(model: WorkbookModel, source: Buffer): Promise<ExcelJS.Workbook> {
  return load(await writeXlsx(model, { source: arrayBuffer(source) }));
}

describe.each([
  ["written by exceljs", false],
  ["written by LibreOffice", true],
])("downloading a workbook %s", (_name, viaLibreOffice) => {
  let source: Buffer;
  let before: ExcelJS.Workbook;

  beforeAll(async () => {
    const bytes = await styledWorkbook();
    if (viaLibreOffice) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-faithful-"));
      const input = path.join(dir, "styled.xlsx");
      fs.writeFileSync(input, bytes);
      source = fs.readFileSync(await convertWithLibreOffice(input, "xlsx", "faithful-download-1"));
      fs.rmSync(dir, { recursive: true, force: true });
    } else {
      source = bytes;
    }
    // What exceljs itself carries through a read and a write: the most any download can keep.
    before = await load(Buffer.from(await (await load(source)).xlsx.writeBuffer()));
  });

  test("after one edited cell, every other cell keeps its value, style, number format and note", async () => {
    const model = opened(await readXlsx(arrayBuffer(source)));
    model.sheet(SHEET).setValue(6, 4, "≥100人次");
    const after = await download(model, source);
    let compared = 0;
    for (const sheetBefore of before.worksheets) {
      const sheetAfter = after.getWorksheet(sheetBefore.name)!;
      const a = cellsOf(sheetBefore);
      const b = cellsOf(sheetAfter);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [address, x] of a) {
        const y = b.get(address)!;
        const where = `${sheetBefore.name}!${address}`;
        if (sheetBefore.name === SHEET && address === "E7") {
          expect(y.value).toBe("≥100人次");
        } else {
          expect([where, y.value]).toEqual([where, x.value]);
        }
        expect([where, y.style]).toEqual([where, x.style]);
        expect([where, y.note]).toEqual([where, x.note]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(80);
  });

  test("sheets, states, widths, heights, merges, frozen panes, print setup and names survive", async () => {
    const model = opened(await readXlsx(arrayBuffer(source)));
    model.sheet(SHEET).setValue(6, 4, "≥100人次");
    const after = await download(model, source);
    expect(after.worksheets.map((s) => [s.name, s.state])).toEqual(
      before.worksheets.map((s) => [s.name, s.state]),
    );
    expect(plain(after.definedNames.model)).toEqual(plain(before.definedNames.model));
    for (const sheetBefore of before.worksheets) {
      const sheetAfter = after.getWorksheet(sheetBefore.name)!;
      expect([...sheetAfter.model.merges].sort()).toEqual([...sheetBefore.model.merges].sort());
      expect(sheetAfter.columns?.map((c) => c.width)).toEqual(sheetBefore.columns?.map((c) => c.width));
      for (let r = 1; r <= sheetBefore.rowCount; r++) {
        expect([r, sheetAfter.getRow(r).height]).toEqual([r, sheetBefore.getRow(r).height]);
      }
      const view = (s: ExcelJS.Worksheet) => plain({ ...s.views?.[0], activeCell: undefined });
      expect(view(sheetAfter)).toEqual(view(sheetBefore));
      expect(plain(sheetAfter.pageSetup)).toEqual(plain(sheetBefore.pageSetup));
      expect(plain(sheetAfter.headerFooter)).toEqual(plain(sheetBefore.headerFooter));
      const cfs = (s: ExcelJS.Worksheet) =>
        plain((s as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings);
      expect(cfs(sheetAfter)).toEqual(cfs(sheetBefore));
    }
    // (LibreOffice's headless conversion does not write the frozen panes of the file it converts.)
    const frozen = after.getWorksheet(SHEET)!.views[0] as { state: string; ySplit?: number };
    if (!viaLibreOffice) expect([frozen.state, frozen.ySplit]).toEqual(["frozen", 2]);
  });

  test("rows inserted in the table move everything below them, which keeps its style, and formulas and names follow", async () => {
    const model = opened(await readXlsx(arrayBuffer(source)));
    const sheet = model.sheet(SHEET);
    // Three whole rows above the 5th body row, as an insertion of template rows does.
    sheet.insertCells({ row: 6, col: 0, rowCount: 3, colCount: 16_384 }, "Down");
    sheet.setValues(6, 2, [["新增指标1"], ["新增指标2"], ["新增指标3"]]);
    const written = await writeXlsx(model, { source: arrayBuffer(source) });
    const after = await load(written);
    const a = cellsOf(before.getWorksheet(SHEET)!);
    const b = cellsOf(after.getWorksheet(SHEET)!);
    for (const [address, x] of a) {
      const row = Number(/\d+$/.exec(address)![0]);
      const moved = row >= 7 ? rowAddress(address, 3) : address;
      const y = b.get(moved);
      const where = `${address} → ${moved}`;
      expect([where, plain(y?.style)]).toEqual([where, x.style]);
      if (typeof x.value === "object" && x.value !== null && "formula" in x.value) continue;
      expect([where, y?.value]).toEqual([where, x.value]);
    }
    // The inserted rows are formatted as the row above them, as Excel's "format same as above".
    const above = b.get("D6")!;
    for (const address of ["D7", "D8", "D9"]) expect(b.get(address)?.style).toEqual(above.style);
    expect(b.get("C7")?.value).toBe("新增指标1");
    expect(b.get("E7")).toEqual(expect.objectContaining({ value: null }));
    const sheetAfter = after.getWorksheet(SHEET)!;
    expect(sheetAfter.getRow(10).height).toBe(before.getWorksheet(SHEET)!.getRow(7).height);
    expect(sheetAfter.getCell(`H23`).formula).toBe(`COUNTA(C3:C${5 + BODY_ROWS})`);
    // LibreOffice writes the sheet's name without quotes, which a CJK name does not need.
    expect(after.getWorksheet("附表")!.getCell("B1").formula).toMatch(
      new RegExp(`^COUNTA\\('?${SHEET}'?!C3:C${5 + BODY_ROWS}\\)$`),
    );
    expect(sheetAfter.model.merges).toContain(`A3:A${5 + BODY_ROWS}`);
    expect(sheetAfter.pageSetup.printArea).toBe(`A1:F${6 + BODY_ROWS}`);
    const names = plain(after.definedNames.model) as { name: string; ranges: string[] }[];
    expect(names.find((n) => n.name === "三级指标")?.ranges.map((r) => r.replace(/'/g, ""))).toEqual([
      `${SHEET}!$C$3:$C$${5 + BODY_ROWS}`,
    ]);
    // The preview does not recalculate: Excel refreshes the formulas' results when it opens the file.
    const zip = await JSZip.loadAsync(written);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("dropdowns and marks made here are written; conditional formats of other kinds stay", async () => {
    const model = opened(await readXlsx(arrayBuffer(source)));
    const sheet = model.sheet(SHEET);
    sheet.setValidationRule(
      { row: 2, col: 1, rowCount: BODY_ROWS, colCount: 1 },
      { list: { inCellDropDown: true, source: "数量指标,质量指标,时效指标,成本指标" } },
      "replace",
    );
    const mark = sheet.addConditionalFormat([{ row: 4, col: 4, rowCount: 1, colCount: 1 }], "Custom");
    mark.formula = '=AND(1,"jixiao")';
    mark.format.fill = "#FFC7CE";
    const after = await download(model, source);
    const written = after.getWorksheet(SHEET)!;
    expect(written.getCell("B5").dataValidation).toEqual(
      expect.objectContaining({ type: "list", formulae: ['"数量指标,质量指标,时效指标,成本指标"'] }),
    );
    const cfs = (
      written as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules[0].type])).toEqual([
      ["E5", "expression"],
      ["H1:H2", "cellIs"],
    ]);
  });

  test("a sheet deleted here and made again under the same name (a review sheet made anew) is the new one", async () => {
    const model = opened(await readXlsx(arrayBuffer(source)));
    model.deleteSheet(model.sheet("附表"));
    const again = model.addSheet("附表");
    again.setValues(0, 0, [["新的附表"]]);
    const after = await download(model, source);
    expect(after.worksheets.map((s) => s.name)).toEqual([SHEET, "参数", "附表"]);
    expect(after.getWorksheet("附表")!.getCell("A1").value).toBe("新的附表");
    expect(after.getWorksheet("附表")!.getCell("B1").value).toBeNull();
  });

  test("a sheet added here is written whole; a sheet deleted here is gone; the rest is as read", async () => {
    const model = opened(await readXlsx(arrayBuffer(source)));
    const review = model.addSheet("审核意见");
    review.setValues(0, 0, [
      ["表", "问题"],
      ["1、会议费", "缺少依据"],
    ]);
    review.setFormat("A1:B1", { bold: true, fill: "#DDEBF7" });
    review.setFormat("B2", { wrapText: true });
    model.deleteSheet(model.sheet("附表"));
    const after = await download(model, source);
    expect(after.worksheets.map((s) => s.name)).toEqual([SHEET, "参数", "审核意见"]);
    const added = after.getWorksheet("审核意见")!;
    expect(added.getCell("B2").value).toBe("缺少依据");
    expect(added.getCell("A1").font).toEqual(expect.objectContaining({ bold: true }));
    expect(added.getCell("B2").alignment).toEqual(expect.objectContaining({ wrapText: true }));
    const a = cellsOf(before.getWorksheet(SHEET)!);
    const b = cellsOf(after.getWorksheet(SHEET)!);
    expect(b).toEqual(a);
  });
});

describe("the add-in's settings travel with the downloaded file", () => {
  const SETTINGS = "jixiao.settings";

  test("a workbook saved with profile 2015 opens with profile 2015, read from Excel's own web extension part", async () => {
    const source = await styledWorkbook();
    const model = opened(await readXlsx(arrayBuffer(source)));
    expect(model.settings.size).toBe(0);
    const json = JSON.stringify(
      JSON.stringify({ profile: "2015", lang: "zh-CN", note: 'a "quoted" <value> & more' }),
    );
    model.settings.set(SETTINGS, json);
    for (const written of [
      await writeXlsx(model, { source: arrayBuffer(source) }),
      await writeXlsx(model), // a workbook made in the preview, written afresh
    ]) {
      const zip = await JSZip.loadAsync(written);
      const part = await zip.file("xl/webextensions/webextension1.xml")!.async("string");
      expect(part).toContain('<we:reference id="9a063b1c-0292-43a3-acaa-92af96d14eb3"');
      expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
        '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
      );
      expect(await zip.file("_rels/.rels")!.async("string")).toMatch(
        /Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes\.xml"/,
      );
      // exceljs still reads the file, and so does the preview, settings and all.
      await load(Buffer.from(written));
      const back = opened(await readXlsx(written));
      expect(back.settings.get(SETTINGS)).toBe(json);
      expect(JSON.parse(JSON.parse(back.settings.get(SETTINGS)!) as string)).toMatchObject({
        profile: "2015",
      });
      const result = await readXlsx(written);
      expect(result.ok && result.notes.lost).toEqual([]);
    }
  });

  test("another add-in's settings in the file are named as not kept; ours are not", async () => {
    const zip = await JSZip.loadAsync(await styledWorkbook());
    zip.file(
      "xl/webextensions/webextension1.xml",
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="wa104380862" version="1.0.0.0" store="en-US" storeType="OMEX"/><we:properties><we:property name="x" value="1"/></we:properties></we:webextension>',
    );
    const result = await readXlsx(arrayBuffer(await zip.generateAsync({ type: "uint8array" })));
    expect(result.ok && result.notes.lost.map((name) => name["zh-CN"])).toEqual(["加载项设置"]);
    expect(result.ok && result.model.settings.size).toBe(0);
  });
});
