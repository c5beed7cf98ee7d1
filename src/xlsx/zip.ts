/**
 * What a file is, from its bytes, before exceljs sees it — an .xlsx zip, an OLE compound file (a
 * legacy .xls, or an encrypted .xlsx, which Office wraps in OLE), or something else — and the few
 * zip parts the reader inflates itself (the workbook's sheet list and the tail of each sheet, where
 * the data validations are). Browser APIs only: DataView, TextDecoder, DecompressionStream.
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
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/**
 * An OLE file with `EncryptionInfo` / `EncryptedPackage` streams is an Office document with an open
 * password; one with a `Workbook` (or BIFF5 `Book`) stream is a legacy .xls.
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
  /** Unpacked size in bytes; null when only a ZIP64 extra field records it. */
  size: number | null;
  compressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** The entries of a zip's central directory, or null when none can be found (a damaged archive). */
export function listZip(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset === 0xffffffff || count === 0xffff) return []; // ZIP64: exceljs reads it; we do not look inside
  if (offset + size > end) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > end) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, ""),
      size: unpacked === 0xffffffff ? null : unpacked,
      compressedSize,
      method,
      offset: localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
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
export function zipKind(entries: readonly ZipEntry[]): "xlsx" | "xlsb" | "ods" | "zip" {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("content.xml") && names.has("mimetype")) return "ods";
  return "zip";
}

/** Sum of the parts' unpacked sizes (entries of unknown size count as 0). */
export function unpackedSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((sum, entry) => sum + (entry.size ?? 0), 0);
}

/** An entry's packed bytes, or null when its local header is not where the directory says. */
function packedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50) return null;
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** An entry's text, chunk by chunk (a sheet can unpack to far more than is wise to hold at once). */
export function entryTextStream(bytes: Uint8Array, entry: ZipEntry): ReadableStream<string> | null {
  const packed = packedBytes(bytes, entry);
  if (!packed || (entry.method !== 0 && entry.method !== 8)) return null;
  // A copy: the stream may outlive a caller's view of the file's buffer.
  const raw = new Blob([packed.slice()]).stream();
  const unpacked = entry.method === 8 ? raw.pipeThrough(new DecompressionStream("deflate-raw")) : raw;
  return unpacked.pipeThrough(new TextDecoderStream("utf-8"));
}

/** An entry's whole text (for the small parts: the workbook and its relationships). */
export async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string | null> {
  const stream = entryTextStream(bytes, entry);
  if (!stream) return null;
  let text = "";
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
  }
}

/**
 * The text of an entry from the first match of `marker` on, or "" when nothing matches. What comes
 * before is dropped chunk by chunk, so a sheet of 200 MB is scanned without being held.
 */
export async function entryTextFrom(
  bytes: Uint8Array,
  entry: ZipEntry,
  marker: RegExp,
): Promise<string | null> {
  const stream = entryTextStream(bytes, entry);
  if (!stream) return null;
  const reader = stream.getReader();
  // Enough of the previous chunk to find a marker split across two.
  const overlap = 64;
  let carry = "";
  let tail: string | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return tail ?? "";
    if (tail !== null) {
      tail += value;
      continue;
    }
    const text = carry + value;
    const match = marker.exec(text);
    if (match) tail = text.slice(match.index);
    else carry = text.slice(Math.max(0, text.length - overlap));
  }
}
