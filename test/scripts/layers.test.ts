/**
 * The layer table (scripts/layers.json): the lint rule jixiao/layers holds imports to it, and
 * docs/architecture.md prints it.
 */
import fs from "fs";
import path from "path";
import { spawnSync } from "child_process";
import { renderLayersTable, type LayerTable } from "../../scripts/layers-table";

const ROOT = path.join(__dirname, "..", "..");
const TABLE = JSON.parse(fs.readFileSync(path.join(ROOT, "scripts", "layers.json"), "utf8")) as LayerTable;

jest.setTimeout(60_000);

/**
 * The messages of jixiao/layers for each snippet, as if it were the file named (relative to the root).
 * ESLint loads its config with a dynamic import, which jest's VM cannot: it runs in one child process.
 */
function layerMessages(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("path");
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const cases = JSON.parse(process.env.CASES);
      const out = [];
      for (const [file, code] of cases) {
        const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
        out.push(result.messages.filter((m) => m.ruleId === "jixiao/layers").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CASES: JSON.stringify(cases) },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe("the layer table", () => {
  test("names every folder of src/", () => {
    const folders = fs
      .readdirSync(path.join(ROOT, "src"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(Object.keys(TABLE.layers).sort()).toEqual(folders);
  });

  test("is what docs/architecture.md prints (npm run docs rewrites it)", () => {
    expect(fs.readFileSync(path.join(ROOT, "docs", "architecture.md"), "utf8")).toContain(
      renderLayersTable(TABLE),
    );
  });

  test("has no cycle: a layer never reaches itself through the layers it may import", () => {
    const reach = (from: string, seen = new Set<string>()): Set<string> => {
      for (const next of TABLE.layers[from].may) {
        if (seen.has(next)) continue;
        seen.add(next);
        reach(next, seen);
      }
      return seen;
    };
    for (const name of Object.keys(TABLE.layers))
      expect([name, reach(name).has(name)]).toEqual([name, false]);
  });
});

const REFUSED: [string, string, RegExp][] = [
  [
    "src/core/x.ts",
    'import { ExcelAdapter } from "../excel/adapter";',
    /src\/core may not import src\/excel/,
  ],
  ["src/core/x.ts", 'import React from "react";', /src\/core may not use react/],
  ["src/core/x.ts", 'import * as fs from "node:fs";', /src\/core may not use Node's modules/],
  ["src/core/rules/x.ts", 'import { z } from "zod";', /Import z from src\/core\/zod\.ts/],
  ["src/xlsx/x.ts", 'import { App } from "../taskpane/App";', /src\/xlsx may not import src\/taskpane/],
  ["src/workbook/x.ts", 'import { readXlsx } from "../xlsx";', /src\/workbook may not import src\/xlsx/],
  ["src/taskpane/x.ts", 'import ExcelJS from "exceljs";', /src\/taskpane may not use exceljs/],
  ["src/taskpane/x.ts", 'export { readXlsx } from "../xlsx";', /src\/taskpane may not import src\/xlsx/],
  ["src/excel/x.ts", 'const m = import("../cli/main");', /src\/excel may not import src\/cli/],
  [
    "src/cli/x.ts",
    'import { PreviewPage } from "../preview/PreviewPage";',
    /src\/cli may not import src\/preview/,
  ],
  ["src/preview/x.ts", 'import * as fs from "fs";', /src\/preview may not use Node's modules/],
];

const ALLOWED: [string, string][] = [
  ["src/preview/x.ts", 'import { WorkbookModel } from "../workbook/workbook-model";'],
  [
    "src/xlsx/x.ts",
    'import type { Worksheet } from "exceljs";\nimport { coalesce } from "../workbook/geometry";',
  ],
  ["src/cli/x.ts", 'import * as fs from "node:fs";\nimport { lint } from "../core/lint";'],
  [
    "src/taskpane/x.tsx",
    'import { createRoot } from "react-dom/client";\nimport { Text } from "@fluentui/react";',
  ],
  ["src/core/zod.ts", 'import { z } from "zod";'],
];

describe("jixiao/layers", () => {
  let refused: string[][];
  let allowed: string[][];
  beforeAll(() => {
    const all = layerMessages([...REFUSED.map(([file, code]) => [file, code] as const), ...ALLOWED]);
    refused = all.slice(0, REFUSED.length);
    allowed = all.slice(REFUSED.length);
  });

  test.each(REFUSED.map((c, i) => [c[0], c[1], c[2], i] as const))(
    "refuses, in %s, %s",
    (_file, _code, message, i) => {
      expect(refused[i]).toHaveLength(1);
      expect(refused[i][0]).toMatch(message);
    },
  );

  test.each(ALLOWED.map((c, i) => [c[0], c[1], i] as const))("allows, in %s, %s", (_file, _code, i) => {
    expect(allowed[i]).toEqual([]);
  });
});
