import { placeholdersOf } from "../../src/core/i18n/format";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { catalogues, formatMessage, pickLocale } from "../../src/taskpane/i18n/messages";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";

const placeholders = placeholdersOf;

describe("message catalogues", () => {
  test("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  test.each(Object.keys(zhCN) as (keyof typeof zhCN)[])(
    "%s has the same placeholders and no empty text",
    (id) => {
      expect(placeholders(enUS[id])).toEqual(placeholders(zhCN[id]));
      expect(zhCN[id].trim()).not.toBe("");
      expect(enUS[id].trim()).not.toBe("");
    },
  );

  test("every locale is registered", () => {
    expect(Object.keys(catalogues).sort()).toEqual(["en-US", "zh-CN"]);
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

describe("pickLocale", () => {
  test.each([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    ["eng", "zh-CN"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
  ])("%s → %s", (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
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
