/**
 * The few zip parts the browser preview's reader inflates itself (the workbook's sheet list and the
 * tail of each sheet, where the data validations are), with browser APIs only: Blob streams,
 * DecompressionStream, TextDecoderStream. The archive's directory is read by zip-directory.ts.
 */
import { packedData, type ZipEntry } from "./zip-directory";

/** An entry's text, chunk by chunk (a sheet can unpack to far more than is wise to hold at once). */
export function entryTextStream(bytes: Uint8Array, entry: ZipEntry): ReadableStream<string> | null {
  const packed = packedData(bytes, entry);
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
