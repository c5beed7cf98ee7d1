import fs from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN_HOST = "appsforoffice.microsoft.com";
const OFFICE_CDN_PATH = "/lib/1/hosted/";
// The npm copy of the CDN's files; office.js also needs o15apptofilemappingtable.js beside it.
const LOCAL_OFFICE_JS_DIR = path.join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);
export const SCREENSHOT_DIR = path.join(__dirname, "..", "..", "test-results");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** How the test answers requests to Microsoft's office.js CDN. */
export type OfficeJsMode = "blocked" | "local";

/** Everything a page did that a test may assert on. */
export interface PageRecord {
  page: Page;
  context: BrowserContext;
  /** Every URL requested, in order. */
  requests: string[];
  /** Requests to hosts other than the test server and the office.js CDN; they are aborted. */
  foreignRequests: string[];
  /** Responses from the test server with a status of 400 or more. */
  failedResponses: string[];
  consoleErrors: { text: string; url: string }[];
  pageErrors: string[];
}

/**
 * A fresh page whose network is the test server only: office.js CDN requests are blocked or
 * answered from node_modules, and anything else is aborted and recorded.
 */
export async function openRecordedPage(
  browser: Browser,
  serverOrigin: string,
  options: { officeJs: OfficeJsMode; locale: string; viewport: { width: number; height: number } },
): Promise<PageRecord> {
  const context = await browser.newContext({ locale: options.locale, viewport: options.viewport });
  const page = await context.newPage();
  const record: PageRecord = {
    page,
    context,
    requests: [],
    foreignRequests: [],
    failedResponses: [],
    consoleErrors: [],
    pageErrors: [],
  };
  await context.route("**/*", (route) => answer(route, serverOrigin, options.officeJs, record));
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) record.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error")
      record.consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => record.pageErrors.push(String(error)));
  return record;
}

async function answer(
  route: Route,
  serverOrigin: string,
  officeJs: OfficeJsMode,
  record: PageRecord,
): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin === serverOrigin) return route.continue();
  if (url.hostname === OFFICE_CDN_HOST && url.pathname.startsWith(OFFICE_CDN_PATH)) {
    if (officeJs === "blocked") return route.abort("blockedbyclient");
    const file = path.join(LOCAL_OFFICE_JS_DIR, url.pathname.slice(OFFICE_CDN_PATH.length));
    if (!file.startsWith(LOCAL_OFFICE_JS_DIR) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
  }
  record.foreignRequests.push(url.href);
  return route.abort("blockedbyclient");
}

/**
 * Console errors other than the browser's own report of the blocked office.js script, which is
 * expected when the test blocks the CDN.
 */
export function unexpectedConsoleErrors(record: PageRecord): string[] {
  return record.consoleErrors
    .filter(
      (error) =>
        !(
          error.url === OFFICE_JS_URL &&
          /^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(error.text)
        ),
    )
    .map((error) => `${error.text} (${error.url})`);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
