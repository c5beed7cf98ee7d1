/**
 * `jixiao library`: the indicator library — every indicator seen in the published tables we hold, with
 * its sources — listed or searched (by characters, aliases or pinyin initials), as text or JSON.
 *
 *   jixiao library --search 培训人              the best matches, best first
 *   jixiao library --format json                every entry with its sources (a reviewer's reference)
 */
import * as path from "node:path";
import { LIBRARY_ENTRIES } from "../core/library/library-data";
import { LibraryIndex } from "../core/library/search";
import { libraryWithOwn } from "../core/library/user-library";
import { kindName } from "../core/library/kind-texts";
import type { LibraryEntry } from "../core/library/schema";
import { USER_CATALOGUE_SHEET, USER_LIBRARY_SHEET } from "../core/templates/index";
import type { Lang } from "../core/i18n/lang";
import { cliMessage } from "./cli-messages";
import { alignColumns, fitStart } from "./display-width";
import { EXIT_OK } from "./exit-codes";
import type { Io } from "./io";
import { readOwnIndicators } from "./own-catalogue";
import { parseCommandArgs, parseFormat, parseLang, UsageError } from "./options";
import { terminalLines } from "./terminal-text";

/** Matches shown for a search unless --limit says otherwise. */
const SEARCH_LIMIT = 20;

/**
 * What the organisation's sources are called in the entries: a JSON catalogue by its file name, a
 * workbook's sheets by file and sheet (本单位.xlsx/指标库).
 */
function ownNames(file: string): { catalogue: string; library: string } {
  const name = path.basename(file);
  if (!/\.xlsx$/i.test(file)) return { catalogue: name, library: name };
  return { catalogue: `${name}/${USER_CATALOGUE_SHEET}`, library: `${name}/${USER_LIBRARY_SHEET}` };
}

export async function runLibrary(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    search: { type: "string", short: "s" },
    limit: { type: "string" },
    format: { type: "string", short: "f" },
    lang: { type: "string" },
    catalogue: { type: "string" },
  });
  const lang = parseLang(values.lang as string | undefined, io.env);
  const format = parseFormat(values.format as string | undefined);
  if (positionals.length > 0) throw new UsageError("usage.bad", { reason: positionals.join(" ") });
  const query = values.search as string | undefined;
  // The organisation's own indicators (its catalogue's rows, its 指标库 sheet's) join the built-in ones.
  const file = values.catalogue as string | undefined;
  const library =
    file === undefined
      ? LIBRARY_ENTRIES
      : libraryWithOwn(LIBRARY_ENTRIES, await readOwnIndicators(file), ownNames(file));
  const limit = parseLimit(values.limit as string | undefined, query === undefined ? Infinity : SEARCH_LIMIT);
  const hits =
    query === undefined
      ? library.slice(0, limit).map((entry) => ({ entry, score: null as number | null }))
      : new LibraryIndex(library).search(query, limit);
  if (format === "json") {
    const report = {
      library: { entries: library.length, shown: hits.length, query: query ?? null },
      entries: hits.map(({ entry, score }) => (score === null ? entry : { ...entry, score })),
    };
    io.out(JSON.stringify(report, null, 2) + "\n");
  } else {
    io.out(
      terminalLines(
        formatEntries(
          hits.map((hit) => hit.entry),
          library.length,
          lang,
          query,
        ),
      ),
    );
  }
  return EXIT_OK;
}

function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError("usage.badLimit");
  return limit;
}

/** At most this many display columns of a name in the text list (16 Chinese characters). */
const NAME_COLUMNS = 32;

function formatEntries(
  entries: readonly LibraryEntry[],
  total: number,
  lang: Lang,
  query: string | undefined,
): string {
  const header = [
    cliMessage(lang, "library.name"),
    cliMessage(lang, "library.kind"),
    cliMessage(lang, "library.value"),
    cliMessage(lang, "library.placement"),
    cliMessage(lang, "library.sources"),
  ];
  const lines = [
    header,
    ...entries.map((entry) => {
      const placement = entry.placements["2015"] ?? entry.placements["2021"];
      return [
        // A published name can run to a sentence: the list keeps a line readable (JSON has it whole).
        fitStart(entry.name, NAME_COLUMNS),
        kindName(lang, entry.kind),
        `${entry.comparator}${entry.unit}`,
        placement ? `${placement.level1}/${placement.level2}` : "",
        String(entry.sources.length),
      ];
    }),
  ];
  const text = alignColumns(lines);
  const summary =
    query === undefined
      ? cliMessage(lang, "library.count", { count: total })
      : cliMessage(lang, "library.found", { count: entries.length, query });
  return [...text, summary, cliMessage(lang, "library.usage")].join("\n") + "\n";
}
