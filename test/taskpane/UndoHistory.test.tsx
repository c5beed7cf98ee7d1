/**
 * The pane on an Excel that cannot undo an add-in's writes: nothing it does by itself costs the user
 * their Ctrl+Z history; it says the sheet's marks are behind, and writes them when asked.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { isMarkFormula } from "../../src/excel/marks";
import type { FakeExcel } from "../../src/preview/office/fake-excel";
import { inExcel, renderPane } from "./helpers/pane";
import { seedGrid } from "./helpers/workbook";

const ourMarks = (fake: FakeExcel) =>
  fake.model.sheets.flatMap((s) => s.conditionalFormats).filter((cf) => isMarkFormula(cf.formula));

test("opening the pane and typing write nothing; the pane says the marks are behind and updates them on request", async () => {
  const { fake, user } = await renderPane({ undoable: false });
  const sheet = fake.model.sheets[0].name;
  // The workbook was checked when the pane opened; its findings are listed, the sheet is not touched.
  const pending = await screen.findByTestId("marks-pending");
  expect(pending).toHaveTextContent(`${fake.model.sheets.length} 张工作表中的标记尚未随修改更新`);
  expect(ourMarks(fake)).toEqual([]);
  await inExcel(fake, () => fake.user.edit(sheet, "D5", "会议次数"));
  await waitFor(() => expect(fake.undo.depth).toBe(1), { timeout: 3000 });
  expect(fake.undo.clears).toBe(0);
  expect(ourMarks(fake)).toEqual([]);

  const update = within(pending).getByRole("button", { name: "更新表格中的标记" });
  expect(update).toHaveAttribute("title", expect.stringContaining("清空此前的撤消记录"));
  await user.click(update);
  await waitFor(() => expect(screen.queryByTestId("marks-pending")).not.toBeInTheDocument());
  expect(ourMarks(fake).length).toBeGreaterThan(0);
  // That write was the user's to make: on this Excel it is what empties the undo history.
  expect(fake.undo.clears).toBe(1);
});

test("in English the sentence names the sheet the same way", async () => {
  const { fake } = await renderPane({ undoable: false, locale: "en-US", grids: [seedGrid("会议费")] });
  expect(await screen.findByTestId("marks-pending")).toHaveTextContent(
    `The marks on “${fake.model.sheets[0].name}” do not follow your changes yet`,
  );
});

test("a co-author's change is listed at once; its marks are left to their add-in, and the pane says so", async () => {
  const { fake } = await renderPane({ grids: [seedGrid("会议费")] });
  expect(screen.queryByTestId("marks-pending")).not.toBeInTheDocument();
  await inExcel(fake, () => fake.coauthor.edit("会议费", "E9", "≥450元"));
  expect(await screen.findByTestId("marks-pending", undefined, { timeout: 3000 })).toHaveTextContent(
    "“会议费”中的标记尚未随共同编辑者的修改更新",
  );
});
