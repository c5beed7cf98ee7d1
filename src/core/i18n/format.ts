/**
 * Filling `{placeholders}` in catalogue texts — the one filler of the rules', the pane's, the
 * preview's and the command line's catalogues. English counts take their plural form:
 * `{tables|table|tables}` is "table" when `tables` is 1 and "tables" otherwise (Chinese needs none).
 */
import type { MessageData } from "../report";

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The text with its placeholders filled from `data`; a placeholder with no data stays visible. */
export function fillPlaceholders(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
    return String(value);
  });
}

/** The placeholder names a text uses, sorted, for catalogue parity checks (plural forms count as their name). */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]))].sort();
}
