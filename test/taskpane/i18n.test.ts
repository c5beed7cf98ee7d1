import { placeholderProblems } from "../../src/core/i18n/define";
import { pickLang } from "../../src/core/i18n/lang";
import { formatMessage } from "../../src/taskpane/i18n/messages";
import { PANE_TEXTS } from "../../src/taskpane/i18n/pane-texts";

describe("the pane's catalogue", () => {
  test("every text has both languages, with the same placeholders", () => {
    expect(PANE_TEXTS.ids.length).toBeGreaterThan(150);
    expect(placeholderProblems(PANE_TEXTS)).toEqual([]);
  });
});

describe("formatMessage", () => {
  test("fills placeholders and leaves an unfilled one visible", () => {
    expect(formatMessage("en-US", "status.excel", { host: "Excel", platform: "Mac" })).toBe(
      "Host: Excel (Mac)",
    );
    expect(formatMessage("zh-CN", "status.excel", { host: "Excel" })).toBe("宿主：Excel（{platform}）");
  });
});

describe("pickLang", () => {
  test.each([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    ["eng", "zh-CN"],
    ["en_GB.UTF-8", "en-US"],
    [" en-AU ", "en-US"],
    ["en_GB.UTF-8", "en-US"],
    [" en-AU ", "en-US"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
  ])("%s → %s", (tag, locale) => {
    expect(pickLang(tag)).toBe(locale);
  });
});

describe("English counts", () => {
  test("take their singular and plural forms", () => {
    expect(formatMessage("en-US", "tables.count", { count: 1 })).toBe("1 table found.");
    expect(formatMessage("en-US", "tables.count", { count: 3 })).toBe("3 tables found.");
    expect(formatMessage("en-US", "message.checked", { tables: 1, errors: 0, warnings: 1, infos: 2 })).toBe(
      "Checked: 1 table, 0 errors, 1 warning, 2 hints.",
    );
  });
});
