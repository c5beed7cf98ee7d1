import { createContext, useCallback, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, formatMessage, type LocaleId, type MessageData, type MessageId } from "./messages";

const LocaleContext = createContext<LocaleId>(DEFAULT_LOCALE);

export function I18nProvider({ locale, children }: { locale: LocaleId; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The current locale and `t(id, data)`, which formats a message of its catalogue. */
export function useI18n(): { locale: LocaleId; t: (id: MessageId, data?: MessageData) => string } {
  const locale = useContext(LocaleContext);
  const t = useCallback((id: MessageId, data?: MessageData) => formatMessage(locale, id, data), [locale]);
  return { locale, t };
}
