/**
 * What a file's bytes are before exceljs sees them — the one check of both readers: an .xlsx zip
 * within the limits (its directory listed), or why not, in the shared vocabulary (read-errors.ts).
 */
import { readError, tooLarge, type ReadResult } from "./read-errors";
import { listZip, oleKind, sniffMagic, unpackedSize, zipKind, type ZipEntry } from "./zip-directory";

/** A workbook's parts may unpack to at most this many times the size limit (a zip-bomb guard). */
export const UNPACKED_FACTOR = 10;

export interface ByteCheckOptions {
  /** The largest file accepted, in bytes; its parts may unpack to UNPACKED_FACTOR times that. */
  maxBytes: number;
  /** The file's name, when known: its extension tells a .xls from an encrypted .xlsx, and a bad CSV. */
  fileName?: string;
}

export function checkWorkbookBytes(bytes: Uint8Array, options: ByteCheckOptions): ReadResult<ZipEntry[]> {
  const name = options.fileName ?? "";
  if (bytes.length > options.maxBytes) return tooLarge(bytes.length, options.maxBytes);
  switch (sniffMagic(bytes)) {
    case "empty":
      return readError("EMPTY");
    case "ole": {
      // Office wraps a password-protected .xlsx in an OLE file; an unencrypted OLE workbook is a .xls.
      const kind = oleKind(bytes);
      if (kind === "encrypted") return readError("ENCRYPTED");
      if (kind === "legacy" || /\.xl[st]$/i.test(name)) return readError("LEGACY_XLS");
      return readError(name === "" || /\.xls[xm]$/i.test(name) ? "ENCRYPTED" : "NOT_ZIP");
    }
    case "other":
      if (/\.(csv|tsv)$/i.test(name)) return readError("UNREADABLE", { kind: "notCsv" });
      return readError("NOT_ZIP");
    case "zip":
      break;
  }
  const parts = listZip(bytes);
  if (!parts) return readError("CORRUPT_ZIP");
  const kind = zipKind(parts);
  if (kind !== "xlsx") return readError("UNREADABLE", { kind });
  const unpacked = unpackedSize(parts);
  const limit = options.maxBytes * UNPACKED_FACTOR;
  if (unpacked > limit) {
    const { error } = tooLarge(unpacked, limit);
    return { ok: false, error: { ...error, data: { ...error.data, limit: "unpacked" } } };
  }
  return { ok: true, value: parts };
}
