/** The entry: help, version, unknown commands, and a checkout whose command line is not built yet. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BIN, ensureCliBuilt, ROOT, runCli } from "./helpers/run-cli";

beforeAll(() => ensureCliBuilt());

test("--help in the locale's language, exit 0; no command at all prints it and exits 2", () => {
  const zh = runCli(["--help"]);
  expect(zh.code).toBe(0);
  expect(zh.stdout).toMatch(/用法/);
  expect(zh.stdout).toMatch(/退出码/);
  const en = runCli(["check", "--help"], { env: { LANG: "en_GB.UTF-8" } });
  expect(en.code).toBe(0);
  expect(en.stdout).toMatch(/Usage:/);
  for (const command of ["check", "fix", "template", "templates"])
    expect(en.stdout).toContain(`jixiao ${command}`);
  const none = runCli([]);
  expect(none.code).toBe(2);
  expect(none.stdout).toMatch(/用法/);
});

test("--version is the package's", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  expect(runCli(["--version"]).stdout.trim()).toBe(pkg.version);
});

test("an unknown command: one line naming the commands, exit 2", () => {
  const run = runCli(["chekc", "a.xlsx"], { env: { LANG: "en_US.UTF-8" } });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^jixiao: unknown command “chekc”.*check, fix, template, templates/);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
});

test("without a build, bin/jixiao.js says how to make one, in one line, exit 2", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-nobuild-"));
  try {
    fs.mkdirSync(path.join(dir, "bin"));
    fs.copyFileSync(BIN, path.join(dir, "bin", "jixiao.js"));
    const run = spawnSync(process.execPath, [path.join(dir, "bin", "jixiao.js"), "check", "x.xlsx"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^jixiao: .*npm run build:cli`?\n$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
