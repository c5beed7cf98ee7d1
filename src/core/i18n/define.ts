/**
 * One shape for every catalogue of texts — the pane's, the preview's, the command line's, the
 * organisation catalogue's problems (the rules keep theirs beside each check, in the same shape):
 * an id → its text in zh-CN and en-US, with `{placeholders}` filled by the one filler (format.ts).
 * The type refuses an entry without both languages; a test per catalogue holds their placeholders
 * equal (`placeholderProblems`).
 */
import type { MessageData } from "../report";
import { fillPlaceholders, placeholdersOf } from "./format";
import { LANGS, type Lang, type Texts } from "./lang";

export interface TextCatalogue<Id extends string> {
  /** Every id, in the order written. */
  readonly ids: readonly Id[];
  /** The text as written, placeholders unfilled. */
  raw(lang: Lang, id: Id): string;
  /** The text with its placeholders filled from `data`; an unfilled one stays visible. */
  text(lang: Lang, id: Id, data?: MessageData): string;
}

export type CatalogueId<C> = C extends TextCatalogue<infer Id> ? Id : never;

export function defineCatalogue<Id extends string>(entries: Readonly<Record<Id, Texts>>): TextCatalogue<Id> {
  const ids = Object.keys(entries) as Id[];
  return {
    ids,
    raw: (lang, id) => entries[id][lang],
    text: (lang, id, data = {}) => fillPlaceholders(entries[id][lang], data),
  };
}

/** What is wrong with a catalogue: an empty text, or languages whose placeholders differ. */
export function placeholderProblems<Id extends string>(catalogue: TextCatalogue<Id>): string[] {
  const problems: string[] = [];
  for (const id of catalogue.ids) {
    const [first, ...rest] = LANGS.map((lang) => placeholdersOf(catalogue.raw(lang, id)).join(","));
    for (const lang of LANGS) if (catalogue.raw(lang, id).trim() === "") problems.push(`${id}: empty ${lang}`);
    if (rest.some((other) => other !== first)) problems.push(`${id}: placeholders differ`);
  }
  return problems;
}
