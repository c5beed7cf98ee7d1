import { createHash } from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { loadSeedTables, seedSheet } from "../test/helpers/seed";
import { measureCli } from "../test/cli/helpers/measure";
import { ensureCliBuilt } from "../test/cli/helpers/run-cli";
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
  /** The peak resident memory of the process tree (the command and its child processes together), MiB. */
  peakMiB: number;
  /** The peak resident memory of its largest single process, MiB. */
  processPeakMiB: number;
}

/**
 * Runs `node bin/jixiao.js …args` (or another build's, `bin`) as a whole process: wall time, and
 * peak memory of the whole process tree, sampled from /proc every 10 ms (test/cli/helpers/measure.ts):
 * `check` reads and checks a batch's files in child processes, so the command's own figure would
 * leave most of the memory out.
 */
export async function measureProcess(args: readonly string[], bin?: string): Promise<ProcessFigures> {
  const run = await measureCli(args, { bin });
  if (run.code !== 0 && run.code !== 1)
    throw new Error(`jixiao ${args.join(" ")} exited with ${run.code}: ${run.stderr.slice(-500)}`);
  if (run.treePeakMiB === null || run.processPeakMiB === null)
    throw new Error("no /proc to measure memory with");
  return { seconds: run.seconds, peakMiB: run.treePeakMiB, processPeakMiB: run.processPeakMiB };
}

/**
 * cli.batch1000Seconds / cli.batch1000PeakMiB: `jixiao check <folder of 1,000 workbooks> --format
 * json` as a whole process, one child process per core (the default), its peak memory that of the
 * whole process tree; cli.batch1000ProcessPeakMiB: that of its largest process;
 * cli.batch1000SequentialSeconds: the same with `--jobs 1` (one child, one file at a time), to show
 * the speed-up. Medians of a few runs each, alternating, so drift on a shared machine falls on both
 * alike. JIXIAO_BENCH_BASE=<another checkout> measures that build instead (to compare before and
 * after a change). No budgets: figures to watch.
 */
export default async function batchFigures(b: Bench): Promise<void> {
  ensureCliBuilt();
  const dir = await batchFolder();
  const base = process.env.JIXIAO_BENCH_BASE;
  const bin = base ? path.join(base, "bin", "jixiao.js") : undefined;
  const parallel: ProcessFigures[] = [];
  const sequential: ProcessFigures[] = [];
  await measureProcess(["check", dir, "--format", "json"], bin); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    parallel.push(await measureProcess(["check", dir, "--format", "json"], bin));
    sequential.push(await measureProcess(["check", dir, "--format", "json", "--jobs", "1"], bin));
  }
  b.record("cli.batchCores", os.availableParallelism());
  b.record("cli.batch1000Seconds", Math.round(median(parallel.map((r) => r.seconds)) * 10) / 10);
  b.record("cli.batch1000PeakMiB", Math.round(median(parallel.map((r) => r.peakMiB))));
  b.record("cli.batch1000ProcessPeakMiB", Math.round(median(parallel.map((r) => r.processPeakMiB))));
  b.record("cli.batch1000SequentialSeconds", Math.round(median(sequential.map((r) => r.seconds)) * 10) / 10);
  b.record("cli.batch1000SequentialPeakMiB", Math.round(median(sequential.map((r) => r.peakMiB))));
}
