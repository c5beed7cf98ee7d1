/** The pane's messages by id (pane-texts.ts), in a language of src/core/i18n/lang.ts. */
import type { CatalogueId } from "../../core/i18n/define";
import type { Lang } from "../../core/i18n/lang";
import type { MessageData } from "../../core/report";
import { PANE_TEXTS } from "./pane-texts";

export type MessageId = CatalogueId<typeof PANE_TEXTS>;
export type { MessageData };

/** The message in a language with its `{placeholders}` filled; an unfilled one stays visible. */
export function formatMessage(lang: Lang, id: MessageId, data: MessageData = {}): string {
  return PANE_TEXTS.text(lang, id, data);
}
