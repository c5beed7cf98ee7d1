import { createContext, useCallback, useContext, type ReactNode } from "react";
import { DEFAULT_LANG, type Lang } from "../../core/i18n/lang";
import { formatMessage, type MessageData, type MessageId } from "./messages";

const LocaleContext = createContext<Lang>(DEFAULT_LANG);

export function I18nProvider({ locale, children }: { locale: Lang; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The current language and `t(id, data)`, which formats a message of the pane's catalogue. */
export function useI18n(): { locale: Lang; t: (id: MessageId, data?: MessageData) => string } {
  const locale = useContext(LocaleContext);
  const t = useCallback((id: MessageId, data?: MessageData) => formatMessage(locale, id, data), [locale]);
  return { locale, t };
}
