/**
 * The message catalogues, assembled from the rules (each rule keeps its texts beside its check):
 * key `${ruleId}.${messageId}` → text, one catalogue per language.
 */
import type { Finding, MessageData, Suggestion } from "../report";
import { ALL_RULES } from "../rules/index";
import { fillPlaceholders } from "./format";
import { DEFAULT_LANG, type Lang } from "./lang";

export { DEFAULT_LANG, LANGS, pickLang, type Lang } from "./lang";

function build(lang: Lang): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const rule of ALL_RULES) {
    for (const [id, text] of Object.entries(rule.messages)) map.set(`${rule.id}.${id}`, text[lang]);
  }
  return map;
}

const catalogues: Partial<Record<Lang, ReadonlyMap<string, string>>> = {};

export function catalogue(lang: Lang): ReadonlyMap<string, string> {
  return (catalogues[lang] ??= build(lang));
}

/** A rule's message in a language; the key itself if the catalogue lacks it (a bug the parity test catches). */
export function formatMessage(lang: Lang, rule: string, messageId: string, data: MessageData): string {
  const key = `${rule}.${messageId}`;
  return fillPlaceholders(catalogue(lang).get(key) ?? key, data);
}

export function findingMessage(diagnostic: Finding, lang: Lang = DEFAULT_LANG): string {
  return formatMessage(lang, diagnostic.rule, diagnostic.messageId, diagnostic.data);
}

/** A rule as a reviewer names it in a language, with its stable id: 成本指标不是上限（cost-upper-bound）. */
export function ruleName(rule: string, lang: Lang = DEFAULT_LANG): string {
  const title = RULE_BY_ID.get(rule)?.docs[lang].title;
  if (!title) return rule;
  return lang === "zh-CN" ? `${title}（${rule}）` : `${title} (${rule})`;
}

const RULE_BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

export function suggestionMessage(
  diagnostic: Finding,
  suggestion: Suggestion,
  lang: Lang = DEFAULT_LANG,
): string {
  return formatMessage(lang, diagnostic.rule, suggestion.messageId, suggestion.data);
}
