/**
 * The grid view by keyboard alone, in Chromium: reached with Tab, arrow keys move the selection (and
 * the pane follows), Enter and F2 edit, Escape cancels, Alt+Down opens a cell's dropdown; focus is
 * visible. And the page in a narrow window, where the pane goes under the grid.
 */
import path from "path";
import type { Browser } from "playwright-core";
import {
  launchChromium,
  openRecordedPage,
  saveScreenshot,
  unexpectedConsoleErrors,
  type PageRecord,
} from "./browser";
import { cell, pane, SAMPLE_SHEET, selectCell, sheetGrid } from "./preview-page";
import { serveDirectory, type StaticServer } from "./static-server";

jest.setTimeout(60_000);

const DIST = path.join(__dirname, "..", "..", "dist");

let server: StaticServer;
let browser: Browser;
const records: PageRecord[] = [];

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(records.map((record) => record.context.close()));
  await browser?.close();
  await server?.close();
});

async function openPreview(viewport: { width: number; height: number }): Promise<PageRecord> {
  const record = await openRecordedPage(browser, server.origin, {
    officeJs: "blocked",
    locale: "zh-CN",
    viewport,
  });
  records.push(record);
  await record.page.goto(`${server.origin}/preview.html`);
  await pane(record.page)
    .getByText(/^检查完成/)
    .waitFor({ timeout: 10_000 });
  return record;
}

function expectClean(record: PageRecord): void {
  expect(unexpectedConsoleErrors(record)).toEqual([]);
  expect(record.pageErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
}

test("the grid is one tab stop, and arrow keys, Enter, F2, Escape and Alt+Down work in it", async () => {
  const record = await openPreview({ width: 1280, height: 760 });
  const { page } = record;
  const grid = sheetGrid(page);
  const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute("role") ?? null);

  // Tab from the top of the page: the toolbar's buttons, then the grid.
  let presses = 0;
  while ((await focusedRole()) !== "grid" && presses < 10) {
    await page.keyboard.press("Tab");
    presses++;
  }
  expect(await focusedRole()).toBe("grid");
  // The focus ring is drawn.
  expect(await grid.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/inset/);

  // A1 is the 会议费 title (A1:F1); down twice reaches A3, right then down reaches B4.
  for (const key of ["ArrowDown", "ArrowDown", "ArrowRight", "ArrowDown"]) await page.keyboard.press(key);
  const active = await grid.getAttribute("aria-activedescendant");
  expect(await page.locator(`[id="${active}"]`).getAttribute("data-cell")).toBe("B4");
  await pane(page).getByText(`此单元格：${SAMPLE_SHEET}!B4`).waitFor();

  // Enter edits with the cell's text; Escape cancels.
  await page.keyboard.press("Enter");
  const editor = page.getByRole("textbox", { name: "编辑 B4" });
  expect(await editor.inputValue()).toBe("数量指标");
  await page.keyboard.type("（草稿）");
  await page.keyboard.press("Escape");
  expect(await editor.count()).toBe(0);
  expect(await focusedRole()).toBe("grid");
  expect(await cell(page, "B4").getAttribute("title")).toBe("数量指标");

  // The pane put a 二级指标 dropdown on B4: Alt+Down opens it; choosing writes the cell.
  await page.keyboard.press("Alt+ArrowDown");
  const dropdown = page.getByRole("combobox", { name: "B4 的下拉列表" });
  expect(await dropdown.evaluate((el) => el === document.activeElement)).toBe(true);
  await dropdown.selectOption("质量指标");
  await grid.locator('[data-cell="B4"][title="质量指标"]').waitFor();
  expect(await focusedRole()).toBe("grid");

  // F2 edits in place; typing and Enter writes and moves down, as Excel does.
  await page.keyboard.press("F2");
  await page.getByRole("textbox", { name: "编辑 B4" }).fill("数量指标");
  await page.keyboard.press("Enter");
  await grid.locator('[data-cell="B4"][title="数量指标"]').waitFor();
  await grid.locator('[data-cell="B5"][aria-selected="true"]').waitFor();
  await saveScreenshot(page, "keyboard-grid-focus");
  expectClean(record);
});

test("typing with an input method (pinyin) goes straight into the selected cell", async () => {
  const record = await openPreview({ width: 1280, height: 760 });
  const { page } = record;
  await selectCell(page, "E9");
  // What Chromium receives from an IME: a keydown of "Process", a composition, its committed text.
  const cdp = await record.context.newCDPSession(page);
  const key = { key: "Process", code: "KeyW", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
  await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...key });
  await cdp.send("Input.imeSetComposition", { text: "wan", selectionStart: 3, selectionEnd: 3 });
  await cdp.send("Input.insertText", { text: "≥5万元" });
  await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...key });
  const editor = page.getByRole("textbox", { name: "编辑 E9" });
  expect(await editor.inputValue()).toBe("≥5万元");
  await page.keyboard.press("Enter");
  await sheetGrid(page)
    .locator('[data-cell="E9"][data-mark="error"][title="≥5万元"]')
    .waitFor({ timeout: 2000 });
  expectClean(record);
});

test("in a narrow window the pane goes under the grid, and both can be used", async () => {
  const record = await openPreview({ width: 480, height: 900 });
  const { page } = record;
  const gridBox = (await sheetGrid(page).boundingBox())!;
  const paneBox = (await pane(page).boundingBox())!;
  expect(gridBox.width).toBeGreaterThan(400);
  expect(paneBox.y).toBeGreaterThanOrEqual(gridBox.y + gridBox.height);
  await cell(page, "E9").click();
  await pane(page).getByText(`此单元格：${SAMPLE_SHEET}!E9`).waitFor();
  await saveScreenshot(page, "preview-narrow");
  expectClean(record);
});
