/**
 * The add-in's settings inside an .xlsx, where Excel keeps them: office.js's workbook settings (and its
 * document settings) are saved as the properties of the add-in's web extension part,
 * `xl/webextensions/webextension1.xml`, reached from the package's relationships through the task-pane
 * part `xl/webextensions/taskpanes.xml` ([MS-OWEXML] §2.2.7 CT_OsfWebExtension, §2.2.1
 * CT_OsfWebExtensionProperty: a name and the value as JSON text). exceljs neither reads nor writes
 * these parts, so the preview reads the properties itself and adds the parts to what exceljs wrote:
 * a workbook downloaded with profile 2015 opens with profile 2015, in the preview and in Excel.
 *
 * The reference is our manifest's id (manifest.xml <Id>) as a developer (sideloaded or centrally
 * deployed) add-in; Excel matches it to the installed add-in and hands it these settings.
 */
import { loadJsZip } from "./load-exceljs";

export const ADDIN_ID = "9a063b1c-0292-43a3-acaa-92af96d14eb3";
const ADDIN_VERSION = "0.1.0.0";

const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TASKPANES_REL = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const WEBEXTENSION_REL = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const WEBEXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";
const TASKPANES_TYPE = "application/vnd.ms-office.webextensiontaskpanes+xml";

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? "";
  });
}

/** Our settings (name → JSON text) from a web extension part; null when the part is another add-in's. */
export function settingsFromWebExtension(xml: string): Map<string, string> | null {
  const reference = /<(?:\w+:)?reference\b[^>]*\bid="([^"]*)"/.exec(xml);
  if (!reference || reference[1].replace(/[{}]/g, "").toLowerCase() !== ADDIN_ID) return null;
  const settings = new Map<string, string>();
  for (const property of xml.matchAll(/<(?:\w+:)?property\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(property[1]);
    const value = /\bvalue="([^"]*)"/.exec(property[1]);
    if (name && value) settings.set(unescapeXml(name[1]), unescapeXml(value[1]));
  }
  return settings;
}

function webExtensionXml(settings: ReadonlyMap<string, string>): string {
  const properties = [...settings]
    .map(([name, json]) => `<we:property name="${escapeXml(name)}" value="${escapeXml(json)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<we:webextension xmlns:we="${WE_NS}" id="{${ADDIN_ID.toUpperCase()}}">` +
    `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${properties}</we:properties>` +
    `<we:bindings/><we:snapshot xmlns:r="${R_NS}"/></we:webextension>`
  );
}

function taskpanesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<wetp:taskpanes xmlns:wetp="${WETP_NS}">` +
    `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
    `<wetp:webextensionref xmlns:r="${R_NS}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`
  );
}

/**
 * The .xlsx `bytes` with our web extension part holding `settings` (none added when there are none).
 * Any web extension parts already there are left as they are; ours is added beside them.
 */
export async function withSettings(
  bytes: Uint8Array,
  settings: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  if (settings.size === 0) return bytes;
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  let n = 1;
  while (zip.file(`xl/webextensions/webextension${n}.xml`)) n++;
  const part = `webextension${n}.xml`;
  const taskpanes = zip.file("xl/webextensions/taskpanes.xml") ? `taskpanes${n}.xml` : "taskpanes.xml";
  zip.file(`xl/webextensions/${part}`, webExtensionXml(settings));
  zip.file(`xl/webextensions/${taskpanes}`, taskpanesXml());
  zip.file(
    `xl/webextensions/_rels/${taskpanes}.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${WEBEXTENSION_REL}" Target="${part}"/></Relationships>`,
  );
  const types = await zip.file("[Content_Types].xml")?.async("string");
  const rels = await zip.file("_rels/.rels")?.async("string");
  if (types === undefined || rels === undefined) return bytes;
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/${part}" ContentType="${WEBEXTENSION_TYPE}"/>` +
        `<Override PartName="/xl/webextensions/${taskpanes}" ContentType="${TASKPANES_TYPE}"/></Types>`,
    ),
  );
  const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let id = 1;
  while (ids.has(`rIdWe${id}`)) id++;
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdWe${id}" Type="${TASKPANES_REL}" Target="xl/webextensions/${taskpanes}"/></Relationships>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
