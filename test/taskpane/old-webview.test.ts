/**
 * On Office's old webviews (Internet Explorer 11, Edge Legacy) the bundle cannot even be parsed: the
 * ES5 notice says what to install instead of leaving the pane blank; elsewhere it does nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const SCRIPT = fs.readFileSync(path.join(__dirname, "../../src/taskpane/old-webview.js"), "utf8");

function runAs(userAgent: string): void {
  const root = document.createElement("div");
  root.id = "root";
  root.textContent = "pane";
  document.body.replaceChildren(root);
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  // The file as the page runs it: a classic script element, in the page's global scope.
  const script = document.createElement("script");
  script.textContent = SCRIPT;
  document.body.appendChild(script);
}

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const EDGE_LEGACY =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

test.each([
  ["Internet Explorer 11 (Trident)", IE11],
  ["Edge Legacy (EdgeHTML)", EDGE_LEGACY],
])("on %s it hides the pane and says what to install, in Chinese and English", (_name, agent) => {
  runAs(agent);
  expect(document.getElementById("root")!.style.display).toBe("none");
  const notice = document.getElementById("old-webview")!;
  expect(notice.getAttribute("role")).toBe("alert");
  expect(notice.querySelector('[lang="zh-CN"]')!.textContent).toContain("Microsoft Edge WebView2");
  expect(notice.querySelector('[lang="zh-CN"]')!.textContent).toContain("Office 2021");
  expect(notice.querySelector('[lang="en-US"]')!.textContent).toContain(
    "won't run in this version of Office",
  );
});

test("on WebView2 (Chromium Edge says Edg/) and other browsers it does nothing", () => {
  for (const agent of [
    WEBVIEW2,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15",
  ]) {
    runAs(agent);
    expect(document.getElementById("old-webview")).toBeNull();
    expect(document.getElementById("root")!.style.display).toBe("");
  }
});

test("parses as ES5, as Internet Explorer's engine does (no trailing commas in calls, arrows, let…)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const acorn = require("acorn") as { parse(code: string, options: { ecmaVersion: number }): unknown };
  expect(() => acorn.parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  expect(() => acorn.parse("Math.max(1, 2,);", { ecmaVersion: 5 })).toThrow();
});

test("is loaded by the pane's page before its bundle", () => {
  const page = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  expect(page).toContain('<script src="old-webview.js"></script>');
});
