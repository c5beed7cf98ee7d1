import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");

/** A copy of the harness (bench/run.js, bench/bench.ts, scripts/ts-register.js) with our own bench files. */
function harnessWith(benchFiles: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-run-"));
  fs.mkdirSync(path.join(dir, "bench"));
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.copyFileSync(path.join(ROOT, "bench", "run.js"), path.join(dir, "bench", "run.js"));
  fs.copyFileSync(path.join(ROOT, "bench", "bench.ts"), path.join(dir, "bench", "bench.ts"));
  fs.copyFileSync(path.join(ROOT, "scripts", "ts-register.js"), path.join(dir, "scripts", "ts-register.js"));
  for (const [name, text] of Object.entries(benchFiles))
    fs.writeFileSync(path.join(dir, "bench", name), text);
  return dir;
}

function runBench(dir: string, ...names: string[]) {
  return spawnSync(process.execPath, [path.join(dir, "bench", "run.js"), ...names], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
  });
}

const readResults = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, "bench", "results.json"), "utf8"));

const SIZE_BENCH = `import type { Bench } from "./bench";
export default async function (b: Bench) {
  b.record("size.KiB", 460);
  b.budget("size.KiB", 450);
}`;
const SPEED_BENCH = `import type { Bench } from "./bench";
export default async function (b: Bench) {
  await b.time("speed.ms", () => { for (let i = 0; i < 1000; i++); }, { runs: 3, warmup: 1 });
}`;

describe("bench/run.js", () => {
  test("runs every bench file, prints the table and writes the figures as one flat object", () => {
    const dir = harnessWith({ "size.bench.ts": SIZE_BENCH, "speed.bench.ts": SPEED_BENCH });
    const result = runBench(dir);
    expect(result.status).toBe(0); // OVER budget reports, it does not fail
    expect(result.stdout).toMatch(/^figure\s+value\s+budget\s+status$/m);
    expect(result.stdout).toMatch(/^size\.KiB\s+460\s+450\s+OVER$/m);
    expect(result.stdout).toMatch(/^speed\.ms\s+[\d.]+\s+-\s+ok$/m);
    const results = readResults(dir);
    expect(Object.keys(results).sort()).toEqual(["size.KiB", "speed.ms"]);
    expect(results["size.KiB"]).toBe(460);
    expect(typeof results["speed.ms"]).toBe("number");
  });

  test("runs only the bench named on the command line, keeping the other figures", () => {
    const dir = harnessWith({ "size.bench.ts": SIZE_BENCH, "speed.bench.ts": SPEED_BENCH });
    fs.writeFileSync(
      path.join(dir, "bench", "results.json"),
      JSON.stringify({ "speed.ms": 1.5, "size.KiB": 1 }),
    );
    const result = runBench(dir, "size");
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain("speed.ms");
    expect(readResults(dir)).toEqual({ "speed.ms": 1.5, "size.KiB": 460 });
  });

  test("exits 2 for a bench that does not exist, and 1 when a bench throws", () => {
    const dir = harnessWith({
      "size.bench.ts": SIZE_BENCH,
      "throws.bench.ts": 'export default async function () { throw new Error("no dist"); }',
    });
    const unknown = runBench(dir, "nope");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("No benchmark nope.bench.ts");
    const throwing = runBench(dir, "throws");
    expect(throwing.status).toBe(1);
    expect(throwing.stderr).toContain("no dist");
  });
});
