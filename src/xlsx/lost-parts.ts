/**
 * What an .xlsx holds that exceljs (the reader and writer of both the command line's `fix` and the
 * preview's download) does not write back, in the words a person uses: said before they rely on it.
 */
import type { Lang } from "../core/i18n/catalogue";
import type { ZipEntry } from "./zip-directory";

/** Parts of an .xlsx that exceljs does not write back, with what a person calls them. */
const LOST_PARTS: { test: RegExp; name: Record<Lang, string> }[] = [
  { test: /^xl\/(charts|chartsheets)\//, name: { "zh-CN": "图表", "en-US": "charts" } },
  { test: /^xl\/(pivotTables|pivotCache)\//, name: { "zh-CN": "数据透视表", "en-US": "pivot tables" } },
  { test: /^xl\/vbaProject\.bin$/, name: { "zh-CN": "宏（VBA）", "en-US": "macros (VBA)" } },
  { test: /^xl\/embeddings\//, name: { "zh-CN": "嵌入对象（OLE）", "en-US": "embedded objects (OLE)" } },
  { test: /^xl\/(slicers|slicerCaches|timelines)\//, name: { "zh-CN": "切片器", "en-US": "slicers" } },
  { test: /^xl\/(webextensions)\//, name: { "zh-CN": "加载项设置", "en-US": "add-in settings" } },
  { test: /^customXml\//, name: { "zh-CN": "自定义 XML", "en-US": "custom XML" } },
  { test: /^xl\/threadedComments\//, name: { "zh-CN": "批注会话", "en-US": "threaded comments" } },
  { test: /^xl\/(activeX|ctrlProps)\//, name: { "zh-CN": "控件", "en-US": "form controls" } },
  { test: /^xl\/externalLinks\//, name: { "zh-CN": "外部链接", "en-US": "external links" } },
];

/** A thing a download cannot keep, named in both languages. */
export type LostName = Record<Lang, string>;

export function lostPartNames(parts: readonly Pick<ZipEntry, "name">[]): LostName[] {
  return LOST_PARTS.filter((kind) => parts.some((part) => kind.test.test(part.name.replace(/^\//, "")))).map(
    (kind) => kind.name,
  );
}

export function lostParts(parts: readonly Pick<ZipEntry, "name">[], lang: Lang): string[] {
  return lostPartNames(parts).map((name) => name[lang]);
}

/** Newer features kept in a sheet's extension list (x14), which exceljs drops, found in the sheet's XML. */
const LOST_SHEET_FEATURES: { test: RegExp; name: Record<Lang, string> }[] = [
  { test: /<x14:sparklineGroups\b/, name: { "zh-CN": "迷你图", "en-US": "sparklines" } },
  {
    test: /<x14:conditionalFormattings?\b/,
    name: {
      "zh-CN": "新版条件格式（数据条、图标集等）",
      "en-US": "newer conditional formats (data bars, icon sets…)",
    },
  },
  { test: /<x14:slicerList\b|<x15:timelineRefs\b/, name: { "zh-CN": "切片器", "en-US": "slicers" } },
];

/** The sheet features named in `xml` (the tail of a sheet's part) that a download would drop. */
export function lostSheetFeatures(xml: string): LostName[] {
  return LOST_SHEET_FEATURES.filter((kind) => kind.test.test(xml)).map((kind) => kind.name);
}
