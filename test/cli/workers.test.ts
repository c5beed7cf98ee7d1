/**
 * `check` and `fix` off the main thread (pool.ts, child.ts, engine-client.ts, engine-worker.ts), as
 * a process on real files: the output is byte for byte what the main thread alone gives
 * (JIXIAO_WORKER=never), for one file and for a batch at any --jobs; a batch keeps the files' order;
 * a file past the in-process limits is checked in a child process with the same output; and a file
 * that is damaged, crashes its child, runs out of memory or of time is reported on one line while
 * the others are checked. The crash and the hang come from a hook the tests load into the command's
 * children and threads (helpers/crash-hook.js, by NODE_OPTIONS=--require when JIXIAO_TEST_CRASH_ON or
 * JIXIAO_TEST_HANG_ON is set): production code carries none; the memory limit meets a real workbook far too big
 * for it, so the outcome does not hang on how the garbage collector happens to run.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BUILTIN_PROFILE_INPUTS } from "../../src/core/profiles/builtin";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { ReportSchema } from "./helpers/contract";
import { ensureCliBuilt, hasStackTrace, ROOT, runCli, runCliAsync, type CliRun } from "./helpers/run-cli";
import { newWorkbook, seedCsvFiles, writeGridsWorkbook } from "./helpers/workbooks";

let dir: string;
let batch: string;
const file = (name: string): string => path.join(dir, name);
const NO_WORKER = { JIXIAO_WORKER: "never" };
/** One file's engine on a worker even when the machine is busy (it would run in the main thread). */
const ON_WORKER = { JIXIAO_WORKER: "always" };

/** The batch's files, in the order `check <folder>` lists them. */
let batchFiles: string[];

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-workers-"));
  batch = file("batch");
  fs.mkdirSync(path.join(batch, "sub"), { recursive: true });
  const seeds = loadSeedTables();
  // 20 files: workbooks of one to three seed tables (levels merged or not), the seed CSVs, and a
  // damaged workbook in the middle.
  for (let i = 0; i < 11; i++) {
    const tables = seeds.slice(i % 8, (i % 8) + 1 + (i % 3));
    const grid = seedSheet(`表${i + 1}`, tables, { mergeLevels: i % 2 === 0 }).grid;
    const where = i < 8 ? batch : path.join(batch, "sub");
    await writeGridsWorkbook(path.join(where, `book${String(i + 1).padStart(2, "0")}.xlsx`), [grid]);
  }
  for (const csv of seedCsvFiles()) fs.copyFileSync(csv, path.join(batch, path.basename(csv)));
  fs.writeFileSync(path.join(batch, "book05b-damaged.xlsx"), Buffer.from("PK\u0003\u0004 not really a zip"));
  await writeGridsWorkbook(file("seed.xlsx"), [
    seedSheet("2022年绩效目标", seeds, { mergeLevels: true }).grid,
  ]);
  await writeGridsWorkbook(file("hidden.xlsx"), [
    seedSheet("甲", seeds.slice(0, 3)).grid,
    { ...seedSheet("乙", seeds.slice(3, 5), { mergeLevels: true }).grid, hidden: true },
  ]);
  // Far too big for 64 MB of heap, fine with the default: 6,000 distinct strings of 4,000
  // characters (24 million, held twice while read: the shared-strings part as text, then each
  // string; about 100 KB zipped, 72 MB unpacked, past the in-process limit of 32 MB).
  const hog = newWorkbook();
  const sheet = hog.addWorksheet("大");
  const text = "绩效目标".repeat(1000);
  for (let r = 1; r <= 1000; r++) for (let c = 1; c <= 6; c++) sheet.getCell(r, c).value = `${r}-${c}${text}`;
  await hog.xlsx.writeFile(file("huge.xlsx"));
  const profile = { ...BUILTIN_PROFILE_INPUTS["2021"], id: "mine" };
  fs.writeFileSync(file("profile.json"), JSON.stringify(profile));
  batchFiles = JSON.parse(runCli(["check", batch, "--format", "json"], { env: NO_WORKER }).stdout).files.map(
    (f: { path: string }) => f.path,
  );
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function same(a: CliRun, b: CliRun): void {
  expect(a.stdout).toBe(b.stdout);
  expect(a.stderr).toBe(b.stderr);
  expect(a.code).toBe(b.code);
}

describe("the same output with and without child processes and threads", () => {
  test.each([
    [["seed.xlsx", "--format", "json"]],
    [["seed.xlsx"]],
    [["seed.xlsx", "--lang", "en", "--quiet"]],
    [["hidden.xlsx", "--format", "json", "--lang", "en"]],
    [["seed.xlsx", "--profile", "PROFILE", "--format", "json"]],
    [["batch/book05b-damaged.xlsx", "--format", "json"]],
    [["batch/04_视察议政业务费.csv"]],
  ])("one file: %j", (args) => {
    const argv = [
      "check",
      ...args.map((a) => (a === "PROFILE" ? file("profile.json") : a.includes(".") ? file(a) : a)),
    ];
    const worker = runCli(argv, { env: ON_WORKER });
    expect(worker.stdout.length).toBeGreaterThan(0);
    same(worker, runCli(argv, { env: NO_WORKER }));
  });

  test.each([["json"], ["text"]])(
    "a batch at --jobs 1, 2 and 3 (%s)",
    async (format) => {
      const args = ["check", batch, "--format", format];
      const alone = runCli(args, { env: NO_WORKER });
      const runs = await Promise.all(["1", "2", "3"].map((jobs) => runCliAsync([...args, "--jobs", jobs])));
      for (const run of runs) same(run, alone);
      same(runCli(args), alone);
    },
    60_000,
  );

  test("one file past the in-process limits is checked in a child process, with the same output", () => {
    const args = ["check", file("huge.xlsx"), "--format", "json", "--lang", "en"];
    const child = runCli(args, { env: { JIXIAO_TIMING: "1" } });
    expect(child.stderr).toMatch(/timing: .*\(a child process/);
    const alone = runCli(args, { env: { ...NO_WORKER, JIXIAO_TIMING: "1" } });
    expect(child.stdout).toBe(alone.stdout);
    expect(child.code).toBe(alone.code);
    expect(JSON.parse(child.stdout).files[0]).toMatchObject({ error: null, tables: [] });
  }, 60_000);

  test("a batch keeps the order the files were given in, not the order they finish in", () => {
    const given = [...batchFiles].reverse();
    const { files } = ReportSchema.parse(
      JSON.parse(runCli(["check", ...given, "--format", "json", "--jobs", "3"]).stdout),
    );
    expect(files.map((f) => f.path)).toEqual(given);
  });
});

describe("a file that fails does not stop the batch", () => {
  test("a damaged workbook in the middle: one line, the others checked, exit 2", () => {
    const text = runCli(["check", batch, "--lang", "en", "--jobs", "2"]);
    expect(text.code).toBe(2);
    const lines = text.stderr.trim().split("\n");
    expect(lines).toEqual([expect.stringMatching(/book05b-damaged\.xlsx: .*\(CORRUPT_ZIP\)$/)]);
    expect(hasStackTrace(text.stderr)).toBe(false);
    const { files, summary } = ReportSchema.parse(
      JSON.parse(runCli(["check", batch, "--format", "json"]).stdout),
    );
    expect(files).toHaveLength(batchFiles.length);
    expect(files.filter((f) => f.error).map((f) => path.basename(f.path))).toEqual(["book05b-damaged.xlsx"]);
    expect(summary.files - files.filter((f) => !f.error).length).toBe(1);
    expect(summary.tables).toBeGreaterThan(20);
  });

  test("a child process that crashes: that file is reported, the batch goes on", () => {
    const env = { JIXIAO_TEST_CRASH_ON: "book03.xlsx" };
    const run = runCli(["check", batch, "--format", "json", "--jobs", "2", "--lang", "en"], { env });
    expect(run.code).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    const crashed = report.files.find((f) => path.basename(f.path) === "book03.xlsx")!;
    expect(crashed.error).toEqual({
      code: "UNREADABLE",
      message: expect.stringMatching(/stopped unexpectedly .*test crash/),
    });
    const healthy = ReportSchema.parse(
      JSON.parse(runCli(["check", batch, "--format", "json", "--lang", "en"]).stdout),
    );
    // Every other file as a healthy run reports it.
    report.files.forEach((f, i) => {
      if (f !== crashed) expect(f).toEqual(healthy.files[i]);
    });
    const unreadable = (run: CliRun): number => JSON.parse(run.stdout).summary.unreadable;
    expect(unreadable(run)).toBe(1 + 1); // and the damaged one
  });

  test("one file whose worker crashes: one line, exit 2", () => {
    const run = runCli(["check", file("seed.xlsx"), "--lang", "en"], {
      env: { ...ON_WORKER, JIXIAO_TEST_CRASH_ON: "seed.xlsx" },
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/seed\.xlsx: the check of this file stopped unexpectedly .*\(UNREADABLE\)$/),
    ]);
  });

  test("a workbook over --max-memory: TOO_LARGE for it, the others fine", () => {
    const args = ["check", file("seed.xlsx"), file("huge.xlsx"), batch, "--format", "json", "--lang", "en"];
    const run = runCli([...args, "--max-memory", "64"]);
    // The child that reads it ends (V8: "heap out of memory", then abort); never this process.
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("");
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    const failed = report.files.filter((f) => f.error);
    expect(failed.map((f) => [path.basename(f.path), f.error!.code])).toEqual([
      ["huge.xlsx", "TOO_LARGE"],
      ["book05b-damaged.xlsx", "CORRUPT_ZIP"],
    ]);
    expect(failed[0].error!.message).toMatch(/more than 64 MB of memory.*--max-memory/);
    // With the default limit the same workbook is read (it holds no table).
    const roomy = ReportSchema.parse(JSON.parse(runCli(args).stdout));
    expect(roomy.files.filter((f) => f.error)).toHaveLength(1);
    expect(roomy.files[1]).toMatchObject({ error: null, tables: [] });
    report.files.forEach((f, i) => {
      if (i !== 1) expect(f).toEqual(roomy.files[i]);
    });
  }, 60_000);

  test("a file over --timeout: TIMEOUT for it, the others fine", () => {
    const env = { JIXIAO_TEST_HANG_ON: "book02.xlsx" };
    const run = runCli(["check", batch, "--format", "json", "--timeout", "2", "--lang", "en"], { env });
    expect(run.code).toBe(2);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    const late = report.files.find((f) => path.basename(f.path) === "book02.xlsx")!;
    expect(late.error).toEqual({
      code: "TIMEOUT",
      message: expect.stringMatching(/not done after 2 s.*--timeout/),
    });
    expect(report.files.filter((f) => f.error)).toHaveLength(2); // and the damaged one
  }, 30_000);
});

test("the main thread loads neither the engine, nor zod, nor exceljs before it knows it needs them", () => {
  const build = path.join(ROOT, "build", "cli");
  const script = `require(${JSON.stringify(path.join(build, "main.js"))});
    require(${JSON.stringify(path.join(build, "check.js"))});
    console.log(JSON.stringify(Object.keys(require.cache)));`;
  const loaded = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as string[];
  expect(loaded.some((m) => m.endsWith(path.join("cli", "pool.js")))).toBe(true);
  for (const heavy of [
    path.join("build", "core", "rules") + path.sep,
    path.join("build", "core", "lint.js"),
    path.join("build", "core", "detect"),
    path.join("node_modules", "zod") + path.sep,
    path.join("node_modules", "exceljs") + path.sep,
  ])
    expect(loaded.filter((m) => m.includes(heavy))).toEqual([]);
});

test("fix with its engine on a worker writes what it writes in the main thread", () => {
  const fixed = (name: string, env: Record<string, string>): { run: CliRun; check: string } => {
    const out = file(name);
    const run = runCli(["fix", file("seed.xlsx"), "-o", out, "--format", "json"], { env });
    return { run, check: runCli(["check", out, "--format", "json"], { env: NO_WORKER }).stdout };
  };
  const onWorker = fixed("fixed-worker.xlsx", ON_WORKER);
  const inMain = fixed("fixed-main.xlsx", NO_WORKER);
  expect(JSON.parse(onWorker.run.stdout).fixes.length).toBeGreaterThan(0);
  expect(onWorker.run.stdout.replace("fixed-worker", "fixed-main")).toBe(inMain.run.stdout);
  expect(onWorker.check.replace("fixed-worker", "fixed-main")).toBe(inMain.check);
});

test("fix of a workbook past the in-process limits, over --max-memory: one line, exit 2, nothing written", () => {
  const out = file("huge-fixed.xlsx");
  const run = runCli(["fix", file("huge.xlsx"), "-o", out, "--max-memory", "64", "--lang", "en"]);
  // Read, mended and written in a child process, which ran out of its memory; this one did not.
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/huge\.xlsx: needs more than 64 MB of memory.*\(TOO_LARGE\)$/),
  ]);
  expect(hasStackTrace(run.stderr)).toBe(false);
  expect(fs.existsSync(out)).toBe(false);
  expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
}, 60_000);

test("fix of a workbook past the in-process limits, in a child process, writes what the main thread writes", () => {
  const fixed = (name: string, env: Record<string, string>): string => {
    const out = file(name);
    const run = runCli(["fix", file("huge.xlsx"), "-o", out, "--format", "json"], { env });
    expect(run.code).toBe(0);
    return run.stdout.replace(name, "OUT");
  };
  const inChild = fixed("huge-child.xlsx", {});
  expect(inChild).toBe(fixed("huge-main.xlsx", NO_WORKER));
  expect(fs.readFileSync(file("huge-child.xlsx")).length).toBeGreaterThan(50_000);
}, 120_000);

describe("options", () => {
  test.each([
    [["--jobs", "0"]],
    [["--jobs", "1.5"]],
    [["--jobs", "many"]],
    [["--max-memory", "8"]],
    [["--max-memory", "lots"]],
    [["--timeout", "0"]],
    [["--timeout", "-3"]],
    [["--max-cells", "0"]],
    [["--max-cells", "2.5"]],
    [["--max-sheets", "none"]],
  ])("%j is a usage error: one line, exit 2", (option) => {
    const run = runCli(["check", file("seed.xlsx"), ...option, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(option[0]));
  });

  test("--jobs beyond the files is fine, and -j is its short form", () => {
    const alone = runCli(["check", batch, "--format", "json"], { env: NO_WORKER });
    same(runCli(["check", batch, "--format", "json", "-j", "64"]), alone);
  });
});
