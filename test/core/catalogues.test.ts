/** Every catalogue of texts has one shape (src/core/i18n/define.ts): both languages, the same placeholders. */
import { CLI_TEXTS } from "../../src/cli/cli-messages";
import { defineCatalogue, placeholderProblems } from "../../src/core/i18n/define";
import { fillPlaceholders } from "../../src/core/i18n/format";
import { CATALOGUE_PROBLEM_TEXTS } from "../../src/core/templates/user-catalogue";
import { KIND_TEXTS } from "../../src/core/library/kind-texts";
import { SECTOR_TEXTS } from "../../src/core/library/sector-texts";
import { PREVIEW_TEXTS } from "../../src/preview/preview-messages";
import { PANE_TEXTS } from "../../src/taskpane/i18n/pane-texts";

test.each([
  ["the pane's", PANE_TEXTS],
  ["the preview's", PREVIEW_TEXTS],
  ["the command line's", CLI_TEXTS],
  ["the organisation catalogue's problems", CATALOGUE_PROBLEM_TEXTS],
  ["the library's kinds", KIND_TEXTS],
  ["the library's sectors", SECTOR_TEXTS],
] as const)("%s texts: both languages, the same placeholders", (_name, catalogue) => {
  expect(catalogue.ids.length).toBeGreaterThan(5);
  expect(placeholderProblems(catalogue as never)).toEqual([]);
});

test("a catalogue whose languages disagree is caught", () => {
  const broken = defineCatalogue({
    ok: { "zh-CN": "共 {n} 张表", "en-US": "{n} {n|table|tables}" },
    lost: { "zh-CN": "文件 {name}", "en-US": "the file" },
    empty: { "zh-CN": " ", "en-US": "x" },
  });
  expect(placeholderProblems(broken)).toEqual(["lost: placeholders differ", "empty: empty zh-CN"]);
});

test("English counts are worded by their plural placeholders, in the command line's texts too", () => {
  expect(CLI_TEXTS.text("en-US", "summary.clean", { files: 1, tables: 1 })).toBe(
    "checked 1 file, 1 table: no findings",
  );
  expect(CLI_TEXTS.text("en-US", "summary.checked", { files: 2, tables: 8, rows: 1 })).toBe(
    "checked 2 files, 8 tables, 1 indicator row",
  );
  expect(CLI_TEXTS.text("en-US", "fix.applied", { fixed: 1, cells: 3, output: "out 1 files.xlsx" })).toBe(
    "mended 1 finding (3 cells), wrote out 1 files.xlsx",
  );
  expect(fillPlaceholders("{n} {n|row|rows}", { n: 0 })).toBe("0 rows");
});
