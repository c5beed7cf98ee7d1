import { parseRangeA1 } from "../../src/core/grid";
import { cellKey, marksInWindow } from "../../src/preview/cell-marks";
import { moveFrom, selectionAt } from "../../src/preview/grid-keys";
import { areasOf, WorkbookModel } from "../../src/workbook/workbook-model";
import {
  cellText,
  columnAt,
  columnWidths,
  DEFAULT_COLUMN_WIDTH,
  isDateFormat,
  MAX_COLUMN_WIDTH,
  ROW_HEIGHT,
  sheetLayout,
  viewWindow,
} from "../../src/preview/sheet-layout";

function sheetOf(values: (string | number | null)[][]) {
  return WorkbookModel.fromGrids([{ sheet: "S", values, merges: [], origin: { row: 0, col: 0 } }]).sheet("S");
}

describe("cellText", () => {
  test.each([
    [0.95, "0%", "95%"],
    [44576, "mm-dd-yy", "2022-01-15"],
    [44576, 'yyyy"年"m"月"d"日"', "2022-01-15"],
    [44576, "yyyy/m/d", "2022/1/15"],
    [1234.5, "#,##0.00", "1,234.50"],
    [12, '0"人"', "12"],
    ["≥95%", "General", "≥95%"],
  ])("%s in %s → %s", (value, format, text) => {
    expect(cellText(value, format)).toBe(text);
  });

  test.each(["General", "@", "0%", "0.00", "#,##0", "h:mm"])("%s is not a date format", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe("column widths", () => {
  test("from the widest text, a title that stands alone in its row left out, within bounds", () => {
    const sheet = sheetOf([
      ["一张很长很长很长很长很长很长很长很长的表的标题"],
      ["一级指标", "参与会议人数", "x".repeat(80), null],
      ["产出指标", "≥500人", "y", null],
    ]);
    const widths = columnWidths(sheet, 4);
    expect(widths[0]).toBeLessThan(100);
    expect(widths[1]).toBeGreaterThan(widths[0]);
    expect(widths[2]).toBe(MAX_COLUMN_WIDTH);
    expect(widths[3]).toBe(DEFAULT_COLUMN_WIDTH);
  });

  test("the view window covers what is on screen, and a little more", () => {
    const sheet = sheetOf(Array.from({ length: 500 }, (_, i) => [i, "a", "b"]));
    const layout = sheetLayout(sheet);
    const win = viewWindow(layout, { top: 100 * ROW_HEIGHT, left: 0 }, { width: 800, height: 600 });
    expect(win.firstRow).toBeLessThanOrEqual(100);
    expect(win.firstRow).toBeGreaterThan(80);
    expect(win.lastRow).toBeGreaterThanOrEqual(100 + Math.floor(600 / ROW_HEIGHT) - 1);
    expect(win.lastRow).toBeLessThan(140);
    expect(columnAt(layout, 0)).toBe(0);
    expect(columnAt(layout, layout.lefts[2] + 1)).toBe(2);
    expect(columnAt(layout, 1e9)).toBe(layout.colCount - 1);
  });
});

describe("moving the selection", () => {
  const model = WorkbookModel.fromGrids([
    {
      sheet: "S",
      values: [["t"], ["a"], ["b"], ["c"], ["d"]],
      merges: [parseRangeA1("A1:C1")!, parseRangeA1("A2:A4")!],
      origin: { row: 0, col: 0 },
    },
  ]);
  const sheet = model.sheet("S");

  test("a merged area is one step, and selecting into it selects all of it", () => {
    expect(moveFrom(sheet, { row: 1, col: 0 }, "down")).toEqual({ row: 4, col: 0 });
    expect(moveFrom(sheet, { row: 4, col: 0 }, "up")).toEqual({ row: 1, col: 0 });
    expect(moveFrom(sheet, { row: 0, col: 0 }, "right")).toEqual({ row: 0, col: 3 });
    expect(moveFrom(sheet, { row: 2, col: 1 }, "left")).toEqual({ row: 1, col: 0 });
    expect(selectionAt(sheet, 2, 0).address).toBe("A2:A4");
    expect(moveFrom(sheet, { row: 0, col: 0 }, "up")).toEqual({ row: 0, col: 0 });
    expect(moveFrom(sheet, { row: 0, col: 5 }, "down", 10)).toEqual({ row: 10, col: 5 });
  });
});

describe("marks in view", () => {
  test("our marks by severity and fill, the first format winning a cell; other formulas not drawn", () => {
    const sheet = sheetOf([["a", "b"]]);
    const warning = sheet.addConditionalFormat(areasOf("A1:B2"), "Custom");
    warning.formula = '=N("jixiao:warning:x1:0")=0';
    warning.format.fill = "#FFEB9C";
    const error = sheet.addConditionalFormat(areasOf("A1"), "Custom");
    error.formula = '=N("jixiao:error:x2:0")=0';
    error.format.fill = "#FFC7CE";
    const own = sheet.addConditionalFormat(areasOf("C1"), "Custom");
    own.formula = "=TRUE";
    own.format.fill = "#000000";
    const marks = marksInWindow(sheet, parseRangeA1("A1:C1")!);
    expect(marks.get(cellKey(0, 0))).toEqual({ severity: "error", fill: "#FFC7CE" });
    expect(marks.get(cellKey(0, 1))).toEqual({ severity: "warning", fill: "#FFEB9C" });
    expect(marks.has(cellKey(0, 2))).toBe(false);
    expect(marks.has(cellKey(1, 0))).toBe(false);
  });
});
