/** Text normalisation shared by the detector, the parser and the rules. */

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Folds full-width ASCII forms (Ａ, ９, ％, （) and the ideographic space to their half-width twins. */
export function foldWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Removes every kind of space and line break. */
export function stripSpaces(text: string): string {
  return text.replace(WHITESPACE, "");
}

/**
 * A label as compared: width folded, spaces and line breaks gone.
 * "经济效益\n指标" → "经济效益指标", "一级 指标" → "一级指标", "（％）" → "(%)".
 */
export function normaliseLabel(text: string): string {
  // Most cells need no work; checking first keeps the detector's scan of large sheets cheap.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return stripSpaces(foldWidth(text));
}

const NEEDS_NORMALISING = /[\s\u00a0\u3000\u200b\ufeff\uff01-\uff5e]/;

/** True for text with something other than spaces in it. Scans without allocating: it runs on every cell. */
export function hasText(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return false;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) return true;
  }
  return false;
}

/** Whitespace of every kind stripSpaces removes (the ideographic space and zero-width marks too), as char codes. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x200b ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}
