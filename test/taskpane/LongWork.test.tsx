import { engineCounts, summaryLine } from "./helpers/workbook";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { isMarkFormula } from "../../src/excel/marks";
import { checked, renderPane } from "./helpers/pane";
import { seedGrid } from "./helpers/workbook";

jest.setTimeout(30_000);

/** Many sheets, each holding all eight seed tables (about a thousand cells a sheet). */
const manySheets = (count: number) => Array.from({ length: count }, (_, i) => seedGrid(`单位${i + 1}`));

test("a 100-sheet workbook shows its progress, and cancelling writes nothing", async () => {
  // Excel answers one request at a time, when the test says so: no race with the pane's rendering.
  let stepping = true;
  const waiting: (() => void)[] = [];
  const { fake } = await renderPane({
    grids: manySheets(100),
    waitForCheck: false,
    beforeSync: () => (stepping ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve()),
  });
  const progress = /^已读取 \d+ \/ \d+ 个单元格$/;
  while (!screen.queryByText(progress)) {
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    await act(async () => waiting.shift()!());
  }
  expect(screen.getByTestId("task-bar")).toHaveTextContent("正在检查工作簿…");
  // The first block of cells is read; the rest is still to come when the person cancels.
  fireEvent.click(screen.getByRole("button", { name: "取消" }));
  stepping = false;
  await act(async () => waiting.splice(0).forEach((answer) => answer()));
  expect(await screen.findByText("已取消检查，工作簿未作任何修改。")).toBeInTheDocument();
  expect(screen.queryByTestId("task-bar")).not.toBeInTheDocument();
  // Only the active sheet (checked before the workbook check began) has marks.
  const marked = fake.model.sheets.filter((s) =>
    s.conditionalFormats.some((cf) => isMarkFormula(cf.formula)),
  );
  expect(marked.map((s) => s.name)).toEqual(["单位1"]);
  expect(screen.getByTestId("findings-summary")).toHaveTextContent(/^8 张表/);
});

test("the same workbook checked to the end: every sheet's tables are counted", async () => {
  await renderPane({ grids: manySheets(100), waitForCheck: false });
  await checked();
  expect(screen.getByTestId("findings-summary")).toHaveTextContent(
    summaryLine(engineCounts(manySheets(100))),
  );
});

test("thousands of findings: the list renders only what is on screen", async () => {
  await renderPane({ grids: manySheets(20) });
  const counts = engineCounts(manySheets(20));
  const total = counts.errors + counts.warnings + counts.infos;
  const rendered = screen.getByTestId("findings-list").querySelectorAll("[data-finding]").length;
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(total / 4);
});

test("a live check after an edit does not wait for a long task to end", async () => {
  const { fake } = await renderPane({ grids: manySheets(2) });
  await act(async () => {
    fake.user.edit("单位1", "E76", "≤5万元");
    await fake.idle();
  });
  // The edit mends one error of the first sheet.
  const errors = engineCounts(manySheets(2)).errors - 1;
  await waitFor(() => expect(screen.getByTestId("findings-summary")).toHaveTextContent(`${errors} 个错误`), {
    timeout: 3000,
  });
});
