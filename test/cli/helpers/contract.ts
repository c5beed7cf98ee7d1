/**
 * DESIGN.md's JSON contract for `check --format json`, as a zod schema: every field outside tools
 * rely on, with its type. Added fields are allowed (zod objects ignore unknown keys), so a test that
 * parses output with this schema fails only when a contract field is renamed, dropped or retyped.
 */
import { z } from "zod";

const positive = z.number().int().positive();
const count = z.number().int().nonnegative();

export const ErrorSchema = z.object({
  code: z.enum([
    "ENOENT",
    "EACCES",
    "EMPTY",
    "NOT_ZIP",
    "CORRUPT_ZIP",
    "ENCRYPTED",
    "LEGACY_XLS",
    "TOO_LARGE",
    "UNREADABLE",
    "TIMEOUT",
  ]),
  message: z
    .string()
    .min(1)
    .refine((text) => !text.includes("\n"), "one line"),
});

export const TableSchema = z.object({
  id: z.string().regex(/^t\d+$/),
  sheet: z.string().min(1),
  title: z.string().nullable(),
  fundingItem: z.string().nullable(),
  headerRow: positive,
  firstRow: positive,
  lastRow: positive,
  rowCount: count,
  profile: z.string().min(1),
  layout: z.enum(["combined", "split"]),
});

export const DiagnosticSchema = z.object({
  rule: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: z.enum(["error", "warning", "info"]),
  sheet: z.string().min(1),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
  tableId: z
    .string()
    .regex(/^t\d+$/)
    .nullable(),
  message: z.string().min(1),
  fixable: z.boolean(),
});

export const FileSchema = z.object({
  path: z.string().min(1),
  error: ErrorSchema.nullable(),
  tables: z.array(TableSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export const ReportSchema = z.object({
  version: z.literal(1),
  files: z.array(FileSchema),
  summary: z.object({
    files: count,
    tables: count,
    rows: count,
    errors: count,
    warnings: count,
    infos: count,
  }),
});

export type ContractReport = z.infer<typeof ReportSchema>;

/** The contract's field names, in DESIGN.md's order, to check that none is missing from real output. */
export const CONTRACT_FIELDS = {
  report: ["version", "files", "summary"],
  file: ["path", "error", "tables", "diagnostics"],
  table: [
    "id",
    "sheet",
    "title",
    "fundingItem",
    "headerRow",
    "firstRow",
    "lastRow",
    "rowCount",
    "profile",
    "layout",
  ],
  diagnostic: ["rule", "severity", "sheet", "cell", "tableId", "message", "fixable"],
  summary: ["files", "tables", "rows", "errors", "warnings", "infos"],
} as const;
