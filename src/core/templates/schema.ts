/**
 * The template catalogue as data (issue 5): for each funding item its id, name, aliases, a default
 * goal and its standard rows. One row carries the eight fields of a table row (level 1, level 2,
 * name, description, comparator, value, unit, basis) and may say which profiles it belongs to and
 * where it goes in a profile whose level tree differs (see placement.ts). Zod checks it at the
 * boundary; organisations supply their own in a sheet or a JSON file (user-catalogue.ts).
 */
import { z } from "../zod";
import { COMPARATOR_SYMBOL } from "../model";
import { readComparatorCell } from "../parse/comparator";
import { parseValue, normaliseValueText } from "../parse/parse-value";
import { findUnit } from "../units";

/** What a template row's 指标性质 may be: a canonical comparator, or 定性 for a qualitative value. */
export const TEMPLATE_COMPARATORS = ["≥", "≤", "＝", "＞", "＜", "定性"] as const;
export type TemplateComparator = (typeof TEMPLATE_COMPARATORS)[number];

const label = z.string().trim().min(1, "cannot be empty");

const PlacementSchema = z.object({ level1: label, level2: label });

export const TemplateRowSchema = z
  .object({
    /** Level labels as written in either built-in profile (or a variant of one); placement.ts maps them. */
    level1: label,
    level2: label,
    /** The 三级 indicator name. */
    name: label,
    /** Other names of the same indicator (last year's wording): a table holding one is not missing the row. */
    aliases: z.array(label).default([]),
    description: z.string().trim().default(""),
    comparator: z.enum(TEMPLATE_COMPARATORS),
    /** A number for a quantity; the text of a qualitative (定性) value. */
    value: z.union([z.number().finite(), z.string().trim().min(1, "cannot be empty")]),
    /** A unit from the unit catalogue; "" for a qualitative value. */
    unit: z.string().trim().default(""),
    basis: z.string().trim().default(""),
    /** Profile ids the row belongs to; every profile when absent. */
    profiles: z.array(label).min(1).optional(),
    /** Explicit level labels by profile id, where the automatic mapping would not do. */
    placements: z.record(z.string(), PlacementSchema).optional(),
  })
  .superRefine((row, ctx) => {
    if (row.comparator === "定性") {
      if (typeof row.value !== "string")
        ctx.addIssue({ code: "custom", path: ["value"], message: "a 定性 value is text, not a number" });
      if (row.unit !== "")
        ctx.addIssue({ code: "custom", path: ["unit"], message: "a 定性 value takes no unit" });
      return;
    }
    if (typeof row.value !== "number")
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `a value after ${row.comparator} is a number`,
      });
    if (row.unit !== "") {
      const unit = findUnit(row.unit);
      if (unit && !unit.known) {
        const hint = unit.suggestion ? ` (did you mean ${unit.suggestion}?)` : "";
        ctx.addIssue({ code: "custom", path: ["unit"], message: `unknown unit "${row.unit}"${hint}` });
      }
    }
  });

/**
 * A published table (or official guidance) an item's rows were taken from: a corpus entry of
 * test/corpus/tables or a seed table, by id, with its title and address.
 */
export const TemplateSourceSchema = z.object({
  id: label,
  title: label,
  url: z.string().trim().default(""),
});

export const TemplateSchema = z
  .object({
    /** Stable id for the command line and settings ("meeting"); user entries default it to the name. */
    id: label,
    /** The item as a title names it: 会议费. */
    name: label,
    /** Other names the item goes by in titles (专网维护费 for 人大专网维护费). */
    aliases: z.array(label).default([]),
    /** The goal sentence a new table starts with; the user edits it. */
    goal: z.string().trim().min(1).optional(),
    rows: z.array(TemplateRowSchema).min(1, "a template needs at least one row"),
    /** Where the rows come from (every built-in item names its tables); empty for an organisation's own. */
    sources: z.array(TemplateSourceSchema).default([]),
  })
  .superRefine((template, ctx) => {
    const seen = new Map<string, number>();
    template.rows.forEach((row, i) => {
      for (const name of [row.name, ...row.aliases]) {
        const key = nameKey(name);
        const first = seen.get(key);
        // Rows for disjoint profiles may share a name (a row re-filed by hand for 2021).
        if (
          first !== undefined &&
          first !== i &&
          profilesOverlap(template.rows[first].profiles, row.profiles)
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["rows", i, name === row.name ? "name" : "aliases"],
            message: `"${name}" already names row ${first + 1} of this item`,
          });
        } else if (first === undefined) seen.set(key, i);
      }
    });
  });

export const CatalogueSchema = z
  .object({ templates: z.array(TemplateSchema) })
  .superRefine((catalogue, ctx) => {
    const seen = new Map<string, string>();
    catalogue.templates.forEach((template, i) => {
      for (const name of [template.id, template.name, ...template.aliases]) {
        const key = nameKey(name);
        const owner = seen.get(key);
        if (owner !== undefined && owner !== template.id) {
          ctx.addIssue({
            code: "custom",
            path: ["templates", i],
            message: `"${name}" already names the item "${owner}"`,
          });
        }
        seen.set(key, template.id);
      }
    });
  });

export type TemplateRow = z.infer<typeof TemplateRowSchema>;
export type TemplateRowInput = z.input<typeof TemplateRowSchema>;
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateSource = z.infer<typeof TemplateSourceSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;
export type Catalogue = z.infer<typeof CatalogueSchema>;

function profilesOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return true;
  return a.some((id) => b.includes(id));
}

/**
 * An indicator or item name as compared: width folded, spaces gone, a trailing note in brackets
 * ("满意度（%）") and trailing punctuation dropped.
 */
export function nameKey(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (/\s/.test(ch) || code === 0x3000 || code === 0x200b || code === 0xfeff) continue;
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  }
  let previous = "";
  while (previous !== out) {
    previous = out;
    out = out.replace(/\([^()]*\)$/, "").replace(/[、,，;；:：.。]+$/, "");
  }
  return out;
}

/**
 * Accepts a row the way people write one and returns what the schema checks: a combined value
 * (`value: "≥95%"` with no comparator) is split into comparator, number and unit by the value
 * parser; comparators written as `>=`, `不低于` become the canonical symbol; a number written as
 * text in a quantitative row becomes a number. Anything it cannot read is left for zod to report.
 */
export function normaliseRowInput(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const row: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const comparator = typeof row.comparator === "string" ? row.comparator.trim() : row.comparator;
  if ((comparator === undefined || comparator === null || comparator === "") && row.value !== undefined) {
    const split = splitCombinedValue(row.value, typeof row.unit === "string" ? row.unit : "");
    if (split) Object.assign(row, split);
    return row;
  }
  if (typeof comparator === "string") {
    const canonical = canonicalComparator(comparator);
    if (canonical) row.comparator = canonical;
    if (canonical && canonical !== "定性" && typeof row.value === "string") {
      const number = Number(normaliseValueText(row.value).replace(/,/g, ""));
      if (row.value.trim() !== "" && Number.isFinite(number)) row.value = number;
    }
  }
  return row;
}

/** ">=", "不低于", "≥" → "≥"; "定性" → "定性"; null for anything else. */
export function canonicalComparator(text: string): TemplateComparator | null {
  const cell = readComparatorCell(normaliseValueText(text));
  if (cell.kind === "qualitative") return "定性";
  if (cell.kind === "comparator") return COMPARATOR_SYMBOL[cell.comparator] as TemplateComparator;
  return null;
}

/**
 * "≥95%" → { comparator: "≥", value: 95, unit: "%" }; "按期完成" → { comparator: "定性", value: "按期完成" };
 * a deadline "2022年12月31日前" stays text (定性). Null when the text is unreadable or has no comparator.
 */
export function splitCombinedValue(
  value: unknown,
  unitCell = "",
): { comparator: TemplateComparator; value: number | string; unit: string } | null {
  if (typeof value === "number") return null;
  if (typeof value !== "string") return null;
  const parsed = parseValue(unitCell.trim() === "" ? value : value + unitCell);
  switch (parsed.kind) {
    case "quantity": {
      if (parsed.comparator === null) return null;
      const unit = parsed.unit ? (parsed.unit.known ? parsed.unit.canonical! : parsed.unit.text) : "";
      return {
        comparator: COMPARATOR_SYMBOL[parsed.comparator] as TemplateComparator,
        value: parsed.number,
        unit,
      };
    }
    case "qualitative":
      return { comparator: "定性", value: parsed.text, unit: "" };
    case "date":
    case "period":
      // Deadlines and periods are written as they are, in both layouts.
      return { comparator: "定性", value: value.trim(), unit: "" };
    default:
      return null;
  }
}
