#!/usr/bin/env node
// Runs the benchmarks: every bench/*.bench.ts, or those named on the command line
// (`npm run bench -- bundle` runs bundle.bench.ts). Prints a table of figures against their budgets
// and writes bench/results.json, one flat object of figure name → number. A partial run keeps the
// other figures already in the file. Budgets report; they never change the exit code.
"use strict";
require("../scripts/ts-register.js");
const fs = require("fs");
const path = require("path");
const { Bench, formatTable } = require("./bench.ts");

const BENCH_DIR = __dirname;
const RESULTS_FILE = path.join(BENCH_DIR, "results.json");

function benchFiles(names) {
  const all = fs
    .readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith(".bench.ts"))
    .sort();
  if (names.length === 0) return all;
  return names.map((name) => {
    const file = name.endsWith(".bench.ts") ? path.basename(name) : `${name}.bench.ts`;
    if (!all.includes(file)) {
      console.error(`No benchmark ${file} in bench/ (have: ${all.join(", ")})`);
      process.exit(2);
    }
    return file;
  });
}

async function main() {
  const names = process.argv.slice(2);
  const files = benchFiles(names);
  const bench = new Bench();
  for (const file of files) {
    const started = Date.now();
    const run = require(path.join(BENCH_DIR, file)).default;
    if (typeof run !== "function") throw new Error(`${file} has no default export function`);
    await run(bench);
    console.error(`ran ${file} in ${Date.now() - started} ms`);
  }
  console.log(formatTable(bench.rows()));
  const previous =
    names.length > 0 && fs.existsSync(RESULTS_FILE) ? JSON.parse(fs.readFileSync(RESULTS_FILE, "utf8")) : {};
  fs.writeFileSync(RESULTS_FILE, JSON.stringify({ ...previous, ...bench.results() }, null, 2) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
