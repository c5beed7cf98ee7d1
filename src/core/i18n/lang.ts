/**
 * The languages every text of the product comes in, and the one way to pick one from a tag — Office's
 * display language, the browser's, or the command line's LANG: English for any "en" tag ("en-GB",
 * "EN", "en_GB.UTF-8"), otherwise Chinese, the language of the tables this product serves. Loads no
 * rule: the command line's main thread and the pane's boot file pick a language before the engine.
 */
export type Lang = "zh-CN" | "en-US";

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
export const DEFAULT_LANG: Lang = "zh-CN";

/** A text in every language. */
export type Texts = Readonly<Record<Lang, string>>;

export function pickLang(tag: string | null | undefined): Lang {
  return tag && /^en(?![a-z])/i.test(tag.trim()) ? "en-US" : DEFAULT_LANG;
}
