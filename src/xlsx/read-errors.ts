/**
 * Why a workbook could not be read — one vocabulary for both readers of .xlsx (the command line's and
 * the preview's): a code outside tools can branch on (the command line's JSON contract), and data for
 * the one-line message a person reads (worded by each host). Bad input never becomes a stack trace.
 */

export const READ_ERROR_CODES = [
  "ENOENT",
  "EACCES",
  "EMPTY",
  "NOT_ZIP",
  "CORRUPT_ZIP",
  "ENCRYPTED",
  "LEGACY_XLS",
  "TOO_LARGE",
  "UNREADABLE",
  "TIMEOUT",
] as const;

export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/** What else the message may say: a size, the kind of file it is instead, the reader's own reason. */
export interface ReadErrorData {
  sizeMB?: string;
  limitMB?: string;
  /**
   * For TOO_LARGE, the limit it is over when not the file's size (--max-size): "memory" (reading and
   * checking it needed more than --max-memory), "unpacked" (its parts unpack to more than 10 ×
   * --max-size), "cells" (--max-cells), "sheets" (--max-sheets).
   */
  limit?: "memory" | "unpacked" | "cells" | "sheets";
  /** For TOO_LARGE of cells or sheets: how many it has (where counted to the end) and the limit. */
  count?: string;
  max?: string;
  /** For TIMEOUT: the time limit (--timeout). */
  seconds?: string;
  /**
   * For UNREADABLE: a recognised other format ("ods", "xlsb", "zip", "directory"), "crashed" when
   * the process or thread checking it stopped (with the reason), "damaged" when a part of the
   * workbook is broken (the reason names the part), or absent.
   */
  kind?: "ods" | "xlsb" | "zip" | "directory" | "notCsv" | "crashed" | "damaged";
  /** For UNREADABLE: the reader's own one-line reason. */
  reason?: string;
}

export interface ReadError {
  code: ReadErrorCode;
  data: ReadErrorData;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: ReadError };

export function readError(code: ReadErrorCode, data: ReadErrorData = {}): { ok: false; error: ReadError } {
  return { ok: false, error: { code, data } };
}

/** The first line of an error's message, trimmed to a readable length. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\r?\n/)[0].trim();
  return first.length > 160 ? `${first.slice(0, 157)}...` : first;
}

/** Megabytes with one decimal, as the messages show sizes. */
export function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

export function tooLarge(size: number, limit: number): { ok: false; error: ReadError } {
  return readError("TOO_LARGE", { sizeMB: megabytes(size), limitMB: megabytes(limit) });
}

/** What JSZip and zlib say about a damaged archive. */
export const ZIP_FAILURE =
  /zip|central directory|signature|corrupt|inflate|invalid (?:block|code|distance|stored)|end of data|crc32|unexpected end|incorrect header|size mismatch/i;
