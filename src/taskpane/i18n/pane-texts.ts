/**
 * The pane's texts: each id in 简体中文 (the default) and English, with `{placeholders}` filled by
 * the one filler (src/core/i18n). Never build sentences in code; a test holds both languages'
 * placeholders equal.
 */
import { defineCatalogue } from "../../core/i18n/define";

export const PANE_TEXTS = defineCatalogue({
  "app.title": { "zh-CN": "绩效指标助手", "en-US": "Performance Target Assistant" },
  "app.subtitle": {
    "zh-CN": "预算绩效目标表的编写与检查",
    "en-US": "Author and check budget performance target tables",
  },
  "issues.heading": { "zh-CN": "检查结果", "en-US": "Findings" },
  "issues.empty": { "zh-CN": "尚无检查结果。", "en-US": "No findings yet." },
  "status.label": { "zh-CN": "状态", "en-US": "Status" },
  "status.connecting": { "zh-CN": "正在连接 Office…", "en-US": "Connecting to Office…" },
  "status.excel": { "zh-CN": "宿主：{host}（{platform}）", "en-US": "Host: {host} ({platform})" },
  "status.preview": {
    "zh-CN": "宿主：浏览器预览（内存工作簿）",
    "en-US": "Host: browser preview (in-memory workbook)",
  },
  "status.outside": { "zh-CN": "宿主：无，未在 Office 中运行", "en-US": "Host: none, not running in Office" },
  "outside.title": { "zh-CN": "未在 Excel 中打开", "en-US": "Not opened in Excel" },
  "outside.body": {
    "zh-CN": "此页面是 Excel 加载项的任务窗格，请在 Excel 中通过“开始 > 指标助手”打开。",
    "en-US": "This page is the task pane of an Excel add-in: open it in Excel with Home > Target assistant.",
  },
  "outside.reason.noOfficeJs": {
    "zh-CN": "未能加载 office.js（可能处于离线状态）。",
    "en-US": "office.js could not be loaded (you may be offline).",
  },
  "outside.reason.noHost": {
    "zh-CN": "office.js 已加载，但此页面不在 Office 客户端中。",
    "en-US": "office.js is loaded, but this page is not inside an Office client.",
  },
  "outside.reason.timeout": {
    "zh-CN": "Office 在 {seconds} 秒内没有响应。",
    "en-US": "Office did not answer within {seconds} seconds.",
  },
  "outside.previewLink": { "zh-CN": "在浏览器中预览窗格", "en-US": "Preview the pane in this browser" },
  "platform.PC": { "zh-CN": "Windows", "en-US": "Windows" },
  "platform.Mac": { "zh-CN": "Mac", "en-US": "Mac" },
  "platform.OfficeOnline": { "zh-CN": "网页版", "en-US": "the web" },
  "platform.iOS": { "zh-CN": "iPad", "en-US": "iPad" },
  "platform.Android": { "zh-CN": "Android", "en-US": "Android" },
  "platform.unknown": { "zh-CN": "未知平台", "en-US": "unknown platform" },
  "status.loading": { "zh-CN": "正在加载…", "en-US": "Loading…" },
  "status.loadFailed": {
    "zh-CN": "无法显示窗格内容（可能是网络中断）。请关闭任务窗格后重新打开。",
    "en-US":
      "The pane could not be shown (the network may have dropped). Close the task pane and open it again.",
  },
  "tabs.label": { "zh-CN": "功能", "en-US": "Features" },
  "tabs.findings": { "zh-CN": "检查", "en-US": "Findings" },
  "tabs.templates": { "zh-CN": "模板", "en-US": "Templates" },
  "tabs.rowEditor": { "zh-CN": "行编辑", "en-US": "Edit row" },
  "tabs.tables": { "zh-CN": "表格", "en-US": "Tables" },
  "tabs.settings": { "zh-CN": "设置", "en-US": "Settings" },
  "action.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "action.dismiss": { "zh-CN": "关闭消息", "en-US": "Dismiss message" },
  "action.checkWorkbook": { "zh-CN": "检查整个工作簿", "en-US": "Check workbook" },
  "action.checkSheet": { "zh-CN": "检查当前工作表", "en-US": "Check this sheet" },
  "action.reviewSheet": { "zh-CN": "生成审核意见表", "en-US": "Write review sheet" },
  "action.updateMarks": { "zh-CN": "更新表格中的标记", "en-US": "Update the marks in the sheet" },
  "action.updateMarksNote": {
    "zh-CN": "在这一版本的 Excel 中，写入标记会清空此前的撤消记录；之后的修改仍可撤消。",
    "en-US":
      "In this version of Excel, writing the marks empties the undo history so far; later changes can be undone.",
  },
  "findings.readWithoutMerges": {
    "zh-CN":
      "“{sheet}”有 {rows} 行的合并单元格太多，Excel 一次读不出（最多 512 个），这些行按未合并读取：合并的层级单元格下方的空格视为同一层级。",
    "en-US":
      "{rows} rows of “{sheet}” have more merged cells than Excel returns at once (512); they were read without them, a blank below a merged level cell taken as the same level.",
  },
  "findings.sheetCount": { "zh-CN": "{count} 张工作表", "en-US": "{count} sheets" },
  "findings.marksPendingCoauthors": {
    "zh-CN":
      "{sheets}中的标记尚未随共同编辑者的修改更新：他们的修改由他们自己的加载项标记，以免几个人的加载项反复改写同一批标记。需要时请点击“更新表格中的标记”。",
    "en-US":
      "The marks on {sheets} do not follow your co-authors' changes yet: their own add-in marks their changes, so that several people's add-ins do not keep rewriting the same marks. Click “Update the marks in the sheet” when you want them.",
  },
  "findings.marksPending": {
    "zh-CN":
      "{sheets}中的标记尚未随修改更新：这一版本的 Excel 撤消不了加载项写入的内容，自动更新会清空您的撤消记录（Ctrl+Z）。",
    "en-US":
      "The marks on {sheets} do not follow your changes yet: this version of Excel cannot undo an add-in's writes, and updating them by itself would empty your undo history (Ctrl+Z).",
  },
  "task.checkSheet": { "zh-CN": "正在检查当前工作表…", "en-US": "Checking this sheet…" },
  "task.checkWorkbook": { "zh-CN": "正在检查工作簿…", "en-US": "Checking the workbook…" },
  "task.liveCheck": { "zh-CN": "正在检查修改…", "en-US": "Checking your changes…" },
  "task.progress": { "zh-CN": "已读取 {done} / {total} 个单元格", "en-US": "{done} of {total} cells read" },
  "task.select": { "zh-CN": "正在定位单元格…", "en-US": "Going to the cell…" },
  "task.fix": { "zh-CN": "正在修复…", "en-US": "Fixing…" },
  "task.fixAll": {
    "zh-CN": "正在修复本表全部可安全修复的问题…",
    "en-US": "Fixing every safe finding of the table…",
  },
  "task.insertTable": { "zh-CN": "正在插入新表…", "en-US": "Inserting the new table…" },
  "task.addRows": { "zh-CN": "正在补充标准行…", "en-US": "Adding the standard rows…" },
  "task.editRow": { "zh-CN": "正在写入指标行…", "en-US": "Writing the row…" },
  "task.saveSettings": { "zh-CN": "正在保存设置…", "en-US": "Saving settings…" },
  "task.reviewSheet": { "zh-CN": "正在生成审核意见表…", "en-US": "Writing the review sheet…" },
  "error.protected": {
    "zh-CN": "工作表受保护，无法写入。请先撤销工作表保护（审阅 > 撤销工作表保护），再插入行或修复。",
    "en-US":
      "The sheet is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet) to insert rows or fix cells.",
  },
  "error.cellEditMode": {
    "zh-CN": "Excel 正在编辑单元格。请先完成单元格编辑（按 Enter 或 Esc），然后重试。",
    "en-US": "Excel is editing a cell. Finish editing the cell (press Enter or Esc), then try again.",
  },
  "error.tooLarge": {
    "zh-CN": "内容太多，Excel 无法一次处理。请逐个工作表检查，或删除与绩效目标无关的大块数据后重试。",
    "en-US":
      "Too much for Excel to handle at once. Check one sheet at a time, or remove large blocks of unrelated data and try again.",
  },
  "error.changed": {
    "zh-CN": "工作表在操作期间有改动，本次未作修改；已重新检查，请查看最新结果后再试。",
    "en-US":
      "The sheet changed while this ran, so nothing was written; it has been checked again. Look at the latest findings and try again.",
  },
  "error.notFound": {
    "zh-CN": "找不到该工作表或单元格（可能已删除或重命名）；已重新检查。",
    "en-US": "The sheet or cell is gone (deleted or renamed); the pane has checked again.",
  },
  "error.unsupported": {
    "zh-CN": "此版本的 Excel 不支持该操作。请更新 Excel，或改用 Excel 网页版。",
    "en-US": "This version of Excel cannot do this. Update Excel, or use Excel on the web.",
  },
  "error.mergeConflict": {
    "zh-CN": "合并单元格妨碍了此操作。请取消相关单元格的合并后重试。",
    "en-US": "Merged cells are in the way. Unmerge the cells concerned and try again.",
  },
  "error.unknown": { "zh-CN": "操作未能完成：{detail}", "en-US": "That did not work: {detail}" },
  "message.cancelled": {
    "zh-CN": "已取消检查，工作簿未作任何修改。",
    "en-US": "Check cancelled; nothing in the workbook was changed.",
  },
  "message.checked": {
    "zh-CN": "检查完成：{tables} 张表，{errors} 个错误，{warnings} 个警告，{infos} 个提示。",
    "en-US":
      "Checked: {tables} {tables|table|tables}, {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|hint|hints}.",
  },
  "message.sheetChecked": {
    "zh-CN": "已检查“{sheet}”：{tables} 张表，{errors} 个错误，{warnings} 个警告，{infos} 个提示。",
    "en-US":
      "Checked “{sheet}”: {tables} {tables|table|tables}, {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|hint|hints}.",
  },
  "message.sheetNoTables": {
    "zh-CN": "“{sheet}”中没有绩效目标表，无需检查。",
    "en-US": "“{sheet}” holds no target table: nothing to check.",
  },
  "message.reviewSheetNotChecked": {
    "zh-CN": "“{sheet}”是助手写出的审核意见表，其中没有绩效目标表需要检查；请切换到填报指标的工作表。",
    "en-US":
      "“{sheet}” is the review sheet the assistant wrote: it holds no target table to check. Switch to a sheet with indicators.",
  },
  "message.checkedNoTables": {
    "zh-CN": "没有找到绩效目标表：表头需包含“一级指标”“三级指标”“指标值”等列名。可在“模板”中插入一张标准表。",
    "en-US":
      "No target table found: a header needs columns such as 一级指标, 三级指标 and 指标值. Templates can insert a standard table.",
  },
  "message.fixed": { "zh-CN": "已修复 {cell}。", "en-US": "Fixed {cell}." },
  "message.fixedAll": {
    "zh-CN": "已修复本表 {count} 个问题。",
    "en-US": "Fixed {count} {count|finding|findings} in the table.",
  },
  "message.settingsSaved": { "zh-CN": "设置已保存到工作簿。", "en-US": "Settings saved in the workbook." },
  "message.reviewWritten": {
    "zh-CN": "已生成工作表“{sheet}”，共 {count} 条审核意见。",
    "en-US": "Wrote sheet “{sheet}” with {count} review {count|note|notes}.",
  },
  "message.reviewRefreshed": {
    "zh-CN": "已更新工作表“{sheet}”，共 {count} 条审核意见。",
    "en-US": "Updated sheet “{sheet}” with {count} review {count|note|notes}.",
  },
  "severity.error": { "zh-CN": "错误", "en-US": "Error" },
  "severity.warning": { "zh-CN": "警告", "en-US": "Warning" },
  "severity.info": { "zh-CN": "提示", "en-US": "Hint" },
  "severity.off": { "zh-CN": "关闭", "en-US": "Off" },
  "findings.summary": {
    "zh-CN": "{tables} 张表 · {rows} 行 · {errors} 个错误 · {warnings} 个警告 · {infos} 个提示",
    "en-US":
      "{tables} {tables|table|tables} · {rows} {rows|row|rows} · {errors} {errors|error|errors} · {warnings} {warnings|warning|warnings} · {infos} {infos|hint|hints}",
  },
  "findings.partial": {
    "zh-CN": "问题过多，仅列出前 {shown} 条；统计数字包含全部问题。",
    "en-US": "Too many findings: the first {shown} are listed; the counts include all.",
  },
  "findings.filters": { "zh-CN": "筛选", "en-US": "Filters" },
  "findings.severityFilter": { "zh-CN": "{severity}（{count}）", "en-US": "{severity} ({count})" },
  "findings.ruleFilter": { "zh-CN": "规则", "en-US": "Rule" },
  "findings.allRules": { "zh-CN": "全部规则", "en-US": "All rules" },
  "findings.ruleOption": { "zh-CN": "{title}（{count}）", "en-US": "{title} ({count})" },
  "findings.here": { "zh-CN": "此单元格：{cell}", "en-US": "This cell: {cell}" },
  "findings.hereNone": { "zh-CN": "此单元格没有问题。", "en-US": "Nothing to report for this cell." },
  "findings.noneMatch": { "zh-CN": "没有符合筛选条件的问题。", "en-US": "No findings match the filters." },
  "findings.noneAtAll": { "zh-CN": "未发现问题。", "en-US": "No findings." },
  "findings.noTables": {
    "zh-CN": "未找到绩效目标表。表头应含“一级指标”“二级指标”“三级指标”“指标值”等列。",
    "en-US":
      "No performance target table found. A table's header has columns such as 一级指标, 二级指标, 三级指标 and 指标值.",
  },
  "findings.listLabel": { "zh-CN": "按表格和严重程度分组的问题", "en-US": "Findings by table and severity" },
  "findings.untitledTable": { "zh-CN": "{sheet}!{cell} 处的表格", "en-US": "Table at {sheet}!{cell}" },
  "findings.tableCounts": {
    "zh-CN": "{sheet} · 错误 {errors} · 警告 {warnings} · 提示 {infos}",
    "en-US": "{sheet} · errors {errors} · warnings {warnings} · hints {infos}",
  },
  "findings.tableCountsListed": {
    "zh-CN": "{sheet} · 列出的：错误 {errors} · 警告 {warnings} · 提示 {infos}",
    "en-US": "{sheet} · listed: errors {errors} · warnings {warnings} · hints {infos}",
  },
  "findings.fixAll": { "zh-CN": "全部安全修复（{count}）", "en-US": "Fix all safe ({count})" },
  "findings.fixAllAria": {
    "zh-CN": "安全修复“{table}”中的 {count} 个问题",
    "en-US": "Fix {count} {count|finding|findings} in “{table}” safely",
  },
  "findings.severityGroup": { "zh-CN": "{severity}（{count}）", "en-US": "{severity} ({count})" },
  "findings.severityGroupListed": {
    "zh-CN": "{severity}（列出 {count} 条）",
    "en-US": "{severity} ({count} listed)",
  },
  "findings.severityPrefix": { "zh-CN": "{severity}：", "en-US": "{severity}: " },
  "findings.goTo": { "zh-CN": "在工作表中选中 {cell}", "en-US": "Select {cell} in the sheet" },
  "findings.fix": { "zh-CN": "修复", "en-US": "Fix" },
  "findings.fixAria": { "zh-CN": "修复 {cell}", "en-US": "Fix {cell}" },
  "review.sheetTitle": {
    "zh-CN": "审核意见（绩效指标助手生成，{date}，共 {count} 条）",
    "en-US": "Review notes (by Performance Target Assistant, {date}, {count} notes)",
  },
  "tables.heading": { "zh-CN": "表格", "en-US": "Tables" },
  "tables.count": { "zh-CN": "共找到 {count} 张表。", "en-US": "{count} {count|table|tables} found." },
  "tables.details": {
    "zh-CN": "{sheet} · {item} · {profile} · {layout} · {rows} 行",
    "en-US": "{sheet} · {item} · {profile} · {layout} · {rows} {rows|row|rows}",
  },
  "tables.noItem": { "zh-CN": "项目不详", "en-US": "item unknown" },
  "tables.findings": {
    "zh-CN": "错误 {errors} · 警告 {warnings} · 提示 {infos}",
    "en-US": "errors {errors} · warnings {warnings} · hints {infos}",
  },
  "tables.goTo": { "zh-CN": "转到", "en-US": "Go to" },
  "tables.goToAria": { "zh-CN": "转到“{table}”", "en-US": "Go to “{table}”" },
  "profile.2015": { "zh-CN": "2015 框架（财预〔2015〕88号）", "en-US": "2015 framework (MoF 2015 No. 88)" },
  "profile.2021": { "zh-CN": "2021 框架（财预〔2021〕101号）", "en-US": "2021 framework (MoF 2021 No. 101)" },
  "profile.customNamed": { "zh-CN": "单位框架：{name}", "en-US": "Organisation's framework: {name}" },
  "layout.combined": { "zh-CN": "合并式", "en-US": "combined" },
  "layout.split": { "zh-CN": "分列式", "en-US": "split" },
  "layout.combinedLong": {
    "zh-CN": "合并式：比较符号、数值和单位写在一格（≥95%）",
    "en-US": "Combined: comparator, number and unit in one cell (≥95%)",
  },
  "layout.splitLong": {
    "zh-CN": "分列式：指标性质、指标值、计量单位分列",
    "en-US": "Split: comparator, value and unit in their own columns",
  },
  "column.level1": { "zh-CN": "一级指标", "en-US": "Level 1" },
  "column.level2": { "zh-CN": "二级指标", "en-US": "Level 2" },
  "column.level3": { "zh-CN": "三级指标", "en-US": "Indicator (level 3)" },
  "column.description": { "zh-CN": "指标描述", "en-US": "Description" },
  "column.value": { "zh-CN": "指标值", "en-US": "Target value" },
  "column.comparator": { "zh-CN": "指标性质", "en-US": "Comparator" },
  "column.unit": { "zh-CN": "计量单位", "en-US": "Unit" },
  "column.basis": { "zh-CN": "指标值确定依据", "en-US": "Basis" },
  "templates.heading": { "zh-CN": "指标模板", "en-US": "Indicator templates" },
  "templates.ownCatalogue": {
    "zh-CN": "已读取本工作簿“指标模板”工作表中的 {count} 个项目。",
    "en-US": "Read {count} {count|item|items} from this workbook's 指标模板 sheet.",
  },
  "templates.catalogueProblems": {
    "zh-CN": "“指标模板”工作表有 {count} 处问题，相关行未采用：",
    "en-US": "The 指标模板 sheet has {count} {count|problem|problems}; those rows are not used:",
  },
  "templates.problemAtRow": { "zh-CN": "第 {row} 行：{text}", "en-US": "Row {row}: {text}" },
  "templates.search": { "zh-CN": "按项目名称或别名搜索", "en-US": "Search by funding item or alias" },
  "templates.matches": { "zh-CN": "{count} 个项目", "en-US": "{count} {count|item|items}" },
  "templates.listLabel": { "zh-CN": "模板项目", "en-US": "Template items" },
  "templates.aliases": { "zh-CN": "（又名 {aliases}）", "en-US": "(also {aliases})" },
  "templates.profile": { "zh-CN": "指标框架", "en-US": "Framework" },
  "templates.year": { "zh-CN": "年度", "en-US": "Year" },
  "templates.badYear": { "zh-CN": "请填写四位年份", "en-US": "Enter a four-digit year" },
  "templates.layout": { "zh-CN": "表格版式", "en-US": "Layout" },
  "templates.preview": {
    "zh-CN": "“{item}”的标准指标（{count} 行）",
    "en-US": "Standard indicators of “{item}” ({count} {count|row|rows})",
  },
  "templates.sourcesHeading": {
    "zh-CN": "指标来自以下已公开的表：",
    "en-US": "The indicators come from these published tables:",
  },
  "templates.sourcesNone": {
    "zh-CN": "这一项目的指标由本工具编写，已收集的公开表格中还没有同类项目，请按本单位实际修改。",
    "en-US":
      "This item's indicators were written for this tool: no published table we hold covers it yet. Adapt them to your own work.",
  },
  "templates.sourcesOwn": {
    "zh-CN": "这一项目来自本工作簿的“指标模板”工作表。",
    "en-US": "This item comes from this workbook's 指标模板 sheet.",
  },
  "templates.insertHeading": { "zh-CN": "插入新表", "en-US": "Insert a new table" },
  "templates.insertWhere": {
    "zh-CN": "将在 {cell} 处插入 {rows} 行，原有内容整体下移，不会被覆盖。",
    "en-US":
      "{rows} {rows|row|rows} will be inserted at {cell}; what is there moves down and is not overwritten.",
  },
  "templates.noSelection": {
    "zh-CN": "请先在工作表中选择新表的位置。",
    "en-US": "Select where the new table goes in the sheet first.",
  },
  "templates.wouldSplitBlock": {
    "zh-CN": "插入整行会把 {range} 的内容拆开（上面几行留在原处，下面的被下移）。请选择它上方或下方的空行。",
    "en-US":
      "Inserting whole rows here would split the cells of {range} (the rows above stay, the rest moves down). Choose an empty row above or below them.",
  },
  "templates.wouldSplit": {
    "zh-CN": "所选位置在表格“{table}”中间，插入会把它拆开。请选择表格上方或下方的单元格。",
    "en-US":
      "The selected cell is inside the table “{table}”; inserting there would split it. Select a cell above or below the table.",
  },
  "templates.insert": { "zh-CN": "在所选位置插入新表", "en-US": "Insert new table at selection" },
  "templates.inserted": {
    "zh-CN": "已插入“{item}”绩效目标表（{rows} 行指标，共插入 {inserted} 行）。",
    "en-US":
      "Inserted the “{item}” target table ({rows} indicator {rows|row|rows}, {inserted} {inserted|row|rows} in all).",
  },
  "templates.addHeading": { "zh-CN": "补充缺少的标准行", "en-US": "Add missing standard rows" },
  "templates.targetTable": { "zh-CN": "补充到", "en-US": "Add to" },
  "templates.chooseTable": { "zh-CN": "选择表格", "en-US": "Choose a table" },
  "templates.missing": {
    "zh-CN": "缺少 {count} 行：{names}",
    "en-US": "{count} {count|row|rows} missing: {names}",
  },
  "templates.noneMissing": {
    "zh-CN": "此表已包含“{item}”的全部标准行。",
    "en-US": "This table has every standard row of “{item}”.",
  },
  "templates.addMissing": { "zh-CN": "补充缺少的标准行", "en-US": "Add missing standard rows" },
  "templates.rowsAdded": {
    "zh-CN": "已按“{item}”模板补充 {count} 行。",
    "en-US": "Added {count} {count|row|rows} from the “{item}” template.",
  },
  "templates.nothingMissing": {
    "zh-CN": "此表已包含“{item}”的全部标准行，无需补充。",
    "en-US": "This table already has every standard row of “{item}”; nothing to add.",
  },
  "templates.tableGone": {
    "zh-CN": "找不到该表格（可能已被修改）。请重新检查后再试。",
    "en-US": "The table is no longer where it was (it may have changed). Check again and retry.",
  },
  "rowEditor.heading": { "zh-CN": "编辑指标行", "en-US": "Edit indicator row" },
  "library.heading": { "zh-CN": "指标库", "en-US": "Indicator library" },
  "library.search": {
    "zh-CN": "查找指标（文字或拼音首字母）",
    "en-US": "Find an indicator (text or pinyin initials)",
  },
  "library.typedHeading": {
    "zh-CN": "指标库中与刚输入的“{text}”（{cell}）相近的指标",
    "en-US": "Library indicators like “{text}”, just typed in {cell}",
  },
  "library.dismiss": { "zh-CN": "不需要建议", "en-US": "No suggestions, thanks" },
  "library.browserHeading": {
    "zh-CN": "指标库（按支出类型）",
    "en-US": "Indicator library by spending type",
  },
  "library.sector": { "zh-CN": "支出类型", "en-US": "Spending type" },
  "library.allSectors": { "zh-CN": "全部", "en-US": "All" },
  "library.noneInSector": {
    "zh-CN": "这一类支出中没有相符的指标。",
    "en-US": "No indicator of this kind of spending matches.",
  },
  "library.seenAs": {
    "zh-CN": "见于 {count} 张已公开的表：{sources}",
    "en-US": "Seen in {count} published {count|table|tables}: {sources}",
  },
  "library.ownSheet": {
    "zh-CN": "已读取本工作簿“指标库”工作表中的 {count} 条指标，可在此和行编辑中搜索。",
    "en-US":
      "Read {count} {count|indicator|indicators} from this workbook's 指标库 sheet: search them here and in the row editor.",
  },
  "library.ownSheetProblems": {
    "zh-CN": "有 {count} 处问题，相关行未采用，如第 {row} 行：{first}",
    "en-US": "{count} {count|problem|problems}, those rows not used; row {row}: {first}",
  },
  "library.loading": { "zh-CN": "正在载入指标库…", "en-US": "Loading the indicator library…" },
  "library.none": {
    "zh-CN": "指标库中没有与“{query}”相近的指标。",
    "en-US": "Nothing in the library is like “{query}”.",
  },
  "library.seen": {
    "zh-CN": "见于 {count} 张已公开的表",
    "en-US": "seen in {count} published {count|table|tables}",
  },
  "library.sources": { "zh-CN": "出处：{sources}", "en-US": "Sources: {sources}" },
  "library.choose": { "zh-CN": "填入", "en-US": "Use" },
  "library.chooseLabel": { "zh-CN": "将“{name}”填入此行", "en-US": "Use “{name}” for this row" },
  "library.chooseHint": {
    "zh-CN": "填入指标名称，并只补全此行的空单元格（层级、描述、指标值、依据）。",
    "en-US":
      "Writes the indicator's name and fills only this row's empty cells (levels, description, value, basis).",
  },
  "library.filled": {
    "zh-CN": "已填入“{name}”：只写入了此行的空单元格。",
    "en-US": "Used “{name}”: only this row's empty cells were written.",
  },
  "rowEditor.noSelection": {
    "zh-CN": "请在绩效目标表中选择一个指标行。",
    "en-US": "Select an indicator row in a target table.",
  },
  "rowEditor.notARow": {
    "zh-CN": "{cell} 不在指标行上。请在表格的指标行中选择一个单元格。",
    "en-US": "{cell} is not on an indicator row. Select a cell in one of a table's indicator rows.",
  },
  "rowEditor.where": {
    "zh-CN": "“{table}”，{sheet} 第 {row} 行（{layout}）",
    "en-US": "“{table}”, {sheet} row {row} ({layout})",
  },
  "rowEditor.levelMergedHint": {
    "zh-CN": "一级指标单元格与其他行合并，请在 Excel 中整组修改。",
    "en-US": "The level-1 cell is merged with other rows: change the whole group in Excel.",
  },
  "rowEditor.qualitative": { "zh-CN": "定性", "en-US": "Qualitative" },
  "rowEditor.valueText": { "zh-CN": "指标值（定性）", "en-US": "Target (qualitative)" },
  "rowEditor.number": { "zh-CN": "数值", "en-US": "Number" },
  "rowEditor.badNumber": { "zh-CN": "请填写数字", "en-US": "Enter a number" },
  "rowEditor.unitSuggestions": { "zh-CN": "建议单位：", "en-US": "Suggested units:" },
  "rowEditor.useUnit": { "zh-CN": "使用单位 {unit}", "en-US": "Use unit {unit}" },
  "rowEditor.apply": { "zh-CN": "写入表格", "en-US": "Write to table" },
  "rowEditor.reset": { "zh-CN": "还原", "en-US": "Reset" },
  "rowEditor.written": { "zh-CN": "已写入 {count} 个单元格。", "en-US": "Wrote {count} {count|cell|cells}." },
  "rowEditor.nothingChanged": {
    "zh-CN": "与表格中的内容相同，未作修改。",
    "en-US": "Same as in the table; nothing written.",
  },
  "rowEditor.rowGone": {
    "zh-CN": "该指标行已不在原处（表格可能已被修改）。请重新选择后再试。",
    "en-US": "The row is no longer where it was (the table may have changed). Select it again and retry.",
  },
  "rowEditor.problem.levelMerged": {
    "zh-CN": "该层级单元格与其他行合并，修改会影响整组。请先在 Excel 中取消合并，或直接修改整组。",
    "en-US":
      "That level cell is merged with other rows, so changing it would change the whole group. Unmerge it in Excel first, or change the group there.",
  },
  "rowEditor.problem.noColumn": {
    "zh-CN": "此表没有对应的列，无法写入该项。",
    "en-US": "The table has no column for that field.",
  },
  "rowEditor.problem.badValue": {
    "zh-CN": "指标值不完整：定量指标请填写数字，定性指标请填写文字。",
    "en-US": "The target is incomplete: a quantity needs a number, a qualitative target needs text.",
  },
  "rowEditor.problem.emptyText": {
    "zh-CN": "三级指标名称和层级不能为空。",
    "en-US": "The indicator name and level labels cannot be blank.",
  },
  "settings.heading": { "zh-CN": "设置", "en-US": "Settings" },
  "settings.savedWithWorkbook": {
    "zh-CN": "设置保存在本工作簿中，随文件一起发送。",
    "en-US": "Settings are saved in this workbook and travel with the file.",
  },
  "settings.profile": { "zh-CN": "指标框架", "en-US": "Framework" },
  "settings.profileAuto": {
    "zh-CN": "自动识别（按每张表的层级判断）",
    "en-US": "Automatic (by each table's labels)",
  },
  "settings.profileCustom": {
    "zh-CN": "单位自定义框架（JSON 文件）",
    "en-US": "Organisation's framework (JSON file)",
  },
  "settings.profileFile": { "zh-CN": "选择框架文件…", "en-US": "Choose framework file…" },
  "settings.profileLoaded": { "zh-CN": "已载入：{name}", "en-US": "Loaded: {name}" },
  "settings.profileNone": { "zh-CN": "尚未选择文件", "en-US": "No file chosen yet" },
  "settings.fileNotJson": {
    "zh-CN": "文件“{file}”不是有效的 JSON：{detail}",
    "en-US": "“{file}” is not valid JSON: {detail}",
  },
  "settings.fileNotProfile": {
    "zh-CN": "文件“{file}”不是有效的指标框架。问题所在：{detail}",
    "en-US": "“{file}” is not a valid framework. Where: {detail}",
  },
  "settings.marks": { "zh-CN": "在单元格上标记问题", "en-US": "Mark findings on cells" },
  "settings.dropdowns": { "zh-CN": "指标列的下拉列表", "en-US": "Dropdown lists in indicator columns" },
  "settings.dropdownsInserted": {
    "zh-CN": "只加在由本助手插入的表中（默认）",
    "en-US": "Only in tables this add-in inserts (default)",
  },
  "settings.dropdownsAll": {
    "zh-CN": "也加到工作簿中已有的指标表",
    "en-US": "Also in the workbook's existing indicator tables",
  },
  "settings.dropdownsOff": { "zh-CN": "不添加", "en-US": "None" },
  "settings.on": { "zh-CN": "开", "en-US": "On" },
  "settings.off": { "zh-CN": "关", "en-US": "Off" },
  "settings.language": { "zh-CN": "界面语言", "en-US": "Language" },
  "settings.languageAuto": { "zh-CN": "跟随 Office", "en-US": "Same as Office" },
  "settings.floor": { "zh-CN": "满意度目标下限", "en-US": "Lowest satisfaction target" },
  "settings.floorHint": {
    "zh-CN": "留空则使用指标框架的默认值。",
    "en-US": "Leave blank for the framework's default.",
  },
  "settings.floorBad": { "zh-CN": "请填写 0 到 100 之间的数", "en-US": "Enter a number from 0 to 100" },
  "settings.severities": { "zh-CN": "各规则的严重程度", "en-US": "Severity of each rule" },
  "settings.severityDefault": { "zh-CN": "默认（{severity}）", "en-US": "Default ({severity})" },
  "settings.save": { "zh-CN": "保存", "en-US": "Save" },
  "settings.discard": { "zh-CN": "放弃修改", "en-US": "Discard changes" },
  "settings.defaults": { "zh-CN": "恢复默认", "en-US": "Restore defaults" },
});
