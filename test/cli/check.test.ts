/**
 * `jixiao check` as a process on real files: exit codes, the JSON contract, the text report,
 * options, folders and encodings.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BUILTIN_PROFILE_INPUTS } from "../../src/core/profiles/builtin";
import { ALL_RULES } from "../../src/core/rules/index";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { CONTRACT_FIELDS, ReportSchema, type ContractReport } from "./helpers/contract";
import { checkJson, ensureCliBuilt, hasStackTrace, runCli } from "./helpers/run-cli";
import { newWorkbook, seedCsvFiles, writeGridsWorkbook } from "./helpers/workbooks";

const ESC = "\u001b[";
let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-check-"));
  const tables = loadSeedTables();
  // One sheet laid out as a finance officer has it: titles, goal rows, merged level cells.
  await writeGridsWorkbook(file("seed.xlsx"), [
    seedSheet("2022年绩效目标", tables, { mergeLevels: true }).grid,
  ]);
  const empty = newWorkbook();
  empty.addWorksheet("说明").getCell("A1").value = "本工作簿没有绩效目标表";
  await empty.xlsx.writeFile(file("no-tables.xlsx"));
  fs.copyFileSync(seedCsvFiles()[3], file("04.csv")); // 视察议政业务费: cost indicators written as ≥
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function contract(json: unknown): ContractReport {
  return ReportSchema.parse(json);
}

describe("exit codes", () => {
  test("0 when nothing is found", () => {
    const run = runCli(["check", file("no-tables.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  test("0 when there are warnings but no errors", () => {
    // Every rule demoted to a warning through a profile file: findings remain, errors do not.
    const profile = { ...BUILTIN_PROFILE_INPUTS["2015"], id: "all-warnings" };
    profile.severities = Object.fromEntries(ALL_RULES.map((rule) => [rule.id, "warning"]));
    fs.writeFileSync(file("all-warnings.json"), JSON.stringify(profile));
    const { run, json } = checkJson([file("seed.xlsx"), "--profile", file("all-warnings.json")]);
    const report = contract(json);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(report.summary.errors).toBe(0);
    expect(report.files[0].tables.every((t) => t.profile === "all-warnings")).toBe(true);
    expect(run.code).toBe(0);
  });

  test("1 when errors are found", () => {
    const { run, json } = checkJson([file("04.csv")]);
    const report = contract(json);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.files[0].diagnostics).toContainEqual(
      expect.objectContaining({ rule: "cost-upper-bound", severity: "error", cell: "E11" }),
    );
    expect(run.code).toBe(1);
  });

  test("each seed table: 1 exactly when its report has errors", () => {
    for (const csv of seedCsvFiles()) {
      const { run, json } = checkJson([csv]);
      expect(run.code).toBe(contract(json).summary.errors > 0 ? 1 : 0);
    }
  });

  test("2 for a file that cannot be read, and the other files are still checked", () => {
    const { run, json } = checkJson([file("missing.xlsx"), file("04.csv")]);
    const report = contract(json);
    expect(run.code).toBe(2);
    expect(report.files.map((f) => f.error?.code ?? null)).toEqual(["ENOENT", null]);
    expect(report.files[1].diagnostics.length).toBeGreaterThan(0);
    expect(report.summary.files).toBe(2);
  });

  test.each([
    [["check"]],
    [["check", "x.xlsx", "--format", "xml"]],
    [["check", "x.xlsx", "--lang", "fr"]],
    [["check", "x.xlsx", "--bogus"]],
    [["check", "x.xlsx", "--max-size", "-1"]],
    [["check", "x.xlsx", "--profile", "no-such-profile.json"]],
    [["frobnicate"]],
    [[]],
  ])("2 for a usage error: %j", (args) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout === "" || args.length === 0).toBe(true);
    if (args.length > 0) expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test("2 for a profile file that is not a valid profile, naming the problem", () => {
    fs.writeFileSync(
      file("bad-profile.json"),
      JSON.stringify({ id: "x", name: { zh: "x", en: "x" }, level1: [] }),
    );
    const run = runCli(["check", file("04.csv"), "--profile", file("bad-profile.json"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad-profile\.json.*level1/);
  });
});

describe("JSON output", () => {
  let report: ContractReport;
  let raw: Record<string, unknown>;
  beforeAll(() => {
    const { json } = checkJson([file("seed.xlsx")]);
    raw = json as Record<string, unknown>;
    report = contract(json);
  });

  test("parses with the contract's schema and has every contract field", () => {
    const file0 = (raw.files as Record<string, unknown>[])[0];
    expect(Object.keys(raw)).toEqual(expect.arrayContaining([...CONTRACT_FIELDS.report]));
    expect(Object.keys(file0)).toEqual(expect.arrayContaining([...CONTRACT_FIELDS.file]));
    expect(Object.keys((file0.tables as object[])[0])).toEqual(
      expect.arrayContaining([...CONTRACT_FIELDS.table]),
    );
    expect(Object.keys((file0.diagnostics as object[])[0])).toEqual(
      expect.arrayContaining([...CONTRACT_FIELDS.diagnostic]),
    );
    expect(Object.keys(raw.summary as object)).toEqual(expect.arrayContaining([...CONTRACT_FIELDS.summary]));
  });

  test("tables: eight, 1-based rows as Excel shows them, titles and funding items", () => {
    const seeds = loadSeedTables();
    const { headerRows } = seedSheet("2022年绩效目标", seeds, { mergeLevels: true });
    const tables = report.files[0].tables;
    expect(tables).toHaveLength(8);
    tables.forEach((table, i) => {
      expect(table).toMatchObject({
        id: `t${i + 1}`,
        sheet: "2022年绩效目标",
        title: seeds[i].title,
        fundingItem: seeds[i].fundingItem,
        headerRow: headerRows[i] + 1,
        firstRow: headerRows[i] + 2,
        lastRow: headerRows[i] + 1 + seeds[i].rows,
        rowCount: seeds[i].rows,
        profile: "2015",
        layout: "combined",
      });
    });
    // The seed's first table: title on row 1, goal on row 2, header on row 3, body rows 4-17.
    expect(tables[0]).toMatchObject({ headerRow: 3, firstRow: 4, lastRow: 17, rowCount: 14 });
  });

  test("summary counts what the files list", () => {
    const all = report.files.flatMap((f) => f.diagnostics);
    expect(report.summary).toMatchObject({
      files: 1,
      tables: 8,
      rows: loadSeedTables().reduce((n, t) => n + t.rows, 0),
      errors: all.filter((d) => d.severity === "error").length,
      warnings: all.filter((d) => d.severity === "warning").length,
      infos: all.filter((d) => d.severity === "info").length,
    });
  });

  test("diagnostics point at cells of their table, with messages in the chosen language", () => {
    const tables = new Map(report.files[0].tables.map((t) => [t.id, t]));
    for (const d of report.files[0].diagnostics) {
      const table = tables.get(d.tableId!)!;
      const row = Number(/\d+$/.exec(d.cell)![0]);
      expect(row).toBeGreaterThanOrEqual(table.headerRow - 2);
      expect(row).toBeLessThanOrEqual(table.lastRow);
    }
    const zh = report.files[0].diagnostics.find((d) => d.rule === "cost-upper-bound")!;
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
    const en = contract(checkJson([file("seed.xlsx"), "--lang", "en"]).json).files[0].diagnostics.find(
      (d) => d.rule === "cost-upper-bound",
    )!;
    expect(en.cell).toBe(zh.cell);
    expect(en.message).not.toBe(zh.message);
    expect(en.message).toMatch(/upper bound/i);
  });

  test("--quiet lists errors only and still counts everything", () => {
    const quiet = contract(checkJson([file("seed.xlsx"), "--quiet"]).json);
    expect(quiet.files[0].diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(quiet.files[0].diagnostics).toHaveLength(report.summary.errors);
    expect(quiet.summary).toEqual(report.summary);
  });

  test("fixable marks findings that carry a safe fix", () => {
    const stray = report.files[0].diagnostics.filter((d) => d.rule === "stray-whitespace");
    expect(stray.length).toBeGreaterThan(0);
    expect(stray.every((d) => d.fixable)).toBe(true);
    expect(
      report.files[0].diagnostics.filter((d) => d.rule === "cost-upper-bound").every((d) => !d.fixable),
    ).toBe(true);
  });
});

describe("text output", () => {
  test("grouped by file, sheet and table, one line per finding, then a summary", () => {
    const run = runCli(["check", file("seed.xlsx"), "--lang", "en"]);
    const { json } = checkJson([file("seed.xlsx"), "--lang", "en"]);
    const report = contract(json);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(file("seed.xlsx"));
    expect(lines).toContain("  2022年绩效目标 › t4 4、2022年度视察议政业务费绩效目标表");
    for (const d of report.files[0].diagnostics) {
      const line = lines.find((l) => l.startsWith(`    ${d.cell} `) && l.endsWith(`  ${d.rule}`));
      expect(line).toContain(d.severity);
    }
    const problems = report.summary.errors + report.summary.warnings + report.summary.infos;
    expect(run.stdout).toContain(
      `✖ ${problems} findings (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} infos)`,
    );
    expect(run.stdout).not.toContain(ESC); // a pipe gets no colour
    expect(run.stderr).toBe(""); // nor progress
  });

  test("Chinese by default from the locale, English when LANG says so", () => {
    expect(runCli(["check", file("04.csv")], { env: { LANG: "zh_CN.UTF-8" } }).stdout).toMatch(/错误/);
    expect(runCli(["check", file("04.csv")], { env: { LANG: "en_US.UTF-8" } }).stdout).toMatch(/ error /);
    expect(
      runCli(["check", file("04.csv")], { env: { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" } }).stdout,
    ).toMatch(/错误/);
    expect(
      runCli(["check", file("04.csv"), "--lang", "zh"], { env: { LANG: "en_US.UTF-8" } }).stdout,
    ).toMatch(/错误/);
  });

  test("colour with FORCE_COLOR, none with NO_COLOR", () => {
    expect(runCli(["check", file("04.csv")], { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}31m`);
    expect(runCli(["check", file("04.csv")], { env: { FORCE_COLOR: "0" } }).stdout).not.toContain(ESC);
    expect(runCli(["check", file("04.csv")], { env: { NO_COLOR: "1" } }).stdout).not.toContain(ESC);
  });

  test("--quiet lists errors only", () => {
    const run = runCli(["check", file("seed.xlsx"), "--quiet", "--lang", "en"]);
    expect(run.stdout).not.toMatch(/ warning /);
    expect(run.stdout).toMatch(/ error /);
    expect(run.code).toBe(1);
  });

  test("a workbook without tables says so", () => {
    const run = runCli(["check", file("no-tables.xlsx"), "--lang", "en"]);
    expect(run.stdout).toContain("no performance target table found");
    expect(run.stdout).toContain("✔");
  });
});

describe("folders and CSV files", () => {
  let folder: string;
  beforeAll(() => {
    folder = file("batch");
    fs.mkdirSync(path.join(folder, "sub"), { recursive: true });
    fs.copyFileSync(file("seed.xlsx"), path.join(folder, "a.xlsx"));
    fs.copyFileSync(file("04.csv"), path.join(folder, "sub", "b.csv"));
    fs.writeFileSync(path.join(folder, "~$a.xlsx"), Buffer.from([1, 2, 3])); // Excel's lock file
    fs.writeFileSync(path.join(folder, "notes.txt"), "not a workbook");
  });

  test("walks folders for .xlsx and .csv, skipping Excel's ~$ lock files", () => {
    const { run, json } = checkJson([folder]);
    const report = contract(json);
    expect(report.files.map((f) => path.relative(folder, f.path))).toEqual([
      "a.xlsx",
      path.join("sub", "b.csv"),
    ]);
    expect(run.code).toBe(1);
  });

  test("an empty folder is a usage error", () => {
    fs.mkdirSync(file("empty-folder"), { recursive: true });
    const run = runCli(["check", file("empty-folder")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a CSV is one sheet named after the file; UTF-8 with BOM and GB18030 read alike", () => {
    const text = fs.readFileSync(file("04.csv"), "utf8").replace(/^\ufeff/, "");
    fs.writeFileSync(file("bom.csv"), "\ufeff" + text);
    fs.writeFileSync(
      file("gbk.csv"),
      execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: text }),
    );
    expect(fs.readFileSync(file("gbk.csv")).includes(Buffer.from("指标", "utf8"))).toBe(false);
    const findings = (name: string) =>
      contract(checkJson([file(name)]).json).files[0].diagnostics.map(({ sheet, ...rest }) => {
        expect(sheet).toBe(name.replace(/\.csv$/, ""));
        return rest;
      });
    const plain = findings("04.csv");
    expect(plain.length).toBeGreaterThan(0);
    expect(findings("bom.csv")).toEqual(plain);
    expect(findings("gbk.csv")).toEqual(plain);
  });
});
