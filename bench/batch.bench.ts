import { spawn } from "child_process";
import { createHash } from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { loadSeedTables, seedSheet } from "../test/helpers/seed";
import { BIN, ensureCliBuilt, ROOT } from "../test/cli/helpers/run-cli";
import { writeGridsWorkbook } from "../test/cli/helpers/workbooks";
import { median, type Bench } from "./bench";

const FILES = 1000;
const RUNS = 3;
/** Bump when the workbooks below change shape, so the cached folder is made again. */
const GENERATOR_VERSION = 1;

/**
 * 1,000 small workbooks, as a reviewer receives them: each one sheet holding one or two of the
 * seed's eight real tables (every pairing, in turn), titled with its own number, merged level cells
 * on every other file. Written with exceljs into a folder under the system's temporary folder,
 * named by a hash of what makes them (the seed's tables and this generator), so later runs reuse it.
 */
export async function batchFolder(): Promise<string> {
  const seeds = loadSeedTables();
  const key = createHash("sha256")
    .update(JSON.stringify({ seeds, FILES, GENERATOR_VERSION }))
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(os.tmpdir(), `jixiao-bench-batch-${key}`);
  const done = path.join(dir, ".complete");
  if (fs.existsSync(done)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    const first = seeds[i % seeds.length];
    const second = seeds[Math.floor(i / seeds.length) % seeds.length];
    const tables = (i % 3 === 0 ? [first] : [first, second]).map((seed, t) => ({
      ...seed,
      title: `${t + 1}、${2020 + (i % 5)}年度${seed.fundingItem}项目绩效目标表（${i + 1}）`,
    }));
    const grid = seedSheet(`部门${i + 1}`, tables, { mergeLevels: i % 2 === 0 }).grid;
    const name = `部门${String(i + 1).padStart(4, "0")}.xlsx`;
    await writeGridsWorkbook(path.join(dir, name), [grid]);
  }
  fs.writeFileSync(done, "");
  return dir;
}

export interface ProcessFigures {
  seconds: number;
  /** The process's peak resident memory (its threads included), MiB. */
  peakMiB: number;
}

const TIME = "/usr/bin/time";

/**
 * Runs `node bin/jixiao.js …args` as a whole process: wall time, and peak memory from GNU time's
 * maximum resident set size (apt package `time`), or else from polling the process's VmHWM
 * (worker threads share the process, so its high-water mark covers them).
 */
export function measureProcess(args: readonly string[]): Promise<ProcessFigures> {
  const viaTime = fs.existsSync(TIME);
  const command = viaTime ? TIME : process.execPath;
  const argv = viaTime ? ["-f", "maxrss %M", process.execPath, BIN, ...args] : [BIN, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let polledKiB = 0;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const poll = viaTime
      ? null
      : setInterval(() => {
          try {
            const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
            polledKiB = Math.max(polledKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
          } catch {
            // the process has just ended
          }
        }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      if (code !== 0 && code !== 1) {
        reject(new Error(`jixiao ${args.join(" ")} exited with ${code}: ${stderr.slice(-500)}`));
        return;
      }
      const kib = viaTime ? Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN) : polledKiB;
      resolve({ seconds, peakMiB: kib / 1024 });
    });
  });
}

/**
 * cli.batch1000Seconds / cli.batch1000PeakMiB: `jixiao check <folder of 1,000 workbooks> --format
 * json` as a whole process, one worker per core (the default); cli.batch1000SequentialSeconds: the
 * same with `--jobs 1` (one worker, one file at a time), to show the speed-up. Medians of a few runs
 * each, alternating, so drift on a shared machine falls on both alike. No budgets: figures to watch.
 */
export default async function batchFigures(b: Bench): Promise<void> {
  ensureCliBuilt();
  const dir = await batchFolder();
  const parallel: ProcessFigures[] = [];
  const sequential: ProcessFigures[] = [];
  await measureProcess(["check", dir, "--format", "json"]); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    parallel.push(await measureProcess(["check", dir, "--format", "json"]));
    sequential.push(await measureProcess(["check", dir, "--format", "json", "--jobs", "1"]));
  }
  b.record("cli.batchCores", os.availableParallelism());
  b.record("cli.batch1000Seconds", Math.round(median(parallel.map((r) => r.seconds)) * 10) / 10);
  b.record("cli.batch1000PeakMiB", Math.round(median(parallel.map((r) => r.peakMiB))));
  b.record("cli.batch1000SequentialSeconds", Math.round(median(sequential.map((r) => r.seconds)) * 10) / 10);
  b.record("cli.batch1000SequentialPeakMiB", Math.round(median(sequential.map((r) => r.peakMiB))));
}
