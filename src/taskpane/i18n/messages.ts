import { fillPlaceholders } from "../../core/i18n/format";
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type MessageId = keyof typeof zhCN;
export type LocaleId = "zh-CN" | "en-US";
export type MessageData = Record<string, string | number>;

export const DEFAULT_LOCALE: LocaleId = "zh-CN";

export const catalogues: Record<LocaleId, Record<MessageId, string>> = {
  "zh-CN": zhCN,
  "en-US": enUS,
};

/**
 * The pane's language for a BCP 47 tag (Office's display language, or the browser's): English for
 * any `en…`, otherwise Chinese, the language of the tables this add-in serves.
 */
export function pickLocale(tag: string | null | undefined): LocaleId {
  return tag && /^en\b/i.test(tag) ? "en-US" : DEFAULT_LOCALE;
}

/** The message in a locale with its `{placeholders}` filled; an unfilled one stays visible. */
export function formatMessage(locale: LocaleId, id: MessageId, data: MessageData = {}): string {
  return fillPlaceholders(catalogues[locale][id], data);
}
