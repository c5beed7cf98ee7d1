/**
 * Browser smoke test: the built task pane and preview (dist/) in Debian's Chromium, offline. Only
 * the test server and the office.js CDN (blocked, or answered from node_modules) are reachable, so
 * any other request — a font, an icon — fails the test.
 */
import path from "path";
import type { Browser } from "playwright-core";
import {
  launchChromium,
  openRecordedPage,
  OFFICE_JS_URL,
  saveScreenshot,
  unexpectedConsoleErrors,
  type PageRecord,
} from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";

jest.setTimeout(60_000);

const DIST = path.join(__dirname, "..", "..", "dist");
const PANE_VIEWPORT = { width: 350, height: 640 };
const PREVIEW_VIEWPORT = { width: 1100, height: 640 };
// The outside-Office notice must come quickly: no waiting for an Office that is not there.
const NOTICE_DEADLINE_MS = 3000;

let server: StaticServer;
let browser: Browser;
const openPages: PageRecord[] = [];

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(openPages.splice(0).map((record) => record.context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pagePath: string, options: Parameters<typeof openRecordedPage>[2]): Promise<PageRecord> {
  const record = await openRecordedPage(browser, server.origin, options);
  openPages.push(record);
  await record.page.goto(`${server.origin}/${pagePath}`);
  return record;
}

function expectCleanRun(record: PageRecord): void {
  expect(unexpectedConsoleErrors(record)).toEqual([]);
  expect(record.pageErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  expect(record.failedResponses).toEqual([]);
}

const statusLine = (record: PageRecord) => record.page.getByTestId("status-line");

describe("preview page", () => {
  test("shows the pane's shell beside the sample workbook, in Chinese by default", async () => {
    const record = await open("preview.html", {
      officeJs: "blocked",
      locale: "zh-CN",
      viewport: PREVIEW_VIEWPORT,
    });
    const { page } = record;

    await page.getByRole("heading", { name: "绩效指标助手" }).waitFor();
    expect(await statusLine(record).textContent()).toBe("宿主：浏览器预览（内存工作簿）");
    // The pane checks the sample workbook as soon as it opens.
    await page.getByText(/^检查完成：3 张表/).waitFor({ timeout: 10_000 });
    expect(await page.getByRole("heading", { name: "检查结果" }).isVisible()).toBe(true);

    const grid = page.getByRole("grid", { name: "工作表“2022年绩效目标”" });
    expect(await grid.getByRole("gridcell", { name: "1、2022年度会议费项目绩效目标表" }).count()).toBe(1);
    expect(await grid.getByRole("gridcell", { name: "人均会议成本" }).count()).toBe(2);
    expect(await grid.getByRole("gridcell", { name: "≤450元" }).count()).toBe(1);
    expect(await grid.getByRole("columnheader", { name: "E", exact: true }).count()).toBe(1);
    expect(await grid.getByRole("rowheader", { name: "9", exact: true }).count()).toBe(1);
    expect(await page.getByRole("tab", { name: "2022年绩效目标" }).getAttribute("aria-selected")).toBe(
      "true",
    );

    expect(record.requests.some((url) => url.includes("appsforoffice"))).toBe(false);
    await saveScreenshot(page, "preview-zh-CN");
    expectCleanRun(record);
  });

  test("speaks English when the browser does", async () => {
    const record = await open("preview.html", {
      officeJs: "blocked",
      locale: "en-US",
      viewport: PREVIEW_VIEWPORT,
    });
    await record.page.getByRole("heading", { name: "Performance Target Assistant" }).waitFor();
    expect(await statusLine(record).textContent()).toBe("Host: browser preview (in-memory workbook)");
    await record.page.getByText(/^Checked: 3 tables/).waitFor({ timeout: 10_000 });
    expect(await record.page.getByRole("button", { name: "Open .xlsx…" }).isVisible()).toBe(true);
    expect(await record.page.evaluate(() => document.documentElement.lang)).toBe("en-US");
    await saveScreenshot(record.page, "preview-en-US");
    expectCleanRun(record);
  });
});

describe("task pane outside Office", () => {
  test("with office.js blocked, says so at once and links to the preview", async () => {
    const started = Date.now();
    const record = await open("taskpane.html", {
      officeJs: "blocked",
      locale: "zh-CN",
      viewport: PANE_VIEWPORT,
    });
    const { page } = record;

    const notice = page.getByTestId("outside-office");
    await notice.waitFor({ timeout: NOTICE_DEADLINE_MS });
    expect(Date.now() - started).toBeLessThan(NOTICE_DEADLINE_MS);
    expect(await notice.getByText("未在 Excel 中打开").isVisible()).toBe(true);
    expect(await page.getByTestId("outside-reason").textContent()).toBe(
      "未能加载 office.js（可能处于离线状态）。",
    );
    expect(await statusLine(record).textContent()).toBe("宿主：无，未在 Office 中运行");
    expect(record.requests).toContain(OFFICE_JS_URL);

    // The notice's warning icon comes from the bundled icon font, not from a CDN.
    await page.waitForLoadState("networkidle");
    expect(record.requests.some((url) => url.startsWith(`${server.origin}/fonts/fabric-icons`))).toBe(true);
    await saveScreenshot(page, "taskpane-office-js-blocked");
    expectCleanRun(record);

    await page.getByRole("link", { name: "在浏览器中预览窗格" }).click();
    await page.waitForURL(`${server.origin}/preview.html`);
    await page.getByRole("grid", { name: "工作表“2022年绩效目标”" }).waitFor();
    expectCleanRun(record);
  });

  test("with office.js served locally, Office.onReady reports no host and the pane says so", async () => {
    const record = await open("taskpane.html", {
      officeJs: "local",
      locale: "en-US",
      viewport: PANE_VIEWPORT,
    });
    const { page } = record;

    await page.getByTestId("outside-office").waitFor({ timeout: NOTICE_DEADLINE_MS });
    // This reason comes only from Office.onReady answering: office.js really ran.
    expect(await page.getByTestId("outside-reason").textContent()).toBe(
      "office.js is loaded, but this page is not inside an Office client.",
    );
    expect(await statusLine(record).textContent()).toBe("Host: none, not running in Office");
    expect(
      await page.getByRole("link", { name: "Preview the pane in this browser" }).getAttribute("href"),
    ).toBe("preview.html");
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("object");
    await page.waitForLoadState("networkidle");
    await saveScreenshot(page, "taskpane-office-js-local");
    expectCleanRun(record);
  });
});
