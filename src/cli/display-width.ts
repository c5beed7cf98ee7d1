/** Terminal column widths, for aligning and truncating text with Chinese in it. */

/** Columns a string takes on a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** The end of `text` that fits in `width` columns, with a leading ellipsis when cut. */
export function fitEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let used = 1;
  let start = chars.length;
  while (start > 0 && used + displayWidth(chars[start - 1]) <= width) used += displayWidth(chars[--start]);
  return `…${chars.slice(start).join("")}`;
}

/** The start of `text` that fits in `width` columns, with a trailing ellipsis when cut. */
export function fitStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let used = 1;
  let end = 0;
  while (end < chars.length && used + displayWidth(chars[end]) <= width) used += displayWidth(chars[end++]);
  return `${chars.slice(0, end).join("")}…`;
}

/** Rows of cells as lines of aligned columns (two spaces between), each line's trailing spaces cut. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i] ?? ""))));
  return rows.map((row) =>
    row
      .map((cell, i) => cell + " ".repeat(Math.max(0, widths[i] - displayWidth(cell))))
      .join("  ")
      .trimEnd(),
  );
}
