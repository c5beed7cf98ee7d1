import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/grid";
import { loadSeedTables, type SeedTable } from "../test/helpers/seed";
import { BIN, ensureCliBuilt, ROOT } from "../test/cli/helpers/run-cli";
import { median, roundFigure, type Bench } from "./bench";

/** What a whole `check` may cost over just reading the workbook with exceljs. */
const RATIO_BUDGET = 1.3;
const PAIRS = 7;
const TABLES = 300;
const BODY_ROWS = 30;
const SHEETS = 4;

/**
 * A workbook of 10,000-odd rows: 300 tables (title, goal, header, 30 indicator rows, a blank row)
 * over four sheets, their rows drawn from the seed's eight real tables, level cells merged.
 */
export async function writeLargeWorkbook(file: string): Promise<number> {
  const seeds = loadSeedTables();
  const workbook = new ExcelJS.Workbook();
  const sheets = Array.from({ length: SHEETS }, (_, i) => workbook.addWorksheet(`绩效目标${i + 1}`));
  const next = sheets.map(() => 1);
  for (let t = 0; t < TABLES; t++) {
    const s = t % SHEETS;
    const sheet = sheets[s];
    const seed = seeds[t % seeds.length];
    let row = next[s];
    sheet.getCell(row, 1).value = `${t + 1}、2022年度${seed.fundingItem}项目绩效目标表`;
    sheet.mergeCells(row, 1, row, 6);
    row++;
    sheet.getCell(row, 1).value = "绩效目标";
    sheet.getCell(row, 2).value = "1.目标内容1";
    sheet.mergeCells(row, 2, row, 6);
    row++;
    seed.header.forEach((word, c) => (sheet.getCell(row, c + 1).value = word));
    row++;
    let groupStart = row;
    let group = "";
    for (const line of bodyRows(seed)) {
      line.forEach((value, c) => {
        if (value !== null && (c > 0 || value !== group)) sheet.getCell(row, c + 1).value = value;
      });
      if (line[0] !== null && line[0] !== group) {
        if (row - 1 > groupStart) sheet.mergeCells(groupStart, 1, row - 1, 1);
        groupStart = row;
        group = String(line[0]);
      }
      row++;
    }
    if (row - 1 > groupStart) sheet.mergeCells(groupStart, 1, row - 1, 1);
    next[s] = row + 1;
  }
  await workbook.xlsx.writeFile(file);
  return next.reduce((sum, n) => sum + n - 1, 0);
}

/** A seed table's body stretched to BODY_ROWS rows, the repeats numbered so their names differ. */
function bodyRows(seed: SeedTable): CellValue[][] {
  const rows: CellValue[][] = [];
  let level1 = "";
  for (let i = 0; rows.length < BODY_ROWS; i++) {
    const line = seed.body[i % seed.body.length];
    const round = Math.floor(i / seed.body.length);
    if (line[0] !== "") level1 = line[0];
    rows.push(
      line.map((cell, c) => {
        if (c === 0) return level1;
        if (cell === "") return null;
        return round > 0 && (c === 2 || c === 3) ? `${cell}（${round + 1}）` : cell;
      }),
    );
  }
  return rows;
}

function timeProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 512 * 1024 * 1024,
    encoding: "utf8",
  });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

// The bare read: the same process start, the same library, the same file; nothing else.
const BARE_READ = `const ExcelJS = require("exceljs");
new ExcelJS.Workbook().xlsx.readFile(process.argv[1]).then(() => {}, (e) => { console.error(e.message); process.exit(3); });`;

/**
 * cli.checkToReadRatio: `jixiao check <10,000-row workbook> --format json` as a whole process,
 * over a bare exceljs read of the same file in a process of its own; the median of several pairs
 * (each pair run in alternating order, so drift on the machine falls on both sides alike).
 * cli.checkOnWorkerToReadRatio: the same with the engine on a worker thread whatever the machine
 * (JIXIAO_WORKER=always; by default only where cores are to spare), to see whether it pays here.
 * cli.loadPerCore: the 1-minute load average per core when the figures were taken (the machine is
 * shared: read the times with it).
 */
export default async function cliFigures(b: Bench): Promise<void> {
  ensureCliBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  try {
    const file = path.join(dir, "large.xlsx");
    const rows = await writeLargeWorkbook(file);
    // JIXIAO_BENCH_BASE=<another checkout>: that build's command line instead (to compare before and after).
    const base = process.env.JIXIAO_BENCH_BASE;
    const bin = base ? path.join(base, "bin", "jixiao.js") : BIN;
    const check = () => timeProcess([bin, "check", file, "--format", "json"]);
    const onWorker = () => timeProcess([bin, "check", file, "--format", "json"], { JIXIAO_WORKER: "always" });
    const read = () => timeProcess(["-e", BARE_READ, file]);
    b.record("cli.loadPerCore", Math.round((os.loadavg()[0] / os.availableParallelism()) * 100) / 100);
    check(); // warm the file cache and the compile cache
    onWorker();
    read();
    const ratios: number[] = [];
    const workerRatios: number[] = [];
    const checks: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const [c, r] = i % 2 === 0 ? [check(), read()] : (([r2, c2]) => [c2, r2])([read(), check()]);
      checks.push(c);
      reads.push(r);
      ratios.push(c / r);
      workerRatios.push(onWorker() / r);
    }
    b.record("cli.sheetRows", rows);
    b.record("cli.check10kRowsMs", roundFigure(median(checks)));
    b.record("cli.read10kRowsMs", roundFigure(median(reads)));
    b.record("cli.checkToReadRatio", Math.round(median(ratios) * 100) / 100);
    b.budget("cli.checkToReadRatio", RATIO_BUDGET);
    b.record("cli.checkOnWorkerToReadRatio", Math.round(median(workerRatios) * 100) / 100);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
