/**
 * Driving the preview page (dist/preview.html) as a person does: the grid view on the left, the task
 * pane on the right. Cells are found by their address (`data-cell`), the pane's parts by role and name.
 */
import fs from "fs";
import path from "path";
import type { Browser, Locator, Page } from "playwright-core";
import {
  launchChromium,
  openRecordedPage,
  SCREENSHOT_DIR,
  unexpectedConsoleErrors,
  type PageRecord,
} from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";

export const SAMPLE_SHEET = "2022年绩效目标";
/** The grid's row height in px (src/preview/sheet-layout.ts ROW_HEIGHT). */
const ROW_HEIGHT = 24;

export function sheetGrid(page: Page): Locator {
  return page.getByTestId("sheet-grid");
}

export function cell(page: Page, address: string): Locator {
  return sheetGrid(page).locator(`[data-cell="${address}"]`);
}

/** The task pane (the page's complementary landmark). */
export function pane(page: Page): Locator {
  return page.locator("aside");
}

export function paneTab(page: Page, name: string): Locator {
  return pane(page).getByRole("tab", { name, exact: true });
}

export function sheetTab(page: Page, name: string): Locator {
  return page.locator("main").getByRole("tab", { name, exact: true });
}

/** Scrolls the grid so that the address's row is near the top, as a person scrolls to it. */
export async function reveal(page: Page, address: string): Promise<Locator> {
  const row = Number(/\d+/.exec(address)![0]) - 1;
  const target = cell(page, address);
  if ((await target.count()) === 0 || !(await target.isVisible())) {
    await sheetGrid(page).evaluate(
      (grid, top) => {
        grid.scrollTop = top;
      },
      Math.max(0, (row - 4) * ROW_HEIGHT),
    );
  }
  await target.waitFor();
  return target;
}

export async function selectCell(page: Page, address: string): Promise<void> {
  const target = await reveal(page, address);
  await target.click();
  await sheetGrid(page).locator(`[data-cell="${address}"][aria-selected="true"]`).waitFor({ timeout: 2000 });
}

/** Selects a cell, opens its editor (F2), replaces its text; the caller presses Enter. */
export async function typeIntoCell(page: Page, address: string, text: string): Promise<void> {
  await selectCell(page, address);
  await page.keyboard.press("F2");
  const editor = page.getByTestId("cell-editor");
  await editor.waitFor();
  await editor.fill(text);
}

/** A finding in the pane's list: sheet, cell and rule, as the list marks them. */
export function finding(page: Page, sheet: string, address: string, rule: string): Locator {
  return page.getByTestId("findings-list").locator(`[data-finding="${sheet}!${address}:${rule}"]`);
}

/** The text of every cell of a column between two rows (1-based, inclusive), by row. */
export async function columnTexts(
  page: Page,
  column: string,
  from: number,
  to: number,
): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  for (let row = from; row <= to; row++) {
    const target = cell(page, `${column}${row}`);
    if ((await target.count()) === 0) continue;
    texts.set(row, ((await target.getAttribute("title")) ?? "").trim());
  }
  return texts;
}

/** Timings the story tests measured, written next to the screenshots. */
export function saveTimings(name: string, timings: Record<string, number>): void {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOT_DIR, `${name}.json`), `${JSON.stringify(timings, null, 2)}\n`);
}

/**
 * One recorded preview page for a test file, offline: served from dist/, opened before the file's tests
 * at `preview.html<search>` (the pane's first check ended), held to no console error, page error,
 * foreign request or failed response after each test, and closed after all.
 */
export function previewSession(search = ""): { page(): Page } {
  let server: StaticServer;
  let browser: Browser;
  let record: PageRecord;
  beforeAll(async () => {
    server = await serveDirectory(path.join(__dirname, "..", "..", "dist"));
    browser = await launchChromium();
    record = await openRecordedPage(browser, server.origin, {
      officeJs: "blocked",
      locale: "zh-CN",
      viewport: { width: 1280, height: 760 },
    });
    await record.page.goto(`${server.origin}/preview.html${search}`);
    await pane(record.page)
      .getByText(/^检查完成/)
      .waitFor({ timeout: 10_000 });
  });
  afterEach(() => {
    expect(unexpectedConsoleErrors(record)).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(record.failedResponses).toEqual([]);
  });
  afterAll(async () => {
    await record?.context.close();
    await browser?.close();
    await server?.close();
  });
  return { page: () => record.page };
}
