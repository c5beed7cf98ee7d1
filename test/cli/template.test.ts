/**
 * `jixiao template` and `jixiao templates`: a new workbook holds exactly the table the engine
 * plans (values, merges, dropdowns), with widths; `check` finds nothing in it; LibreOffice opens
 * it and keeps its dropdowns; the catalogue lists as JSON.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { z } from "zod";
import { applyEdits } from "../../src/core/apply-edits";
import { parseRangeA1, type Grid } from "../../src/core/grid";
import { BUILTIN_CATALOGUE, findTemplate, planNewTable, templateRows } from "../../src/core/templates/index";
import { readGrids } from "../../src/cli/read-workbook";
import { applyEdits as writeTemplateEdits, listSheetOf } from "../../src/cli/template";
import { LIST_SHEET } from "../../src/core/templates/list-sheet";
import { ReportSchema } from "./helpers/contract";
import { convertWithLibreOffice } from "./helpers/libreoffice";
import { checkJson, ensureCliBuilt, runCli } from "./helpers/run-cli";
import { validationModel } from "./helpers/workbooks";
import { overlapping, validationRanges, zipPart } from "./helpers/zip-part";

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-template-"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Validations as one entry per cell: "A4" → the list it offers and whether it refuses other entries. */
function validationsByCell(sheet: ExcelJS.Worksheet): Record<string, { list: string[]; strict: boolean }> {
  const out: Record<string, { list: string[]; strict: boolean }> = {};
  for (const [address, v] of Object.entries(validationModel(sheet))) {
    if (!v || v.type !== "list") continue;
    const list = String(v.formulae[0]).replace(/^"|"$/g, "").split(",");
    const range = parseRangeA1(address)!;
    for (let r = range.row; r < range.row + range.rowCount; r++) {
      for (let c = range.col; c < range.col + range.colCount; c++) {
        out[`${String.fromCharCode(65 + c)}${r + 1}`] = { list, strict: v.showErrorMessage === true };
      }
    }
  }
  return out;
}

describe.each([
  { item: "会议费", profile: "2015", layout: "combined" },
  { item: "meeting", profile: "2021", layout: "split" },
  { item: "会务费", profile: "2021", layout: "combined" }, // an alias of 会议费
  { item: "official-vehicles", profile: "2015", layout: "split" },
] as const)("template $item --profile $profile --layout $layout", ({ item, profile, layout }) => {
  const name = `${item}-${profile}-${layout}.xlsx`;
  const template = findTemplate(BUILTIN_CATALOGUE, item)!;
  const year = 2025;
  const sheetName = `${year}年${template.name}`;
  const planned = planNewTable(template, {
    profile,
    layout,
    anchor: { sheet: sheetName, row: 0, col: 0 },
    year,
    number: 1,
  });
  let workbook: ExcelJS.Workbook;
  let grids: Grid[];

  beforeAll(async () => {
    const run = runCli([
      "template",
      item,
      "-o",
      file(name),
      "--profile",
      profile,
      "--layout",
      layout,
      "--year",
      String(year),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file(name));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file(name));
    const read = await readGrids(file(name));
    if (!read.ok) throw new Error(read.error.code);
    grids = read.value;
  });

  test("holds the planned values and merges, one sheet", () => {
    const expected = applyEdits(
      { grids: [{ sheet: sheetName, values: [], merges: [], origin: { row: 0, col: 0 } }], validations: [] },
      planned,
    );
    expect(grids).toHaveLength(1);
    expect(grids[0].sheet).toBe(sheetName);
    const trim = (values: Grid["values"]) =>
      values.map((line) => {
        const copy = [...line];
        while (copy.length > 0 && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined))
          copy.pop();
        return copy.map((v) => v ?? null);
      });
    expect(trim(grids[0].values)).toEqual(trim(expected.grids[0].values));
    expect([...grids[0].merges].sort(byPlace)).toEqual([...expected.grids[0].merges].sort(byPlace));
    expect(grids[0].values[0][0]).toBe(`1、${year}年度${template.name}项目绩效目标表`);
  });

  test("has the planned dropdowns on the level (and comparator and basis) columns", () => {
    const expected = applyEdits(
      { grids: [{ sheet: sheetName, values: [], merges: [], origin: { row: 0, col: 0 } }], validations: [] },
      planned,
    );
    const want: Record<string, { list: string[]; strict: boolean }> = {};
    for (const v of expected.validations) {
      for (let r = v.range.row; r < v.range.row + v.range.rowCount; r++) {
        want[`${String.fromCharCode(65 + v.range.col)}${r + 1}`] = { list: v.list, strict: v.strict };
      }
    }
    const got = validationsByCell(workbook.worksheets[0]);
    expect(got).toEqual(want);
    expect(got.A4.list).toContain("产出指标");
    expect(Object.keys(got).some((cell) => cell.startsWith("B"))).toBe(true);
  });

  test("writes each dropdown range once, none overlapping another (Excel rejects overlaps)", () => {
    const ranges = validationRanges(zipPart(fs.readFileSync(file(name)), "xl/worksheets/sheet1.xml"));
    expect(ranges.length).toBeGreaterThan(3);
    expect(overlapping(ranges)).toEqual([]);
  });

  test("has column widths, and check finds one clean table", () => {
    expect(workbook.worksheets[0].getColumn(4).width).toBeGreaterThan(20);
    const { run, json } = checkJson([file(name)]);
    const report = ReportSchema.parse(json);
    expect(report.files[0].tables).toHaveLength(1);
    expect(report.files[0].tables[0]).toMatchObject({
      fundingItem: template.name,
      profile,
      layout,
      headerRow: 3,
      rowCount: templateRows(template, profile).length,
    });
    expect(report.files[0].diagnostics).toEqual([]);
    expect(run.code).toBe(0);
  });
});

function byPlace(a: { row: number; col: number }, b: { row: number; col: number }): number {
  return a.row - b.row || a.col - b.col;
}

test("LibreOffice opens a template and keeps its table and dropdowns", async () => {
  expect(runCli(["template", "培训费", "-o", file("lo.xlsx"), "--year", "2025"]).code).toBe(0);
  // The file's bytes hold the time it was made; the plan and this test's version name its content.
  const plan = planNewTable(findTemplate(BUILTIN_CATALOGUE, "培训费")!, {
    profile: "2015",
    layout: "combined",
    anchor: { sheet: "2025年培训费", row: 0, col: 0 },
    year: 2025,
    number: 1,
  });
  const converted = await convertWithLibreOffice(
    file("lo.xlsx"),
    "xlsx",
    `template-1\n${JSON.stringify(plan)}`,
  );
  const ours = ReportSchema.parse(checkJson([file("lo.xlsx")]).json);
  const theirs = ReportSchema.parse(checkJson([converted]).json);
  expect(theirs.files[0].tables).toEqual(ours.files[0].tables);
  expect(theirs.files[0].diagnostics).toEqual([]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(converted);
  const original = new ExcelJS.Workbook();
  await original.xlsx.readFile(file("lo.xlsx"));
  const lists = (book: ExcelJS.Workbook) =>
    Object.fromEntries(
      Object.entries(validationsByCell(book.worksheets[0])).map(([cell, v]) => [cell, v.list]),
    );
  expect(lists(workbook)).toEqual(lists(original));
}, 120_000);

describe("templates", () => {
  const Entry = z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    profiles: z.array(z.string()).min(1),
  });

  test("--format json lists the catalogue as [{id, name, profiles}]", () => {
    const run = runCli(["templates", "--format", "json"]);
    expect(run.code).toBe(0);
    const entries = z.array(Entry).parse(JSON.parse(run.stdout));
    expect(entries.map((e) => e.id)).toEqual(BUILTIN_CATALOGUE.templates.map((t) => t.id));
    expect(entries.find((e) => e.id === "meeting")).toEqual({
      id: "meeting",
      name: "会议费",
      profiles: ["2015", "2021"],
    });
  });

  test("--format json names the published tables each item's rows come from; text counts them", () => {
    const entries = JSON.parse(runCli(["templates", "--format", "json"]).stdout) as {
      id: string;
      sources: { id: string; title: string; url: string }[];
    }[];
    const farmland = entries.find((e) => e.id === "high-standard-farmland")!;
    expect(farmland.sources).toEqual([
      {
        id: "hunan-yueyang-2022-gaobiaozhunnongtian",
        title: expect.stringContaining("高标准农田建设") as unknown as string,
        url: "http://www.yyx.gov.cn/37584/38137/content_2016103.html",
      },
    ]);
    expect(entries.find((e) => e.id === "meeting")!.sources.map((s) => s.id)).toEqual(["01_会议费.csv"]);
    // DOMAIN §6's common items were written for the tool: no table stands behind them.
    expect(entries.find((e) => e.id === "travel")!.sources).toEqual([]);
    const text = runCli(["templates", "--search", "农田", "--lang", "en"]).stdout;
    expect(text).toMatch(/^high-standard-farmland\s+高标准农田建设\s+\d+\s+\d+\s+1\s/m);
    expect(runCli(["templates", "--search", "差旅", "--lang", "en"]).stdout).toMatch(
      /^travel\s+差旅费\s+\d+\s+\d+\s+—\s/m,
    );
  });

  test("text lists every item with its rows per profile", () => {
    const run = runCli(["templates", "--lang", "en"]);
    expect(run.code).toBe(0);
    for (const template of BUILTIN_CATALOGUE.templates)
      expect(run.stdout).toMatch(new RegExp(`^${template.id}\\s+${template.name}\\s+\\d+\\s+\\d+`, "m"));
  });

  test("a catalogue file of one's own adds items", () => {
    const catalogue = {
      templates: [
        {
          name: "档案数字化费",
          rows: [
            { level1: "产出指标", level2: "数量指标", name: "数字化档案卷数", value: "≥2000卷" },
            { level1: "满意度指标", level2: "服务对象满意度指标", name: "查档人员满意度", value: "≥90%" },
          ],
        },
      ],
    };
    fs.writeFileSync(file("own.json"), JSON.stringify(catalogue));
    const listed = JSON.parse(
      runCli(["templates", "--format", "json", "--catalogue", file("own.json")]).stdout,
    ) as { name: string }[];
    expect(listed.map((e) => e.name)).toContain("档案数字化费");
    const run = runCli(["template", "档案数字化费", "-o", file("own.xlsx"), "--catalogue", file("own.json")]);
    expect(run.code).toBe(0);
    const report = ReportSchema.parse(checkJson([file("own.xlsx")]).json);
    expect(report.files[0].tables[0]).toMatchObject({ fundingItem: "档案数字化费", rowCount: 2 });
  });
});

describe("template refuses", () => {
  test("an item the catalogue does not have", () => {
    const run = runCli(["template", "火箭发射费", "-o", file("x.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no template “火箭发射费”/);
    expect(fs.existsSync(file("x.xlsx"))).toBe(false);
  });

  test("to write over a file, unless --force", () => {
    fs.writeFileSync(file("exists.xlsx"), "keep me");
    expect(runCli(["template", "会议费", "-o", file("exists.xlsx")]).code).toBe(2);
    expect(fs.readFileSync(file("exists.xlsx"), "utf8")).toBe("keep me");
    expect(runCli(["template", "会议费", "-o", file("exists.xlsx"), "--force"]).code).toBe(0);
    expect(fs.readFileSync(file("exists.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  test.each([
    [["template", "会议费"]],
    [["template", "-o", "x.xlsx"]],
    [["template", "会议费", "-o", "x.xlsx", "--year", "25"]],
    [["template", "会议费", "-o", "x.xlsx", "--layout", "wide"]],
    [["template", "会议费", "-o", "x.xlsx", "--profile", "1999"]],
  ])("bad arguments: %j", (args) => {
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("a list longer than Excel's 255-character inline source", () => {
  test("goes whole on a very hidden list sheet, and the dropdown points at it (read back from the written file)", async () => {
    const long = Array.from({ length: 30 }, (_, i) => `本单位自定的二级指标第${i + 1}项`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表");
    writeTemplateEdits(
      sheet,
      [
        {
          kind: "setValidation",
          sheet: "表",
          range: { row: 3, col: 1, rowCount: 2, colCount: 1 },
          list: long,
          strict: true,
        },
        {
          kind: "setValidation",
          sheet: "表",
          range: { row: 3, col: 0, rowCount: 2, colCount: 1 },
          list: ["甲", "乙"],
          strict: true,
        },
      ],
      listSheetOf(workbook),
    );
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await workbook.xlsx.writeBuffer());
    const lists = again.getWorksheet(LIST_SHEET)!;
    expect(lists.state).toBe("veryHidden");
    const table = again.getWorksheet("表")!;
    const formula = table.getCell("B4").dataValidation.formulae?.[0];
    expect(formula).toBe(`${LIST_SHEET}!$A$2:$A$31`);
    expect(Array.from({ length: 30 }, (_, i) => lists.getCell(i + 2, 1).value)).toEqual(long);
    expect(table.getCell("A4").dataValidation.formulae?.[0]).toBe('"甲,乙"');
  });
});
