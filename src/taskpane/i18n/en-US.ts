import type { MessageId } from "./messages";

/** English (United States). Same keys as zh-CN.ts; the type rejects a missing or extra key. */
export const enUS: Record<MessageId, string> = {
  "app.title": "Performance Target Assistant",
  "app.subtitle": "Author and check budget performance target tables",
  "issues.heading": "Findings",
  "issues.empty": "No findings yet.",
  "status.label": "Status",
  "status.connecting": "Connecting to Office…",
  "status.excel": "Host: {host} ({platform})",
  "status.preview": "Host: browser preview (in-memory workbook)",
  "status.outside": "Host: none, not running in Office",
  "outside.title": "Not opened in Excel",
  "outside.body":
    "This page is the task pane of an Excel add-in: open it in Excel with Home > Target assistant.",
  "outside.reason.noOfficeJs": "office.js could not be loaded (you may be offline).",
  "outside.reason.noHost": "office.js is loaded, but this page is not inside an Office client.",
  "outside.reason.timeout": "Office did not answer within {seconds} seconds.",
  "outside.previewLink": "Preview the pane in this browser",
  "platform.PC": "Windows",
  "platform.Mac": "Mac",
  "platform.OfficeOnline": "the web",
  "platform.iOS": "iPad",
  "platform.Android": "Android",
  "platform.unknown": "unknown platform",
  "preview.paneLabel": "Task pane",
  "preview.gridLabel": "Sheet “{sheet}”",
  "preview.sheetTabs": "Sheet tabs",
  "preview.emptySheet": "This sheet is empty.",
};
