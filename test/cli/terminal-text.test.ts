/**
 * Text from files on its way out (terminal-text.ts): control characters shown as symbols on a
 * terminal, JSON that escapes what JSON.stringify leaves raw and still means the same, and quotes of
 * cells cut to a length a person reads. The binary, on a CSV and a file name that carry terminal
 * control sequences: they never reach stdout or stderr raw.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { boundedText, jsonSafe, terminalSafe } from "../../src/cli/terminal-text";
import { ensureCliBuilt, runCli } from "./helpers/run-cli";
import { seedCsvFiles } from "./helpers/workbooks";

describe("text from files on its way out", () => {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  test("terminalSafe shows every control character as a symbol", () => {
    expect(terminalSafe("a\tb\r\nc\nd\re\u001b[2J\u0007\u007f\u009b31m\u202etxt")).toBe(
      "a⇥b⏎c⏎d␍e␛[2J␇␡<U+009B>31m<U+202E>txt",
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(terminalSafe(text)).not.toMatch(CONTROL);
      }),
    );
  });

  test("jsonSafe keeps JSON valid and its meaning the same", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        const json = jsonSafe(JSON.stringify({ value, text }, null, 2));
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
        expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });

  test("boundedText cuts long text with an ellipsis, never inside a surrogate pair", () => {
    expect(boundedText("短")).toBe("短");
    expect(boundedText("长".repeat(300))).toBe(`${"长".repeat(200)}…`);
    expect(boundedText(`${"a".repeat(199)}😀tail`)).toBe(`${"a".repeat(199)}…`);
  });
});

/* eslint-disable no-control-regex -- finding control characters is the point */
/** Any control character but a line break, outside our own colour codes (ESC [ … m). */
const RAW_CONTROL = /(?!\u001b\[[0-9;]*m)[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */
const ATTACK = "\u001b[2J\u001b[H\r\u001b]0;pwned\u0007\u009b31m";

test("a CSV and a file name carrying terminal control sequences: text output shows them as symbols, JSON escapes them", () => {
  ensureCliBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-terminal-text-"));
  try {
    const csv = fs.readFileSync(seedCsvFiles()[0], "utf8").replace(/≥(\d+)/, `≥$1${ATTACK}`);
    const evil = path.join(dir, `evil${ATTACK}.csv`);
    fs.writeFileSync(evil, csv);
    const missing = path.join(dir, "missing-\u001b[31m.xlsx");
    for (const env of [{}, { FORCE_COLOR: "1" }]) {
      const run = runCli(["check", evil, missing, "--lang", "en"], { env });
      expect(run.code).toBe(2);
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      expect(run.stderr).not.toMatch(RAW_CONTROL);
      expect(run.stdout).toContain("␛[2J");
      expect(run.stderr).toMatch(/missing-␛\[31m\.xlsx: no such file/);
    }
    const json = runCli(["check", evil, "--format", "json"]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(json.stdout).toContain("\\u009b31m");
    expect(JSON.parse(json.stdout).files[0].path).toBe(evil);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
