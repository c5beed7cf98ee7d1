/**
 * The preview page's own words (the toolbar, the grid, file errors), each id in both languages. The
 * pane's catalogue (src/taskpane/i18n) stays the pane's; both have the one shape of src/core/i18n.
 */
import { useCallback } from "react";
import { defineCatalogue, type CatalogueId } from "../core/i18n/define";
import type { Lang } from "../core/i18n/lang";
import type { MessageData } from "../core/report";
import { useI18n } from "../taskpane/i18n/I18nProvider";

export const PREVIEW_TEXTS = defineCatalogue({
  "page.paneLabel": { "zh-CN": "任务窗格", "en-US": "Task pane" },
  "page.workbookLabel": { "zh-CN": "工作簿", "en-US": "Workbook" },
  "toolbar.label": { "zh-CN": "工作簿操作", "en-US": "Workbook actions" },
  "toolbar.file": { "zh-CN": "当前工作簿：{name}", "en-US": "Workbook: {name}" },
  "toolbar.open": { "zh-CN": "打开 .xlsx…", "en-US": "Open .xlsx…" },
  "toolbar.openLabel": { "zh-CN": "打开本机的 .xlsx 文件", "en-US": "Open an .xlsx file from this computer" },
  "toolbar.download": { "zh-CN": "下载 .xlsx", "en-US": "Download .xlsx" },
  "toolbar.sample": { "zh-CN": "示例工作簿", "en-US": "Sample workbook" },
  "toolbar.opening": { "zh-CN": "正在读取“{name}”…", "en-US": "Reading “{name}”…" },
  "toolbar.saving": { "zh-CN": "正在生成“{name}”…", "en-US": "Making “{name}”…" },
  "toolbar.dismiss": { "zh-CN": "关闭提示", "en-US": "Dismiss" },
  "open.done": {
    "zh-CN": "已打开“{name}”（{sheets} 个工作表）。",
    "en-US": "Opened “{name}” ({sheets} {sheets|sheet|sheets}).",
  },
  "open.doneFormulas": {
    "zh-CN":
      "已打开“{name}”（{sheets} 个工作表）；其中 {count} 个公式单元格显示上次计算的结果（预览不重新计算），下载后公式保留，Excel 打开时重新计算。",
    "en-US":
      "Opened “{name}” ({sheets} {sheets|sheet|sheets}); its {count} formula {count|cell shows its|cells show their} last calculated {count|value|values} (the preview does not recalculate); a download keeps the {count|formula|formulas} and Excel recalculates on opening.",
  },
  "open.doneLost": {
    "zh-CN":
      "已打开“{name}”（{sheets} 个工作表）。注意：下载的文件无法保留其中的{lost}；其余内容和格式（边框、字体、行高、冻结窗格、打印设置、批注、公式）原样保留。",
    "en-US":
      "Opened “{name}” ({sheets} {sheets|sheet|sheets}). Note: a download cannot keep its {lost}; everything else (borders, fonts, row heights, frozen panes, print setup, notes, formulas) is kept as it is.",
  },
  "open.sample": { "zh-CN": "已换回示例工作簿。", "en-US": "Back to the sample workbook." },
  "leave.confirm": {
    "zh-CN": "“{name}”有尚未下载的修改，打开其他工作簿会丢失这些修改。仍要继续吗？",
    "en-US": "“{name}” has changes you have not downloaded; opening another workbook loses them. Go on?",
  },
  "open.error.empty": {
    "zh-CN": "文件“{name}”是空的，当前工作簿保持不变。",
    "en-US": "“{name}” is empty; the current workbook is unchanged.",
  },
  "open.error.tooLarge": {
    "zh-CN": "文件“{name}”有 {sizeMB} MB，超过预览能打开的 {limitMB} MB，当前工作簿保持不变。",
    "en-US":
      "“{name}” is {sizeMB} MB, more than the {limitMB} MB the preview opens; the current workbook is unchanged.",
  },
  "open.error.notXlsx": {
    "zh-CN": "文件“{name}”不是 .xlsx 工作簿，当前工作簿保持不变。",
    "en-US": "“{name}” is not an .xlsx workbook; the current workbook is unchanged.",
  },
  "open.error.encrypted": {
    "zh-CN":
      "文件“{name}”设有打开密码，预览无法读取；请在 Excel 或 WPS 中取消密码后再打开，当前工作簿保持不变。",
    "en-US":
      "“{name}” has an open password, which the preview cannot read; remove it in Excel or WPS and open it again (the current workbook is unchanged).",
  },
  "open.error.legacyXls": {
    "zh-CN": "文件“{name}”是旧的 .xls 格式；请在 Excel 或 WPS 中另存为 .xlsx 后再打开，当前工作簿保持不变。",
    "en-US":
      "“{name}” is an old .xls file; save it as .xlsx in Excel or WPS and open that (the current workbook is unchanged).",
  },
  "open.error.otherFormat": {
    "zh-CN": "文件“{name}”不是 Excel 工作簿；请另存为 .xlsx 后再打开，当前工作簿保持不变。",
    "en-US":
      "“{name}” is not an Excel workbook; save it as .xlsx and open that (the current workbook is unchanged).",
  },
  "open.error.damaged": {
    "zh-CN": "文件“{name}”已损坏，无法读取，当前工作簿保持不变。",
    "en-US": "“{name}” is damaged and cannot be read; the current workbook is unchanged.",
  },
  "open.error.unreadable": {
    "zh-CN": "无法读取文件“{name}”，当前工作簿保持不变。",
    "en-US": "“{name}” could not be read; the current workbook is unchanged.",
  },
  "download.done": {
    "zh-CN": "已下载“{name}”：数值、数字格式、合并单元格、下拉列表、填充色和问题标记（条件格式）都已保存。",
    "en-US":
      "Downloaded “{name}”: values, number formats, merged cells, dropdowns, fills and the marks (as conditional formats) are all in it.",
  },
  "download.doneFile": {
    "zh-CN": "已下载“{name}”：修改已写入原文件，其余内容和格式原样保留。",
    "en-US":
      "Downloaded “{name}”: your changes are written into the file; everything else is kept as it was.",
  },
  "download.doneLost": {
    "zh-CN": "已下载“{name}”：修改已写入原文件，但原文件中的{lost}未能保留。",
    "en-US": "Downloaded “{name}”: your changes are written into the file, but its {lost} could not be kept.",
  },
  "download.failed": {
    "zh-CN": "未能生成 .xlsx 文件，请重试。",
    "en-US": "The .xlsx file could not be made; please try again.",
  },
  "grid.label": { "zh-CN": "工作表“{sheet}”", "en-US": "Sheet “{sheet}”" },
  "grid.help": {
    "zh-CN":
      "方向键移动，Enter 或 F2 编辑，Esc 取消编辑，Delete 清除，Alt+↓ 打开下拉列表，Ctrl+Enter 打开单元格中的链接。",
    "en-US":
      "Arrow keys move, Enter or F2 edits, Esc cancels an edit, Delete clears, Alt+Down opens a dropdown, Ctrl+Enter follows a link in the cell.",
  },
  "grid.sheetTabs": { "zh-CN": "工作表标签", "en-US": "Sheet tabs" },
  "grid.noSheet": { "zh-CN": "此工作簿没有可见的工作表。", "en-US": "This workbook has no visible sheet." },
  "grid.editor": { "zh-CN": "编辑 {cell}", "en-US": "Edit {cell}" },
  "grid.dropdown": { "zh-CN": "{cell} 的下拉列表", "en-US": "Dropdown of {cell}" },
  "grid.mark.error": { "zh-CN": "（标记：错误）", "en-US": " (marked: error)" },
  "grid.mark.warning": { "zh-CN": "（标记：警告）", "en-US": " (marked: warning)" },
  "grid.mark.info": { "zh-CN": "（标记：提示）", "en-US": " (marked: info)" },
  "grid.link": { "zh-CN": "链接到 {target}", "en-US": "Link to {target}" },
  "grid.refused.validation": {
    "zh-CN": "“{value}”不在 {cell} 的下拉列表中，未写入。",
    "en-US": "“{value}” is not in the dropdown of {cell}; nothing was written.",
  },
  "grid.refused.protected": {
    "zh-CN": "工作表受保护，{cell} 未修改。",
    "en-US": "The sheet is protected; {cell} was not changed.",
  },
  "grid.linkMissing": {
    "zh-CN": "链接指向的“{target}”不存在。",
    "en-US": "The link points at “{target}”, which does not exist.",
  },
});

export type PreviewMessageId = CatalogueId<typeof PREVIEW_TEXTS>;

export function previewText(lang: Lang, id: PreviewMessageId, data: MessageData = {}): string {
  return PREVIEW_TEXTS.text(lang, id, data);
}

/** `t` for the preview's words, in the language of the nearest I18nProvider. */
export function usePreviewText(): {
  locale: Lang;
  t: (id: PreviewMessageId, data?: MessageData) => string;
} {
  const { locale } = useI18n();
  const t = useCallback(
    (id: PreviewMessageId, data?: MessageData) => previewText(locale, id, data),
    [locale],
  );
  return { locale, t };
}
