/**
 * The command line's small parts: decoding CSV, sniffing bytes, mapping errors, colour, widths,
 * dropdown ranges, option values, the engine worker's warm-up workbook.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { wantsColour } from "../../src/cli/colour";
import { coreFree } from "../../src/cli/engine-client";
import { displayWidth, fitEnd, fitStart } from "../../src/cli/display-width";
import { langFromEnv, parseJobs, parseMaxMemory, parseTimeout } from "../../src/cli/options";
import { warmUpGrids } from "../../src/cli/warm-up";
import { findTables } from "../../src/core/detect/find-tables";
import { lint } from "../../src/core/lint";
import { BUILTIN_CATALOGUE } from "../../src/core/templates/catalogue";
import { csvCellValue, csvToGrid, decodeText, parseCsv } from "../../src/cli/read-csv";
import { fromFsError } from "../../src/cli/read-errors";
import { listZip, oleKind, sniffMagic, zipKind } from "../../src/xlsx/zip-directory";
import { compactValidations } from "../../src/cli/validations";
import { parseRangeA1 } from "../../src/core/grid";
import { compoundFile, encryptedWorkbookBytes } from "./helpers/compound-file";

describe("CSV", () => {
  test("UTF-8 with and without BOM, UTF-16 with BOM, GB18030 when not UTF-8", () => {
    const text = "一级指标,指标值\n产出指标,≥95%\n";
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(text);
    // 一级 in GBK: D2BB BCB6
    expect(decodeText(Buffer.from([0xd2, 0xbb, 0xbc, 0xb6, 0x2c, 0x31]))).toBe("一级,1");
  });

  test("quoted fields with commas, quotes and line breaks; CRLF", () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\nx,y\r\n')).toEqual([
      ["a", "b,c", 'say "hi"', "two\nlines"],
      ["x", "y"],
    ]);
  });

  test("numbers as Excel reads them; codes, signs and units stay text", () => {
    expect([csvCellValue("95"), csvCellValue("0.5"), csvCellValue("-3"), csvCellValue("")]).toEqual([
      95,
      0.5,
      -3,
      null,
    ]);
    expect([csvCellValue("007"), csvCellValue("≥95%"), csvCellValue("95%"), csvCellValue("1,000")]).toEqual([
      "007",
      "≥95%",
      "95%",
      "1,000",
    ]);
    expect(csvCellValue("12345678901234567890")).toBe("12345678901234567890");
  });

  test("a tab-separated file (Excel's Unicode text) and a semicolon one are read by their first line", () => {
    expect(csvToGrid("一级指标\t指标值\n产出指标\t≥1次\n", "s").values).toEqual([
      ["一级指标", "指标值"],
      ["产出指标", "≥1次"],
    ]);
    expect(csvToGrid("a;b\n1;2\n", "s").values).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
  });
});

describe("sniffing", () => {
  test("magic numbers", () => {
    expect(sniffMagic(Buffer.alloc(0))).toBe("empty");
    expect(sniffMagic(Buffer.from("PK\x03\x04rest", "latin1"))).toBe("zip");
    expect(sniffMagic(encryptedWorkbookBytes())).toBe("ole");
    expect(sniffMagic(Buffer.from("<html>"))).toBe("other");
  });

  test("an OLE file's streams tell encrypted from legacy", () => {
    expect(oleKind(encryptedWorkbookBytes())).toBe("encrypted");
    expect(oleKind(compoundFile([{ name: "Workbook", data: Buffer.alloc(10) }]))).toBe("legacy");
    expect(oleKind(compoundFile([{ name: "WordDocument", data: Buffer.alloc(10) }]))).toBe("unknown");
  });

  test("a zip's kind from its directory; a truncated zip has none", () => {
    const names = (list: string[]) => list.map((name) => ({ name, size: 1 }));
    expect(zipKind(names(["[Content_Types].xml", "xl/workbook.xml"]))).toBe("xlsx");
    expect(zipKind(names(["xl/workbook.bin"]))).toBe("xlsb");
    expect(zipKind(names(["mimetype", "content.xml"]))).toBe("ods");
    expect(zipKind(names(["word/document.xml"]))).toBe("zip");
    expect(listZip(Buffer.from("PK\x03\x04 truncated", "latin1"))).toBeNull();
  });
});

test("file-system errors map to codes; EACCES too (root cannot provoke it)", () => {
  const code = (c: string) => fromFsError(Object.assign(new Error(c), { code: c })).code;
  expect([code("ENOENT"), code("ENOTDIR"), code("EACCES"), code("EPERM"), code("EIO")]).toEqual([
    "ENOENT",
    "ENOENT",
    "EACCES",
    "EACCES",
    "UNREADABLE",
  ]);
});

test("language from LC_ALL, then LC_MESSAGES, then LANG; Chinese unless English", () => {
  expect(langFromEnv({ LANG: "en_US.UTF-8" })).toBe("en-US");
  expect(langFromEnv({ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" })).toBe("zh-CN");
  expect(langFromEnv({ LANG: "zh_CN.UTF-8", LC_MESSAGES: "en_GB" })).toBe("en-US");
  expect(langFromEnv({ LANG: "C" })).toBe("zh-CN");
  expect(langFromEnv({})).toBe("zh-CN");
});

test("the main thread picks its language without loading a rule (the one picker loads none)", () => {
  const script =
    'require("./scripts/ts-register.js"); require("./src/cli/options.ts"); ' +
    'const loaded = Object.keys(require.cache).filter((f) => f.includes("/src/core/rules/")); ' +
    "process.stdout.write(String(loaded.length));";
  const run = spawnSync(process.execPath, ["-e", script], {
    cwd: path.join(__dirname, "..", ".."),
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.stdout).toBe("0");
});

test("one file's engine goes on a worker only when a core is free", () => {
  expect(coreFree(4, 1.2)).toBe(true); // only this command's own recent runs
  expect(coreFree(4, 2.5)).toBe(false); // something else is busy too
  expect(coreFree(8, 5)).toBe(true);
  expect(coreFree(2, 0)).toBe(false); // two cores: the main thread and V8's helpers use both
  expect(coreFree(1, 0)).toBe(false);
  expect(coreFree(4, 0)).toBe(true); // where the load is unknown (Windows)
});

test("--jobs, --max-memory and --timeout values", () => {
  expect(parseJobs(undefined, 2)).toBe(2);
  expect(parseJobs(undefined, 0)).toBe(1);
  expect(parseJobs("3", 2)).toBe(3);
  for (const bad of ["0", "-1", "1.5", "x", ""]) expect(() => parseJobs(bad, 2)).toThrow();
  expect(parseMaxMemory(undefined, 2048, 32)).toBe(2048);
  expect(parseMaxMemory("100.7", 2048, 32)).toBe(100);
  for (const bad of ["31", "x", "-5"]) expect(() => parseMaxMemory(bad, 2048, 32)).toThrow();
  expect(parseTimeout(undefined, 300)).toBe(300_000);
  expect(parseTimeout("0.25", 300)).toBe(250);
  for (const bad of ["0", "-1", "soon"]) expect(() => parseTimeout(bad, 300)).toThrow();
});

test("the warm-up workbook: the catalogue in both layouts, with findings from most rules", () => {
  const grids = warmUpGrids();
  const tables = findTables(grids);
  expect(tables).toHaveLength(BUILTIN_CATALOGUE.templates.length * 2);
  expect(new Set(tables.map((t) => t.layout))).toEqual(new Set(["combined", "split"]));
  const report = lint(tables);
  expect(report.diagnostics.length).toBeGreaterThan(200);
  expect(new Set(report.diagnostics.map((d) => d.rule)).size).toBeGreaterThanOrEqual(15);
  expect(report.diagnostics.some((d) => (d.fix?.length ?? 0) > 0)).toBe(true);
});

test("colour on a terminal only, NO_COLOR and FORCE_COLOR respected", () => {
  expect(wantsColour({}, { isTTY: true })).toBe(true);
  expect(wantsColour({}, { isTTY: false })).toBe(false);
  expect(wantsColour({ NO_COLOR: "1" }, { isTTY: true })).toBe(false);
  expect(wantsColour({ TERM: "dumb" }, { isTTY: true })).toBe(false);
  expect(wantsColour({ FORCE_COLOR: "1" }, { isTTY: false })).toBe(true);
  expect(wantsColour({ FORCE_COLOR: "0" }, { isTTY: true })).toBe(false);
});

test("display width counts Chinese as two columns; fitEnd keeps the end", () => {
  expect(displayWidth("E12")).toBe(3);
  expect(displayWidth("会议费")).toBe(6);
  expect(displayWidth("≥95%")).toBe(4);
  expect(fitEnd("目录/子目录/会议费.xlsx", 12)).toBe("…会议费.xlsx");
  expect(displayWidth(fitEnd("目录/子目录/会议费.xlsx", 12))).toBeLessThanOrEqual(12);
});

test("fitStart keeps the start of a long indicator name within its columns, whole when it fits", () => {
  const name = "对推动基建项目“四项制度”健全和落实的持续性影响";
  expect(fitStart(name, 32)).toBe("对推动基建项目“四项制度”健全和…");
  expect(displayWidth(fitStart(name, 32))).toBeLessThanOrEqual(32);
  expect(fitStart("服务对象满意度", 32)).toBe("服务对象满意度");
});

describe("compactValidations", () => {
  type Model = Record<string, ExcelJS.DataValidation | undefined>;
  const sheetWith = (model: Model) => ({ dataValidations: { model } }) as unknown as ExcelJS.Worksheet;
  const list = (items: string): ExcelJS.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [`"${items}"`],
  });
  const covered = (model: Model) => {
    const cells: Record<string, string> = {};
    for (const [address, v] of Object.entries(model)) {
      const range = parseRangeA1(address)!;
      for (let r = range.row; r < range.row + range.rowCount; r++)
        for (let c = range.col; c < range.col + range.colCount; c++) {
          const cell = `${c},${r}`;
          if (cell in cells) throw new Error(`${cell} twice`);
          cells[cell] = JSON.stringify(v);
        }
    }
    return cells;
  };

  test("the case exceljs gets wrong: one list on A4:A15 is one range, not A10:A15 and A4:A15", () => {
    const a = list("产出指标,效益指标");
    const model: Model = {};
    for (let r = 4; r <= 15; r++) model[`A${r}`] = a;
    const sheet = sheetWith(model);
    compactValidations(sheet);
    expect((sheet as unknown as { dataValidations: { model: Model } }).dataValidations.model).toEqual({
      "A4:A15": a,
    });
  });

  test("a range kept whole (a whole column) is written as it is, beside compacted cells", () => {
    const a = list("产出指标,效益指标");
    const b = list("x");
    const sheet = sheetWith({ "A2:A1048576": a, B3: b, B4: b });
    compactValidations(sheet);
    expect((sheet as unknown as { dataValidations: { model: Model } }).dataValidations.model).toEqual({
      "A2:A1048576": a,
      "B3:B4": b,
    });
  });

  test("overlapping ranges (as exceljs writes them) are mended: alike lists joined, the later list winning a cell", () => {
    const a = list("产出指标,效益指标");
    const b = list("x");
    const sheet = sheetWith({ "A10:A15": a, "A4:A15": a, "B1:B5": a, "B3:B4": b });
    compactValidations(sheet);
    expect((sheet as unknown as { dataValidations: { model: Model } }).dataValidations.model).toEqual({
      "A4:A15": a,
      "B1:B2": a,
      B5: a,
      "B3:B4": b,
    });
  });

  test("any cells and lists: the same lists on the same cells, no cell twice", () => {
    const lists = [list("a,b"), list("c"), list("d,e,f")];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 1, max: 30 }),
            fc.integer({ min: 0, max: 2 }),
          ),
          {
            maxLength: 80,
          },
        ),
        (cells) => {
          const model: Model = {};
          for (const [col, row, which] of cells) model[`${"ABCDEF"[col]}${row}`] = lists[which];
          const before = covered(model);
          const sheet = sheetWith({ ...model });
          compactValidations(sheet);
          const after = (sheet as unknown as { dataValidations: { model: Model } }).dataValidations.model;
          expect(covered(after)).toEqual(before);
          expect(Object.keys(after).length).toBeLessThanOrEqual(Object.keys(model).length);
        },
      ),
    );
  });
});
