/**
 * The few pieces of SpreadsheetML the reader takes from the XML itself rather than from exceljs:
 * which part holds which sheet, the data validations and the in-workbook hyperlinks.
 *
 * Why not exceljs: it expands every validation range into one entry per cell, so a dropdown set on a
 * whole column (select the column, add the list: common, and what `jixiao fix` writes) becomes a
 * million entries — 8 s and 650 MB for a 6 KB file. It also drops hyperlinks that have a `location`
 * but no relationship, which is how Excel stores a link to a cell of the workbook.
 *
 * These elements are flat and small, so attributes are read with a regular expression; the element
 * names may carry a namespace prefix. ECMA-376 Part 1 §18.3.1.32 (dataValidation), §18.3.1.47
 * (hyperlink); Excel 2010 writes validations whose list is on another sheet under extLst as
 * x14:dataValidation with xm:sqref and x14:formula1/xm:f (MS-XLSX §2.6.19).
 */

export interface XmlValidation {
  sqref: string;
  type: string;
  operator: string | null;
  allowBlank: boolean;
  /** Despite its name, true hides the in-cell dropdown. */
  showDropDown: boolean;
  showErrorMessage: boolean;
  errorStyle: string | null;
  errorTitle: string;
  error: string;
  showInputMessage: boolean;
  promptTitle: string;
  prompt: string;
  formula1: string | null;
  formula2: string | null;
}

export interface XmlHyperlink {
  ref: string;
  location: string;
  display: string | null;
  tooltip: string | null;
}

/** Where a sheet's part begins to hold what we read: everything before it is cell data. */
export const SHEET_TAIL_MARKER = /<(?:\w+:)?(?:dataValidations|hyperlinks|extLst)\b/;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** The attributes of a start tag's text (`<x a="1" b='2'>`), names without their prefix. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[match[1]] = decodeXml(match[2] ?? match[3] ?? "");
  }
  return out;
}

function attribute(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  const key = Object.keys(attrs).find((name) => name.endsWith(`:${local}`));
  return key === undefined ? undefined : attrs[key];
}

function flag(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** Every element `name` (any prefix) in the text: its start tag's attributes and its inner text. */
function elements(text: string, name: string): { attrs: Record<string, string>; inner: string }[] {
  const out: { attrs: Record<string, string>; inner: string }[] = [];
  const open = new RegExp(`<((?:\\w+:)?${name})(\\s[^>]*?)?(/?)>`, "g");
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const attrs = attributes(match[2] ?? "");
    if (match[3] === "/") {
      out.push({ attrs, inner: "" });
      continue;
    }
    const close = text.indexOf(`</${match[1]}>`, open.lastIndex);
    if (close < 0) break;
    out.push({ attrs, inner: text.slice(open.lastIndex, close) });
    open.lastIndex = close;
  }
  return out;
}

/** The text of the first child element `name`, or of the `f` inside it (x14's `<xm:f>`). */
function childText(inner: string, name: string): string | null {
  const found = elements(inner, name)[0];
  if (!found) return null;
  const formula = elements(found.inner, "f")[0];
  return decodeXml(formula ? formula.inner : found.inner);
}

/** The sheets of xl/workbook.xml in tab order, with the zip part each one's relationship points at. */
export function sheetParts(workbookXml: string, relsXml: string): { name: string; part: string | null }[] {
  const targets = new Map<string, string>();
  for (const rel of elements(relsXml, "Relationship")) {
    const id = rel.attrs.Id;
    const target = rel.attrs.Target;
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return elements(workbookXml, "sheet").map(({ attrs }) => {
    const id = attribute(attrs, "id");
    return { name: attrs.name ?? "", part: (id && targets.get(id)) ?? null };
  });
}

/** The data validations of a sheet part's tail (see SHEET_TAIL_MARKER), in document order. */
export function parseDataValidations(tail: string): XmlValidation[] {
  const out: XmlValidation[] = [];
  for (const { attrs, inner } of elements(tail, "dataValidation")) {
    const x14 = attrs.sqref === undefined;
    const sqref = x14 ? childText(inner, "sqref") : attrs.sqref;
    if (!sqref) continue;
    const formula = (n: 1 | 2) => childText(inner, `formula${n}`);
    out.push({
      sqref: sqref.trim(),
      type: attrs.type ?? "none",
      operator: attrs.operator ?? null,
      allowBlank: flag(attrs.allowBlank),
      showDropDown: flag(attrs.showDropDown),
      showErrorMessage: flag(attrs.showErrorMessage),
      errorStyle: attrs.errorStyle ?? null,
      errorTitle: attrs.errorTitle ?? "",
      error: attrs.error ?? "",
      showInputMessage: flag(attrs.showInputMessage),
      promptTitle: attrs.promptTitle ?? "",
      prompt: attrs.prompt ?? "",
      formula1: formula(1),
      formula2: formula(2),
    });
  }
  return out;
}

/** Hyperlinks to a place in the workbook (`location`), which exceljs does not read. */
export function parseLocationHyperlinks(tail: string): XmlHyperlink[] {
  return elements(tail, "hyperlink").flatMap(({ attrs }) =>
    attrs.ref && attrs.location
      ? [
          {
            ref: attrs.ref,
            location: attrs.location,
            display: attrs.display ?? null,
            tooltip: attrs.tooltip ?? null,
          },
        ]
      : [],
  );
}
