/** Filling `{placeholders}` in catalogue texts. */
import type { MessageData } from "../report";

const PLACEHOLDER = /\{(\w+)\}/g;

export function fillPlaceholders(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a text uses, sorted, for catalogue parity checks. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]))].sort();
}
