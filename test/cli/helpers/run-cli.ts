/**
 * Running the real command line as a process: `node bin/jixiao.js …` on real files. The compiled
 * CLI (build/) is rebuilt first when any source under src/core or src/cli is newer than the last
 * build; test files in parallel workers take turns through a lock folder.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const BIN = path.join(ROOT, "bin", "jixiao.js");
const BUILD_DIR = path.join(ROOT, "build");
const STAMP = path.join(BUILD_DIR, ".cli-build-stamp");
const LOCK = path.join(BUILD_DIR, ".cli-build-lock");
const SOURCES = [
  path.join(ROOT, "src", "core"),
  path.join(ROOT, "src", "cli"),
  path.join(ROOT, "tsconfig.cli.json"),
];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function upToDate(): boolean {
  if (!fs.existsSync(STAMP) || !fs.existsSync(path.join(BUILD_DIR, "cli", "main.js"))) return false;
  const stamp = fs.statSync(STAMP).mtimeMs;
  return SOURCES.every((source) => newestMtime(source) <= stamp);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds the CLI (tsc -p tsconfig.cli.json) unless the build is newer than every source. */
export function ensureCliBuilt(): void {
  if (upToDate()) return;
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than two minutes is left over from a killed run.
      const age = fs.existsSync(LOCK) ? Date.now() - fs.statSync(LOCK).mtimeMs : 0;
      if (age > 120_000) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 180_000) throw new Error("timed out waiting for another CLI build");
      sleep(200);
    }
  }
  try {
    if (upToDate()) return;
    const before = Date.now();
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`npm run build:cli failed:\n${result.stdout}${result.stderr}`);
    fs.writeFileSync(STAMP, "");
    // The stamp must not look newer than a source saved during the build.
    const at = new Date(before);
    fs.utimesSync(STAMP, at, at);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Added to a clean environment (no colour forcing, Chinese locale unless said otherwise). */
  env?: Record<string, string | undefined>;
}

function cliEnv(extra: RunOptions["env"] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.JIXIAO_DEBUG;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  // The crash and hang hooks live in the tests, loaded into the command's processes and threads.
  if (env.JIXIAO_TEST_CRASH_ON || env.JIXIAO_TEST_HANG_ON) {
    env.NODE_OPTIONS = [env.NODE_OPTIONS, `--require ${CRASH_HOOK}`].filter(Boolean).join(" ");
  }
  return env;
}

const CRASH_HOOK = path.join(__dirname, "crash-hook.js");

/** Runs `node bin/jixiao.js …args` to completion. */
export function runCli(args: readonly string[], options: RunOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking the test's event loop (for long runs). */
export function runCliAsync(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: cliEnv(options.env),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** `check … --format json`, parsed. */
export function checkJson(args: readonly string[], options: RunOptions = {}): { run: CliRun; json: unknown } {
  const run = runCli(["check", ...args, "--format", "json"], options);
  let json: unknown;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { run, json };
}

/** A stack trace looks like "    at fn (file:line:col)". */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]\d+/m.test(text) || /\bError: .*\n\s+at /.test(text);
}
