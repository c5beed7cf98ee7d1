/**
 * On a terminal: colour in the report, and progress on stderr for a batch. The binary runs under
 * `script` (util-linux), which gives it a pseudo-terminal; stdout and stderr then arrive together.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BIN, ensureCliBuilt, ROOT } from "./helpers/run-cli";
import { seedCsvFiles } from "./helpers/workbooks";

const SCRIPT = "/usr/bin/script";
const ESC = "\u001b[";
const available = fs.existsSync(SCRIPT);
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-tty-"));
  for (const file of seedCsvFiles().slice(2, 4)) fs.copyFileSync(file, path.join(dir, path.basename(file)));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function onTerminal(args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", ...env };
  delete base.FORCE_COLOR;
  if (!("NO_COLOR" in env)) delete base.NO_COLOR;
  const run = spawnSync(SCRIPT, ["-qec", command, "/dev/null"], { cwd: ROOT, env: base, encoding: "utf8" });
  return run.stdout;
}

(available ? describe : describe.skip)("on a terminal", () => {
  test("the report is coloured and a batch shows its progress, then clears it", () => {
    const out = onTerminal(["check", dir]);
    expect(out).toContain(`${ESC}31m`); // errors in red
    expect(out).toContain(`${ESC}4m`); // file names underlined
    // Each progress line rewrites the one before: carriage return, erase line, text.
    expect(out).toMatch(new RegExp(String.raw`\r\x1b\[K\[1/2\] .*03_`));
    expect(out).toMatch(new RegExp(String.raw`\r\x1b\[K\[2/2\] .*04_`));
  });

  test("a batch on workers shows each file in the order given, however they finish", () => {
    const files = seedCsvFiles();
    const out = onTerminal(["check", ...files, "--jobs", "3"]);
    const progress = new RegExp(String.raw`\r\x1b\[K\[(\d+)/(\d+)\] ([^\r\n]*)`, "g");
    const shown = [...out.matchAll(progress)].map((m) => [m[1], m[2], m[3]]);
    expect(shown.map(([n]) => Number(n))).toEqual(files.map((_, i) => i + 1));
    expect(shown.every(([, total]) => Number(total) === files.length)).toBe(true);
    // Each line names its file (cut from the left to fit the terminal, so compared by its end).
    shown.forEach(([, , text], i) => expect(files[i].endsWith(text.replace(/^…/, ""))).toBe(true));
  });

  test("one file: no progress; NO_COLOR: no colour", () => {
    const one = onTerminal(["check", path.join(dir, fs.readdirSync(dir)[0])]);
    expect(one).not.toMatch(/\[1\/1\]/);
    expect(onTerminal(["check", dir], { NO_COLOR: "1" })).not.toContain(`${ESC}31m`);
  });
});
