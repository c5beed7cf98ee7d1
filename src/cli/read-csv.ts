/**
 * A .csv file as one sheet, read as Excel would show it. Chinese Excel saves "CSV" in the system
 * code page (GBK / GB18030) and "CSV UTF-8" with a byte-order mark; both are common, so text that
 * is not valid UTF-8 is decoded as GB18030 (a superset of GBK and GB2312).
 */
import type { CellValue, Grid } from "../core/grid";

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** RFC 4180: quoted fields with doubled quotes and line breaks inside, CRLF or LF line ends. */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Excel's reading of a CSV field: plain decimal numbers become numbers, everything else stays text. */
export function csvCellValue(field: string): CellValue {
  if (field === "") return null;
  if (PLAIN_NUMBER.test(field) && !LEADING_ZERO.test(field)) {
    const value = Number(field);
    if (Number.isFinite(value) && field.replace(/[-+.]/g, "").replace(/^0+/, "").length <= 15) return value;
  }
  return field;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// "007" and "0123" stay text, as codes; "0", "0.5" are numbers.
const LEADING_ZERO = /^[+-]?0\d/;

/**
 * A CSV's text as a Grid named `sheet`. The delimiter is read from the first line: a comma if it
 * has one, else a tab (Excel's "Unicode text") or a semicolon (some locales' CSV).
 */
export function csvToGrid(text: string, sheet: string): Grid {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes(",")
    ? ","
    : firstLine.includes("\t")
      ? "\t"
      : firstLine.includes(";")
        ? ";"
        : ",";
  const values = parseCsv(text, delimiter).map((line) => {
    const cells = line.map(csvCellValue);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return { sheet, values, merges: [], origin: { row: 0, col: 0 } };
}
