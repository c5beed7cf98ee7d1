/**
 * Files that cannot be checked: each gives one line naming the file and why (in text mode, on
 * stderr) or an error object (in JSON), exit code 2, no stack trace, and the other files are
 * still checked and reported.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { encryptedWorkbookBytes } from "./helpers/compound-file";
import { ReportSchema } from "./helpers/contract";
import { convertWithLibreOffice } from "./helpers/libreoffice";
import { checkJson, ensureCliBuilt, hasStackTrace, runCli } from "./helpers/run-cli";
import { writeGridsWorkbook } from "./helpers/workbooks";

let dir: string;
const file = (name: string): string => path.join(dir, name);

/** name → the error code it must give. */
const BAD: Record<string, string> = {
  "missing.xlsx": "ENOENT",
  "empty.xlsx": "EMPTY",
  "text.xlsx": "NOT_ZIP",
  "truncated.xlsx": "CORRUPT_ZIP",
  "garbled.xlsx": "CORRUPT_ZIP",
  "encrypted.xlsx": "ENCRYPTED",
  "legacy.xls": "LEGACY_XLS",
  "legacy-renamed.xlsx": "LEGACY_XLS",
  "spreadsheet.ods": "UNREADABLE",
  "archive.xlsx": "UNREADABLE",
};

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bad-"));
  await writeGridsWorkbook(file("good.xlsx"), [seedSheet("表", loadSeedTables().slice(0, 2)).grid]);
  const good = fs.readFileSync(file("good.xlsx"));
  fs.writeFileSync(file("empty.xlsx"), "");
  fs.writeFileSync(file("text.xlsx"), "一级指标,二级指标\n产出指标,数量指标\n");
  fs.writeFileSync(file("truncated.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  fs.writeFileSync(file("garbled.xlsx"), garble(good, "xl/worksheets/sheet1.xml"));
  fs.writeFileSync(file("encrypted.xlsx"), encryptedWorkbookBytes());
  const xls = await convertWithLibreOffice(file("good.xlsx"), "xls", "bad-input-1");
  fs.copyFileSync(xls, file("legacy.xls"));
  fs.copyFileSync(xls, file("legacy-renamed.xlsx"));
  fs.copyFileSync(
    await convertWithLibreOffice(file("good.xlsx"), "ods", "bad-input-1"),
    file("spreadsheet.ods"),
  );
  fs.writeFileSync(file("archive.xlsx"), storedZip("readme.txt", "not a workbook"));
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The workbook with bytes of one part's compressed data flipped (the directory stays intact). */
function garble(zip: Buffer, part: string): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (
    let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    at >= 0;
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4)
  ) {
    const nameLength = out.readUInt16LE(at + 26);
    const extraLength = out.readUInt16LE(at + 28);
    if (!out.subarray(at + 30, at + 30 + nameLength).equals(name)) continue;
    const data = at + 30 + nameLength + extraLength;
    for (let i = data + 8; i < data + 40; i++) out[i] ^= 0x5a;
    return out;
  }
  throw new Error(`no part ${part}`);
}

/** A one-file zip with the file stored uncompressed: a zip, but not a workbook. */
function storedZip(name: string, text: string): Buffer {
  const data = Buffer.from(text);
  const fileName = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const centralOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

test.each(Object.entries(BAD))("%s: %s, one line, exit 2, the good file still checked", (name, code) => {
  const text = runCli(["check", file(name), file("good.xlsx"), "--lang", "en"]);
  expect(text.code).toBe(2);
  const lines = text.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${escape(file(name))}: .+ \\(${code}\\)$`));
  expect(hasStackTrace(text.stderr)).toBe(false);
  expect(text.stdout).toContain("checked 1 file, 2 tables");

  const { run, json } = checkJson([file(name), file("good.xlsx")]);
  const report = ReportSchema.parse(json);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe("");
  expect(report.files[0]).toMatchObject({ path: file(name), error: { code }, tables: [], diagnostics: [] });
  expect(report.files[1]).toMatchObject({ error: null, tables: [expect.anything(), expect.anything()] });
  expect(report.summary.files).toBe(2);
});

test("the reasons say what to do, in the chosen language", () => {
  const reason = (name: string, lang: string) =>
    (ReportSchema.parse(checkJson([file(name), "--lang", lang]).json).files[0].error?.message ?? "").trim();
  expect(reason("legacy.xls", "en")).toMatch(/save it as \.xlsx/);
  expect(reason("legacy.xls", "zh")).toMatch(/另存为 \.xlsx/);
  expect(reason("encrypted.xlsx", "en")).toMatch(/password/);
  expect(reason("encrypted.xlsx", "zh")).toMatch(/密码/);
  expect(reason("spreadsheet.ods", "en")).toMatch(/OpenDocument/);
  expect(reason("missing.xlsx", "en")).toMatch(/no such file/);
});

test("a file over the size limit: TOO_LARGE naming the limit, which --max-size raises", () => {
  const small = checkJson([file("good.xlsx"), "--max-size", "0.001"]);
  const report = ReportSchema.parse(small.json);
  expect(small.run.code).toBe(2);
  expect(report.files[0].error).toMatchObject({
    code: "TOO_LARGE",
    message: expect.stringMatching(/0 MB|--max-size/),
  });
  expect(checkJson([file("good.xlsx"), "--max-size", "5"]).run.code).not.toBe(2);
});

const root = typeof process.getuid === "function" && process.getuid() === 0;
(root ? test.skip : test)("a file without read permission: EACCES", () => {
  fs.copyFileSync(file("good.xlsx"), file("locked.xlsx"));
  fs.chmodSync(file("locked.xlsx"), 0o000);
  const { run, json } = checkJson([file("locked.xlsx")]);
  expect(run.code).toBe(2);
  expect(ReportSchema.parse(json).files[0].error?.code).toBe("EACCES");
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
