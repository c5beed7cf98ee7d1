/**
 * What the pane says after an action: one catalogue sentence per outcome, never Office's own text.
 * Adapter errors are classified in src/excel/errors.ts; here each kind gets the sentence a person
 * can act on.
 */
import type { AdapterErrorKind } from "../../excel/errors";
import type { MessageData, MessageId } from "../i18n/messages";

export type PaneMessageKind = "error" | "warning" | "success" | "info";

export interface PaneMessage {
  kind: PaneMessageKind;
  id: MessageId;
  data?: MessageData;
}

export const ERROR_MESSAGES: Readonly<Record<AdapterErrorKind, MessageId>> = {
  protected: "error.protected",
  cellEditMode: "error.cellEditMode",
  tooLarge: "error.tooLarge",
  changed: "error.changed",
  notFound: "error.notFound",
  unsupported: "error.unsupported",
  mergeConflict: "error.mergeConflict",
  unknown: "error.unknown",
};

/** Kinds after which the pane checks again at once, so what it shows matches the workbook. */
export const RECHECK_AFTER: ReadonlySet<AdapterErrorKind> = new Set(["changed", "notFound"]);

/** "changed" and "notFound" are news (the pane checked again), not failures. */
export function errorMessage(kind: AdapterErrorKind, detail: string): PaneMessage {
  return {
    kind: RECHECK_AFTER.has(kind) ? "warning" : "error",
    id: ERROR_MESSAGES[kind],
    data: { detail },
  };
}
