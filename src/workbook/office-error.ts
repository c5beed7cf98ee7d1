/**
 * The errors the fake raises, shaped like office.js's `OfficeExtension.Error`: `code`, `message`,
 * `debugInfo` ({ code, message, errorLocation, statement }), `traceMessages`, `innerError`.
 *
 * - `name` is "RichApi.Error": what office.js sets at run time (the d.ts documents "OfficeExtension.Error";
 *   shims that copied the runtime report "RichApi.Error"). Adapters should test `code`, never `name`.
 * - Codes and messages are those of the error table in office-js-docs-pr
 *   docs/testing/application-specific-api-error-handling.md ("Error codes and messages"); the
 *   PropertyNotLoaded and ValueNotLoaded messages are office.js's own strings.
 */

export type OfficeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "InvalidSelection"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NonBlankCellOffSheet"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "UndoNotSupported"
  | "ValueNotLoaded";

export const ERROR_MESSAGES: Record<OfficeErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  PropertyNotLoaded: "",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  // Not in the error table: the code is from the undo page (excel-add-ins-undo-capabilities), the text ours.
  UndoNotSupported: "The operation can't be grouped for undo because one of its APIs doesn't support undo.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface OfficeDebugInfo {
  code: string;
  message: string;
  /** "Range.values", "WorksheetCollection.getItem": where the failing statement was. */
  errorLocation?: string;
  statement?: string;
}

export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: OfficeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeError | null = null;

  constructor(code: OfficeErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? ERROR_MESSAGES[code];
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = {
      code,
      message: text,
      ...(errorLocation ? { errorLocation, statement: errorLocation } : {}),
    };
  }
}

/** office.js's exact text for reading a property that was not loaded and synced. */
export function propertyNotLoaded(property: string, location: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

/** Model operations throw this; the API layer re-raises it as an OfficeError with the same code. */
export class ModelError extends Error {
  constructor(
    readonly code: OfficeErrorCode,
    message?: string,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = "ModelError";
  }
}
