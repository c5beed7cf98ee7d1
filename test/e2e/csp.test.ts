/**
 * The pages' Content-Security-Policy (issue 9, "nothing let in"): the built pages carry it, it lets
 * the pages themselves run with no violation, and it refuses what a hostile string would need —
 * inline script, eval, a script from another origin.
 */
import fs from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { launchChromium, openRecordedPage, unexpectedConsoleErrors, type PageRecord } from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";

jest.setTimeout(60_000);

const DIST = path.join(__dirname, "..", "..", "dist");
let server: StaticServer;
let browser: Browser;
const pages: PageRecord[] = [];

// A script of our own origin (allowed to run) that tries eval: the policy, not DevTools, must refuse it.
const PROBE = path.join(DIST, "csp-probe.test-only.js");

beforeAll(async () => {
  fs.writeFileSync(
    PROBE,
    "try { window.__evalRan = String(eval('1 + 1')); } catch (e) { window.__evalRan = 'refused'; }\n" +
      "try { window.__functionRan = String(new Function('return 2')()); } catch (e) { window.__functionRan = 'refused'; }\n",
  );
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((record) => record.context.close()));
});

afterAll(async () => {
  fs.rmSync(PROBE, { force: true });
  await browser?.close();
  await server?.close();
});

async function open(pagePath: string): Promise<PageRecord> {
  const record = await openRecordedPage(browser, server.origin, {
    officeJs: "blocked",
    locale: "zh-CN",
    viewport: { width: 1000, height: 600 },
  });
  pages.push(record);
  // Any violation of the policy, by our own code or a test's probe.
  await record.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(event.violatedDirective));
  });
  await record.page.goto(`${server.origin}/${pagePath}`);
  return record;
}

const violations = (record: PageRecord) =>
  record.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe.each(["preview.html", "taskpane.html"])("%s", (pagePath) => {
  it("carries a Content-Security-Policy and runs without violating it", async () => {
    const record = await open(pagePath);
    await record.page.waitForSelector("#root *");
    const policy = await record.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'( https:\/\/appsforoffice\.microsoft\.com)?;/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(await violations(record)).toEqual([]);
  });

  it("refuses inline script, eval and scripts from elsewhere", async () => {
    const record = await open(pagePath);
    await record.page.waitForSelector("#root *");
    const outcome = await record.page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const inline = document.createElement("script");
      inline.textContent = "window.__inlineRan = true";
      document.body.appendChild(inline);
      const probe = document.createElement("script");
      probe.src = "csp-probe.test-only.js";
      await new Promise((resolve) => {
        probe.onload = resolve;
        probe.onerror = resolve;
        document.body.appendChild(probe);
      });
      const foreign = document.createElement("script");
      foreign.src = "https://example.com/x.js";
      const loaded = new Promise<string>((resolve) => {
        foreign.onload = () => resolve("loaded");
        foreign.onerror = () => resolve("refused");
      });
      document.body.appendChild(foreign);
      return {
        inline: w.__inlineRan === true,
        evalRan: w.__evalRan,
        functionRan: w.__functionRan,
        foreign: await loaded,
      };
    });
    expect(outcome).toEqual({
      inline: false,
      evalRan: "refused",
      functionRan: "refused",
      foreign: "refused",
    });
    expect(await violations(record)).toEqual(expect.arrayContaining(["script-src-elem", "script-src"]));
    // The refusals are the probe's: the page's own code raised nothing else.
    expect(unexpectedConsoleErrors(record).filter((text) => !/Content Security Policy/.test(text))).toEqual(
      [],
    );
  });
});
