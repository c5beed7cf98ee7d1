import { screen, within } from "@testing-library/react";
import { inExcel, openTab, renderPane } from "./helpers/pane";

test("表格 lists every table with sheet, item, profile, layout and rows, and jumps to one", async () => {
  const { fake, user } = await renderPane();
  await openTab(user, "表格");
  expect(screen.getByText("共找到 8 张表。")).toBeInTheDocument();
  const list = screen.getByRole("list", { name: "表格" });
  const items = within(list).getAllByRole("listitem");
  expect(items).toHaveLength(8);
  const meeting = items[0];
  expect(meeting).toHaveTextContent("1、2022年度会议费项目绩效目标表");
  expect(meeting).toHaveTextContent("会议费 · 会议费 · 2015 框架（财预〔2015〕88号） · 合并式 · 14 行");
  expect(meeting).toHaveTextContent("错误 5 · 警告 0 · 提示 3");

  await user.click(screen.getByRole("button", { name: "转到“6、2022年度招待费项目绩效目标表”" }));
  await inExcel(fake, () => undefined);
  expect(fake.model.activeSheet()?.name).toBe("招待费");
  expect(fake.model.sheet("招待费").selection).toMatchObject({ row: 0, col: 0 });
  // The table holding the selection is marked as the current one.
  expect(within(list).getAllByRole("listitem")[5]).toHaveAttribute("aria-current", "true");
});

test("a workbook without tables says what a table needs", async () => {
  await renderPane({
    grids: [{ sheet: "Sheet1", values: [["预算说明"]], merges: [], origin: { row: 0, col: 0 } }],
  });
  expect(screen.getByText(/^未找到绩效目标表。/)).toBeInTheDocument();
  // Finding no table is said plainly, not as a green success.
  const said = screen.getByText(/^没有找到绩效目标表/);
  expect(said.closest(".ms-MessageBar--success")).toBeNull();
});
