/**
 * src/xlsx: the preview's .xlsx reader and writer. Round trips through exceljs (and, for the file a
 * person downloads, through LibreOffice as a writer other than ours), workbooks made by exceljs the way
 * other tools make them, and every kind of bad file.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { areasOf, WorkbookModel } from "../../src/workbook/workbook-model";
import { readXlsx, writeXlsx, type XlsxReadResult } from "../../src/xlsx";
import { listSource } from "../../src/xlsx/read-xlsx";
import { listFormula } from "../../src/xlsx/sheet-writers";
import { convertWithLibreOffice, libreOfficeAvailable } from "../cli/helpers/libreoffice";

jest.setTimeout(60_000);

const SHEET = "2022年绩效目标";

function arrayBuffer(bytes: Uint8Array | Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function opened(result: XlsxReadResult): WorkbookModel {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.error)}`);
  return result.model;
}

/** A small workbook with one of everything the preview keeps. */
function sampleModel(): WorkbookModel {
  const model = new WorkbookModel();
  const sheet = model.addSheet(SHEET);
  sheet.setValues(0, 0, [
    ["1、2022年度会议费项目绩效目标表"],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", "年初工作要点"],
    [null, "质量指标", "参会人员出勤率", "参会人员出勤率", 0.95, "年初工作要点"],
    [null, "成本指标", "人均会议成本", "人均会议成本", "≤450元", "年初工作要点"],
    ["满意度指标", "服务对象满意度指标", "参会人员满意度", "满意度", true, 12.5],
  ]);
  sheet.merge(areasOf("A1:F1")[0]);
  sheet.merge(areasOf("A3:A5")[0]);
  sheet.setNumberFormat(areasOf("E4")[0], "0%");
  sheet.setFormat("E5", { fill: "#FFFF00", fontColor: "#C00000", bold: true });
  sheet.setFormat("A2:F2", { italic: true });
  // A dropdown per column, one per row (the 二级 lists: adjacent one-cell records), a range source.
  sheet.setValidationRule(
    areasOf("A3:A6")[0],
    { list: { inCellDropDown: true, source: "产出指标,效益指标,满意度指标" } },
    "replace",
  );
  for (const row of ["B3", "B4", "B5"]) {
    sheet.setValidationRule(
      areasOf(row)[0],
      { list: { inCellDropDown: true, source: "数量指标,质量指标,时效指标,成本指标" } },
      "replace",
    );
  }
  sheet.setValidationRule(
    areasOf("F3:F6")[0],
    { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$3" } },
    "replace",
  );
  sheet.updateValidation(areasOf("F3:F6")[0], {
    errorAlert: { style: "Warning", showAlert: true, message: "请从列表中选择" },
  });
  sheet.setValidationRule(
    areasOf("G3:G6")[0],
    { wholeNumber: { formula1: "=1", formula2: "=10", operator: "Between" } },
    "replace",
  );
  // Our marks: a custom formula that is always true, with a fill.
  const mark = sheet.addConditionalFormat([areasOf("E5")[0], areasOf("E3:E4")[0]], "Custom");
  mark.formula = '=N("jixiao:error:1k3x9:0")=0';
  mark.format.fill = "#FFC7CE";
  const lists = model.addSheet("Lists");
  lists.setValues(0, 0, [["年初工作要点"], ["工作要求"], ["接待费管理办法"]]);
  model.setVisibility(lists, "Hidden");
  const review = model.addSheet("审核意见");
  review.setValues(0, 0, [["单元格"], ["2022年绩效目标!E5"]]);
  review.setHyperlink(areasOf("A2")[0], {
    documentReference: `'${SHEET}'!E5`,
    textToDisplay: "2022年绩效目标!E5",
  });
  model.activate(sheet);
  model.select(sheet, areasOf("E5")[0]);
  return model;
}

describe("writeXlsx → readXlsx", () => {
  test("keeps values, number formats, merges, hidden sheets, fills, links and the active cell", async () => {
    const before = sampleModel();
    const after = opened(await readXlsx(await writeXlsx(before)));
    const was = before.snapshot();
    const now = after.snapshot();
    expect(now.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [SHEET, "Visible"],
      ["Lists", "Hidden"],
      ["审核意见", "Visible"],
    ]);
    expect(now.activeSheet).toBe(SHEET);
    for (let i = 0; i < was.sheets.length; i++) {
      expect(now.sheets[i].values).toEqual(was.sheets[i].values);
      expect(now.sheets[i].numberFormats).toEqual(was.sheets[i].numberFormats);
      expect(now.sheets[i].merges).toEqual(was.sheets[i].merges);
      expect(now.sheets[i].formats).toEqual(was.sheets[i].formats);
    }
    expect(after.sheet("审核意见").hyperlink(1, 0)).toMatchObject({ documentReference: `'${SHEET}'!E5` });
    expect(after.sheet(SHEET).activeCell).toEqual({ row: 4, col: 4 });
  });

  test("keeps data validations exactly where they were, one-cell records included", async () => {
    const before = sampleModel();
    const after = opened(await readXlsx(await writeXlsx(before)));
    const rows = (model: WorkbookModel) =>
      model
        .sheet(SHEET)
        .snapshot()
        .validations.map((v) => [v.areas, v.rule, v.errorAlert.style, v.errorAlert.message, v.ignoreBlanks])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(rows(after)).toEqual(rows(before));
    // Each cell's dropdown offers what it offered.
    for (const address of ["A4", "B3", "B5", "F6"]) {
      const cellBefore = before.sheet(SHEET).cell(address).validation!;
      const cellAfter = after.sheet(SHEET).cell(address).validation!;
      expect(after.sheet(SHEET).listItems(cellAfter)).toEqual(before.sheet(SHEET).listItems(cellBefore));
    }
  });

  test("keeps our marks as custom-formula conditional formats with their fill", async () => {
    const after = opened(await readXlsx(await writeXlsx(sampleModel())));
    const [mark] = after.sheet(SHEET).snapshot().conditionalFormats;
    expect(mark).toMatchObject({
      type: "Custom",
      areas: "E5,E3:E4",
      formula: '=N("jixiao:error:1k3x9:0")=0',
      format: { fill: "#FFC7CE" },
    });
  });

  test("list sources: quotes doubled inside an inline list, a formula kept as a formula", () => {
    for (const source of ["是,否", 'a"b,c', "=Lists!$A$1:$A$3", "=指标模板!$B$2:$B$9"]) {
      expect(listSource(listFormula(source))).toBe(source);
    }
  });

  (libreOfficeAvailable() ? test : test.skip)(
    "LibreOffice opens the download and keeps what we wrote",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-xlsx-"));
      const file = path.join(dir, "preview.xlsx");
      fs.writeFileSync(file, Buffer.from(await writeXlsx(sampleModel())));
      const converted = await convertWithLibreOffice(file, "xlsx", `preview-round-trip-${Date.now()}`);
      const model = opened(await readXlsx(arrayBuffer(fs.readFileSync(converted))));
      const sheet = model.sheet(SHEET);
      expect(sheet.cell("E5").text).toBe("≤450元");
      expect(sheet.cell("E4").text).toBe("95%");
      expect(sheet.snapshot().merges).toEqual(["A1:F1", "A3:A5"]);
      expect(sheet.listItems(sheet.cell("B4").validation!)).toEqual([
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
      ]);
      expect(sheet.cell("E5").conditionalFormats[0]?.formula).toBe('=N("jixiao:error:1k3x9:0")=0');
    },
  );
});

describe("readXlsx on workbooks other tools write", () => {
  async function excelJsBook(build: (workbook: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    return arrayBuffer(Buffer.from(await workbook.xlsx.writeBuffer()));
  }

  test("joins rich text, reads formulas by their result, errors as text, dates as serials", async () => {
    const data = await excelJsBook((workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = { richText: [{ text: "成本" }, { text: "指标", font: { bold: true } }] };
      sheet.getCell("A2").value = { formula: "1+1", result: 2 };
      sheet.getCell("A3").value = { formula: "NA()", result: { error: "#N/A" } };
      sheet.getCell("A4").value = new Date(Date.UTC(2022, 0, 15));
      sheet.getCell("A5").value = { text: "官网", hyperlink: "https://example.org/" };
      sheet.getCell("B1").value = "";
    });
    const result = await readXlsx(data);
    const sheet = opened(result).sheet("S");
    expect(sheet.value(0, 0)).toBe("成本指标");
    expect(sheet.value(1, 0)).toBe(2);
    expect(sheet.value(2, 0)).toBe("#N/A");
    // A date is Excel's serial under the cell's own date format (exceljs's default, here).
    expect(sheet.value(3, 0)).toBe(44576);
    expect(sheet.numberFormat(3, 0)).toBe("mm-dd-yy");
    expect(sheet.hyperlink(4, 0)).toMatchObject({ address: "https://example.org/", textToDisplay: "官网" });
    expect(sheet.value(0, 1)).toBeNull();
    expect(result.ok && result.notes).toEqual({
      sheets: 1,
      formulaCells: 2,
      skippedConditionalFormats: 0,
      lost: [],
    });
  });

  test("a stray cell at the sheet's last row does not make a million empty rows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(SHEET);
    sheet.getCell("A1").value = "一级指标";
    sheet.getCell("A1048576").value = "末行";
    const model = opened(await readXlsx(arrayBuffer(Buffer.from(await workbook.xlsx.writeBuffer()))));
    const rows: number[] = [];
    model.sheet(SHEET).rowOrigins.forEach((_from, r) => rows.push(r));
    expect(rows).toEqual([0, 1_048_575]);
    expect(model.sheet(SHEET).value(1_048_575, 0)).toBe("末行");
  });

  test("names what a download cannot keep: a chart, macros, sparklines", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(SHEET).getCell("A1").value = "一级指标";
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/vbaProject.bin", "macro");
    const part = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(part)!.async("string");
    zip.file(
      part,
      xml.replace(
        "</worksheet>",
        '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups/></ext></extLst></worksheet>',
      ),
    );
    const result = await readXlsx(arrayBuffer(await zip.generateAsync({ type: "uint8array" })));
    expect(result.ok && result.notes.lost.map((name) => name["zh-CN"])).toEqual([
      "图表",
      "宏（VBA）",
      "迷你图",
    ]);
    expect(result.ok && result.notes.lost.map((name) => name["en-US"])).toEqual([
      "charts",
      "macros (VBA)",
      "sparklines",
    ]);
  });

  test("a dropdown on a whole column stays one area, and reads in well under a second", async () => {
    const data = await excelJsBook((workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = "一级指标";
      for (const column of ["A", "B", "C"]) {
        (sheet as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(
          `${column}2:${column}1048576`,
          { type: "list", allowBlank: true, formulae: ['"是,否"'] },
        );
      }
    });
    const started = Date.now();
    const model = opened(await readXlsx(data));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(
      model
        .sheet("S")
        .snapshot()
        .validations.map((v) => v.areas),
    ).toEqual(["A2:A1048576", "B2:B1048576", "C2:C1048576"]);
  });

  test("reads Excel's x14 validations (a list on another sheet) and links to a place in the workbook", async () => {
    const data = await excelJsBook((workbook) => {
      workbook.addWorksheet("S").getCell("A1").value = "前往";
      workbook.addWorksheet("Lists").getCell("A1").value = "是";
    });
    const zip = await JSZip.loadAsync(data);
    const part = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(part)!.async("string");
    const extension =
      '<hyperlinks><hyperlink ref="A1" location="\'Lists\'!A1" display="前往"/></hyperlinks>' +
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      '<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>Lists!$A$1:$A$2</xm:f></x14:formula1>' +
      "<xm:sqref>B2:B9 D4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>";
    zip.file(part, xml.replace("</worksheet>", `${extension}</worksheet>`));
    const patched = arrayBuffer(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const sheet = opened(await readXlsx(patched)).sheet("S");
    expect(sheet.snapshot().validations).toEqual([
      expect.objectContaining({
        areas: "B2:B9,D4",
        rule: { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$2" } },
        errorAlert: expect.objectContaining({ showAlert: true, style: "Stop" }),
      }),
    ]);
    expect(sheet.hyperlink(0, 0)).toEqual({ documentReference: "'Lists'!A1", textToDisplay: "前往" });
  });
});

describe("readXlsx refuses bad files with the command line's codes, never an exception", () => {
  const bytes = (values: number[]) => arrayBuffer(Uint8Array.from(values));
  const utf16 = (text: string) => [...Buffer.from(text, "utf16le")];
  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  async function zipOf(files: Record<string, string>): Promise<ArrayBuffer> {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    return arrayBuffer(await zip.generateAsync({ type: "uint8array" }));
  }

  test.each([
    ["an empty file", async () => bytes([]), { code: "EMPTY" }],
    ["text", async () => arrayBuffer(Buffer.from("一级指标,二级指标\n")), { code: "NOT_ZIP" }],
    ["an encrypted .xlsx", async () => bytes([...OLE, ...utf16("EncryptionInfo")]), { code: "ENCRYPTED" }],
    ["a legacy .xls", async () => bytes([...OLE, ...utf16("Workbook")]), { code: "LEGACY_XLS" }],
    [
      "an OpenDocument sheet",
      () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      { code: "UNREADABLE", data: { kind: "ods" } },
    ],
    [
      "a zip of something else",
      () => zipOf({ "readme.txt": "hi" }),
      { code: "UNREADABLE", data: { kind: "zip" } },
    ],
  ])("%s", async (_name, make, expected) => {
    const result = await readXlsx(await make());
    expect(result).toEqual({ ok: false, error: expect.objectContaining(expected) });
  });

  test("a damaged workbook", async () => {
    const whole = new Uint8Array(await writeXlsx(sampleModel()));
    const result = await readXlsx(arrayBuffer(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "CORRUPT_ZIP" }) });
  });

  test("a workbook whose part is not XML", async () => {
    const data = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "not xml at all <<<" });
    const result = await readXlsx(data);
    expect(result.ok).toBe(false);
  });

  test("a file over the limit, before it is unpacked", async () => {
    const data = await writeXlsx(sampleModel());
    const result = await readXlsx(data, { maxBytes: 1024 });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "TOO_LARGE", data: expect.objectContaining({ limitMB: "0" }) }),
    });
  });
});
