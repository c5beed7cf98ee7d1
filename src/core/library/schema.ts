/**
 * The indicator library (issue 16) as data: every 三级指标 seen in a published table, with where it goes
 * in both frameworks, its kind, its usual unit and comparator, what people wrote as its description
 * and basis, the targets seen, the funding items and sectors it was seen under, and — always — where it
 * comes from. Built by scripts/build-library.ts from the corpus and the seed tables; nothing in it is
 * written by us but the kind and the sector, which the script reads off the table.
 */
import { z } from "../zod";

export const INDICATOR_KINDS = [
  "count",
  "rate",
  "cost",
  "deadline",
  "satisfaction",
  "qualitative",
  "other",
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const SECTORS = [
  "education",
  "health",
  "agriculture",
  "civil-affairs",
  "transport",
  "urban",
  "culture-tourism",
  "science",
  "security-justice",
  "congress-cppcc",
  "party",
  "it",
  "construction",
  "services",
  "subsidies",
  "environment",
  "administration",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

const text = z.string().trim().min(1);

const PlacementSchema = z.object({ level1: text, level2: text });

/** Where one occurrence was seen: a corpus entry and its CSV line, or a seed table and its row. */
export const LibrarySourceSchema = z.object({
  kind: z.enum(["corpus", "seed", "organisation"]),
  /**
   * The corpus entry's id (test/corpus/tables/<id>.json), the seed table's file name, or the
   * organisation's own catalogue (its 指标模板 sheet or JSON file) by name.
   */
  id: text,
  /** 1-based line of the CSV (corpus), row of the table (seed), or row of the item's template (organisation). */
  line: z.number().int().positive(),
  /** The funding item or project the table is for, as its title names it. */
  item: text,
  year: z.number().int().min(2010).max(2030).nullable(),
  province: z.string(),
});
export type LibrarySource = z.infer<typeof LibrarySourceSchema>;

/** Numeric targets seen with one comparator and unit: their range and how many. */
export const TargetRangeSchema = z.object({
  comparator: z.enum(["≥", "≤", "＝", "＞", "＜"]),
  unit: z.string(),
  min: z.number().finite(),
  max: z.number().finite(),
  count: z.number().int().positive(),
});
export type TargetRange = z.infer<typeof TargetRangeSchema>;

export const LibraryEntrySchema = z.object({
  /** Stable: the name's fingerprint. */
  id: z.string().regex(/^[0-9a-z]+$/),
  name: text,
  /** Other spellings seen for the same indicator (spacing, punctuation, width). */
  aliases: z.array(text),
  /** Where it goes, per built-in framework, as most tables place it (absent where no group fits). */
  placements: z.object({ "2015": PlacementSchema.optional(), "2021": PlacementSchema.optional() }),
  kind: z.enum(INDICATOR_KINDS),
  /** The comparator and unit most tables give it ("" when it is qualitative or none was written). */
  comparator: z.string(),
  unit: z.string(),
  /** The description most tables give (verbatim), "" when none. */
  description: z.string(),
  /** Basis texts seen, most frequent first (at most three). */
  basis: z.array(text),
  targets: z.array(TargetRangeSchema),
  /** Qualitative targets seen, most frequent first (at most five). */
  qualitative: z.array(text),
  sectors: z.array(z.enum(SECTORS)).min(1),
  sources: z.array(LibrarySourceSchema).min(1, "an entry without a source"),
  /** Pinyin initials of the name and of each alias ("pxrc" for 培训人次), for typing search. */
  initials: z.array(z.string().regex(/^[a-z0-9]*$/)).min(1),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export const LibrarySchema = z.object({
  entries: z.array(LibraryEntrySchema),
});
export type Library = z.infer<typeof LibrarySchema>;
