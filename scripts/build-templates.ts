/**
 * Builds the funding-item templates that come from published tables
 * (src/core/templates/library-templates.ts): for each item of scripts/template-items.ts, the indicators
 * its tables hold, each as the library has it (its name, where it goes, a description and basis a table
 * wrote) with the value that table wrote when a reviewer would pass it, else the library's usual value
 * (a target another table wrote). A row the reviewer's key flags, or the checks would still question,
 * is left out; a group the framework requires and the tables lack (产出 without 数量, 质量 or 时效, no
 * cost, no 效益, no 满意度) is completed with a library indicator the item names for it, or a universal
 * one (服务对象满意度, 成本控制率, the table's budget as 项目总成本). Every row is a library entry; every
 * item names the tables its rows come from. An item of the list that cannot be built so stops the build:
 * the list is curated. Run by scripts/build-library.ts (`npm run library`; `-- --notes` says why rows
 * were left out).
 */
import type { IndicatorRow, Layout } from "../src/core/model";
import { COMPARATOR_SYMBOL } from "../src/core/model";
import type { LibraryEntry } from "../src/core/library/schema";
import { usualValue } from "../src/core/library/fill";
import { lint } from "../src/core/lint";
import type { RowValue } from "../src/core/row-edit";
import { planNewTable } from "../src/core/templates/plan";
import { placeRow, templateRows } from "../src/core/templates/placement";
import { BUILTIN_PROFILES } from "../src/core/profiles/builtin";
import {
  CatalogueSchema,
  TemplateSchema,
  nameKey,
  type Template,
  type TemplateInput,
  type TemplateRow,
  type TemplateRowInput,
  type TemplateSource,
} from "../src/core/templates/schema";
import { findUnit } from "../src/core/units";
import { classifyName } from "../src/core/classify";
import { applyAndDetect, blankBook } from "../test/core/templates/helpers";
import { TEMPLATE_ITEMS, type TemplateItemSpec } from "./template-items";

/** One indicator as a table wrote it, with the table it is in. */
export interface TableOccurrence {
  name: string;
  row: IndicatorRow;
  /** The table's id (corpus entry or seed file) and title. */
  tableId: string;
  title: string;
  url: string;
  /** The table's own goal sentence, when it has one. */
  goal: string;
  /** The table's budget as its information rows give it (项目金额 164万元), when they do. */
  budget: { amount: number; unit: "万元" | "元" } | null;
  /** The reviewer's key on the row (corpus tables): each flag's rule ids. */
  flags: string[][];
}

/**
 * What a reviewer flags in a row's cells rather than in the indicator itself: a row flagged only for
 * these keeps its indicator, with a value a reviewer passes. Any other flag (a misfiled or vague
 * indicator, a task list, a measure that is not a rate…) keeps the row out of a template.
 */
const CELL_RULES: ReadonlySet<string> = new Set([
  "comparator-missing",
  "comparator-nonstandard",
  "unit-unknown",
  "unit-missing",
  "unit-mismatch",
  "percent-target",
  "cost-upper-bound",
  "basis-missing",
  "basis-category",
  "description-missing",
  "stray-whitespace",
  "level-label-variant",
  "level-label-unknown",
  "level2-legacy",
  "expected-level2-missing",
  "level1-missing",
  "weights-sum",
]);

/** The level-2 groups (2015 spelling) a table needs rows in, and what fills a missing one. */
export const REQUIRED: readonly { level1: string; level2: string | null }[] = [
  { level1: "产出指标", level2: "数量指标" },
  { level1: "产出指标", level2: "质量指标" },
  { level1: "产出指标", level2: "时效指标" },
  { level1: "产出指标", level2: "成本指标" },
  { level1: "效益指标", level2: null },
  { level1: "满意度指标", level2: null },
];

const DEFAULT_BASIS = "计划标准";
/** An item is built on its own tables: at least this many of their rows, and at most MAX_COMPLETIONS others. */
const MIN_OWN_ROWS = 3;
const MAX_COMPLETIONS = 3;
/** Findings about the table's groups, though they point at one of its rows. */
const TABLE_RULES: ReadonlySet<string> = new Set(["level1-missing", "expected-level2-missing"]);
const PROFILES = ["2015", "2021"] as const;
const LAYOUTS: readonly Layout[] = ["combined", "split"];

export interface BuiltTemplates {
  inputs: TemplateInput[];
  /** Per item, what was left out and why (printed by the build, for the person curating items). */
  notes: string[];
}

export function buildTemplates(
  entries: readonly LibraryEntry[],
  occurrences: readonly TableOccurrence[],
  items: readonly TemplateItemSpec[] = TEMPLATE_ITEMS,
): BuiltTemplates {
  // Each entry with the occurrences it was read from (what a missing group is completed with), by
  // the name as written: an entry's aliases are every spelling its tables used, and nameKey would
  // fold different indicators together (满意度(%) and 满意度).
  const pool = new Map<string, PoolEntry>();
  for (const entry of entries) {
    const pooled: PoolEntry = { entry, occurrences: [] };
    for (const name of [entry.name, ...entry.aliases]) pool.set(name.trim(), pooled);
  }
  for (const occurrence of occurrences) pool.get(occurrence.name.trim())?.occurrences.push(occurrence);
  const inputs: TemplateInput[] = [];
  const notes: string[] = [];
  const failed: string[] = [];
  for (const item of items) {
    const own = occurrences.filter((o) => item.tables.includes(o.tableId));
    const missing = item.tables.filter((id) => !own.some((o) => o.tableId === id));
    if (missing.length > 0) throw new Error(`${item.id}: no indicators read from ${missing.join(", ")}`);
    const built = buildItem(item, own, pool);
    notes.push(...built.notes.map((note) => `${item.id}: ${note}`));
    if (built.input) inputs.push(built.input);
    else failed.push(`${item.id}: ${built.notes[built.notes.length - 1]}`);
  }
  if (failed.length > 0)
    throw new Error(`items of scripts/template-items.ts that cannot be built:\n${failed.join("\n")}`);
  // The schema's own checks (names unique within an item and across the catalogue).
  CatalogueSchema.parse({ templates: inputs });
  return { inputs, notes };
}

/** A library entry with the occurrences it was read from, found by any name it was written with. */
interface PoolEntry {
  entry: LibraryEntry;
  occurrences: TableOccurrence[];
}
type Pool = ReadonlyMap<string, PoolEntry>;

interface Candidate {
  row: TemplateRowInput;
  source: TemplateSource;
  /** Other values to try when the checks question this one (the library's usual value). */
  values: RowValue[];
}

function buildItem(
  item: TemplateItemSpec,
  own: readonly TableOccurrence[],
  pool: Pool,
): { input: TemplateInput | null; notes: string[] } {
  const notes: string[] = [];
  const candidates: Candidate[] = [];
  const taken = new Set<string>();
  for (const occurrence of own) {
    const entry = pool.get(occurrence.name.trim())?.entry;
    if (!entry || taken.has(entry.id)) continue;
    const questioned = questionedBy(occurrence);
    if (questioned) {
      notes.push(`“${occurrence.name}” left out: the reviewer's key flags it (${questioned.join("|")})`);
      continue;
    }
    const row = rowOf(entry, occurrence);
    if (typeof row === "string") {
      notes.push(`“${occurrence.name}” left out: ${row}`);
      continue;
    }
    taken.add(entry.id);
    candidates.push({ ...row, source: sourceOf(occurrence) });
  }
  if (candidates.length < MIN_OWN_ROWS) {
    notes.push(`left out entirely: only ${candidates.length} of its tables' rows could be template rows`);
    return { input: null, notes };
  }
  const goalOf = own.find((o) => o.goal !== "")?.goal;
  // The table's own goal, when it is a sentence (not a fragment, not a page): else the generic one.
  const tableGoal = goalOf?.replace(/[，,；;、]+$/, "");
  let goal =
    item.goal ?? (tableGoal && tableGoal.length >= 20 && tableGoal.length <= 300 ? tableGoal : undefined);
  const rejected = new Set<string>();
  let completions = 0;

  for (let round = 0; round < 30; round++) {
    const template = templateOf(item, goal, candidates);
    const problems: Problems = template
      ? problemsOf(template)
      : { rows: new Set(), why: new Map(), table: ["no rows"] };
    if (problems.rows.size === 0 && problems.table.length === 0 && template)
      return { input: inputOf(item, goal, candidates), notes };
    if (problems.goal && goal !== undefined) {
      notes.push(`the table's goal left for the generic one: ${problems.goal}`);
      goal = undefined;
      continue;
    }
    // Rows the checks question are left out, last first so that indices hold.
    for (const index of [...problems.rows].sort((a, b) => b - a)) {
      const next = candidates[index].values.shift();
      if (next) {
        notes.push(
          `“${candidates[index].row.name}” takes the library's usual value: ${problems.why.get(index)}`,
        );
        candidates[index].row = { ...candidates[index].row, ...next };
        continue;
      }
      notes.push(`“${candidates[index].row.name}” left out: ${problems.why.get(index)}`);
      rejected.add(nameKey(candidates[index].row.name));
      candidates.splice(index, 1);
    }
    if (problems.rows.size > 0) continue;
    const gap = REQUIRED.find((group) => !candidates.some((c) => inGroup(c.row, group)));
    if (!gap) {
      notes.push(`left out entirely: ${problems.table.join("; ")}`);
      return { input: null, notes };
    }
    const completion =
      (gap.level2 === "成本指标" ? budgetRow(own, pool, rejected) : null) ??
      completionFor(gap, item, pool, candidates, rejected);
    if (!completion) {
      notes.push(`left out entirely: nothing in the library completes ${gap.level1}/${gap.level2 ?? "*"}`);
      return { input: null, notes };
    }
    if (++completions > MAX_COMPLETIONS) {
      notes.push(`left out entirely: it would need more than ${MAX_COMPLETIONS} rows from other tables`);
      return { input: null, notes };
    }
    notes.push(
      `completed ${gap.level1}/${gap.level2 ?? "*"} with “${completion.row.name}” (${completion.source.id})`,
    );
    candidates.push(completion);
  }
  notes.push("left out entirely: still not clean after 30 rounds");
  return { input: null, notes };
}

/** The reviewer's flag that keeps the row out of a template, if any. */
export function questionedBy(occurrence: TableOccurrence): string[] | undefined {
  return occurrence.flags.find((rules) => rules.some((rule) => !CELL_RULES.has(rule)));
}

export function inGroup(row: TemplateRowInput, group: { level1: string; level2: string | null }): boolean {
  return row.level1 === group.level1 && (group.level2 === null || row.level2 === group.level2);
}

/** Where an entry goes in the 2015 framework: its own place there, else its 2021 place filed by role. */
export function placementOf(entry: LibraryEntry): { level1: string; level2: string } | null {
  const own = entry.placements["2015"];
  // Forms that list satisfaction under 效益指标 aside, a template files it under 满意度指标.
  if (own?.level2 === "服务对象满意度指标") return { level1: "满意度指标", level2: own.level2 };
  if (own) return own;
  const other = entry.placements["2021"];
  if (!other) return null;
  return placeRow({ ...other, name: entry.name } as TemplateRow, BUILTIN_PROFILES["2015"]);
}

/**
 * The indicator as the item's table wrote it, on the library's terms, with the values to try: the
 * table's own, then the library's usual one; why not when it cannot be a template row.
 */
export function rowOf(
  entry: LibraryEntry,
  occurrence: TableOccurrence,
): { row: TemplateRowInput; values: RowValue[] } | string {
  const placement = placementOf(entry);
  if (!placement) return "no place in either framework";
  const values = [ownValue(occurrence.row, entry), usualValue(entry)].filter(
    (v, i, all): v is RowValue =>
      v !== null &&
      all.findIndex(
        (w) => w !== null && w.comparator === v.comparator && w.value === v.value && w.unit === v.unit,
      ) === i,
  );
  if (values.length === 0) return `no value a reviewer passes (“${occurrence.row.value?.text ?? ""}”)`;
  return {
    row: {
      level1: placement.level1,
      level2: placement.level2,
      name: entry.name,
      // Another table's description belongs to its project (代表满意度 for 服务对象满意度): without one
      // of its own the row is described by its name, as a third of the published tables do.
      description: cellText(occurrence.row.description?.text) || entry.name,
      ...values[0],
      basis: cellText(occurrence.row.basis?.text) || entry.basis[0] || DEFAULT_BASIS,
    },
    values: values.slice(1),
  };
}

/**
 * The value a table wrote, when its unit is one people recognise (or it is qualitative). A bare number
 * takes the comparator a reviewer would ask for — a ceiling for a cost, ＝ for a full 100%, else a
 * floor — as the catalogue's seed items were mended; the number stays the table's.
 */
function ownValue(row: IndicatorRow, entry: LibraryEntry): RowValue | null {
  const parsed = row.parsed;
  if (parsed.kind === "quantity") {
    // A number needs a unit people recognise: a bare 8 or 2500000 says nothing of what is counted —
    // unless the name states it (实施营造林总面积(亩) 80000).
    const unit = parsed.unit ? (parsed.unit.known ? parsed.unit.canonical : null) : unitInName(entry.name);
    if (unit === null) return null;
    const stated = parsed.comparator
      ? (COMPARATOR_SYMBOL[parsed.comparator] as RowValue["comparator"])
      : null;
    // A cost is a ceiling; a full 100% of anything else is exact (percent-target asks ≥100% be ＝100%).
    const full = unit === "%" && parsed.number === 100 && (stated === null || stated === "≥");
    const comparator = entry.kind === "cost" && stated === null ? "≤" : full ? "＝" : (stated ?? "≥");
    return { comparator, value: parsed.number, unit };
  }
  // A sentence's closing 。 is dropped, as the stray-punctuation rule's own fix does.
  const text = parsed.kind === "qualitative" ? parsed.text.trim().replace(/[。；;，,、]+$/, "") : "";
  if (text !== "") return { comparator: "定性", value: text, unit: "" };
  // A deadline (2023年底, 2020年1月--2020年11月) is written as the table wrote it.
  if ((parsed.kind === "date" || parsed.kind === "period") && row.value?.text.trim())
    return { comparator: "定性", value: row.value.text.trim(), unit: "" };
  return null;
}

/** The unit a name states in closing brackets (修建作业道长度(公里) → 公里), when it is one people recognise. */
function unitInName(name: string): string | null {
  const stated = /[（(]([^（()）]+)[)）]$/.exec(name.trim())?.[1];
  const unit = stated ? findUnit(stated) : null;
  return unit?.known && unit.canonical ? unit.canonical : null;
}

function cellText(text: string | undefined): string {
  return (text ?? "").replace(/\s*\n\s*/g, "").trim();
}

function sourceOf(occurrence: TableOccurrence): TemplateSource {
  return { id: occurrence.tableId, title: occurrence.title, url: occurrence.url };
}

/**
 * Indicators any kind of spending can hold, used by tables of several sectors: what fills a missing
 * satisfaction or cost group when the item names nothing better.
 */
const UNIVERSAL: readonly string[] = ["服务对象满意度", "成本控制率"];

/**
 * The library entry that fills a missing group, as one of its tables wrote it: one the item names
 * for it (scripts/template-items.ts, chosen by a person for fitting the spending), else a universal
 * one; placed in that group, with a value a reviewer passes.
 */
function completionFor(
  group: { level1: string; level2: string | null },
  item: TemplateItemSpec,
  pool: Pool,
  candidates: readonly Candidate[],
  rejected: ReadonlySet<string>,
): Candidate | null {
  const have = new Set(candidates.map((c) => nameKey(c.row.name)));
  for (const name of [...(item.complete ?? []), ...UNIVERSAL]) {
    const found = pool.get(name);
    if (!found) throw new Error(`${item.id}: “${name}” is not in the library`);
    const { entry, occurrences } = found;
    if (have.has(nameKey(entry.name)) || rejected.has(nameKey(entry.name))) continue;
    const placed = placementOf(entry);
    if (!placed || !inGroup({ level1: placed.level1, level2: placed.level2 } as TemplateRowInput, group))
      continue;
    for (const occurrence of occurrences) {
      if (questionedBy(occurrence)) continue;
      const built = rowOf(entry, occurrence);
      if (typeof built !== "string") return { ...built, source: sourceOf(occurrence) };
    }
  }
  return null;
}

/** The name of the library's row for a project's whole cost (seen in several tables). */
const TOTAL_COST = "项目总成本";

/**
 * A cost row from the item's own table when it has none: the project's total cost kept within the
 * budget the table states (its 项目金额), under the library's name for that indicator.
 */
function budgetRow(
  own: readonly TableOccurrence[],
  pool: Pool,
  rejected: ReadonlySet<string>,
): Candidate | null {
  const entry = pool.get(TOTAL_COST)?.entry;
  const table = own.find((o) => o.budget !== null);
  if (!entry || !table?.budget || rejected.has(nameKey(entry.name))) return null;
  return {
    row: {
      level1: "产出指标",
      level2: "成本指标",
      name: entry.name,
      description: entry.description || entry.name,
      comparator: "≤",
      value: table.budget.amount,
      unit: table.budget.unit,
      basis: entry.basis[0] ?? DEFAULT_BASIS,
    },
    source: sourceOf(table),
    values: [],
  };
}

function templateOf(item: TemplateItemSpec, goal: string | undefined, candidates: readonly Candidate[]) {
  if (candidates.length === 0) return null;
  const parsed = TemplateSchema.safeParse(inputOf(item, goal, candidates));
  return parsed.success ? parsed.data : null;
}

function inputOf(
  item: TemplateItemSpec,
  goal: string | undefined,
  candidates: readonly Candidate[],
): TemplateInput {
  const sources = new Map<string, TemplateSource>();
  for (const { source } of candidates) if (!sources.has(source.id)) sources.set(source.id, source);
  return {
    id: item.id,
    name: item.name,
    aliases: [...item.aliases],
    ...(goal ? { goal } : {}),
    rows: candidates.map((c) => c.row),
    sources: [...sources.values()],
  };
}

interface Problems {
  /** Template row indices a check questions, with the first reason. */
  rows: Set<number>;
  why: Map<number, string>;
  /** Findings about the table as a whole. */
  table: string[];
  goal?: string;
}

/**
 * What the catalogue holds every row to beyond the checks (test/core/templates/catalogue.test.ts): a
 * name that is no task list nor ends in punctuation, a satisfaction of at least 85% and under 100%,
 * a ≥ rate under 100%, a number for a quantity, a ceiling for a cost.
 */
function belowTheBar(row: TemplateRow): string | null {
  for (const text of [row.name, row.description, row.basis, String(row.value)])
    if (/[\t\u3000]|[、，,；;：:]$/.test(text)) return `“${text}” ends in punctuation or holds a tab`;
  if (/[、；;]/.test(row.name)) return "its name lists several things";
  if (/不适用|不涉及|无此/.test(row.name)) return "it says the group does not apply";
  const kind = classifyName(row.name);
  if (
    kind.satisfaction &&
    !(row.comparator === "≥" && typeof row.value === "number" && row.value >= 85 && row.value < 100)
  )
    return "a satisfaction target is ≥ a level under 100%";
  if (row.comparator === "≥" && row.unit === "%" && typeof row.value === "number" && row.value >= 100)
    return "≥100% cannot be exceeded";
  if (row.level2 === "数量指标" && row.comparator === "定性") return "a quantity needs a number";
  if (row.level2 === "成本指标" && row.comparator !== "≤" && row.comparator !== "＜")
    return "a cost is a ceiling";
  return null;
}

/** What the checks say of the item written as a new table, in both frameworks and both layouts. */
function problemsOf(template: Template): Problems {
  const problems: Problems = { rows: new Set(), why: new Map(), table: [] };
  template.rows.forEach((row, index) => {
    const why = belowTheBar(row);
    if (why) {
      problems.rows.add(index);
      problems.why.set(index, why);
    }
  });
  for (const profile of PROFILES) {
    const placed = templateRows(template, profile);
    for (const layout of LAYOUTS) {
      const edits = planNewTable(template, {
        profile,
        layout,
        anchor: { sheet: "Sheet1", row: 0, col: 0 },
        year: 2022,
        number: 1,
      });
      const { tables } = applyAndDetect(blankBook(), edits);
      if (tables.length !== 1) {
        problems.table.push(`read back as ${tables.length} tables`);
        continue;
      }
      const [table] = tables;
      // Not even a hint: a hint is a reviewer's remark too.
      for (const finding of lint(tables, { profile }).diagnostics) {
        const at = TABLE_RULES.has(finding.rule)
          ? -1
          : table.rows.findIndex((row) => row.row === finding.row);
        const what = `${finding.rule}.${finding.messageId} (${profile}, ${layout})`;
        if (at >= 0) {
          const index = placed[at].source;
          problems.rows.add(index);
          if (!problems.why.has(index)) problems.why.set(index, what);
        } else if (finding.rule === "goal-missing" || table.goal?.value?.row === finding.row) {
          problems.goal = what;
        } else problems.table.push(what);
      }
    }
  }
  return problems;
}

export function templatesModule(inputs: readonly TemplateInput[]): string {
  return [
    "// Generated by scripts/build-templates.ts (run by `npm run library`) from the published tables of",
    "// scripts/template-items.ts: do not edit. Each item names its sources; each row is a library entry.",
    'import type { TemplateInput } from "./schema";',
    "",
    `export const LIBRARY_TEMPLATE_INPUTS: readonly TemplateInput[] = ${JSON.stringify(inputs, null, 1)};`,
    "",
  ].join("\n");
}
