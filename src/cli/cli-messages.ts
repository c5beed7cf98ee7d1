/**
 * The command line's own texts (usage, read errors, summaries) in both languages, keyed by id with
 * `{placeholders}`, like the rules' catalogues. Findings are worded by src/core/i18n.
 */
import { defineCatalogue } from "../core/i18n/define";
import type { Lang, Texts } from "../core/i18n/lang";
import type { MessageData } from "../core/report";
import {
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_SHEETS,
  DEFAULT_MAX_SIZE_MB,
  DEFAULT_TIMEOUT_SECONDS,
} from "./limits";
import type { ReadError } from "./read-errors";

const MESSAGES = {
  // ---- read errors: one line each, saying what to do where there is something to do ----
  "read.ENOENT": { "zh-CN": "文件不存在", "en-US": "no such file" },
  "read.EACCES": { "zh-CN": "没有读取权限", "en-US": "permission denied: the file cannot be read" },
  "read.EMPTY": { "zh-CN": "文件是空的（0 字节）", "en-US": "the file is empty (0 bytes)" },
  "read.NOT_ZIP": {
    "zh-CN": "不是 .xlsx 工作簿（文件内容不是 zip 格式），请在 Excel 中另存为 .xlsx",
    "en-US": "not an .xlsx workbook (the content is not a zip archive): save it as .xlsx in Excel",
  },
  "read.CORRUPT_ZIP": {
    "zh-CN": "工作簿已损坏（zip 结构不完整），请用 Excel 打开修复后重新保存",
    "en-US": "the workbook is damaged (a broken zip archive): open it in Excel, repair and save it again",
  },
  "read.ENCRYPTED": {
    "zh-CN": "工作簿设有打开密码，请先在 Excel 中取消密码（文件 > 信息 > 保护工作簿）再检查",
    "en-US":
      "the workbook is password-protected: remove the password in Excel (File > Info > Protect Workbook) and check it again",
  },
  "read.LEGACY_XLS": {
    "zh-CN": "这是旧版 .xls 工作簿，请在 Excel 中另存为 .xlsx 后再检查",
    "en-US": "this is a legacy .xls workbook: save it as .xlsx in Excel and check that",
  },
  "read.TOO_LARGE": {
    "zh-CN": "文件过大（{sizeMB} MB，上限 {limitMB} MB），可用 --max-size 提高上限",
    "en-US": "too large ({sizeMB} MB, the limit is {limitMB} MB); raise the limit with --max-size",
  },
  "read.TOO_LARGE.memory": {
    "zh-CN": "读取和检查需要超过 {limitMB} MB 内存，已跳过；可用 --max-memory 提高上限",
    "en-US":
      "needs more than {limitMB} MB of memory to read and check, so it was skipped; raise the limit with --max-memory",
  },
  "read.TOO_LARGE.unpacked": {
    "zh-CN": "工作簿解压后超过 {limitMB} MB（上限为 --max-size 的 10 倍），可用 --max-size 提高上限",
    "en-US": "unpacks to more than {limitMB} MB (the limit is 10 × --max-size); raise it with --max-size",
  },
  "read.TOO_LARGE.cells": {
    "zh-CN": "工作表中的单元格和行超过 {max} 个，已跳过；可用 --max-cells 提高上限",
    "en-US":
      "its sheets store more than {max} cells and rows, so it was skipped; raise the limit with --max-cells",
  },
  "read.TOO_LARGE.sheets": {
    "zh-CN": "有 {count} 张工作表，超过上限 {max}，已跳过；可用 --max-sheets 提高上限",
    "en-US":
      "it has {count} sheets, more than the limit of {max}, so it was skipped; raise it with --max-sheets",
  },
  "read.TIMEOUT": {
    "zh-CN": "检查超过 {seconds} 秒仍未完成，已跳过；可用 --timeout 延长",
    "en-US": "not done after {seconds} s, so it was skipped; raise the limit with --timeout",
  },
  "read.UNREADABLE": { "zh-CN": "无法读取：{reason}", "en-US": "cannot be read: {reason}" },
  "read.UNREADABLE.crashed": {
    "zh-CN": "检查这个文件时程序意外中止（{reason}），其他文件照常检查",
    "en-US": "the check of this file stopped unexpectedly ({reason}); the other files are checked as usual",
  },
  "read.UNREADABLE.damaged": {
    "zh-CN": "工作簿已损坏（{reason}），请用 Excel 打开修复后重新保存",
    "en-US": "the workbook is damaged ({reason}): open it in Excel, repair and save it again",
  },
  "read.UNREADABLE.directory": { "zh-CN": "这是文件夹，不是文件", "en-US": "this is a folder, not a file" },
  "read.UNREADABLE.ods": {
    "zh-CN": "这是 OpenDocument 表格（.ods），请另存为 .xlsx 后再检查",
    "en-US": "this is an OpenDocument spreadsheet (.ods): save it as .xlsx and check that",
  },
  "read.UNREADABLE.xlsb": {
    "zh-CN": "这是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再检查",
    "en-US": "this is a binary workbook (.xlsb): save it as .xlsx in Excel and check that",
  },
  "read.UNREADABLE.zip": {
    "zh-CN": "这是 zip 压缩包，但不是 Excel 工作簿",
    "en-US": "this is a zip archive, but not an Excel workbook",
  },
  "read.UNREADABLE.notCsv": {
    "zh-CN": "不是文本格式的 CSV 文件",
    "en-US": "not a text CSV file",
  },

  // ---- usage ----
  "usage.unknownCommand": {
    "zh-CN":
      "未知命令“{command}”。可用命令：check、fix、template、templates、library（jixiao --help 查看用法）",
    "en-US":
      "unknown command “{command}”. Commands: check, fix, template, templates, library (see jixiao --help)",
  },
  "usage.bad": {
    "zh-CN": "用法错误：{reason}（jixiao {command} --help 查看用法）",
    "en-US": "usage: {reason} (see jixiao {command} --help)",
  },
  "usage.noFiles": {
    "zh-CN": "请给出要检查的文件或文件夹",
    "en-US": "name the files or folders to check",
  },
  "usage.nothingFound": {
    "zh-CN": "在 {paths} 中没有找到 .xlsx 或 .csv 文件",
    "en-US": "no .xlsx or .csv files found in {paths}",
  },
  "usage.badLimit": { "zh-CN": "--limit 应为正整数", "en-US": "--limit must be a whole number of 1 or more" },
  "usage.badFormat": { "zh-CN": "--format 只能是 text 或 json", "en-US": "--format must be text or json" },
  "usage.badLang": { "zh-CN": "--lang 只能是 zh 或 en", "en-US": "--lang must be zh or en" },
  "usage.badMaxSize": {
    "zh-CN": "--max-size 应为正数（单位 MB）",
    "en-US": "--max-size must be a positive number of MB",
  },
  "usage.badJobs": {
    "zh-CN": "--jobs 应为正整数（同时检查的文件数）",
    "en-US": "--jobs must be a whole number of 1 or more (files checked at once)",
  },
  "usage.badMaxMemory": {
    "zh-CN": "--max-memory 应为不小于 {min} 的数（单位 MB）",
    "en-US": "--max-memory must be a number of MB, {min} or more",
  },
  "usage.badTimeout": {
    "zh-CN": "--timeout 应为正数（单位秒）",
    "en-US": "--timeout must be a positive number of seconds",
  },
  "usage.badMaxCells": {
    "zh-CN": "--max-cells 应为正整数（单元格和行的个数）",
    "en-US": "--max-cells must be a whole number of 1 or more (cells and rows)",
  },
  "usage.badMaxSheets": {
    "zh-CN": "--max-sheets 应为正整数（工作表张数）",
    "en-US": "--max-sheets must be a whole number of 1 or more (sheets)",
  },
  "usage.badProfile": {
    "zh-CN": "--profile 应为 auto、2015、2021 或一个框架文件（JSON），“{value}”不存在",
    "en-US": "--profile must be auto, 2015, 2021 or a profile file (JSON); “{value}” does not exist",
  },
  "usage.profileUnreadable": {
    "zh-CN": "框架文件 {file} 无法使用：{reason}",
    "en-US": "profile file {file} cannot be used: {reason}",
  },
  "usage.fixArgs": {
    "zh-CN": "fix 需要一个输入文件和 -o 输出文件：jixiao fix 输入.xlsx -o 输出.xlsx",
    "en-US": "fix takes one input file and -o with the output: jixiao fix in.xlsx -o out.xlsx",
  },
  "usage.fixSameFile": {
    "zh-CN": "输出文件 {output} 就是输入文件；fix 从不覆盖原文件，请另选输出位置",
    "en-US": "the output {output} is the input file; fix never writes over its input, choose another output",
  },
  "usage.fixCsv": {
    "zh-CN": "fix 只修改 .xlsx 工作簿；CSV 文件请在 Excel 中另存为 .xlsx 后再修正",
    "en-US": "fix mends .xlsx workbooks only; save the CSV as .xlsx in Excel first",
  },
  "usage.outputUnwritable": {
    "zh-CN": "无法写入 {output}：{reason}",
    "en-US": "cannot write {output}: {reason}",
  },
  "usage.templateArgs": {
    "zh-CN": "template 需要一个项目和 -o 输出文件：jixiao template 会议费 -o 会议费.xlsx",
    "en-US": "template takes an item and -o with the output: jixiao template 会议费 -o meeting.xlsx",
  },
  "usage.badYear": {
    "zh-CN": "--year 应为四位年份，如 2025",
    "en-US": "--year must be a four-digit year such as 2025",
  },
  "usage.unknownTemplate": {
    "zh-CN": "模板目录中没有“{item}”（jixiao templates 列出全部）",
    "en-US": "no template “{item}” in the catalogue (jixiao templates lists them)",
  },
  "usage.badLayout": {
    "zh-CN": "--layout 只能是 combined（合并式）或 split（分列式）",
    "en-US": "--layout must be combined or split",
  },
  "usage.catalogueUnreadable": {
    "zh-CN": "模板文件 {file} 无法使用：{reason}",
    "en-US": "template catalogue {file} cannot be used: {reason}",
  },
  "usage.outputExists": {
    "zh-CN": "{output} 已存在；template 不覆盖已有文件（确需覆盖请加 --force）",
    "en-US": "{output} already exists; template does not write over a file (add --force to replace it)",
  },

  // ---- text report ----
  "text.noTables": { "zh-CN": "未找到绩效目标表", "en-US": "no performance target table found" },
  "text.hiddenSheet": { "zh-CN": "（隐藏工作表）", "en-US": " (hidden sheet)" },
  "text.noTitle": { "zh-CN": "（无标题，表头在第 {row} 行）", "en-US": "(no title, header on row {row})" },
  "text.noTable": { "zh-CN": "（表外）", "en-US": "(outside tables)" },
  "severity.error": { "zh-CN": "错误", "en-US": "error" },
  "severity.warning": { "zh-CN": "警告", "en-US": "warning" },
  "severity.info": { "zh-CN": "提示", "en-US": "info" },
  "summary.problems": {
    "zh-CN": "共 {problems} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示）",
    "en-US":
      "{problems} {problems|finding|findings} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|info|infos})",
  },
  "summary.errorsOnly": {
    "zh-CN": "共 {errors} 个错误（--quiet：未列出 {hidden} 个警告和提示）",
    "en-US":
      "{errors} {errors|error|errors} (--quiet: {hidden} {hidden|warning|warnings} and infos not listed)",
  },
  "summary.fixable": {
    "zh-CN": "其中 {fixable} 个可用 jixiao fix 自动修正",
    "en-US": "{fixable} of them can be mended with jixiao fix",
  },
  "summary.clean": {
    "zh-CN": "检查了 {files} 个文件、{tables} 张表，没有发现问题",
    "en-US": "checked {files} {files|file|files}, {tables} {tables|table|tables}: no findings",
  },
  "summary.checked": {
    "zh-CN": "检查了 {files} 个文件、{tables} 张表、{rows} 行指标",
    "en-US":
      "checked {files} {files|file|files}, {tables} {tables|table|tables}, {rows} indicator {rows|row|rows}",
  },
  "summary.unreadable": {
    "zh-CN": "{count} 个文件无法读取（见上）",
    "en-US": "{count} {count|file|files} could not be read (see above)",
  },
  "summary.partial": {
    "zh-CN": "{file}：问题过多，只列出前 {shown} 个",
    "en-US": "{file}: too many findings, only the first {shown} are listed",
  },

  // ---- fix ----
  "fix.applied": {
    "zh-CN": "已修正 {fixed} 个问题（{cells} 个单元格），写入 {output}",
    "en-US": "mended {fixed} {fixed|finding|findings} ({cells} {cells|cell|cells}), wrote {output}",
  },
  "fix.nothing": {
    "zh-CN": "没有可自动修正的问题；已将原样副本写入 {output}",
    "en-US": "nothing to mend automatically; wrote an unchanged copy to {output}",
  },
  "fix.remaining": {
    "zh-CN":
      "仍有 {errors} 个错误、{warnings} 个警告、{infos} 个提示需要人工处理（jixiao check {output} 查看）",
    "en-US":
      "{errors} errors, {warnings} warnings and {infos} infos remain for a person (see jixiao check {output})",
  },
  "fix.skippedFormula": {
    "zh-CN": "{sheet}!{cell} 是公式单元格，未修改",
    "en-US": "{sheet}!{cell} holds a formula; left unchanged",
  },
  "fix.lostParts": {
    "zh-CN": "注意：{parts} 不会被带到输出文件中（读写工具不支持）",
    "en-US": "note: {parts} are not carried over to the output (the workbook library does not keep them)",
  },

  // ---- templates ----
  "template.wrote": { "zh-CN": "已写入 {output}（{name}）", "en-US": "wrote {output} ({name})" },
  "templates.name": { "zh-CN": "项目", "en-US": "item" },
  "templates.rows": { "zh-CN": "{profile} 行数", "en-US": "{profile} rows" },
  "templates.aliases": { "zh-CN": "别名", "en-US": "aliases" },
  "templates.sources": { "zh-CN": "来源表", "en-US": "sources" },
  "templates.usage": {
    "zh-CN": "用 jixiao template <id 或项目名> -o 输出.xlsx 生成表格",
    "en-US": "make one with jixiao template <id or item> -o out.xlsx",
  },

  // ---- library ----
  "library.name": { "zh-CN": "三级指标", "en-US": "indicator" },
  "library.kind": { "zh-CN": "类型", "en-US": "kind" },
  "library.value": { "zh-CN": "常见写法", "en-US": "usual value" },
  "library.placement": { "zh-CN": "所属一级/二级（88号）", "en-US": "level 1 / level 2 (2015)" },
  "library.sources": { "zh-CN": "出处数", "en-US": "sources" },
  "library.count": {
    "zh-CN": "指标库共 {count} 个三级指标，每个都注明出处（--format json 列出）",
    "en-US": "{count} indicators in the library, each with its sources (--format json lists them)",
  },
  "library.found": {
    "zh-CN": "“{query}”找到 {count} 个指标",
    "en-US": "{count} {count|indicator|indicators} for “{query}”",
  },
  "library.usage": {
    "zh-CN": "用 jixiao library --search <文字或拼音首字母> 查找；--format json 列出每个指标的出处",
    "en-US":
      "search with jixiao library --search <text or pinyin initials>; --format json lists every source",
  },
} satisfies Record<string, Texts>;

export type MessageId = keyof typeof MESSAGES;

const CLI_TEXTS = defineCatalogue<MessageId>(MESSAGES);

export function cliMessage(lang: Lang, id: MessageId, data: MessageData = {}): string {
  return CLI_TEXTS.text(lang, id, data);
}

/** For the catalogue test: every text in both languages, with the same placeholders. */
export { CLI_TEXTS };

/** The one-line reason a file could not be read. */
export function readErrorMessage(error: ReadError, lang: Lang): string {
  const { code, data } = error;
  const filled: MessageData = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined) filled[key] = value;
  if (code === "UNREADABLE" && !filled.reason) filled.reason = "?";
  if (code === "UNREADABLE" && data.kind) return cliMessage(lang, `read.UNREADABLE.${data.kind}`, filled);
  if (code === "TOO_LARGE" && data.limit) return cliMessage(lang, `read.TOO_LARGE.${data.limit}`, filled);
  return cliMessage(lang, `read.${code}`, filled);
}

/** Usage, per language. */
export function helpText(lang: Lang, version: string): string {
  return lang === "en-US" ? HELP_EN(version) : HELP_ZH(version);
}

const HELP_ZH = (version: string): string => `jixiao ${version} — 绩效指标助手：检查预算绩效目标表

用法：
  jixiao check <文件或文件夹…>   检查 .xlsx / .csv（文件夹内逐个查找，跳过 ~$ 临时文件）
      --format text|json          输出格式（默认 text）
      --profile auto|2015|2021|<文件>
                                  指标框架：按表自动判断（默认）、88号、101号，或自定义框架 JSON
      --lang zh|en                输出语言（默认取自 LANG 等环境变量）
      --quiet                     只列出错误
      --max-size <MB>             单个文件大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB；解压后不超过其 10 倍）
      --max-cells <N>             一个工作簿中单元格和行的上限（默认 ${DEFAULT_MAX_CELLS.toLocaleString("en-US")}）
      --max-sheets <N>            一个工作簿中工作表的上限（默认 ${DEFAULT_MAX_SHEETS.toLocaleString("en-US")}）
      --jobs <N>                  同时检查的文件数（每个文件在单独的子进程中检查；默认 CPU 核数）
      --max-memory <MB>           检查一个文件的子进程可用的内存上限（默认 ${DEFAULT_MAX_MEMORY_MB} MB）
      --timeout <秒>              检查一个文件的时间上限（默认 ${DEFAULT_TIMEOUT_SECONDS} 秒）
  jixiao fix <文件> -o <输出文件>   应用安全的自动修正，写入副本（从不覆盖原文件）
                                  （--max-size、--max-cells、--max-sheets、--max-memory、--timeout 同上）
  jixiao template <项目> -o <输出.xlsx>
                                  生成该项目的标准绩效目标表（含合并单元格和下拉列表）
      --profile 2015|2021|<文件>  指标框架（默认 2015）
      --year <年度>               标题中的年度（默认今年）
      --layout combined|split     合并式（≥95% 写在一格，默认）或分列式（指标性质/指标值/计量单位）
      --catalogue <文件>          本单位的模板：JSON，或含“指标模板”/“指标库”工作表的 .xlsx，覆盖或补充内置目录
      --force                     输出文件已存在时覆盖
  jixiao templates [--search <文字>] [--format json] [--catalogue <文件>]
                                  列出模板目录（--search：按项目名、别名或其中的指标查找）
  jixiao library [--search <文字或拼音首字母>] [--limit <N>] [--format json] [--catalogue <文件>]
                                  指标库：已公开表格中出现过的三级指标及其出处（--catalogue 加入本单位的指标）

退出码：0 没有错误（可有警告）；1 发现错误；2 用法错误或有文件无法读取。`;

const HELP_EN = (
  version: string,
): string => `jixiao ${version} — checks Chinese budget performance target tables (预算绩效目标表)

Usage:
  jixiao check <files or folders...>   check .xlsx / .csv files (folders are searched; ~$ lock files skipped)
      --format text|json          output format (default text)
      --profile auto|2015|2021|<file>
                                  framework: guessed per table (default), 2015, 2021, or a profile JSON file
      --lang zh|en                language (default from LANG and the like)
      --quiet                     list errors only
      --max-size <MB>             largest file accepted (default ${DEFAULT_MAX_SIZE_MB} MB; unpacked, 10 times that)
      --max-cells <N>             most cells and rows in a workbook (default ${DEFAULT_MAX_CELLS.toLocaleString("en-US")})
      --max-sheets <N>            most sheets in a workbook (default ${DEFAULT_MAX_SHEETS.toLocaleString("en-US")})
      --jobs <N>                  files checked at once, each in a child process (default: one per CPU core)
      --max-memory <MB>           memory of the child process checking one file (default ${DEFAULT_MAX_MEMORY_MB} MB)
      --timeout <seconds>         time for checking one file (default ${DEFAULT_TIMEOUT_SECONDS} s)
  jixiao fix <file> -o <out>      apply the safe fixes and write a copy (never writes over the input)
                                  (--max-size, --max-cells, --max-sheets, --max-memory, --timeout as above)
  jixiao template <item> -o <out.xlsx>
                                  a new workbook with the item's standard table, merged cells and dropdowns
      --profile 2015|2021|<file>  framework (default 2015)
      --year <YYYY>               the budget year of the title (default this year)
      --layout combined|split     ≥95% in one cell (default), or comparator / value / unit columns
      --catalogue <file>          your own templates: JSON, or an .xlsx with a 指标模板 and/or 指标库 sheet, over the built-in ones
      --force                     replace the output if it exists
  jixiao templates [--search <text>] [--format json] [--catalogue <file>]
                                  list the template catalogue (--search: by item, alias or an indicator in it)
  jixiao library [--search <text or pinyin initials>] [--limit <N>] [--format json] [--catalogue <file>]
                                  the indicator library: indicators of published tables, with their sources (--catalogue adds yours)

Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 a usage error or a file that could not be read.`;
