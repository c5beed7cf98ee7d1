/** Reading one part of an .xlsx (a zip) as text, with Node's zlib: to look at the XML as written. */
import { inflateRawSync } from "node:zlib";
import { parseRangeA1, type CellRange } from "../../../src/core/grid";
import { listZip } from "../../../src/xlsx/zip-directory";

export function zipPart(zip: Buffer, name: string): string {
  if (!listZip(zip)?.some((entry) => entry.name === name)) throw new Error(`no part ${name}`);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (zip.subarray(at + 46, at + 46 + nameLength).toString("utf8") !== name) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
  }
  throw new Error(`no part ${name}`);
}

/** The ranges of every <dataValidation sqref="…"> in a sheet's XML. */
export function validationRanges(sheetXml: string): CellRange[] {
  return [...sheetXml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].flatMap((m) =>
    m[1].split(/\s+/).map((address) => parseRangeA1(address)!),
  );
}

/** Pairs of ranges that share a cell. */
export function overlapping(ranges: readonly CellRange[]): [CellRange, CellRange][] {
  const pairs: [CellRange, CellRange][] = [];
  ranges.forEach((a, i) =>
    ranges.slice(i + 1).forEach((b) => {
      const rows = a.row < b.row + b.rowCount && b.row < a.row + a.rowCount;
      const cols = a.col < b.col + b.colCount && b.col < a.col + a.colCount;
      if (rows && cols) pairs.push([a, b]);
    }),
  );
  return pairs;
}
