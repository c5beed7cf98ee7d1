/**
 * The preview page's own words (the toolbar, the grid, file errors), in the pane's two languages.
 * The pane's catalogue (src/taskpane/i18n) stays the pane's; placeholders are `{name}` as there.
 */
import { useCallback } from "react";
import { fillPlaceholders } from "../core/i18n/format";
import { useI18n } from "../taskpane/i18n/I18nProvider";
import type { LocaleId, MessageData } from "../taskpane/i18n/messages";

const zhCN = {
  "page.paneLabel": "任务窗格",
  "page.workbookLabel": "工作簿",
  "toolbar.label": "工作簿操作",
  "toolbar.file": "当前工作簿：{name}",
  "toolbar.open": "打开 .xlsx…",
  "toolbar.openLabel": "打开本机的 .xlsx 文件",
  "toolbar.download": "下载 .xlsx",
  "toolbar.sample": "示例工作簿",
  "toolbar.opening": "正在读取“{name}”…",
  "toolbar.saving": "正在生成“{name}”…",
  "toolbar.dismiss": "关闭提示",
  "open.done": "已打开“{name}”（{sheets} 个工作表）。",
  "open.doneFormulas":
    "已打开“{name}”（{sheets} 个工作表）；其中 {count} 个公式单元格显示上次计算的结果（预览不重新计算），下载后公式保留，Excel 打开时重新计算。",
  "open.doneLost":
    "已打开“{name}”（{sheets} 个工作表）。注意：下载的文件无法保留其中的{lost}；其余内容和格式（边框、字体、行高、冻结窗格、打印设置、批注、公式）原样保留。",
  "open.sample": "已换回示例工作簿。",
  "leave.confirm": "“{name}”有尚未下载的修改，打开其他工作簿会丢失这些修改。仍要继续吗？",
  "open.error.empty": "文件“{name}”是空的，当前工作簿保持不变。",
  "open.error.tooLarge": "文件“{name}”有 {sizeMB} MB，超过预览能打开的 {limitMB} MB，当前工作簿保持不变。",
  "open.error.notXlsx": "文件“{name}”不是 .xlsx 工作簿，当前工作簿保持不变。",
  "open.error.encrypted":
    "文件“{name}”设有打开密码，预览无法读取；请在 Excel 或 WPS 中取消密码后再打开，当前工作簿保持不变。",
  "open.error.legacyXls":
    "文件“{name}”是旧的 .xls 格式；请在 Excel 或 WPS 中另存为 .xlsx 后再打开，当前工作簿保持不变。",
  "open.error.otherFormat": "文件“{name}”不是 Excel 工作簿；请另存为 .xlsx 后再打开，当前工作簿保持不变。",
  "open.error.damaged": "文件“{name}”已损坏，无法读取，当前工作簿保持不变。",
  "open.error.unreadable": "无法读取文件“{name}”，当前工作簿保持不变。",
  "download.done":
    "已下载“{name}”：数值、数字格式、合并单元格、下拉列表、填充色和问题标记（条件格式）都已保存。",
  "download.doneFile": "已下载“{name}”：修改已写入原文件，其余内容和格式原样保留。",
  "download.doneLost": "已下载“{name}”：修改已写入原文件，但原文件中的{lost}未能保留。",
  "download.failed": "未能生成 .xlsx 文件，请重试。",
  "grid.label": "工作表“{sheet}”",
  "grid.help":
    "方向键移动，Enter 或 F2 编辑，Esc 取消编辑，Delete 清除，Alt+↓ 打开下拉列表，Ctrl+Enter 打开单元格中的链接。",
  "grid.sheetTabs": "工作表标签",
  "grid.noSheet": "此工作簿没有可见的工作表。",
  "grid.editor": "编辑 {cell}",
  "grid.dropdown": "{cell} 的下拉列表",
  "grid.mark.error": "（标记：错误）",
  "grid.mark.warning": "（标记：警告）",
  "grid.mark.info": "（标记：提示）",
  "grid.link": "链接到 {target}",
  "grid.refused.validation": "“{value}”不在 {cell} 的下拉列表中，未写入。",
  "grid.refused.protected": "工作表受保护，{cell} 未修改。",
  "grid.linkMissing": "链接指向的“{target}”不存在。",
} as const;

export type PreviewMessageId = keyof typeof zhCN;

const enUS: Record<PreviewMessageId, string> = {
  "page.paneLabel": "Task pane",
  "page.workbookLabel": "Workbook",
  "toolbar.label": "Workbook actions",
  "toolbar.file": "Workbook: {name}",
  "toolbar.open": "Open .xlsx…",
  "toolbar.openLabel": "Open an .xlsx file from this computer",
  "toolbar.download": "Download .xlsx",
  "toolbar.sample": "Sample workbook",
  "toolbar.opening": "Reading “{name}”…",
  "toolbar.saving": "Making “{name}”…",
  "toolbar.dismiss": "Dismiss",
  "open.done": "Opened “{name}” ({sheets} {sheets|sheet|sheets}).",
  "open.doneFormulas":
    "Opened “{name}” ({sheets} {sheets|sheet|sheets}); its {count} formula {count|cell shows its|cells show their} last calculated {count|value|values} (the preview does not recalculate); a download keeps the {count|formula|formulas} and Excel recalculates on opening.",
  "open.doneLost":
    "Opened “{name}” ({sheets} {sheets|sheet|sheets}). Note: a download cannot keep its {lost}; everything else (borders, fonts, row heights, frozen panes, print setup, notes, formulas) is kept as it is.",
  "open.sample": "Back to the sample workbook.",
  "leave.confirm":
    "“{name}” has changes you have not downloaded; opening another workbook loses them. Go on?",
  "open.error.empty": "“{name}” is empty; the current workbook is unchanged.",
  "open.error.tooLarge":
    "“{name}” is {sizeMB} MB, more than the {limitMB} MB the preview opens; the current workbook is unchanged.",
  "open.error.notXlsx": "“{name}” is not an .xlsx workbook; the current workbook is unchanged.",
  "open.error.encrypted":
    "“{name}” has an open password, which the preview cannot read; remove it in Excel or WPS and open it again (the current workbook is unchanged).",
  "open.error.legacyXls":
    "“{name}” is an old .xls file; save it as .xlsx in Excel or WPS and open that (the current workbook is unchanged).",
  "open.error.otherFormat":
    "“{name}” is not an Excel workbook; save it as .xlsx and open that (the current workbook is unchanged).",
  "open.error.damaged": "“{name}” is damaged and cannot be read; the current workbook is unchanged.",
  "open.error.unreadable": "“{name}” could not be read; the current workbook is unchanged.",
  "download.done":
    "Downloaded “{name}”: values, number formats, merged cells, dropdowns, fills and the marks (as conditional formats) are all in it.",
  "download.doneFile":
    "Downloaded “{name}”: your changes are written into the file; everything else is kept as it was.",
  "download.doneLost":
    "Downloaded “{name}”: your changes are written into the file, but its {lost} could not be kept.",
  "download.failed": "The .xlsx file could not be made; please try again.",
  "grid.label": "Sheet “{sheet}”",
  "grid.help":
    "Arrow keys move, Enter or F2 edits, Esc cancels an edit, Delete clears, Alt+Down opens a dropdown, Ctrl+Enter follows a link in the cell.",
  "grid.sheetTabs": "Sheet tabs",
  "grid.noSheet": "This workbook has no visible sheet.",
  "grid.editor": "Edit {cell}",
  "grid.dropdown": "Dropdown of {cell}",
  "grid.mark.error": " (marked: error)",
  "grid.mark.warning": " (marked: warning)",
  "grid.mark.info": " (marked: info)",
  "grid.link": "Link to {target}",
  "grid.refused.validation": "“{value}” is not in the dropdown of {cell}; nothing was written.",
  "grid.refused.protected": "The sheet is protected; {cell} was not changed.",
  "grid.linkMissing": "The link points at “{target}”, which does not exist.",
};

export const previewCatalogues: Record<LocaleId, Record<PreviewMessageId, string>> = {
  "zh-CN": zhCN,
  "en-US": enUS,
};

export function previewText(locale: LocaleId, id: PreviewMessageId, data: MessageData = {}): string {
  return fillPlaceholders(previewCatalogues[locale][id], data);
}

/** `t` for the preview's words, in the locale of the nearest I18nProvider. */
export function usePreviewText(): {
  locale: LocaleId;
  t: (id: PreviewMessageId, data?: MessageData) => string;
} {
  const { locale } = useI18n();
  const t = useCallback(
    (id: PreviewMessageId, data?: MessageData) => previewText(locale, id, data),
    [locale],
  );
  return { locale, t };
}
