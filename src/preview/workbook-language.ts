/**
 * The language the workbook's settings ask for ("auto" or a locale), so the page around the pane
 * speaks the pane's language. Read from the settings the pane saves (adapter.ts SETTINGS_KEY, kept
 * equal by test/preview/workbook-language.test.ts) without loading the engine.
 */
import { useEffect, useState } from "react";
import type { Lang } from "../core/i18n/lang";
import type { WorkbookModel } from "../workbook/workbook-model";

export const SETTINGS_KEY = "jixiao.settings";

export type WorkbookLanguage = "auto" | Lang;

export function workbookLanguage(model: WorkbookModel): WorkbookLanguage {
  let value: unknown = model.settings.get(SETTINGS_KEY);
  // The fake stores the setting's value as JSON; the adapter's value is itself JSON text.
  for (let depth = 0; depth < 2 && typeof value === "string"; depth++) {
    try {
      value = JSON.parse(value);
    } catch {
      return "auto";
    }
  }
  const lang = (value as { lang?: unknown } | null)?.lang;
  return lang === "zh-CN" || lang === "en-US" ? lang : "auto";
}

export function useWorkbookLanguage(model: WorkbookModel): WorkbookLanguage {
  const [language, setLanguage] = useState(() => workbookLanguage(model));
  useEffect(() => {
    setLanguage(workbookLanguage(model));
    return model.subscribe((change) => {
      if (change.kind === "settings") setLanguage(workbookLanguage(model));
    });
  }, [model]);
  return language;
}
