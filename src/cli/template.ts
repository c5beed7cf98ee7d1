/**
 * `jixiao template <item> -o <out.xlsx>` writes a new workbook holding the item's standard table,
 * as the engine plans it (planNewTable): title, goal row, header, rows, merged level cells and
 * Excel's own dropdown lists for the level, comparator and basis columns, so the file helps even
 * where the add-in cannot run (WPS, Excel without add-ins). `jixiao templates` lists the catalogue.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Edit } from "../core/edits";
import type { Lang } from "../core/i18n/catalogue";
import type { ColumnKey, Layout } from "../core/model";
import { BUILTIN_PROFILES } from "../core/profiles/builtin";
import type { Profile } from "../core/profiles/schema";
import {
  BUILTIN_CATALOGUE,
  findTemplate,
  inlineListSource,
  LAYOUT_COLUMNS,
  LIST_SHEET,
  ListColumns,
  mergeCatalogues,
  planNewTable,
  templateRows,
  type Catalogue,
  type ProfileRef,
} from "../core/templates/index";
import { cliMessage } from "./cli-messages";
import { alignColumns } from "./display-width";
import { EXIT_OK } from "./exit-codes";
import type { Io } from "./io";
import { parseCommandArgs, parseFormat, parseLang, parseProfileOption, UsageError } from "./options";
import { readOwnCatalogue } from "./own-catalogue";
import { oneLine } from "./read-errors";
import { compactValidations } from "./validations";
import { terminalLines, terminalSafe } from "./terminal-text";

/** The profile a template is written for when none is named: the seed's (and most published tables'). */
export const DEFAULT_TEMPLATE_PROFILE = "2015";

/** Column widths in Excel's units (characters of the default font), by column. */
const COLUMN_WIDTHS: Readonly<Record<ColumnKey, number>> = {
  level1: 12,
  level2: 18,
  level3: 26,
  description: 40,
  value: 14,
  comparator: 10,
  direction: 10,
  unit: 10,
  valueType: 10,
  basis: 26,
  weight: 8,
  scoring: 30,
  remarks: 16,
};

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

async function readCatalogue(file: string | undefined): Promise<Catalogue> {
  if (file === undefined) return BUILTIN_CATALOGUE;
  return mergeCatalogues(BUILTIN_CATALOGUE, await readOwnCatalogue(file));
}

async function templateProfile(value: string | undefined): Promise<ProfileRef> {
  const choice = await parseProfileOption(value);
  return choice === "auto" ? DEFAULT_TEMPLATE_PROFILE : choice;
}

function parseYear(value: string | undefined): number {
  if (value === undefined) return new Date().getFullYear();
  if (!/^\d{4}$/.test(value)) throw new UsageError("usage.badYear");
  return Number(value);
}

function parseLayout(value: string | undefined): Layout {
  if (value === undefined || value === "combined") return "combined";
  if (value === "split") return "split";
  throw new UsageError("usage.badLayout");
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

export async function runTemplate(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: "string", short: "o" },
    profile: { type: "string", short: "p" },
    year: { type: "string" },
    layout: { type: "string" },
    catalogue: { type: "string" },
    force: { type: "boolean" },
    lang: { type: "string" },
  });
  const lang = parseLang(values.lang as string | undefined, io.env);
  const output = values.output as string | undefined;
  if (positionals.length !== 1 || !output) throw new UsageError("usage.templateArgs");
  const profile = await templateProfile(values.profile as string | undefined);
  const year = parseYear(values.year as string | undefined);
  const layout = parseLayout(values.layout as string | undefined);
  const catalogue = await readCatalogue(values.catalogue as string | undefined);
  const item = findTemplate(catalogue, positionals[0]);
  if (!item) throw new UsageError("usage.unknownTemplate", { item: positionals[0] });
  if (fs.existsSync(output) && values.force !== true) throw new UsageError("usage.outputExists", { output });

  const sheet = sheetName(`${year}年${item.name}`);
  const edits = planNewTable(item, {
    profile,
    layout,
    anchor: { sheet, row: 0, col: 0 },
    year,
    number: 1,
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jixiao";
  const worksheet = workbook.addWorksheet(sheet);
  applyEdits(worksheet, edits, listSheetOf(workbook));
  styleTable(worksheet, LAYOUT_COLUMNS[layout], 3 + templateRows(item, profile).length);
  compactValidations(worksheet);

  try {
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    await workbook.xlsx.writeFile(output);
  } catch (error) {
    throw new UsageError("usage.outputUnwritable", { output, reason: oneLine(error) });
  }
  io.out(terminalSafe(cliMessage(lang, "template.wrote", { output, name: item.name })) + "\n");
  return EXIT_OK;
}

/**
 * A list's validation formula in the new workbook: inline when it fits Excel's 255 characters, else
 * its column on the very hidden list sheet (made on first use), as the add-in lays it out.
 */
export function listSheetOf(workbook: ExcelJS.Workbook): (list: readonly string[]) => string {
  const columns = new ListColumns();
  let written = 0;
  return (list) => {
    const inline = inlineListSource(list);
    if (inline !== null) return `"${inline}"`;
    const reference = columns.place(list).slice(1);
    const sheet =
      workbook.getWorksheet(LIST_SHEET) ?? workbook.addWorksheet(LIST_SHEET, { state: "veryHidden" });
    for (const column of columns.newColumns.slice(written)) {
      [column.key, ...column.items].forEach((item, row) => {
        sheet.getCell(row + 1, column.col + 1).value = item;
      });
    }
    written = columns.newColumns.length;
    return reference;
  };
}

/** Applies a planned new table to an empty worksheet: values, merges and dropdown lists. */
export function applyEdits(
  worksheet: ExcelJS.Worksheet,
  edits: readonly Edit[],
  listFormula: (list: readonly string[]) => string,
): void {
  for (const edit of edits) {
    switch (edit.kind) {
      case "setValue":
        worksheet.getCell(edit.row + 1, edit.col + 1).value = edit.value;
        break;
      case "merge": {
        const { row, col, rowCount, colCount } = edit.range;
        worksheet.mergeCells(row + 1, col + 1, row + rowCount, col + colCount);
        break;
      }
      case "setValidation": {
        const { row, col, rowCount, colCount } = edit.range;
        // A strict list refuses other entries; a non-strict one (basis categories) only offers its choices.
        const validation: ExcelJS.DataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [listFormula(edit.list)],
          showErrorMessage: edit.strict,
          errorStyle: edit.strict ? "stop" : "information",
        };
        for (let r = row; r < row + rowCount; r++) {
          for (let c = col; c < col + colCount; c++)
            worksheet.getCell(r + 1, c + 1).dataValidation = { ...validation };
        }
        break;
      }
      case "insertRows":
        // A new sheet has nothing to push down.
        break;
    }
  }
}

/** Widths, borders and fonts: the look of a filed table, so the file can be printed as it is. */
function styleTable(worksheet: ExcelJS.Worksheet, keys: readonly ColumnKey[], height: number): void {
  keys.forEach((key, i) => (worksheet.getColumn(i + 1).width = COLUMN_WIDTHS[key]));
  const title = worksheet.getCell(1, 1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  worksheet.getRow(1).height = 28;
  for (let r = 2; r <= height; r++) {
    for (let c = 1; c <= keys.length; c++) {
      const cell = worksheet.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: r === 3 ? "center" : undefined };
      if (r === 2 && c === 1) cell.font = { bold: true };
      if (r === 3) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
      }
    }
  }
  worksheet.views = [{ state: "frozen", ySplit: 3 }];
}

export interface CatalogueEntry {
  id: string;
  name: string;
  /** Built-in profile ids the item has rows for. */
  profiles: string[];
  /** Added: other names the item is found by. */
  aliases: string[];
  /** Added: rows per profile. */
  rows: Record<string, number>;
  /** Added: the published tables the rows come from (corpus or seed id, title, address); [] when none. */
  sources: { id: string; title: string; url: string }[];
}

export function catalogueEntries(catalogue: Catalogue, profiles: readonly Profile[]): CatalogueEntry[] {
  return catalogue.templates.map((template) => {
    const rows = Object.fromEntries(profiles.map((p) => [p.id, templateRows(template, p).length]));
    return {
      id: template.id,
      name: template.name,
      profiles: profiles.filter((p) => rows[p.id] > 0).map((p) => p.id),
      aliases: [...template.aliases],
      rows,
      sources: template.sources.map((source) => ({ ...source })),
    };
  });
}

/** Whether a template is found by a search: its id, name, aliases or the names of its rows. */
function templateMatches(catalogue: Catalogue, id: string, query: string): boolean {
  const q = query.replace(/\s+/g, "").toLowerCase();
  const template = catalogue.templates.find((t) => t.id === id);
  if (!template || q === "") return q === "";
  const words = [
    template.id,
    template.name,
    ...template.aliases,
    ...template.rows.flatMap((r) => [r.name, ...r.aliases]),
  ];
  return words.some((word) => word.replace(/\s+/g, "").toLowerCase().includes(q));
}

export async function runTemplates(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string", short: "f" },
    catalogue: { type: "string" },
    lang: { type: "string" },
    search: { type: "string", short: "s" },
  });
  const lang = parseLang(values.lang as string | undefined, io.env);
  const format = parseFormat(values.format as string | undefined);
  if (positionals.length > 0) throw new UsageError("usage.bad", { reason: positionals.join(" ") });
  const profiles = [BUILTIN_PROFILES["2015"], BUILTIN_PROFILES["2021"]];
  const catalogue = await readCatalogue(values.catalogue as string | undefined);
  const query = values.search as string | undefined;
  const entries = catalogueEntries(catalogue, profiles).filter(
    (entry) => query === undefined || templateMatches(catalogue, entry.id, query),
  );
  if (format === "json") io.out(JSON.stringify(entries, null, 2) + "\n");
  else io.out(terminalLines(formatCatalogue(entries, profiles, lang)));
  return EXIT_OK;
}

function formatCatalogue(
  entries: readonly CatalogueEntry[],
  profiles: readonly Profile[],
  lang: Lang,
): string {
  const header = [
    "id",
    cliMessage(lang, "templates.name"),
    ...profiles.map((p) => cliMessage(lang, "templates.rows", { profile: p.id })),
    cliMessage(lang, "templates.sources"),
    cliMessage(lang, "templates.aliases"),
  ];
  const lines = [
    header,
    ...entries.map((e) => [
      e.id,
      e.name,
      ...profiles.map((p) => String(e.rows[p.id])),
      // how many published tables stand behind the rows; "—" for items written without one
      e.sources.length > 0 ? String(e.sources.length) : "—",
      e.aliases.join(lang === "zh-CN" ? "、" : ", "),
    ]),
  ];
  const text = alignColumns(lines);
  return text.join("\n") + "\n" + cliMessage(lang, "templates.usage") + "\n";
}
