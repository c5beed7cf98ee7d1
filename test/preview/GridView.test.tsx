import { fireEvent, render, screen, within } from "@testing-library/react";
import { GridView } from "../../src/preview/GridView";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { I18nProvider } from "../../src/taskpane/i18n/I18nProvider";

function renderGrid(workbook: MemoryWorkbook) {
  return render(
    <I18nProvider locale="zh-CN">
      <GridView workbook={workbook} />
    </I18nProvider>,
  );
}

describe("GridView", () => {
  test("shows the active sheet with column letters and row numbers", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("指标", [
      ["一级指标", "指标值"],
      ["产出指标", 6],
    ]);
    renderGrid(workbook);
    const table = screen.getByRole("table", { name: "工作表“指标”" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers.slice(0, 4)).toEqual(["", "A", "B", "C"]);
    const secondRow = within(table).getAllByRole("row")[2];
    expect(within(secondRow).getByRole("rowheader")).toHaveTextContent("2");
    expect(
      within(secondRow)
        .getAllByRole("cell")
        .map((cell) => cell.textContent)
        .slice(0, 3),
    ).toEqual(["产出指标", "6", ""]);
  });

  test("switches sheets with the tabs", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("一", [["first"]]);
    workbook.addSheet("二", [["second"]]);
    renderGrid(workbook);
    expect(screen.getByRole("tab", { name: "一" })).toHaveAttribute("aria-selected", "true");
    fireEvent.click(screen.getByRole("tab", { name: "二" }));
    expect(screen.getByRole("tab", { name: "二" })).toHaveAttribute("aria-selected", "true");
    expect(within(screen.getByRole("table", { name: "工作表“二”" })).getByText("second")).toBeInTheDocument();
    expect(workbook.activeSheetName).toBe("二");
  });

  test("says so when the workbook has no sheet", () => {
    renderGrid(new MemoryWorkbook());
    expect(screen.getByText("此工作表为空。")).toBeInTheDocument();
  });
});
