/**
 * The pieces that bound what a hostile file can make the command line do, one by one: the checks
 * on each XML part, the count of cells and rows, unpacking with its limits (unpack.ts), and how a
 * child process's end is read (pool.ts).
 */
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import XLSX from "exceljs/lib/xlsx/xlsx";
import { childEndError } from "../../src/cli/pool";
import { listZip } from "../../src/xlsx/zip-directory";
import { countCellsAndRows, unpackWorkbook, xmlProblem, type UnpackLimits } from "../../src/cli/unpack";
import { crc32, sheetXml, seedRows, workbookParts, writeZip, type ZipInput } from "./fixtures/hostile";

const LIMITS: UnpackLimits = { maxUnpacked: 10 * 1024 * 1024, maxCells: 10_000, maxSheets: 10 };

function unpack(
  parts: readonly ZipInput[],
  limits = LIMITS,
  soft?: { maxUnpacked: number; maxCells: number },
) {
  const zip = writeZip(parts);
  return unpackWorkbook(zip, listZip(zip)!, limits, soft);
}

describe("xmlProblem", () => {
  test.each([
    [
      "a part as Excel writes it",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a x="1"><b/></a>',
    ],
    [
      "with a BOM, comments and a processing instruction around the root",
      "\ufeff<!-- c --><?pi x?><a>x</a> <!-- after -->\n",
    ],
    ["a root with no content", '<?xml version="1.0"?><a x="1"/>'],
    ["an end tag with space before >", "<x:a xmlns:x='u'>t</x:a  >"],
    ["an empty part", ""],
  ])("passes %s", (_name, xml) => expect(xmlProblem(Buffer.from(xml))).toBeNull());

  test.each([
    ["cut off in an element", "<a><b>text</b><c", "it is cut off"],
    ["cut off after an element", "<a><b>text</b>", "it is cut off"],
    ["closed by another element", "<a><b>text</b></b>", "it is cut off"],
    ["cut off in the declaration", "<?xml version", "it is cut off"],
    [
      "a DTD",
      '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
      "it has a DTD (<!DOCTYPE …>), which Office files never have",
    ],
    ["text before the root", "hello <a/>", "it is not XML"],
  ])("refuses %s", (_name, xml, problem) => expect(xmlProblem(Buffer.from(xml))).toBe(problem));

  test("refuses bytes that are not UTF-8", () => {
    expect(xmlProblem(Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e]))).toBe(
      "it is not UTF-8 text",
    );
    expect(xmlProblem(Buffer.from("\ufeff<a/>", "utf16le"))).toBe("it is not UTF-8 text");
  });
});

describe("countCellsAndRows", () => {
  test("counts <c> and <row> elements, not <col>, <cols>, <cfRule> or <rowBreaks>", () => {
    const xml =
      '<cols><col min="1"/></cols><sheetData><row r="1"><c r="A1"/><c r="B1" t="s"><v>0</v></c><c>1</c></row><row\nr="2"/></sheetData><conditionalFormatting><cfRule/></conditionalFormatting><rowBreaks/>';
    expect(countCellsAndRows(Buffer.from(xml), 100)).toBe(5);
  });

  test("stops once it has counted enough", () => {
    expect(countCellsAndRows(Buffer.from("<c/>".repeat(1000)), 10)).toBe(10);
  });

  test("counts what sheetXml writes: a row and its cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constant(null), fc.string(), fc.integer()), { maxLength: 5 }), {
          maxLength: 20,
        }),
        (rows) => {
          const cells = rows.reduce((sum, row) => sum + row.filter((v) => v !== null).length, 0);
          expect(countCellsAndRows(Buffer.from(sheetXml(rows)), Infinity)).toBe(rows.length + cells);
        },
      ),
    );
  });
});

describe("unpackWorkbook", () => {
  const sheet = sheetXml(seedRows());

  test("gives a zip of stored parts that exceljs reads as it reads the original", async () => {
    const parts = workbookParts([
      { name: "表", xml: sheet },
      { name: "乙", xml: sheetXml([["x", 1]]), hidden: true },
    ]);
    const result = await unpack(parts);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const read = async (bytes: Buffer): Promise<unknown> => {
      const kept: { model: unknown } = { model: null };
      await new XLSX({
        set model(value: unknown) {
          kept.model = value;
        },
      }).load(bytes);
      return JSON.parse(JSON.stringify(kept.model));
    };
    expect(await read(result.value.zip)).toEqual(await read(writeZip(parts)));
    expect(listZip(result.value.zip)!.every((entry) => entry.method === 0)).toBe(true);
    expect(result.value).toMatchObject({ sheets: 2, cells: expect.any(Number) });
  });

  test("takes stored parts as they are, and refuses one whose size is not as declared", async () => {
    const stored = workbookParts([{ name: "表", xml: sheet }]).map(
      (part) => ({ ...part, store: true }) as ZipInput,
    );
    expect((await unpack(stored)).ok).toBe(true);
    const data = Buffer.from(sheet);
    const lying = workbookParts([
      {
        name: "表",
        xml: {
          deflated: deflateRawSync(data),
          size: data.length,
          crc: crc32(data),
          declaredSize: data.length - 1,
        },
      },
    ]);
    expect(await unpack(lying)).toEqual({ ok: false, error: { code: "CORRUPT_ZIP", data: {} } });
  });

  test("a part that inflates to more than it declares: CORRUPT_ZIP within the limit, TOO_LARGE past it", async () => {
    const data = Buffer.from(sheet.replace("<sheetData>", `<sheetData>${" ".repeat(200_000)}`));
    const part = { deflated: deflateRawSync(data), size: data.length, crc: crc32(data), declaredSize: 1000 };
    expect(await unpack(workbookParts([{ name: "表", xml: part }]))).toEqual({
      ok: false,
      error: { code: "CORRUPT_ZIP", data: {} },
    });
    const small = { ...LIMITS, maxUnpacked: 100_000 };
    expect(await unpack(workbookParts([{ name: "表", xml: part }]), small)).toEqual({
      ok: false,
      error: { code: "TOO_LARGE", data: { limit: "unpacked", limitMB: "0.1" } },
    });
  });

  test("refuses too many cells and too many sheets", async () => {
    expect(await unpack(workbookParts([{ name: "表", xml: sheet }]), { ...LIMITS, maxCells: 20 })).toEqual({
      ok: false,
      error: { code: "TOO_LARGE", data: { limit: "cells", max: "20" } },
    });
    const sheets = Array.from({ length: 3 }, (_, i) => ({ name: `表${i}`, xml: sheet }));
    expect(await unpack(workbookParts(sheets), { ...LIMITS, maxSheets: 2 })).toEqual({
      ok: false,
      error: { code: "TOO_LARGE", data: { limit: "sheets", count: "3", max: "2" } },
    });
  });

  test("past the soft limits, hands the file over instead, before inflating where the sizes say so", async () => {
    const parts = workbookParts([{ name: "表", xml: sheet }]);
    expect(await unpack(parts, LIMITS, { maxUnpacked: 1000, maxCells: 10_000 })).toEqual({
      ok: false,
      handOver: true,
    });
    expect(await unpack(parts, LIMITS, { maxUnpacked: 1e7, maxCells: 20 })).toEqual({
      ok: false,
      handOver: true,
    });
    expect((await unpack(parts, LIMITS, { maxUnpacked: 1e7, maxCells: 10_000 })).ok).toBe(true);
  });

  test("refuses damaged compressed data as a damaged zip", async () => {
    const data = Buffer.from(sheet);
    const broken = deflateRawSync(data);
    broken.fill(0xff, 10, 40);
    const parts = workbookParts([
      { name: "表", xml: { deflated: broken, size: data.length, crc: crc32(data) } },
    ]);
    expect(await unpack(parts)).toEqual({ ok: false, error: { code: "CORRUPT_ZIP", data: {} } });
  });
});

describe("why a child process ended", () => {
  const limits = { maxMemoryMB: 64, timeoutMs: 1000 };
  const memory = { code: "TOO_LARGE", data: { limit: "memory", limitMB: "64" } };

  test.each([
    [
      {
        code: null,
        signal: "SIGABRT" as const,
        stderr: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
      },
      memory,
    ],
    [{ code: 134, signal: null, stderr: "" }, memory],
    [{ code: null, signal: "SIGABRT" as const, stderr: "" }, memory],
    [
      { code: 70, signal: null, stderr: "jixiao-child-crashed: test crash on a.xlsx\n" },
      { code: "UNREADABLE", data: { kind: "crashed", reason: "test crash on a.xlsx" } },
    ],
    [
      { code: null, signal: "SIGKILL" as const, stderr: "" },
      { code: "UNREADABLE", data: { kind: "crashed", reason: "killed by SIGKILL" } },
    ],
    [
      { code: 0, signal: null, stderr: "" },
      { code: "UNREADABLE", data: { kind: "crashed", reason: "exit code 0" } },
    ],
  ])("%j", (end, error) => expect(childEndError(end, limits)).toEqual(error));
});
