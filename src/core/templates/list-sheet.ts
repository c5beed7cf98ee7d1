/**
 * Where a dropdown's items go. Excel keeps an inline list source ("a,b,c") to 255 characters (an
 * Excel limitation as XlsxWriter, excelize and ClosedXML document it: jmcnamara/XlsxWriter#562,
 * qax-os/excelize#1878; a file with a longer one is "repaired", ClosedXML#1016), so a longer
 * list, an organisation's level-2 or basis list say, is written to a very hidden sheet of ours, one
 * column per list (row 1 its key, the items below), and the validation points at that column. Every
 * writer (the Excel adapter, `jixiao template`, the sample workbook) lays the sheet out the same way.
 */
import { columnName } from "../grid";
import { fingerprint } from "../marks";

/** The list sheet's name: plain letters, so references need no quotes in any language. */
export const LIST_SHEET = "jixiao_lists";

/** Excel's limit on an inline list source ("a,b,c"), in characters. */
export const INLINE_LIST_LIMIT = 255;

/**
 * The inline source of a list, or null when it is too long for one. A comma inside an item would split
 * it, so it becomes the full-width "，" (the list items on the list sheet keep theirs).
 */
export function inlineListSource(list: readonly string[]): string | null {
  const source = list.map((item) => item.replace(/,/g, "，")).join(",");
  return source.length > INLINE_LIST_LIMIT ? null : source;
}

/** The key a list's column carries in row 1: the same items in the same order, the same key. */
export function listKey(list: readonly string[]): string {
  return `jixiao:list:${fingerprint(list.join("\n"))}:${list.length}`;
}

/** A column of the list sheet the writer must fill: its key above the items. */
export interface ListColumn {
  col: number;
  key: string;
  items: readonly string[];
}

/**
 * The columns of the list sheet: those it holds (their keys, read from row 1) and those added while
 * writing. `place` gives a list's reference, adding a column for a list not there yet.
 */
export class ListColumns {
  private readonly byKey = new Map<string, number>();
  private readonly added: ListColumn[] = [];
  private next: number;

  constructor(existingKeys: readonly (string | null)[] = []) {
    existingKeys.forEach((key, col) => {
      if (key) this.byKey.set(key, col);
    });
    this.next = existingKeys.length;
  }

  /** The range reference of the list's items ("=jixiao_lists!$C$2:$C$41"). */
  place(list: readonly string[]): string {
    const key = listKey(list);
    let col = this.byKey.get(key);
    if (col === undefined) {
      col = this.next++;
      this.byKey.set(key, col);
      this.added.push({ col, key, items: list });
    }
    const name = columnName(col);
    return `=${LIST_SHEET}!$${name}$2:$${name}$${list.length + 1}`;
  }

  /** The columns placed since the sheet was read, to be written. */
  get newColumns(): readonly ListColumn[] {
    return this.added;
  }
}
