/**
 * Why a file could not be read: the vocabulary both readers share (src/xlsx/read-errors.ts), and what
 * the command line adds to it: the file system's own errors.
 */
import type { ReadError } from "../xlsx/read-errors";
import { oneLine } from "../xlsx/read-errors";

export {
  oneLine,
  READ_ERROR_CODES,
  readError,
  type ReadError,
  type ReadErrorCode,
  type ReadErrorData,
  type ReadResult,
} from "../xlsx/read-errors";

/** Maps a Node file-system error to our codes; anything unexpected becomes UNREADABLE with its reason. */
export function fromFsError(error: unknown): ReadError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return { code: "ENOENT", data: {} };
  if (code === "EACCES" || code === "EPERM") return { code: "EACCES", data: {} };
  if (code === "EISDIR") return { code: "UNREADABLE", data: { kind: "directory" } };
  return { code: "UNREADABLE", data: { reason: oneLine(error) } };
}
