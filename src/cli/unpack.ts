/**
 * Unpacking a workbook's zip ourselves, before exceljs sees it, so that what a hostile file can
 * make the reader do is bounded by limits we set:
 *
 * - Each part is inflated with Node's zlib up to the size the zip declares for it (a part that
 *   inflates to more is a lie: it is measured, without keeping a byte, up to the unpacked limit),
 *   and all parts together up to the unpacked limit (10 × --max-size). exceljs's own unzipping
 *   (JSZip) inflates every part whole into memory, whatever the zip declares, and compares sizes only
 *   at the end: a 2 MB file that inflates to 2 GB would have taken gigabytes first.
 * - The XML parts exceljs parses must be UTF-8 (the reader would turn other bytes into U+FFFD and
 *   read on), must not carry a DTD (Office files never do; the XML parser, saxes, expands no
 *   entities anyway), and must end where their root element does: exceljs never tells its parser
 *   that a part has ended, so a sheet cut off in the middle would be read as far as it goes.
 * - The cells and rows stored in the sheets are counted on the XML, before any is parsed
 *   (--max-cells), and the sheets are counted in the zip's directory (--max-sheets).
 *
 * The parts then go to exceljs as a zip of stored (uncompressed) parts, so JSZip inflates nothing:
 * the work is native zlib's instead of JavaScript's.
 */
import { isUtf8 } from "node:buffer";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { readError, type ReadError } from "./read-errors";
import { megabytes } from "../xlsx/read-errors";
import { packedData, type ZipEntry } from "../xlsx/zip-directory";

export interface UnpackLimits {
  /** The most bytes all parts may unpack to. */
  maxUnpacked: number;
  /** The most cells and rows the sheets may store, counted together. */
  maxCells: number;
  /** The most sheets. */
  maxSheets: number;
}

/** What unpacking gives: the workbook as a zip of stored parts, and what it holds. */
export interface Unpacked {
  zip: Buffer;
  unpacked: number;
  cells: number;
  sheets: number;
}

/**
 * Unpacking stopped because the workbook is larger than `soft` allows (but within the limits): the
 * command line then reads it in a child process of its own (pool.ts) instead of its own.
 */
export interface TooLargeHere {
  ok: false;
  handOver: true;
}

export type UnpackResult = { ok: true; value: Unpacked } | { ok: false; error: ReadError } | TooLargeHere;

/** The sheets exceljs reads: it matches part names with these (unanchored) patterns. */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;

/** The XML parts exceljs parses with saxes (xlsx.js's load): these are checked before it does. */
const PARSED_PARTS = new Set([
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
  "docProps/app.xml",
  "docProps/core.xml",
]);
const PARSED_PATTERNS = [
  SHEET_PART,
  SHEET_RELS,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
];

function partName(entry: ZipEntry): string {
  return entry.name.startsWith("/") ? entry.name.slice(1) : entry.name;
}

function isSheet(name: string): boolean {
  return SHEET_PART.test(name) && !SHEET_RELS.test(name);
}

function isParsedXml(name: string): boolean {
  return PARSED_PARTS.has(name) || PARSED_PATTERNS.some((pattern) => pattern.test(name));
}

/** The worksheets a workbook's zip holds, as exceljs would read them. */
export function sheetCount(entries: readonly ZipEntry[]): number {
  return entries.filter((entry) => !entry.name.endsWith("/") && isSheet(partName(entry))).length;
}

function damaged(reason: string): { ok: false; error: ReadError } {
  return readError("UNREADABLE", { kind: "damaged", reason });
}

function unpackedTooLarge(limit: number): { ok: false; error: ReadError } {
  return readError("TOO_LARGE", { limit: "unpacked", limitMB: megabytes(limit) });
}

/**
 * The parts of a workbook's zip (its directory already read and its declared sizes within the
 * limit), inflated and checked as above, as a zip of stored parts for exceljs. `soft`, when given,
 * are lower limits past which unpacking stops and hands the file over (TooLargeHere).
 */
export async function unpackWorkbook(
  bytes: Buffer,
  entries: readonly ZipEntry[],
  limits: UnpackLimits,
  soft?: Pick<UnpackLimits, "maxUnpacked" | "maxCells">,
): Promise<UnpackResult> {
  const files = entries.filter((entry) => !entry.name.endsWith("/"));
  const sheets = sheetCount(files);
  if (sheets > limits.maxSheets)
    return readError("TOO_LARGE", { limit: "sheets", count: String(sheets), max: String(limits.maxSheets) });
  // The declared sizes are held to (a part that inflates to more or less is refused), so they say
  // at once whether the file is one to hand over.
  const declared = files.reduce((sum, entry) => sum + (entry.size ?? 0), 0);
  if (soft && declared > soft.maxUnpacked) return { ok: false, handOver: true };
  const zip = new StoredZip(files);
  let unpacked = 0;
  let cells = 0;
  for (const entry of files) {
    const name = partName(entry);
    const packed = packedData(bytes, entry);
    if (!packed) return readError("CORRUPT_ZIP");
    const room = limits.maxUnpacked - unpacked;
    let data: Buffer;
    if (entry.method === 0) {
      data = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
      if (entry.size !== null && data.length !== entry.size) return readError("CORRUPT_ZIP");
    } else if (entry.method === 8) {
      const inflated = await inflatePart(packed, entry.size, room);
      if (!inflated.ok) {
        // A part that does not inflate to what it declares, or not at all, is a damaged zip.
        return inflated.why === "over" ? unpackedTooLarge(limits.maxUnpacked) : readError("CORRUPT_ZIP");
      }
      data = inflated.data;
    } else {
      return readError("CORRUPT_ZIP"); // a compression method no workbook uses
    }
    unpacked += data.length;
    if (unpacked > limits.maxUnpacked) return unpackedTooLarge(limits.maxUnpacked);
    if (soft && unpacked > soft.maxUnpacked) return { ok: false, handOver: true };
    if (isParsedXml(name)) {
      const problem = xmlProblem(data);
      if (problem) return damaged(`${name}: ${problem}`);
    }
    if (isSheet(name)) {
      const enough = Math.min(limits.maxCells, soft?.maxCells ?? Infinity) - cells + 1;
      cells += countCellsAndRows(data, enough);
      if (cells > limits.maxCells)
        return readError("TOO_LARGE", { limit: "cells", max: String(limits.maxCells) });
      if (soft && cells > soft.maxCells) return { ok: false, handOver: true };
    }
    zip.add(entry, data);
  }
  return { ok: true, value: { zip: zip.finish(), unpacked, cells, sheets } };
}

type Inflated = { ok: true; data: Buffer } | { ok: false; why: "over" | "size" | "broken" };

/**
 * A deflated part, inflated up to its declared size (or, where the zip declares none, up to
 * `room`). A part that inflates to more than it declares is measured on, in 64 KB pieces kept no
 * longer than it takes to count them, until it ends or passes `room`.
 */
async function inflatePart(packed: Uint8Array, declared: number | null, room: number): Promise<Inflated> {
  const cap = declared ?? room;
  try {
    // One byte more than declared, so that a part that inflates to more is caught at once; and, the
    // size being known, into one buffer of that size (zlib otherwise gathers 16 KB pieces and copies
    // them into one at the end: twice the memory).
    const chunkSize = declared === null ? 64 * 1024 : Math.max(64, declared + 1);
    const data = inflateRawSync(packed, { maxOutputLength: Math.max(1, cap + 1), chunkSize });
    if (declared !== null && data.length !== declared) return { ok: false, why: "size" };
    if (data.length > room) return { ok: false, why: "over" };
    return { ok: true, data };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_BUFFER_TOO_LARGE") return { ok: false, why: "broken" };
  }
  if (declared === null) return { ok: false, why: "over" };
  return (await inflatedSize(packed, room)) > room ? { ok: false, why: "over" } : { ok: false, why: "size" };
}

/** How many bytes the part inflates to, counted up to just past `limit`; the bytes are not kept. */
function inflatedSize(packed: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(size);
    };
    inflater.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle();
    });
    inflater.on("end", settle);
    inflater.on("error", settle);
    inflater.end(packed);
  });
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * Why an XML part cannot be handed to the parser, or null: not UTF-8, a DTD, or not ending where
 * its root element does (cut off). An empty part passes (the reader reads nothing from it).
 */
export function xmlProblem(data: Buffer): string | null {
  if (!isUtf8(data)) return "it is not UTF-8 text";
  let at = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  // The prolog: the declaration, processing instructions, comments; no DTD.
  for (;;) {
    while (at < data.length && isSpace(data[at])) at++;
    if (at >= data.length) return null;
    if (data[at] !== LT) return "it is not XML";
    if (data[at + 1] === 0x3f) {
      const end = data.indexOf("?>", at + 2);
      if (end < 0) return "it is cut off";
      at = end + 2;
    } else if (data.subarray(at, at + 4).toString("latin1") === "<!--") {
      const end = data.indexOf("-->", at + 4);
      if (end < 0) return "it is cut off";
      at = end + 3;
    } else if (data[at + 1] === 0x21) {
      return "it has a DTD (<!DOCTYPE …>), which Office files never have";
    } else break;
  }
  let nameEnd = at + 1;
  while (nameEnd < data.length && !isSpace(data[nameEnd]) && data[nameEnd] !== GT && data[nameEnd] !== SLASH)
    nameEnd++;
  const root = data.subarray(at + 1, nameEnd).toString("utf8");
  // The end: the root's end tag, after which only white space, comments and processing instructions.
  let end = data.length;
  for (;;) {
    while (end > at && isSpace(data[end - 1])) end--;
    const tail = data.subarray(Math.max(at, end - 3), end).toString("latin1");
    if (tail === "-->") end = data.lastIndexOf("<!--", end - 3);
    else if (tail.endsWith("?>")) end = data.lastIndexOf("<?", end - 2);
    else break;
    if (end <= at) return "it is cut off";
  }
  const closing = data.lastIndexOf("</", end);
  if (closing > at) {
    const tag = data.subarray(closing + 2, end).toString("utf8");
    return tag.endsWith(">") && tag.slice(0, -1).trimEnd() === root ? null : "it is cut off";
  }
  // A root with no content: <root …/>, the part's only element.
  const first = data.indexOf(GT, at);
  return first === end - 1 && data[end - 2] === SLASH ? null : "it is cut off";
}

/**
 * The cells (<c …>) and rows (<row …>) in a sheet's XML, counted up to `enough` (no further: the
 * count is only compared with a limit).
 */
export function countCellsAndRows(data: Buffer, enough: number): number {
  let count = 0;
  for (let at = data.indexOf(LT); at >= 0 && count < enough; at = data.indexOf(LT, at + 1)) {
    if (data[at + 1] !== 0x63 && data[at + 1] !== 0x72) continue; // c, r
    const next = data[at + 2];
    if (data[at + 1] === 0x63) {
      if (isSpace(next) || next === GT || next === SLASH) count++;
    } else if (next === 0x6f && data[at + 3] === 0x77) {
      const after = data[at + 4];
      if (isSpace(after) || after === GT || after === SLASH) count++;
    }
  }
  return count;
}

/**
 * The parts as a zip of stored parts (no compression), as JSZip reads one: local headers with the
 * parts' sizes and declared CRCs, the central directory, its end; names as UTF-8. Where the zip
 * declares every part's size (they are held to it), the whole is laid out at once and each part
 * copied in as it is inflated, so no more than one part is held beside it.
 */
class StoredZip {
  private readonly names: Buffer[];
  private readonly out: Buffer | null;
  private readonly offsets: number[] = [];
  private at = 0;
  private readonly added: { entry: ZipEntry; data: Buffer | null; size: number }[] = [];

  constructor(entries: readonly ZipEntry[]) {
    this.names = entries.map((entry) => Buffer.from(entry.name, "utf8"));
    if (entries.some((entry) => entry.size === null)) {
      this.out = null;
      return;
    }
    let total = 22;
    entries.forEach((entry, i) => (total += 30 + 46 + 2 * this.names[i].length + entry.size!));
    this.out = Buffer.allocUnsafe(total);
  }

  add(entry: ZipEntry, data: Buffer): void {
    const i = this.added.length;
    this.added.push({ entry, data: this.out ? null : data, size: data.length });
    if (this.out) this.writeLocal(this.out, i, data);
  }

  finish(): Buffer {
    let out = this.out;
    if (!out) {
      let total = 22;
      this.added.forEach((part, i) => (total += 30 + 46 + 2 * this.names[i].length + part.size));
      out = Buffer.allocUnsafe(total);
      this.added.forEach((part, i) => this.writeLocal(out!, i, part.data!));
    }
    const directory = this.at;
    let at = this.at;
    this.added.forEach((part, i) => {
      const name = this.names[i];
      out.writeUInt32LE(0x02014b50, at);
      out.writeUInt16LE(20, at + 4);
      out.writeUInt16LE(10, at + 6);
      out.writeUInt16LE(0x0800, at + 8);
      out.writeUInt16LE(0, at + 10);
      out.writeUInt32LE(0, at + 12);
      out.writeUInt32LE(part.entry.crc, at + 16);
      out.writeUInt32LE(part.size, at + 20);
      out.writeUInt32LE(part.size, at + 24);
      out.writeUInt16LE(name.length, at + 28);
      out.fill(0, at + 30, at + 42); // extra, comment, disk, attributes
      out.writeUInt32LE(this.offsets[i], at + 42);
      name.copy(out, at + 46);
      at += 46 + name.length;
    });
    out.writeUInt32LE(0x06054b50, at);
    out.writeUInt16LE(0, at + 4);
    out.writeUInt16LE(0, at + 6);
    out.writeUInt16LE(this.added.length, at + 8);
    out.writeUInt16LE(this.added.length, at + 10);
    out.writeUInt32LE(at - directory, at + 12);
    out.writeUInt32LE(directory, at + 16);
    out.writeUInt16LE(0, at + 20);
    return out.subarray(0, at + 22);
  }

  private writeLocal(out: Buffer, i: number, data: Buffer): void {
    const { entry } = this.added[i];
    const name = this.names[i];
    const at = this.at;
    this.offsets.push(at);
    out.writeUInt32LE(0x04034b50, at);
    out.writeUInt16LE(10, at + 4); // version needed: stored
    out.writeUInt16LE(0x0800, at + 6); // UTF-8 names
    out.writeUInt16LE(0, at + 8); // stored
    out.writeUInt32LE(0, at + 10); // time, date
    out.writeUInt32LE(entry.crc, at + 14);
    out.writeUInt32LE(data.length, at + 18);
    out.writeUInt32LE(data.length, at + 22);
    out.writeUInt16LE(name.length, at + 26);
    out.writeUInt16LE(0, at + 28);
    name.copy(out, at + 30);
    data.copy(out, at + 30 + name.length);
    this.at = at + 30 + name.length + data.length;
  }
}
