/**
 * Issue 15's first point, end to end: on an Excel that cannot undo an add-in's writes (the preview's
 * `?excel=no-undo`), typing is checked at once in the pane but nothing is written to the workbook by
 * itself — the pane says the marks are behind, and the user's click writes them.
 */
import { cell, finding, pane, paneTab, previewSession, SAMPLE_SHEET, typeIntoCell } from "./preview-page";
import { saveScreenshot } from "./browser";

jest.setTimeout(60_000);

const session = previewSession("?excel=no-undo");

test("typing is listed at once, the sheet is marked only when the user asks", async () => {
  const page = session.page();
  await paneTab(page, "检查").click();
  const pending = pane(page).getByTestId("marks-pending");
  // Opening the pane checked the workbook and wrote nothing: the sample's findings are not drawn.
  await pending.waitFor();
  expect(await pending.textContent()).toContain(`“${SAMPLE_SHEET}”中的标记尚未随修改更新`);
  expect(await page.locator("[data-mark]").count()).toBe(0);

  await typeIntoCell(page, "E9", "≥5万元");
  await page.keyboard.press("Enter");
  await finding(page, SAMPLE_SHEET, "E9", "cost-upper-bound").waitFor({ timeout: 3000 });
  expect(await cell(page, "E9").getAttribute("data-mark")).toBeNull();
  await saveScreenshot(page, "undo-1-marks-pending");

  await pending.getByRole("button", { name: "更新表格中的标记" }).click();
  await cell(page, "E9").and(page.locator('[data-mark="error"]')).waitFor({ timeout: 3000 });
  await pending.waitFor({ state: "detached" });
  expect(await page.locator("[data-mark]").count()).toBeGreaterThan(1);
  await saveScreenshot(page, "undo-2-marks-updated");
});
