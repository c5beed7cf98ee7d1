import { StrictMode } from "react";
import { act, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { HostDescription } from "../../src/taskpane/host";
import type { Lang } from "../../src/core/i18n/lang";
import { checked } from "./helpers/pane";
import { fakeWorkbook, seedSheets } from "./helpers/workbook";

// The pane's own status line (Fluent's MessageBar is a "status" too).
const statusLine = (locale: Lang = "zh-CN") =>
  screen.getByRole("status", { name: locale === "zh-CN" ? "状态" : "Status" });

function renderApp(host: HostDescription, locale: Lang = "zh-CN") {
  return render(<App host={host} locale={locale} />);
}

describe("App shell", () => {
  test("in Excel (zh-CN): title, an empty issues panel and the host in the status line", () => {
    renderApp({ kind: "office", host: "Excel", platform: "PC" });
    expect(screen.getByRole("heading", { level: 1, name: "绩效指标助手" })).toBeInTheDocument();
    const issues = screen.getByRole("region", { name: "检查结果" });
    expect(within(issues).getByText("尚无检查结果。")).toBeInTheDocument();
    expect(statusLine()).toHaveTextContent("宿主：Excel（Windows）");
    expect(screen.queryByTestId("outside-office")).not.toBeInTheDocument();
  });

  test("in Excel (en-US), on the web", () => {
    renderApp({ kind: "office", host: "Excel", platform: "OfficeOnline" }, "en-US");
    expect(
      screen.getByRole("heading", { level: 1, name: "Performance Target Assistant" }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("region", { name: "Findings" })).getByText("No findings yet."),
    ).toBeInTheDocument();
    expect(statusLine("en-US")).toHaveTextContent("Host: Excel (the web)");
  });

  test("names an unknown platform as such rather than showing Office's code", () => {
    renderApp({ kind: "office", host: "Excel", platform: "SomethingNew" }, "en-US");
    expect(statusLine("en-US")).toHaveTextContent("Host: Excel (unknown platform)");
  });

  test("in the preview", () => {
    renderApp({ kind: "preview" });
    expect(statusLine()).toHaveTextContent("宿主：浏览器预览（内存工作簿）");
    expect(screen.queryByTestId("outside-office")).not.toBeInTheDocument();
  });

  test("while connecting, shows a spinner instead of the issues panel", () => {
    renderApp({ kind: "connecting" }, "en-US");
    expect(statusLine("en-US")).toHaveTextContent("Connecting to Office…");
    expect(screen.queryByRole("region", { name: "Findings" })).not.toBeInTheDocument();
  });

  test.each([
    ["zh-CN", "no-office-js", "未能加载 office.js（可能处于离线状态）。", "在浏览器中预览窗格"],
    ["zh-CN", "timeout", "Office 在 5 秒内没有响应。", "在浏览器中预览窗格"],
    [
      "en-US",
      "no-host",
      "office.js is loaded, but this page is not inside an Office client.",
      "Preview the pane in this browser",
    ],
  ] as const)(
    "outside Office (%s, %s): says why and links to the preview",
    async (locale, reason, why, linkName) => {
      render(
        <App
          host={{ kind: "outside", reason, timeoutSeconds: 5 }}
          locale={locale}
          previewUrl="preview.html"
        />,
      );
      // Fluent's MessageBar renders its body a moment later.
      expect(await screen.findByText(why)).toBeInTheDocument();
      expect(screen.getByRole("link", { name: linkName })).toHaveAttribute("href", "preview.html");
      expect(statusLine(locale)).toHaveTextContent(
        locale === "zh-CN" ? "宿主：无，未在 Office 中运行" : "Host: none, not running in Office",
      );
    },
  );
});

describe("App with a workbook", () => {
  test("registers Excel's events once, even under StrictMode's double effects", async () => {
    const { fake, host } = fakeWorkbook(seedSheets().slice(0, 2));
    render(
      <StrictMode>
        <App host={{ kind: "office", host: "Excel", platform: "PC" }} locale="zh-CN" excel={host} />
      </StrictMode>,
    );
    await checked();
    await act(async () => fake.idle());
    // onChanged, onSelectionChanged, onActivated, onAdded and (ExcelApi 1.17) onNameChanged.
    expect(fake.handlerCount).toBe(5);
    expect(fake.handlerErrors).toEqual([]);
  });

  // office.js removes a handler only through the context that added it: LiveChecker.stop runs its
  // removal on that context (ExcelHost.run's second argument).
  test("closing the pane removes the handlers it added", async () => {
    const { fake, host } = fakeWorkbook(seedSheets().slice(0, 1));
    const { unmount } = render(<App host={{ kind: "preview" }} locale="zh-CN" excel={host} />);
    await checked();
    expect(fake.handlerCount).toBe(5);
    unmount();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await fake.idle();
    });
    expect(fake.handlerCount).toBe(0);
  });

  test("in Excel, the status line still names the host while the panels work", async () => {
    const { host } = fakeWorkbook(seedSheets().slice(0, 1));
    render(<App host={{ kind: "office", host: "Excel", platform: "Mac" }} locale="en-US" excel={host} />);
    await checked("en-US");
    expect(statusLine("en-US")).toHaveTextContent("Host: Excel (Mac)");
    expect(screen.getByRole("tab", { name: "Findings" })).toHaveAttribute("aria-selected", "true");
  });
});
