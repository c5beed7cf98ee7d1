/**
 * An organisation's own catalogue: standard rows kept in a sheet named 指标模板 (the columns of a
 * table plus a 项目 column naming the funding item, optionally 别名, 绩效目标, 适用框架 and 指标别名)
 * or in a JSON file ({ "templates": [...] }). It merges over the built-in catalogue: an item it
 * names replaces the built-in item's rows, other items are added.
 *
 * Bad entries never throw and are never dropped silently: each becomes a problem naming its sheet
 * row (as Excel numbers it) or its JSON path, and the rest of the catalogue is still read.
 */
import { USER_CATALOGUE_SHEET, USER_LIBRARY_SHEET } from "../detect/find-tables";
import { cellAt, MergeIndex, numberFormatAt, type CellValue, type Grid } from "../grid";
import type { ColumnKey } from "../model";
import { matchHeaderWord } from "../detect/header-words";
import { cellText } from "../parse/cell-text";
import { parseValue } from "../parse/parse-value";
import { BUILTIN_PROFILES } from "../profiles/builtin";
import { normaliseLabel } from "../text";
import { defineCatalogue, type TextCatalogue } from "../i18n/define";
import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { indexOf, placeRow, rowApplies } from "./placement";
import {
  nameKey,
  normaliseRowInput,
  TemplateRowSchema,
  TemplateSchema,
  type Catalogue,
  type Template,
  type TemplateRow,
} from "./schema";

export { USER_CATALOGUE_SHEET, USER_LIBRARY_SHEET };

export type CatalogueProblemCode =
  | "notACatalogue"
  | "noHeader"
  | "noItem"
  | "noName"
  | "noLevels"
  | "unknownLevel"
  | "badValue"
  | "noComparator"
  | "badComparator"
  | "unknownUnit"
  | "badProfiles"
  | "duplicateName"
  | "duplicateItem"
  | "emptyItem"
  | "invalid";

export interface CatalogueProblem {
  code: CatalogueProblemCode;
  /** The sheet row as Excel numbers it (1-based), for a sheet catalogue. */
  row?: number;
  sheet?: string;
  /** Where in a JSON catalogue: "templates[0].rows[2].value". */
  path?: string;
  /** What is wrong, in Chinese (problemText gives either language). */
  message: string;
  data: Record<string, string | number>;
}

export interface UserCatalogueResult {
  catalogue: Catalogue;
  problems: CatalogueProblem[];
}

/** The wording of each problem, with `{placeholders}` filled from its data. */
export const CATALOGUE_PROBLEM_TEXTS: TextCatalogue<CatalogueProblemCode> =
  defineCatalogue<CatalogueProblemCode>({
    notACatalogue: {
      "zh-CN": '不是指标模板文件：应为 {"templates": [...]} 或模板数组',
      "en-US": 'Not a template catalogue: expected {"templates": [...]} or an array of templates',
    },
    noHeader: {
      "zh-CN": "工作表“{sheet}”中找不到含“项目”“三级指标”“指标值”的表头行",
      "en-US": "Sheet “{sheet}” has no header row with 项目, 三级指标 and 指标值 columns",
    },
    noItem: {
      "zh-CN": "未填写项目名称，该行指标不知属于哪个项目",
      "en-US": "No funding item (项目) for this row",
    },
    noName: { "zh-CN": "未填写三级指标名称", "en-US": "No indicator name (三级指标)" },
    noLevels: { "zh-CN": "未填写一级或二级指标", "en-US": "No level-1 or level-2 label" },
    unknownLevel: {
      "zh-CN": "指标层级“{level1}/{level2}”不在{profile}框架中{hint}",
      "en-US": "Levels “{level1}/{level2}” are not in the {profile} framework{hint}",
    },
    badValue: {
      "zh-CN": "指标值“{value}”无法识别：应写作“≥95%”“≤4万元”或定性描述",
      "en-US": "Cannot read the value “{value}”: write it as ≥95%, ≤4万元, or a qualitative value",
    },
    noComparator: {
      "zh-CN": "指标值“{value}”缺少比较符号（≥、≤、＝）",
      "en-US": "The value “{value}” has no comparator (≥, ≤, ＝)",
    },
    badComparator: {
      "zh-CN": "指标性质“{value}”无法识别：应为 ≥ ≤ ＝ ＞ ＜ 或 定性",
      "en-US": "Cannot read the comparator “{value}”: use ≥ ≤ ＝ ＞ ＜ or 定性",
    },
    unknownUnit: {
      "zh-CN": "计量单位“{value}”不在单位目录中{hint}",
      "en-US": "The unit “{value}” is not in the unit catalogue{hint}",
    },
    badProfiles: {
      "zh-CN": "适用框架“{value}”无法识别：应为 2015、2021 或留空（两者皆用）",
      "en-US": "Cannot read the frameworks “{value}”: use 2015, 2021, or leave it blank for both",
    },
    duplicateName: {
      "zh-CN": "项目“{item}”中指标“{name}”重复（已见于{first}）",
      "en-US": "Indicator “{name}” appears twice in item “{item}” (first at {first})",
    },
    duplicateItem: {
      "zh-CN": "项目“{item}”重复定义（已见于{first}），后者未采用",
      "en-US": "Item “{item}” is defined twice (first at {first}); the second is not used",
    },
    emptyItem: {
      "zh-CN": "项目“{item}”没有一行可用的指标，未采用",
      "en-US": "Item “{item}” has no usable row and is not used",
    },
    invalid: { "zh-CN": "内容无效：{detail}", "en-US": "Invalid entry: {detail}" },
  });

export function problemText(problem: CatalogueProblem, lang: Lang = DEFAULT_LANG): string {
  return CATALOGUE_PROBLEM_TEXTS.text(lang, problem.code, problem.data);
}

function problem(
  code: CatalogueProblemCode,
  where: Pick<CatalogueProblem, "row" | "sheet" | "path">,
  data: Record<string, string | number> = {},
): CatalogueProblem {
  const out: CatalogueProblem = { code, ...where, message: "", data };
  out.message = problemText(out);
  return out;
}

// ---- rows, wherever they come from ----

/** Checks one row (schema, then placement in the profiles it is for); the problems say what is wrong. */
function checkRow(
  input: Record<string, unknown>,
  where: (field: string | null) => Pick<CatalogueProblem, "row" | "sheet" | "path">,
): { row: TemplateRow | null; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const normalised = normaliseRowInput(input) as Record<string, unknown>;
  const result = TemplateRowSchema.safeParse(normalised);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : null;
      const p = issueProblem(field, input, normalised, issue.message, where(field));
      const key = p.code;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
    return { row: null, problems };
  }
  const row = result.data;
  for (const profile of [BUILTIN_PROFILES["2015"], BUILTIN_PROFILES["2021"]]) {
    if (!rowApplies(row, profile) || placeRow(row, profile)) continue;
    const index = indexOf(profile);
    const nearest =
      index.nearest(row.level2, index.level2Labels()) ?? index.nearest(row.level1, index.level1Labels());
    problems.push(
      problem("unknownLevel", where("level2"), {
        level1: row.level1,
        level2: row.level2,
        profile: profile.id,
        hint: nearest ? `（是否应为“${nearest}”？）` : "",
      }),
    );
    break;
  }
  return { row: problems.length === 0 ? row : null, problems };
}

function issueProblem(
  field: string | null,
  input: Record<string, unknown>,
  normalised: Record<string, unknown>,
  detail: string,
  where: Pick<CatalogueProblem, "row" | "sheet" | "path">,
): CatalogueProblem {
  const shown = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  switch (field) {
    case "name":
      return problem("noName", where);
    case "level1":
    case "level2":
      return problem("noLevels", where);
    case "comparator": {
      const written = shown(input.comparator);
      if (written.trim() !== "") return problem("badComparator", where, { value: written });
      // A combined value the parser could not split: say why.
      const value = shown(input.value);
      const parsed = parseValue(value);
      if (parsed.kind === "quantity") return problem("noComparator", where, { value });
      if (parsed.kind === "unreadable" && parsed.reason === "badComparator")
        return problem("badComparator", where, { value });
      return problem("badValue", where, { value });
    }
    case "value":
      return problem("badValue", where, { value: shown(input.value) });
    case "unit": {
      const hint = /did you mean (.+)\?/.exec(detail);
      return problem("unknownUnit", where, {
        value: shown(normalised.unit),
        hint: hint ? `（是否应为“${hint[1]}”？）` : "",
      });
    }
    case "profiles":
      return problem("badProfiles", where, { value: shown(input.profiles) });
    default:
      return problem("invalid", where, { detail });
  }
}

interface ItemDraft {
  /** The id given in a JSON catalogue; the name otherwise. */
  id: string;
  name: string;
  aliases: string[];
  goal: string | null;
  rows: TemplateRow[];
  /** Where each accepted row came from, for duplicate reports. */
  origins: string[];
  where: Pick<CatalogueProblem, "row" | "sheet" | "path">;
}

/** Drafts to templates: duplicates reported, items with no usable row reported and left out. */
function finish(drafts: ItemDraft[], problems: CatalogueProblem[]): Catalogue {
  const templates: Template[] = [];
  for (const draft of drafts) {
    if (draft.rows.length === 0) {
      problems.push(problem("emptyItem", draft.where, { item: draft.name }));
      continue;
    }
    const aliases = [...new Set(draft.aliases.filter((a) => nameKey(a) !== nameKey(draft.name)))];
    const parsed = TemplateSchema.safeParse({
      id: draft.id,
      name: draft.name,
      aliases,
      goal: draft.goal ?? undefined,
      rows: draft.rows,
    });
    if (parsed.success) templates.push(parsed.data);
    else {
      for (const issue of parsed.error.issues)
        problems.push(problem("invalid", draft.where, { detail: issue.message }));
    }
  }
  return { templates };
}

/** Adds a checked row to its item's draft unless its name repeats one there. */
function addRow(
  draft: ItemDraft,
  row: TemplateRow,
  origin: string,
  where: Pick<CatalogueProblem, "row" | "sheet" | "path">,
  problems: CatalogueProblem[],
): void {
  const keys = [row.name, ...row.aliases].map(nameKey);
  for (let i = 0; i < draft.rows.length; i++) {
    const other = draft.rows[i];
    const otherKeys = [other.name, ...other.aliases].map(nameKey);
    if (keys.some((k) => otherKeys.includes(k))) {
      problems.push(
        problem("duplicateName", where, { item: draft.name, name: row.name, first: draft.origins[i] }),
      );
      return;
    }
  }
  draft.rows.push(row);
  draft.origins.push(origin);
}

// ---- a sheet ----

/** Header words of the sheet's own columns (beside a table's). */
const EXTRA_WORDS: Readonly<Record<string, readonly string[]>> = {
  item: ["项目", "项目名称", "资金项目", "经费项目", "预算项目", "支出项目"],
  itemAliases: ["别名", "项目别名"],
  goal: ["绩效目标", "年度绩效目标", "项目绩效目标"],
  profiles: ["适用框架", "框架", "适用模板", "适用版本"],
  rowAliases: ["指标别名", "曾用名", "指标曾用名"],
};

type ExtraKey = keyof typeof EXTRA_WORDS;
type SheetColumn = ColumnKey | ExtraKey;

const EXTRA_BY_WORD = new Map<string, ExtraKey>(
  (Object.entries(EXTRA_WORDS) as [ExtraKey, readonly string[]][]).flatMap(([key, words]) =>
    words.map((word) => [normaliseLabel(word), key] as [string, ExtraKey]),
  ),
);

const HEADER_SEARCH_ROWS = 30;
const LIST_SEPARATORS = /[、，,；;/\n]+/;

/** The sheet named 指标模板 (spaces and width aside), or null. */
export function findCatalogueSheet(grids: readonly Grid[]): Grid | null {
  return grids.find((grid) => normaliseLabel(grid.sheet) === USER_CATALOGUE_SHEET) ?? null;
}

/** Reads a 指标模板 sheet: one row per indicator, the 项目 column naming its item (blank: as above). */
/** The workbook's 指标库 sheet, if it has one. */
export function findLibrarySheet(grids: readonly Grid[]): Grid | null {
  return grids.find((grid) => normaliseLabel(grid.sheet) === USER_LIBRARY_SHEET) ?? null;
}

/**
 * An organisation's 指标库 sheet: one list of indicators under a header (一级指标 | 二级指标 | 三级指标 |
 * 绩效指标描述 | 指标值 | 指标值确定依据, as a 指标模板 sheet has them, without its 项目 column), read as
 * the rows of one item named 指标库; its problems as a catalogue sheet's.
 */
export function readLibrarySheet(grid: Grid): UserCatalogueResult {
  return readCatalogueSheet(grid, { item: USER_LIBRARY_SHEET });
}

export interface CatalogueSheetOptions {
  /**
   * The item of rows whose sheet has no 项目 column: an organisation's 指标库 sheet is one list of
   * indicators (一级 | 二级 | 三级 | 描述 | 指标值 | 依据), read as the rows of one item of that name.
   */
  item?: string;
}

export function readCatalogueSheet(grid: Grid, options: CatalogueSheetOptions = {}): UserCatalogueResult {
  const problems: CatalogueProblem[] = [];
  const merges = new MergeIndex(grid.merges);
  const read = (row: number, col: number | undefined): CellValue => {
    if (col === undefined || merges.isCovered(row, col)) return null;
    return cellAt(grid, row, col);
  };
  const text = (row: number, col: number | undefined): string => {
    const value = read(row, col);
    if (value === null) return "";
    return cellText(value, col === undefined ? null : numberFormatAt(grid, row, col)).trim();
  };

  const header = findSheetHeader(grid, text, options.item !== undefined);
  if (!header) {
    problems.push(problem("noHeader", { sheet: grid.sheet }, { sheet: grid.sheet }));
    return { catalogue: { templates: [] }, problems };
  }
  const { columns } = header;
  const drafts = new Map<string, ItemDraft>();
  let item = options.item ?? "";
  let level1 = "";
  let level2 = "";
  const end = grid.origin.row + grid.values.length;
  for (let row = header.row + 1; row < end; row++) {
    const where = { sheet: grid.sheet, row: row + 1 };
    const ownItem = text(row, columns.item);
    if (ownItem !== "") {
      if (nameKey(ownItem) !== nameKey(item)) [level1, level2] = ["", ""];
      item = ownItem;
    }
    const own1 = text(row, columns.level1);
    const own2 = text(row, columns.level2);
    if (own1 !== "") [level1, level2] = [own1, ""];
    if (own2 !== "") level2 = own2;
    const content = (["level3", "description", "value", "comparator", "unit", "basis"] as const).some(
      (key) => text(row, columns[key]) !== "",
    );
    const goal = text(row, columns.goal);
    const itemAliases = splitList(text(row, columns.itemAliases));
    if (!content && goal === "" && itemAliases.length === 0) continue;
    if (item === "") {
      problems.push(problem("noItem", where));
      continue;
    }
    const key = nameKey(item);
    let draft = drafts.get(key);
    if (!draft) {
      draft = { id: item, name: item, aliases: [], goal: null, rows: [], origins: [], where };
      drafts.set(key, draft);
    }
    draft.aliases.push(...itemAliases);
    if (goal !== "" && draft.goal === null) draft.goal = goal;
    if (!content) continue;

    const input: Record<string, unknown> = {
      level1,
      level2,
      name: text(row, columns.level3),
      aliases: splitList(text(row, columns.rowAliases)),
      description: text(row, columns.description),
      basis: text(row, columns.basis),
    };
    const rawValue = read(row, columns.value);
    const valueText = text(row, columns.value);
    if (columns.comparator !== undefined) {
      input.comparator = text(row, columns.comparator);
      input.value =
        typeof rawValue === "number" && numberFormatAt(grid, row, columns.value!) === null
          ? rawValue
          : valueText;
      input.unit = text(row, columns.unit);
    } else {
      input.value = valueText === "" ? undefined : valueText;
      if (columns.unit !== undefined) input.unit = text(row, columns.unit);
    }
    const profilesText = text(row, columns.profiles);
    const profiles = readProfiles(profilesText);
    if (profiles === null) {
      problems.push(problem("badProfiles", where, { value: profilesText }));
      continue;
    }
    if (profiles) input.profiles = profiles;
    const checked = checkRow(input, () => where);
    problems.push(...checked.problems);
    if (checked.row) addRow(draft, checked.row, `第${row + 1}行`, where, problems);
  }
  const catalogue = finish([...drafts.values()], problems);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { catalogue, problems };
}

function findSheetHeader(
  grid: Grid,
  text: (row: number, col: number) => string,
  itemOptional = false,
): { row: number; columns: Partial<Record<SheetColumn, number>> } | null {
  const start = grid.origin.row;
  const last = Math.min(start + grid.values.length, start + HEADER_SEARCH_ROWS);
  for (let row = start; row < last; row++) {
    const line = grid.values[row - start] ?? [];
    const columns: Partial<Record<SheetColumn, number>> = {};
    for (let i = 0; i < line.length; i++) {
      const col = grid.origin.col + i;
      const cell = text(row, col);
      if (cell === "") continue;
      const extra = EXTRA_BY_WORD.get(normaliseLabel(cell));
      const key: SheetColumn | null = extra ?? matchHeaderWord(cell);
      if (key && columns[key] === undefined) columns[key] = col;
    }
    if (
      (columns.item !== undefined || itemOptional) &&
      columns.level3 !== undefined &&
      columns.value !== undefined
    )
      return { row, columns };
  }
  return null;
}

/** "2015、2021" → ["2015", "2021"]; "" or 全部 → undefined (every profile); anything else → null. */
function readProfiles(text: string): string[] | undefined | null {
  const normalised = normaliseLabel(text);
  if (normalised === "" || /^(全部|通用|均适用|两者|both|all)$/i.test(normalised)) return undefined;
  const ids = splitList(normalised).map((part) => part.replace(/版$|年版?$/, ""));
  return ids.every((id) => id === "2015" || id === "2021") ? [...new Set(ids)] : null;
}

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

// ---- JSON ----

/** Reads a parsed JSON catalogue: { "templates": [...] } or a bare array of templates. */
export function readCatalogueJson(input: unknown): UserCatalogueResult {
  const problems: CatalogueProblem[] = [];
  const list = Array.isArray(input)
    ? { items: input as unknown[], prefix: "" }
    : isObject(input) && Array.isArray(input.templates)
      ? { items: input.templates as unknown[], prefix: "templates" }
      : null;
  if (!list) {
    problems.push(problem("notACatalogue", { path: "" }));
    return { catalogue: { templates: [] }, problems };
  }
  const drafts: ItemDraft[] = [];
  const byName = new Map<string, string>();
  list.items.forEach((entry, i) => {
    const at = `${list.prefix}[${i}]`;
    if (!isObject(entry)) {
      problems.push(problem("invalid", { path: at }, { detail: "a template is an object" }));
      return;
    }
    const name = typeof entry.name === "string" ? entry.name.trim() : "";
    if (name === "") {
      problems.push(problem("invalid", { path: `${at}.name` }, { detail: "a template needs a name" }));
      return;
    }
    const keys = [name, ...(typeof entry.id === "string" ? [entry.id] : [])].map(nameKey);
    const first = keys.map((k) => byName.get(k)).find((v) => v !== undefined);
    if (first !== undefined) {
      problems.push(problem("duplicateItem", { path: at }, { item: name, first }));
      return;
    }
    for (const key of keys) byName.set(key, at);
    const aliases = Array.isArray(entry.aliases)
      ? entry.aliases.filter((a): a is string => typeof a === "string" && a.trim() !== "")
      : [];
    if (
      entry.aliases !== undefined &&
      (!Array.isArray(entry.aliases) || aliases.length !== entry.aliases.length)
    )
      problems.push(problem("invalid", { path: `${at}.aliases` }, { detail: "aliases is a list of names" }));
    const id = typeof entry.id === "string" && entry.id.trim() !== "" ? entry.id.trim() : name;
    const draft: ItemDraft = {
      id,
      name,
      aliases,
      goal: typeof entry.goal === "string" && entry.goal.trim() !== "" ? entry.goal.trim() : null,
      rows: [],
      origins: [],
      where: { path: at },
    };
    if (!Array.isArray(entry.rows)) {
      problems.push(problem("invalid", { path: `${at}.rows` }, { detail: "rows is a list" }));
    } else {
      entry.rows.forEach((rowInput: unknown, j: number) => {
        const rowAt = `${at}.rows[${j}]`;
        if (!isObject(rowInput)) {
          problems.push(problem("invalid", { path: rowAt }, { detail: "a row is an object" }));
          return;
        }
        const checked = checkRow(rowInput, (field) => ({ path: field ? `${rowAt}.${field}` : rowAt }));
        problems.push(...checked.problems);
        if (checked.row) addRow(draft, checked.row, rowAt, { path: rowAt }, problems);
      });
    }
    drafts.push(draft);
  });
  return { catalogue: finish(drafts, problems), problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---- merging ----

/**
 * The built-in catalogue with a user catalogue over it: a user item that names a built-in one (by
 * id, name or alias) replaces its rows and goal, keeps its id and adds to its aliases; other user
 * items are appended in their order.
 */
export function mergeCatalogues(base: Catalogue, user: Catalogue): Catalogue {
  const templates = base.templates.map((t) => ({ ...t }));
  const namesOf = (t: Template) => [t.id, t.name, ...t.aliases].map(nameKey);
  for (const own of user.templates) {
    const ownNames = namesOf(own);
    const at = templates.findIndex((t) => namesOf(t).some((n) => ownNames.includes(n)));
    if (at < 0) {
      templates.push(own);
      continue;
    }
    const builtin = templates[at];
    const aliases = [...own.aliases, builtin.name, ...builtin.aliases].filter(
      (alias, i, all) =>
        nameKey(alias) !== nameKey(own.name) && all.findIndex((a) => nameKey(a) === nameKey(alias)) === i,
    );
    templates[at] = {
      id: builtin.id,
      name: own.name,
      aliases,
      goal: own.goal ?? builtin.goal,
      rows: own.rows,
      // The rows are the organisation's now: the published tables no longer stand behind them.
      sources: own.sources,
    };
  }
  return { templates };
}
