/**
 * The preview's grid view against the office.js fake: it draws what the model holds (text, merges,
 * fills, marks, dropdowns, links) and acts only through the simulated user, so Excel's events reach
 * the pane.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { CellValue } from "../../src/core/grid";
import { GridView } from "../../src/preview/GridView";
import { areasOf, WorkbookModel } from "../../src/workbook/workbook-model";
import { openDocument } from "../../src/preview/preview-document";
import type { GridNotice } from "../../src/preview/SheetGrid";
import { I18nProvider } from "../../src/taskpane/i18n/I18nProvider";

const SHEET = "指标";

function workbook(values: CellValue[][], build?: (model: WorkbookModel) => void) {
  const model = WorkbookModel.fromGrids([{ sheet: SHEET, values, merges: [], origin: { row: 0, col: 0 } }]);
  build?.(model);
  const document_ = openDocument(model, "test.xlsx");
  const notices: GridNotice[] = [];
  const utils = render(
    <I18nProvider locale="zh-CN">
      <GridView fake={document_.fake} onNotice={(notice) => notices.push(notice)} />
    </I18nProvider>,
  );
  const grid = () => screen.getByRole("grid");
  const cell = (address: string) => grid().querySelector<HTMLElement>(`[data-cell="${address}"]`);
  return { ...utils, model, fake: document_.fake, notices, grid, cell };
}

/** Something the person does, and the events Excel raises for it. */
async function settle(fake: { idle(): Promise<void> }): Promise<void> {
  await act(async () => {
    await fake.idle();
  });
}

/** The selection events the fake raises, as the pane's live checker hears them. */
async function listenForSelections(fake: ReturnType<typeof openDocument>["fake"]): Promise<string[]> {
  const heard: string[] = [];
  await fake.run(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(async (args: { address: string }) => {
      heard.push(args.address);
    });
    await context.sync();
  });
  return heard;
}

const TABLE: CellValue[][] = [
  ["1、2022年度会议费项目绩效目标表"],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "组织会议次数", "≥6次"],
  [null, "成本指标", "人均会议成本", "≤450元"],
  [null, "质量指标", "出勤率", 0.95],
];

describe("GridView draws the workbook", () => {
  test("column letters, row numbers and the cells' text, as a grid", () => {
    const { grid } = workbook(TABLE, (model) => model.sheet(SHEET).setNumberFormat(areasOf("D5")[0], "0%"));
    expect(grid()).toHaveAccessibleName("工作表“指标”");
    const headers = within(grid())
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers.slice(0, 5)).toEqual(["", "A", "B", "C", "D"]);
    const rows = within(grid()).getAllByRole("row");
    const third = rows.find((row) => row.getAttribute("aria-rowindex") === "4")!;
    expect(within(third).getByRole("rowheader")).toHaveTextContent("3");
    expect(
      within(third)
        .getAllByRole("gridcell")
        .slice(0, 4)
        .map((c) => c.textContent),
    ).toEqual(["产出指标", "数量指标", "组织会议次数", "≥6次"]);
    expect(within(grid()).getByRole("gridcell", { name: "95%" })).toBeInTheDocument();
  });

  test("a merged area is one cell spanning its rows and columns", () => {
    const { cell } = workbook(TABLE, (model) => {
      model.sheet(SHEET).merge(areasOf("A1:D1")[0]);
      model.sheet(SHEET).merge(areasOf("A3:A5")[0]);
    });
    expect(cell("A1")).toHaveAttribute("aria-colspan", "4");
    expect(cell("B1")).toBeNull();
    expect(cell("A3")).toHaveAttribute("aria-rowspan", "3");
    expect(cell("A4")).toBeNull();
    expect(cell("A3")!.style.height).toBe(`${3 * 24}px`);
  });

  test("the user's fill, and the add-in's marks by severity from the conditional formats", () => {
    const { cell } = workbook(TABLE, (model) => {
      const sheet = model.sheet(SHEET);
      sheet.setFormat("C3", { fill: "#FFFF00", bold: true });
      const mark = sheet.addConditionalFormat(areasOf("D4"), "Custom");
      mark.formula = '=N("jixiao:error:abc12:0")=0';
      mark.format.fill = "#FFC7CE";
      // A person's own rule: not evaluated, so not drawn.
      const own = sheet.addConditionalFormat(areasOf("D3"), "Custom");
      own.formula = '=D3<>""';
      own.format.fill = "#00FF00";
    });
    expect(cell("C3")!.style.background).toBe("rgb(255, 255, 0)");
    expect(cell("C3")!.style.fontWeight).toBe("600");
    expect(cell("D4")).toHaveAttribute("data-mark", "error");
    expect(cell("D4")!.style.background).toBe("rgb(255, 199, 206)");
    expect(cell("D4")).toHaveAccessibleName("≤450元 （标记：错误）");
    expect(cell("D3")).not.toHaveAttribute("data-mark");
    expect(cell("D3")!.style.background).toBe("");
  });

  test("redraws when the workbook changes (the add-in's writes)", async () => {
    const { model, cell } = workbook(TABLE);
    act(() => model.sheet(SHEET).setValue(3, 3, "≥5万元"));
    expect(cell("D4")).toHaveTextContent("≥5万元");
  });

  test("only the rows in view are rendered: a sheet of 2,000 rows stays light", () => {
    const values = Array.from({ length: 2000 }, (_, i) => [`第${i + 1}行`, i]);
    const { grid } = workbook(values);
    expect(grid()).toHaveAttribute("aria-rowcount", String(2000 + 30 + 1));
    expect(within(grid()).getAllByRole("row").length).toBeLessThan(60);
    fireEvent.scroll(grid(), { target: { scrollTop: 1500 * 24 } });
    expect(grid().querySelector('[data-cell="A1501"]')).not.toBeNull();
    expect(grid().querySelector('[data-cell="A1"]')).toBeNull();
  });
});

describe("GridView acts as the person in Excel", () => {
  test("a click selects the cell: Excel's selection event reaches the add-in", async () => {
    const { fake, cell, model } = workbook(TABLE);
    const heard = await listenForSelections(fake);
    fireEvent.mouseDown(cell("D4")!, { button: 0 });
    await settle(fake);
    expect(model.sheet(SHEET).selection).toEqual(areasOf("D4")[0]);
    expect(cell("D4")).toHaveAttribute("aria-selected", "true");
    expect(heard.at(-1)).toBe("D4");
  });

  test("clicking a merged cell selects the whole area", async () => {
    const { fake, cell, model } = workbook(TABLE, (m) => m.sheet(SHEET).merge(areasOf("A3:A5")[0]));
    fireEvent.mouseDown(cell("A3")!, { button: 0 });
    await settle(fake);
    expect(model.sheet(SHEET).selection).toEqual(areasOf("A3:A5")[0]);
  });

  test("arrow keys move the selection, passing a merged area as one cell", async () => {
    const { fake, grid, model } = workbook(TABLE, (m) => m.sheet(SHEET).merge(areasOf("A3:A5")[0]));
    const sheet = model.sheet(SHEET);
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    expect(sheet.selection).toEqual(areasOf("A3:A5")[0]);
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    expect(sheet.activeCell).toEqual({ row: 5, col: 0 });
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    fireEvent.keyDown(grid(), { key: "ArrowUp" });
    expect(sheet.activeCell).toEqual({ row: 4, col: 1 });
    // Ctrl: to the last row or column with data (row 5, column D).
    fireEvent.keyDown(grid(), { key: "ArrowUp" });
    fireEvent.keyDown(grid(), { key: "ArrowDown", ctrlKey: true });
    expect(sheet.activeCell).toEqual({ row: 4, col: 1 });
    fireEvent.keyDown(grid(), { key: "ArrowRight", ctrlKey: true });
    expect(sheet.activeCell).toEqual({ row: 4, col: 3 });
    fireEvent.keyDown(grid(), { key: "Home", ctrlKey: true });
    expect(sheet.activeCell).toEqual({ row: 0, col: 0 });
    await settle(fake);
    expect(grid()).toHaveAttribute("aria-activedescendant", expect.stringMatching(/-0-0$/));
  });

  test("Enter edits; Enter writes as typing does (a change event), and moves down", async () => {
    const { fake, grid, model } = workbook(TABLE);
    const changes: string[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args: { address: string }) => {
        changes.push(args.address);
      });
      await context.sync();
    });
    act(() => fake.user.select(SHEET, "D4"));
    fireEvent.keyDown(grid(), { key: "Enter" });
    const editor = screen.getByRole("textbox", { name: "编辑 D4" });
    expect(editor).toHaveValue("≤450元");
    fireEvent.change(editor, { target: { value: "≥5万元" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    await settle(fake);
    expect(model.sheet(SHEET).value(3, 3)).toBe("≥5万元");
    expect(changes).toEqual(["D4"]);
    expect(model.sheet(SHEET).activeCell).toEqual({ row: 4, col: 3 });
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  test("typing starts an edit with what was typed; Escape cancels and writes nothing", async () => {
    const { fake, grid, model } = workbook(TABLE);
    act(() => fake.user.select(SHEET, "D4"));
    fireEvent.keyDown(grid(), { key: "7" });
    const editor = screen.getByRole("textbox", { name: "编辑 D4" });
    expect(editor).toHaveValue("7");
    fireEvent.keyDown(editor, { key: "Escape" });
    await settle(fake);
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(model.sheet(SHEET).value(3, 3)).toBe("≤450元");
  });

  test("F2 and double-click edit too; Delete clears the cell", async () => {
    const { fake, grid, model, cell } = workbook(TABLE);
    act(() => fake.user.select(SHEET, "C3"));
    fireEvent.keyDown(grid(), { key: "F2" });
    expect(screen.getByRole("textbox", { name: "编辑 C3" })).toHaveValue("组织会议次数");
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "Escape" });
    fireEvent.doubleClick(cell("C3")!);
    expect(screen.getByRole("textbox", { name: "编辑 C3" })).toBeInTheDocument();
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "Escape" });
    fireEvent.keyDown(grid(), { key: "Delete" });
    await settle(fake);
    expect(model.sheet(SHEET).value(2, 2)).toBeNull();
  });

  test("a cell with a list has a dropdown; a pick is written as Excel writes it", async () => {
    const { fake, model } = workbook(TABLE, (m) =>
      m.sheet(SHEET).setValidationRule(areasOf("B3:B5")[0], {
        list: { inCellDropDown: true, source: "数量指标,质量指标,时效指标,成本指标" },
      }),
    );
    expect(screen.queryByRole("combobox")).toBeNull();
    act(() => fake.user.select(SHEET, "B4"));
    const dropdown = screen.getByRole("combobox", { name: "B4 的下拉列表" });
    expect(
      within(dropdown)
        .getAllByRole("option", { hidden: true })
        .map((o) => o.textContent),
    ).toEqual(["", "数量指标", "质量指标", "时效指标", "成本指标"]);
    fireEvent.change(dropdown, { target: { value: "时效指标" } });
    await settle(fake);
    expect(model.sheet(SHEET).value(3, 1)).toBe("时效指标");
  });

  test("a value the list refuses (a Stop alert) is not written, and the page is told", async () => {
    const { fake, grid, model, notices } = workbook(TABLE, (m) =>
      m.sheet(SHEET).setValidationRule(areasOf("B3:B5")[0], {
        list: { inCellDropDown: true, source: "数量指标,成本指标" },
      }),
    );
    act(() => fake.user.select(SHEET, "B4"));
    fireEvent.keyDown(grid(), { key: "F2" });
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "产出" } });
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "Enter" });
    await settle(fake);
    expect(model.sheet(SHEET).value(3, 1)).toBe("成本指标");
    expect(notices).toEqual([{ id: "grid.refused.validation", data: { value: "产出", cell: "B4" } }]);
  });

  test("a link to a cell selects that cell, on its own sheet", async () => {
    const { fake, model, cell } = workbook(TABLE, (m) => {
      const review = m.addSheet("审核意见");
      review.setValues(0, 0, [["指标!D4"]]);
      review.setHyperlink(areasOf("A1")[0], { documentReference: "'指标'!D4", textToDisplay: "指标!D4" });
      m.activate(review);
    });
    const link = within(cell("A1")!).getByRole("link", { name: "指标!D4" });
    fireEvent.click(link);
    await settle(fake);
    expect(model.activeSheet()!.name).toBe(SHEET);
    expect(model.sheet(SHEET).selection).toEqual(areasOf("D4")[0]);
    expect(screen.getByRole("tab", { name: SHEET })).toHaveAttribute("aria-selected", "true");
  });

  test("sheet tabs switch sheets through the person's click; hidden sheets have no tab", async () => {
    const { fake, model } = workbook(TABLE, (m) => {
      m.addSheet("第二页").setValues(0, 0, [["second"]]);
      m.setVisibility(m.addSheet("隐藏"), "Hidden");
    });
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual([SHEET, "第二页"]);
    fireEvent.click(screen.getByRole("tab", { name: "第二页" }));
    await settle(fake);
    expect(model.activeSheet()!.name).toBe("第二页");
    expect(screen.getByRole("grid")).toHaveAccessibleName("工作表“第二页”");
    expect(screen.getByRole("gridcell", { name: "second" })).toBeInTheDocument();
  });
});
