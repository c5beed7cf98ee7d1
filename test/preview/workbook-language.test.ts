import { SETTINGS_KEY as ADAPTER_SETTINGS_KEY } from "../../src/excel/adapter";
import { WorkbookModel } from "../../src/workbook/workbook-model";
import { SETTINGS_KEY, workbookLanguage } from "../../src/preview/workbook-language";

describe("workbookLanguage", () => {
  test("reads the key the adapter writes", () => {
    expect(SETTINGS_KEY).toBe(ADAPTER_SETTINGS_KEY);
  });

  test.each([
    [undefined, "auto"],
    [JSON.stringify(JSON.stringify({ lang: "en-US", marks: true })), "en-US"],
    [JSON.stringify({ lang: "zh-CN" }), "zh-CN"],
    [JSON.stringify(JSON.stringify({ lang: "fr-FR" })), "auto"],
    ["not json", "auto"],
    [JSON.stringify(null), "auto"],
  ])("%s → %s", (stored, expected) => {
    const model = new WorkbookModel();
    if (stored !== undefined) model.settings.set(SETTINGS_KEY, stored);
    expect(workbookLanguage(model)).toBe(expected);
  });
});
