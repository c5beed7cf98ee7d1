import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const REGISTER = path.join(__dirname, "..", "..", "scripts", "ts-register.js");

function writeFiles(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ts-register-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function runWithHook(script: string, cwd: string) {
  return spawnSync(process.execPath, ["-r", REGISTER, "-e", script], { cwd, encoding: "utf8" });
}

describe("scripts/ts-register.js", () => {
  test("loads TypeScript with types, enums, default exports and extension-less imports", () => {
    const dir = writeFiles({
      "main.ts": [
        'import { twice, Unit } from "./helper";',
        "interface Box { n: number }",
        "const box: Box = { n: 21 };",
        "export default function answer(): string { return `${twice(box.n)} ${Unit.KiB}`; }",
      ].join("\n"),
      "helper.ts": 'export const twice = (n: number): number => n * 2;\nexport enum Unit { KiB = "KiB" }\n',
    });
    const result = runWithHook('console.log(require("./main.ts").default())', dir);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("42 KiB");
  });

  test("reports where a TypeScript error was thrown, in TypeScript lines", () => {
    const dir = writeFiles({
      "fails.ts": 'const label: string = "x";\n\nthrow new Error(`boom ${label}`);\n',
    });
    const result = runWithHook('require("./fails.ts")', dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("boom x");
    expect(result.stderr).toMatch(/fails\.ts:3/);
  });

  test("refuses a file that does not parse, naming it", () => {
    const dir = writeFiles({ "broken.ts": "export const = 1;\n" });
    const result = runWithHook('require("./broken.ts")', dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/broken\.ts.*error TS\d+/);
  });
});
