/** `jixiao library`: the indicator library listed and searched, as text or JSON, each entry with its sources. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { LIBRARY_ENTRIES } from "../../src/core/library/library-data";
import { LibrarySchema } from "../../src/core/library/schema";
import { ensureCliBuilt, runCli } from "./helpers/run-cli";

beforeAll(() => ensureCliBuilt());

test("--search 培训人 --format json: the matches, best first, each with its sources", () => {
  const run = runCli(["library", "--search", "培训人", "--format", "json"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as {
    library: { entries: number; shown: number; query: string };
    entries: (Record<string, unknown> & { name: string; score: number; sources: unknown[] })[];
  };
  expect(report.library).toEqual({
    entries: LIBRARY_ENTRIES.length,
    shown: report.entries.length,
    query: "培训人",
  });
  expect(report.entries.length).toBeGreaterThan(0);
  expect(report.entries.every((e) => e.name.includes("培训") && e.sources.length > 0)).toBe(true);
  const scores = report.entries.map((e) => e.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  const withoutScores = report.entries.map(({ score: _score, ...entry }) => entry);
  expect(() => LibrarySchema.parse({ entries: withoutScores })).not.toThrow();
});

test("--format json lists the whole library", () => {
  const run = runCli(["library", "--format", "json"]);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { entries: { id: string }[] };
  expect(report.entries.map((e) => e.id)).toEqual(LIBRARY_ENTRIES.map((e) => e.id));
});

test("text: a table, the count and how to search, in the language asked for", () => {
  const zh = runCli(["library", "--search", "pxrc", "--lang", "zh"]);
  expect(zh.code).toBe(0);
  expect(zh.stdout.split("\n")[0]).toMatch(/^三级指标\s+类型\s+常见写法/);
  expect(zh.stdout).toContain("主体班培训人次");
  expect(zh.stdout).toContain("“pxrc”找到 1 个指标");
  const en = runCli(["library", "--search", "pxrc", "--lang", "en"]);
  expect(en.stdout).toContain("1 indicator for “pxrc”");
  const all = runCli(["library", "--lang", "zh"]);
  expect(all.stdout).toContain(`指标库共 ${LIBRARY_ENTRIES.length} 个三级指标`);
});

test("a bad --limit or a stray argument is a usage error (exit 2, one line)", () => {
  const limit = runCli(["library", "--limit", "0", "--lang", "zh"]);
  expect(limit.code).toBe(2);
  expect(limit.stderr).toBe("jixiao library: --limit 应为正整数\n");
  const stray = runCli(["library", "培训", "--lang", "en"]);
  expect(stray.code).toBe(2);
  expect(stray.stderr.split("\n")).toHaveLength(2);
});

test("templates --search finds items by name, alias or an indicator in them", () => {
  const byName = JSON.parse(runCli(["templates", "--search", "培训", "--format", "json"]).stdout) as {
    id: string;
  }[];
  expect(byName.map((t) => t.id)).toContain("training");
  const byRow = JSON.parse(runCli(["templates", "--search", "出勤", "--format", "json"]).stdout) as {
    id: string;
  }[];
  expect(byRow.map((t) => t.id)).toEqual(expect.arrayContaining(["meeting", "training"]));
  const none = runCli(["templates", "--search", "量子纠缠", "--format", "json"]);
  expect(none.code).toBe(0);
  expect(JSON.parse(none.stdout)).toEqual([]);
});

test("--catalogue adds the organisation's own indicators, their source the file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-library-"));
  const own = path.join(dir, "本单位模板.json");
  fs.writeFileSync(
    own,
    JSON.stringify({
      templates: [
        {
          name: "档案数字化费",
          rows: [{ level1: "产出指标", level2: "数量指标", name: "数字化档案卷数", value: "≥2000卷" }],
        },
      ],
    }),
  );
  const run = runCli(["library", "--catalogue", own, "--search", "档案", "--format", "json"]);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as {
    library: { entries: number };
    entries: { name: string; sources: { kind: string; id: string }[] }[];
  };
  expect(report.library.entries).toBe(LIBRARY_ENTRIES.length + 1);
  expect(report.entries[0]).toMatchObject({
    name: "数字化档案卷数",
    sources: [{ kind: "organisation", id: "本单位模板.json" }],
  });
  const bad = runCli(["library", "--catalogue", path.join(dir, "missing.json"), "--lang", "en"]);
  expect(bad.code).toBe(2);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("--catalogue takes a workbook too: its 指标库 sheet's indicators and its 指标模板 items, each named by file and sheet", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-library-"));
  const own = path.join(dir, "本单位.xlsx");
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("指标库").addRows([
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "档案数字化页数", "全年完成数字化的页数", "≥20000页", "计划标准"],
  ]);
  workbook.addWorksheet("指标模板").addRows([
    ["项目", "一级指标", "二级指标", "三级指标", "指标值"],
    ["档案数字化费", "产出指标", "数量指标", "数字化档案卷数", "≥2000卷"],
    ["", "满意度指标", "服务对象满意度指标", "查档人员满意度", "≥90%"],
  ]);
  await workbook.xlsx.writeFile(own);
  const run = runCli(["library", "--catalogue", own, "--search", "档案", "--format", "json"]);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { entries: { name: string; sources: { id: string }[] }[] };
  expect(report.entries.map((e) => [e.name, e.sources[0].id])).toEqual(
    expect.arrayContaining([
      ["档案数字化页数", "本单位.xlsx/指标库"],
      ["数字化档案卷数", "本单位.xlsx/指标模板"],
    ]),
  );
  // The same workbook as a catalogue of templates: its 指标模板 item is listed.
  const listed = JSON.parse(runCli(["templates", "--catalogue", own, "--format", "json"]).stdout) as {
    name: string;
  }[];
  expect(listed.map((e) => e.name)).toContain("档案数字化费");
  // A workbook with neither sheet is refused, saying so.
  const none = path.join(dir, "空.xlsx");
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1").addRow(["x"]);
  await empty.xlsx.writeFile(none);
  const refused = runCli(["library", "--catalogue", none, "--lang", "en"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/no sheet named 指标模板 or 指标库/);
  fs.rmSync(dir, { recursive: true, force: true });
});
