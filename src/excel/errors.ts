/**
 * Office errors mapped to what a person can act on. The pane words each kind (in its catalogues);
 * the adapter only classifies.
 */

export type AdapterErrorKind =
  /** The sheet is protected: unprotect it to insert rows or write marks. */
  | "protected"
  /** A cell is being edited: finish the edit (Enter or Esc) and the action can run. */
  | "cellEditMode"
  /** The request or response is too large for Excel (Excel on the web caps near 5 MB). */
  | "tooLarge"
  /** The workbook changed while we worked; the action was not applied and can be retried. */
  | "changed"
  /** The sheet or table named is gone (deleted, renamed). */
  | "notFound"
  /** This Excel lacks an API the action needs. */
  | "unsupported"
  /** Cells are merged in a way the action cannot write through. */
  | "mergeConflict"
  | "unknown";

export class AdapterError extends Error {
  constructor(
    readonly kind: AdapterErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "AdapterError";
  }
}

/** office.js's error codes (Excel.ErrorCodes) that name a condition the user can act on. */
const BY_CODE: Readonly<Record<string, AdapterErrorKind>> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "cellEditMode",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
  RangeExceedsLimit: "tooLarge",
  ItemNotFound: "notFound",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedOperation: "unsupported",
  MergedRangeConflict: "mergeConflict",
  InsertDeleteConflict: "mergeConflict",
  Conflict: "changed",
};

export function toAdapterError(error: unknown): AdapterError {
  if (error instanceof AdapterError) return error;
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  const message = error instanceof Error ? error.message : String(error);
  return new AdapterError(BY_CODE[code] ?? "unknown", code ? `${code}: ${message}` : message);
}
