/**
 * Text that comes from files (cell values, sheet names, file names, a reader's error) on its way
 * out: to a terminal, with its control characters shown as symbols instead of obeyed, since an
 * ESC in a cell could otherwise clear the reviewer's screen, move the cursor, set the window title
 * or recolour what follows, and a CR could overwrite a finding with another; in JSON, with the
 * characters JSON.stringify leaves raw (DEL, the C1 controls, Unicode's line separators and bidi
 * controls) escaped too, so the JSON means the same and shows safely. And quotes of cell text in
 * messages, cut to a length a person reads: a cell may hold 32,767 characters.
 */

/** The most characters of a cell quoted in a message; the rest is cut, with an ellipsis. */
export const MAX_QUOTE_CHARS = 200;

/** C0 and C1 controls, DEL, line and paragraph separators, bidi marks, embeddings and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(control: string): string {
  const code = control.charCodeAt(0);
  if (control === "\n" || control === "\r\n") return "⏎";
  if (control === "\t") return "⇥";
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // Unicode's control pictures: ␛, ␍, ␇
  if (code === 0x7f) return "␡";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** The text with every control character shown as a symbol (a line break as ⏎, a tab as ⇥). */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(CONTROLS, visible);
}

/** A JSON text with the characters JSON.stringify leaves raw written as \u escapes (still valid JSON). */
export function jsonSafe(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A value as `--format json` prints it: indented, with what JSON.stringify leaves raw escaped. */
export function jsonText(value: unknown): string {
  return jsonSafe(JSON.stringify(value, null, 2));
}

/** At most `max` characters of the text (never half a surrogate pair), with "…" where it was cut. */
export function boundedText(text: string, max = MAX_QUOTE_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Several lines of text, each made terminal-safe; the line breaks between them kept. */
export function terminalLines(text: string): string {
  return text
    .split("\n")
    .map((line) => terminalSafe(line))
    .join("\n");
}
