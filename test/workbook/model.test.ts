/** The plain workbook model and its helpers, used directly (no proxies) as a grid view or a test does. */
import type { Grid } from "../../src/core/grid";
import { formatLocal, needsQuotes, parseAddress, parseAreas } from "../../src/workbook/address";
import { coerceInput, displayText } from "../../src/workbook/cell-values";
import { renameSheetInFormula, shiftFormula } from "../../src/workbook/formula-refs";
import { coalesce, editFor, shiftArea, shiftWhole, subtract } from "../../src/workbook/geometry";
import { areasOf, WorkbookModel, type ModelChange } from "../../src/workbook/workbook-model";

const GRID: Grid = {
  sheet: "2022年绩效目标",
  values: [
    ["1、2022年度会议费项目绩效目标表", null, null],
    ["一级指标", "二级指标", "指标值"],
    ["产出指标", "数量指标", 0.95],
  ],
  merges: [{ row: 1, col: 1, rowCount: 1, colCount: 3 }],
  origin: { row: 1, col: 1 },
  numberFormats: [
    [null, null, null],
    [null, null, null],
    [null, null, "0%"],
  ],
};

describe("WorkbookModel", () => {
  test("fromGrids places values at the origin, keeps merges and number formats; toGrid gives them back", () => {
    const model = WorkbookModel.fromGrids([
      GRID,
      { sheet: "隐藏", values: [["x"]], merges: [], origin: { row: 0, col: 0 }, hidden: true },
    ]);
    const sheet = model.sheet("2022年绩效目标");
    expect(sheet.cell("B2").value).toBe("1、2022年度会议费项目绩效目标表");
    expect(sheet.cell("D4")).toMatchObject({ value: 0.95, numberFormat: "0%", text: "95%" });
    expect(sheet.cell("C2").merge).toEqual({ row: 1, col: 1, rowCount: 1, colCount: 3 });
    expect(model.activeSheet()?.name).toBe("2022年绩效目标");
    expect(model.sheet("隐藏").visibility).toBe("Hidden");
    const back = sheet.toGrid();
    expect(back.origin).toEqual({ row: 1, col: 1 });
    expect(back.values).toEqual(GRID.values);
    expect(back.numberFormats).toEqual(GRID.numberFormats);
    expect(back.merges).toEqual(GRID.merges);
    expect(model.toGrids()[1]).toMatchObject({ sheet: "隐藏", hidden: true });
  });

  test("toGrid starts at the used range, or at A1 when asked", () => {
    const model = WorkbookModel.fromGrids([
      { sheet: "S", values: [["a", "b"]], merges: [], origin: { row: 4, col: 2 } },
    ]);
    expect(model.sheet("S").toGrid()).toMatchObject({ origin: { row: 4, col: 2 }, values: [["a", "b"]] });
    expect(model.sheet("S").toGrid({ from: "A1" }).values).toHaveLength(5);
  });

  test("a cell view tells value, text, formats, hyperlink, merge, validation and conditional formats", () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("S");
    sheet.setValue(0, 0, 12.5);
    sheet.setFormat("A1", { fill: "#FFFF00", bold: true });
    sheet.setHyperlink(areasOf("A1")[0], { address: "https://example.org" });
    sheet.setValidationRule(areasOf("A1:A3")[0], { list: { inCellDropDown: true, source: "a,b" } });
    sheet.addConditionalFormat(areasOf("A1"), "Custom").formula = "=A1>0";
    const view = sheet.cell(0, 0);
    expect(view).toMatchObject({
      value: 12.5,
      text: "12.5",
      numberFormat: "General",
      format: { fill: "#FFFF00", bold: true },
      hyperlink: { address: "https://example.org" },
      merge: null,
      validation: { rule: { list: { inCellDropDown: true, source: "a,b" } } },
    });
    expect(view.conditionalFormats.map((cf) => cf.formula)).toEqual(["=A1>0"]);
    // The view is a copy.
    view.format.fill = "#000000";
    expect(sheet.cell("A1").format.fill).toBe("#FFFF00");
  });

  test("a snapshot is plain data with addresses", () => {
    const model = WorkbookModel.fromGrids([GRID]);
    model.settings.set("k", JSON.stringify({ a: 1 }));
    const snap = model.snapshot();
    expect(snap.activeSheet).toBe("2022年绩效目标");
    expect(snap.settings).toEqual({ k: { a: 1 } });
    expect(snap.sheets[0]).toMatchObject({ merges: ["B2:D2"], numberFormats: { D4: "0%" } });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  test("subscribers hear each change", () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("S");
    const heard: ModelChange[] = [];
    const stop = model.subscribe((change) => heard.push(change));
    sheet.setValue(0, 0, "x");
    sheet.insertCells("1:1", "Down");
    stop();
    sheet.setValue(0, 0, "y");
    expect(heard.map((c) => c.kind)).toEqual(["values", "structure"]);
  });

  test("sheet names follow Excel's rules; the last visible sheet can be neither hidden nor deleted", () => {
    const model = new WorkbookModel();
    const only = model.addSheet();
    expect(only.name).toBe("Sheet1");
    expect(() => model.addSheet("SHEET1")).toThrow(/already exists/);
    expect(() => model.addSheet("History")).toThrow(/not a valid worksheet name/);
    expect(() => model.addSheet("a[1]")).toThrow(/not a valid worksheet name/);
    expect(() => model.setVisibility(only, "Hidden")).toThrow(/at least one visible/);
    expect(() => model.deleteSheet(only)).toThrow(/at least one visible/);
  });

  test("renaming a sheet rewrites formulas that name it", () => {
    const model = new WorkbookModel();
    const data = model.addSheet("选项");
    const form = model.addSheet("表");
    form.setValidationRule(areasOf("A1")[0], { list: { inCellDropDown: true, source: "=选项!$A$1:$A$3" } });
    model.renameSheet(data, "选项 2");
    expect(form.cell("A1").validation?.rule?.list?.source).toBe("='选项 2'!$A$1:$A$3");
  });

  test("records of validation stay apart; 'replace' mode skips Excel's refusal", () => {
    const sheet = new WorkbookModel().addSheet("S");
    sheet.setValidationRule(areasOf("A1:A2")[0], { list: { inCellDropDown: true, source: "a" } });
    sheet.setValidationRule(areasOf("A3:A4")[0], { list: { inCellDropDown: true, source: "a" } });
    expect(sheet.validations).toHaveLength(2);
    expect(() =>
      sheet.setValidationRule(areasOf("A1:A4")[0], { list: { inCellDropDown: true, source: "b" } }),
    ).toThrow(/more than one data validation setting/);
    sheet.setValidationRule(areasOf("A1:A4")[0], { list: { inCellDropDown: true, source: "b" } }, "replace");
    expect(sheet.snapshot().validations.map((v) => v.areas)).toEqual(["A1:A4"]);
  });

  test("listItems reads an inline list or the range a formula points at", () => {
    const model = new WorkbookModel();
    const lists = model.addSheet("Lists");
    lists.setValues(0, 0, [["甲"], [0.5], [null], ["丙"]]);
    lists.setNumberFormat(areasOf("A2")[0], "0%");
    const sheet = model.addSheet("S");
    sheet.setValidationRule(areasOf("A1")[0], { list: { inCellDropDown: true, source: "是, 否" } });
    sheet.setValidationRule(areasOf("B1")[0], { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$4" } });
    expect(sheet.listItems(sheet.validationAt(0, 0)!)).toEqual(["是", "否"]);
    expect(sheet.listItems(sheet.validationAt(0, 1)!)).toEqual(["甲", "50%", "丙"]);
  });
});

describe("addresses", () => {
  test.each([
    ["B3", "B3"],
    ["$b$3", "B3"],
    ["C4:B3", "B3:C4"],
    ["5:7", "5:7"],
    ["C:A", "A:C"],
    ["XFD1048576", "XFD1048576"],
  ])("%s reads as %s", (text, local) => {
    const parsed = parseAddress(text);
    expect(parsed && formatLocal(parsed.range)).toBe(local);
  });

  test.each(["", "B0", "XFE1", "A1048577", "A1:B2:C3", "A1:5"])("%s is not an address", (text) => {
    expect(parseAddress(text)).toBeNull();
  });

  test("sheet qualifiers, quoted or not, and lists of areas", () => {
    expect(parseAddress("'It''s 表'!A1")).toEqual({
      sheet: "It's 表",
      range: { row: 0, col: 0, rowCount: 1, colCount: 1 },
    });
    expect(parseAddress("表!A1")?.sheet).toBe("表");
    expect(parseAreas("'a, b'!A1, B2:C3")?.map((a) => [a.sheet, formatLocal(a.range)])).toEqual([
      ["a, b", "A1"],
      [null, "B2:C3"],
    ]);
  });

  test.each([
    ["Sheet1", false],
    ["绩效目标", false],
    ["_x", false],
    ["Two Names", true],
    ["2022年", true],
    ["A1", true],
    ["XFD9", true],
    ["XFE9", false],
    ["R", true],
    ["RC2", true],
    ["TRUE", true],
    ["a.b", true],
  ])("the sheet name %s needs quotes: %s", (name, quoted) => {
    expect(needsQuotes(name)).toBe(quoted);
  });
});

describe("geometry", () => {
  test("subtract cuts a hole into up to four pieces; coalesce joins them back", () => {
    const [outer] = areasOf("A1:C3");
    const pieces = subtract(outer, areasOf("B2")[0]);
    expect(pieces.map(formatLocal).sort()).toEqual(["A1:C1", "A2", "A3:C3", "C2"]);
    expect(coalesce([...pieces, ...areasOf("B2")]).map(formatLocal)).toEqual(["A1:C3"]);
  });

  test("an area partly in the band of a shift splits; a merge across it conflicts", () => {
    const edit = editFor(areasOf("B5:C5")[0], "insert", "Down");
    expect(shiftArea(areasOf("A3:D8")[0], edit).map(formatLocal)).toEqual(["A3:A8", "B3:C9", "D3:D8"]);
    expect(shiftArea(areasOf("A3:D4")[0], edit).map(formatLocal)).toEqual(["A3:D4"]);
    expect(shiftWhole(areasOf("C6:D6")[0], edit)).toBe("conflict");
    expect(shiftWhole(areasOf("B6:C7")[0], edit)).toEqual(areasOf("B7:C8")[0]);
  });

  test("a delete removes what it covers", () => {
    const edit = editFor(areasOf("3:4")[0], "delete", "Up");
    expect(shiftWhole(areasOf("A3:B4")[0], edit)).toBeNull();
    expect(shiftWhole(areasOf("A2:B6")[0], edit)).toEqual(areasOf("A2:B4")[0]);
    expect(shiftArea(areasOf("A4:A9")[0], edit).map(formatLocal)).toEqual(["A3:A7"]);
  });
});

describe("references in formulas", () => {
  const insertRow3 = editFor(areasOf("3:3")[0], "insert", "Down");

  test.each([
    ["=A3", "=A4"],
    ["=$A$3+A2", "=$A$4+A2"],
    ["=SUM(A1:A5)", "=SUM(A1:A6)"],
    ['=IF(A3="A3",1,0)', '=IF(A4="A3",1,0)'],
    ["=LOG10(A5)", "=LOG10(A6)"],
    ["=Other!A5+A5", "=Other!A5+A6"],
    ["='S'!A5", "='S'!A6"],
  ])("inserting row 3 on S turns %s into %s", (before, after) => {
    expect(shiftFormula(before, insertRow3, "S", "S")).toBe(after);
  });

  test("deleted cells become #REF!; a partial band leaves ranges alone", () => {
    const deleteRow3 = editFor(areasOf("3:3")[0], "delete", "Up");
    expect(shiftFormula("=A3+Sheet2!A3+A4", deleteRow3, "S", "S")).toBe("=#REF!+Sheet2!A3+A3");
    const columnBOnly = editFor(areasOf("B3")[0], "insert", "Down");
    expect(shiftFormula("=A1:B9+B5", columnBOnly, "S", "S")).toBe("=A1:B9+B6");
  });

  test("a rename follows qualified references only", () => {
    const quote = (n: string) => (needsQuotes(n) ? `'${n}'` : n);
    expect(renameSheetInFormula("=Old!A1+'Old'!B2+OldX!C3", "Old", "New 1", quote)).toBe(
      "='New 1'!A1+'New 1'!B2+OldX!C3",
    );
  });
});

describe("values", () => {
  test.each([
    ["123", 123, undefined],
    [" -1.5e3 ", -1500, undefined],
    ["95%", 0.95, "0%"],
    ["12.5%", 0.125, "0.0%"],
    ["true", true, undefined],
    ["2022-01-31", 44592, "yyyy/m/d"],
    ["2022-02-30", "2022-02-30", undefined],
    ["≥95%", "≥95%", undefined],
    ["", null, undefined],
  ])("Excel stores %j as %j", (input, value, numberFormat) => {
    const coerced = coerceInput(input, undefined);
    expect(coerced.value).toBe(value);
    expect(coerced.numberFormat).toBe(numberFormat);
  });

  test("text-formatted cells keep text; formula-like text is flagged", () => {
    expect(coerceInput("007", "@").value).toBe("007");
    expect(coerceInput("=1+1", undefined)).toEqual({ value: "=1+1", formula: true });
    expect(coerceInput("-", undefined)).toEqual({ value: "-" });
  });

  test.each([
    [0.95, "0%", "95%"],
    [0.125, "0.0%", "12.5%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [2.5, "0", "3"],
    [44592, "yyyy-mm-dd", "2022-01-31"],
    [1 / 3, "General", "0.33333333333"],
    [true, "General", "TRUE"],
    [null, "General", ""],
  ])("%j formatted %s reads %s", (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });
});
