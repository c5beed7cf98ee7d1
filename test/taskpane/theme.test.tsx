import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { isDark, luminance, paneTheme } from "../../src/taskpane/theme";
import { fakeWorkbook, seedSheets } from "./helpers/workbook";
import { checked } from "./helpers/pane";

describe("paneTheme", () => {
  test("no Office theme: Fluent's light theme", () => {
    const theme = paneTheme(undefined);
    expect(theme.isInverted).toBe(false);
    expect(theme.palette.white).toBe("#ffffff");
  });

  test("a dark Office theme: a dark palette from Office's background to its text", () => {
    const theme = paneTheme({ background: "#262626", foreground: "#f0f0f0" });
    expect(theme.isInverted).toBe(true);
    expect(theme.semanticColors.bodyBackground).toBe("#262626");
    expect(theme.semanticColors.bodyText).toBe("#f0f0f0");
    // Text on the background reads at WCAG AA or better.
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a)!, luminance(b)!].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    expect(contrast(theme.semanticColors.bodyText, theme.semanticColors.bodyBackground)).toBeGreaterThan(4.5);
    expect(contrast(theme.semanticColors.bodySubtext, theme.semanticColors.bodyBackground)).toBeGreaterThan(
      4.5,
    );
    expect(contrast(theme.palette.themePrimary, theme.semanticColors.bodyBackground)).toBeGreaterThan(4.5);
  });

  test("isDarkTheme wins where Office says it; else the background decides", () => {
    expect(isDark({ background: "#ffffff", foreground: "#000000", dark: true })).toBe(true);
    expect(isDark({ background: "#1f1f1f", foreground: "#ffffff" })).toBe(true);
    expect(isDark({ background: "#f3f3f3", foreground: "#262626" })).toBe(false);
    expect(isDark({ background: "not a colour", foreground: "" })).toBe(false);
  });
});

test("the pane in Office's dark theme paints dark", async () => {
  const { host } = fakeWorkbook(seedSheets().slice(0, 1));
  render(
    <App
      host={{ kind: "preview" }}
      locale="zh-CN"
      excel={host}
      theme={{ background: "#262626", foreground: "#f0f0f0", dark: true }}
    />,
  );
  await checked();
  const shell = screen.getByRole("banner").parentElement!;
  expect(getComputedStyle(shell).backgroundColor).toBe("rgb(38, 38, 38)");
  expect(getComputedStyle(shell).color).toBe("rgb(240, 240, 240)");
});
