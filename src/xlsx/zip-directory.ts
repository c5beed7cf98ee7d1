/**
 * What a file is, from its bytes, before any workbook library sees it: a zip (an .xlsx is one), an
 * OLE compound file (a legacy .xls, or an encrypted .xlsx, which Office wraps in OLE), or something
 * else; and a zip's central directory — its parts, their declared sizes and where their data is —
 * read without inflating anything, so a workbook that is not one, or that would unpack to
 * gigabytes, is refused first. Plain bytes only (DataView, TextDecoder): the command line and the
 * browser preview share it.
 */

export type Magic = "empty" | "zip" | "ole" | "other";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffMagic(bytes: Uint8Array): Magic {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, ZIP_EMPTY_MAGIC)) return "zip";
  if (startsWith(bytes, OLE_MAGIC)) return "ole";
  return "other";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((byte, i) => bytes[i] === byte);
}

/**
 * An OLE file holding `EncryptionInfo` / `EncryptedPackage` streams is an Office document with an
 * open password; one holding a `Workbook` (or BIFF5 `Book`) stream is a legacy .xls.
 */
export function oleKind(bytes: Uint8Array): "encrypted" | "legacy" | "unknown" {
  if (includes(bytes, utf16("EncryptionInfo")) || includes(bytes, utf16("EncryptedPackage")))
    return "encrypted";
  if (includes(bytes, utf16("Workbook")) || includes(bytes, utf16("Book\u0000"))) return "legacy";
  return "unknown";
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function includes(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export interface ZipEntry {
  name: string;
  /** Unpacked size in bytes, as the archive declares it; null when it records it only in a ZIP64 extra field. */
  size: number | null;
  /** 0 stored, 8 deflated (the only two methods readers of workbooks support). */
  method: number;
  /** The packed data's length in bytes. */
  packedSize: number;
  /** CRC-32 of the unpacked data, as declared. */
  crc: number;
  /** Where the part's local header starts. */
  offset: number;
}

/**
 * The entries of a zip's central directory, or null when there is none to be found (a truncated
 * or damaged archive). Reads only the directory at the end of the file.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset === 0xffffffff || count === 0xffff) return []; // ZIP64: leave the details to the reader
  if (offset + size > end) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > end) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      size: unpacked === 0xffffffff ? null : unpacked,
      method,
      packedSize: packed,
      crc,
      offset: local,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * A part's packed bytes, found through its local header; null when the header is not where the
 * directory says, or the data runs past the end (a damaged archive).
 */
export function packedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.offset;
  if (entry.packedSize === 0xffffffff || at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.packedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

/** What a zip is, by its parts: an .xlsx (or .xlsm), an .xlsb, an OpenDocument sheet, or another zip. */
export function zipKind(entries: readonly Pick<ZipEntry, "name">[]): "xlsx" | "xlsb" | "ods" | "zip" {
  const names = new Set(entries.map((entry) => entry.name.replace(/^\//, "")));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("content.xml") && names.has("mimetype")) return "ods";
  // Some writers name the workbook part differently; [Content_Types].xml says where it is.
  if (names.has("[Content_Types].xml") && [...names].some((name) => /^xl\/[^/]+\.xml$/.test(name)))
    return "xlsx";
  return "zip";
}

/** Sum of the parts' unpacked sizes (entries of unknown size count as 0). */
export function unpackedSize(entries: readonly Pick<ZipEntry, "size">[]): number {
  return entries.reduce((sum, entry) => sum + (entry.size ?? 0), 0);
}
