/**
 * 简体中文, the pane's default language. en-US.ts has exactly the same keys (the type and a test
 * keep them equal). Placeholders are `{name}`, filled by formatMessage; never build sentences in code.
 */
export const zhCN = {
  "app.title": "绩效指标助手",
  "app.subtitle": "预算绩效目标表的编写与检查",
  "issues.heading": "检查结果",
  "issues.empty": "尚无检查结果。",
  "status.label": "状态",
  "status.connecting": "正在连接 Office…",
  "status.excel": "宿主：{host}（{platform}）",
  "status.preview": "宿主：浏览器预览（内存工作簿）",
  "status.outside": "宿主：无，未在 Office 中运行",
  "outside.title": "未在 Excel 中打开",
  "outside.body": "此页面是 Excel 加载项的任务窗格，请在 Excel 中通过“开始 > 指标助手”打开。",
  "outside.reason.noOfficeJs": "未能加载 office.js（可能处于离线状态）。",
  "outside.reason.noHost": "office.js 已加载，但此页面不在 Office 客户端中。",
  "outside.reason.timeout": "Office 在 {seconds} 秒内没有响应。",
  "outside.previewLink": "在浏览器中预览窗格",
  "platform.PC": "Windows",
  "platform.Mac": "Mac",
  "platform.OfficeOnline": "网页版",
  "platform.iOS": "iPad",
  "platform.Android": "Android",
  "platform.unknown": "未知平台",
  "preview.paneLabel": "任务窗格",
  "preview.gridLabel": "工作表“{sheet}”",
  "preview.sheetTabs": "工作表标签",
  "preview.emptySheet": "此工作表为空。",
} as const;
