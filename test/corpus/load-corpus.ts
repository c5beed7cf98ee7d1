/**
 * The corpus of real published tables (test/corpus/tables): each entry's CSV and its manifest with
 * the reviewer's key, read and checked for shape. A malformed entry is a list of problems naming
 * the file and the field, so that a transcription slip shows where it is.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { parseCsv } from "../../src/cli/read-csv";

export const CORPUS_DIR = path.join(__dirname, "tables");

const RuleRef = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const FlagSchema = z.strictObject({
  line: z.union([z.number().int().positive(), z.literal("table")]),
  rule: RuleRef,
  level: z.enum(["error", "warning", "hint"]),
  why: z.string().min(1),
});

export const FAMILIES = [
  "combined",
  "split",
  "list",
  "info-rows",
  "info-columns",
  "left-label",
  "self-evaluation",
  "framework-2021",
  "regional-satisfaction",
  "weights",
  "department",
  "outline",
] as const;

const EntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  source: z.strictObject({
    url: z.string().regex(/^https?:\/\//),
    publisher: z.string().min(1),
    published: z.string(),
  }),
  province: z.string().min(2),
  year: z.number().int().min(2010).max(2030),
  form: z.string().min(1),
  families: z.array(z.enum(FAMILIES)).min(1),
  partial: z.boolean(),
  transcription: z.enum(["verbatim", "traditional-mirror"]),
  uncertain: z.array(z.string()),
  expect: z.strictObject({
    headerLine: z.number().int().positive(),
    /** 2 when a sub-header record splits the header's merged cells (指标值 over 指标性质 / 指标值 / 单位). */
    headerLines: z.union([z.literal(1), z.literal(2)]).optional(),
    bodyRows: z.number().int().nonnegative(),
    /** Records inside the body holding only info columns (a department's subtotal line): not rows. */
    infoLines: z.array(z.number().int().positive()).optional(),
  }),
  key: z.strictObject({
    flags: z.array(FlagSchema),
    clean: z.array(z.number().int().positive()),
    borderline: z.array(z.strictObject({ line: z.number().int().positive(), why: z.string().min(1) })),
  }),
});

export type CorpusFlag = z.infer<typeof FlagSchema>;
export type CorpusManifest = z.infer<typeof EntrySchema>;

export interface CorpusEntry extends CorpusManifest {
  /** The CSV's records, cells as text ("" for blank). */
  records: string[][];
}

/** The ids in the corpus, sorted. */
export function corpusIds(dir = CORPUS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

/** One entry, or the problems that keep it from being read. */
export function readCorpusEntry(
  id: string,
  dir = CORPUS_DIR,
): { entry: CorpusEntry } | { problems: string[] } {
  const problems: string[] = [];
  const csvPath = path.join(dir, `${id}.csv`);
  const jsonPath = path.join(dir, `${id}.json`);
  if (!fs.existsSync(csvPath)) return { problems: [`${id}: ${id}.csv is missing`] };
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  } catch (error) {
    return { problems: [`${id}.json: not JSON (${(error as Error).message})`] };
  }
  const parsed = EntrySchema.safeParse(manifest);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map(
        (issue) => `${id}.json: ${issue.path.join(".") || "(root)"}: ${issue.message}`,
      ),
    };
  }
  const text = fs.readFileSync(csvPath, "utf8");
  if (text.charCodeAt(0) === 0xfeff) problems.push(`${id}.csv: starts with a byte-order mark`);
  const records = parseCsv(text.replace(/^\ufeff/, "")).filter(
    (record, i, all) => !(i === all.length - 1 && record.every((cell) => cell === "")),
  );
  const entry: CorpusEntry = { ...parsed.data, records };
  if (entry.id !== id) problems.push(`${id}.json: id is "${entry.id}", not the file's name`);
  problems.push(...checkKey(entry));
  return problems.length > 0 ? { problems } : { entry };
}

/** Every body record in exactly one of flags, clean, borderline; lines inside the CSV. */
function checkKey(entry: CorpusEntry): string[] {
  const problems: string[] = [];
  const where = `${entry.id}.json`;
  const { headerLine, bodyRows } = entry.expect;
  const firstBody = headerLine + (entry.expect.headerLines ?? 1);
  const lineCount = entry.records.length;
  if (headerLine > lineCount)
    problems.push(`${where}: expect.headerLine ${headerLine} is past the CSV's ${lineCount} records`);
  const seen = new Map<number, string>();
  const mark = (line: number, what: string) => {
    if (line > lineCount)
      problems.push(`${where}: ${what} names line ${line}, past the CSV's ${lineCount} records`);
    if (line < firstBody)
      problems.push(`${where}: ${what} names line ${line}, not below the header (line ${headerLine})`);
    const before = seen.get(line);
    if (before && before !== "flag") problems.push(`${where}: line ${line} is both ${before} and ${what}`);
    if (before === "flag" && what !== "flag")
      problems.push(`${where}: line ${line} is both flagged and ${what}`);
    seen.set(line, what);
  };
  for (const flag of entry.key.flags) if (flag.line !== "table") mark(flag.line, "flag");
  for (const line of entry.key.clean) mark(line, "clean");
  for (const item of entry.key.borderline) mark(item.line, "borderline");
  // Body records that hold anything, from the header down, should each be keyed.
  const infoLines = new Set(entry.expect.infoLines ?? []);
  const lastBody = firstBody + bodyRows + infoLines.size - 1;
  for (let line = firstBody; line <= Math.min(lastBody, lineCount); line++) {
    if (infoLines.has(line)) continue;
    const record = entry.records[line - 1];
    if (record.some((cell) => cell.trim() !== "") && !seen.has(line))
      problems.push(`${where}: body line ${line} is in none of flags, clean, borderline`);
  }
  return problems;
}

/** Every entry; throws with every problem of every entry at once. */
export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const problems: string[] = [];
  for (const id of corpusIds(dir)) {
    const result = readCorpusEntry(id, dir);
    if ("entry" in result) entries.push(result.entry);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new Error(`The corpus has problems:\n${problems.join("\n")}`);
  return entries;
}
