/**
 * The organisation's own templates and indicators (--catalogue FILE), read for `template`, `templates`
 * and `library`: a JSON catalogue, or a workbook (.xlsx) with a 指标模板 sheet (its templates) and/or a
 * 指标库 sheet (its own indicators, for the library), as the pane reads them from the open workbook.
 */
import * as fs from "node:fs";
import type { OwnIndicators } from "../core/library/user-library";
import {
  findCatalogueSheet,
  findLibrarySheet,
  problemText,
  readCatalogueJson,
  readCatalogueSheet,
  readLibrarySheet,
  USER_CATALOGUE_SHEET,
  USER_LIBRARY_SHEET,
  type Catalogue,
  type CatalogueProblem,
} from "../core/templates/index";
import { readErrorMessage } from "./cli-messages";
import { UsageError } from "./options";
import { oneLine } from "./read-errors";
import { readGrids } from "./read-workbook";

/** The organisation's own catalogue and 指标库; a file that cannot be used is a usage error naming why. */
export async function readOwnIndicators(file: string): Promise<OwnIndicators> {
  if (/\.xlsx$/i.test(file)) return readWorkbookIndicators(file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\ufeff/, ""));
  } catch (error) {
    throw new UsageError("usage.catalogueUnreadable", { file, reason: oneLine(error) });
  }
  const { catalogue, problems } = readCatalogueJson(json);
  refuseProblems(file, problems);
  return { catalogue, library: null };
}

/** The organisation's own template catalogue alone (for `template` and `templates`): empty when it has none. */
export async function readOwnCatalogue(file: string): Promise<Catalogue> {
  return (await readOwnIndicators(file)).catalogue ?? { templates: [] };
}

async function readWorkbookIndicators(file: string): Promise<OwnIndicators> {
  const read = await readGrids(file);
  if (!read.ok)
    throw new UsageError("usage.catalogueUnreadable", {
      file,
      reason: readErrorMessage(read.error, "en-US"),
    });
  const catalogueGrid = findCatalogueSheet(read.value);
  const libraryGrid = findLibrarySheet(read.value);
  if (!catalogueGrid && !libraryGrid)
    throw new UsageError("usage.catalogueUnreadable", {
      file,
      reason: `it has no sheet named ${USER_CATALOGUE_SHEET} or ${USER_LIBRARY_SHEET}`,
    });
  const own = catalogueGrid ? readCatalogueSheet(catalogueGrid) : null;
  const library = libraryGrid ? readLibrarySheet(libraryGrid) : null;
  refuseProblems(file, [...(own?.problems ?? []), ...(library?.problems ?? [])]);
  return { catalogue: own?.catalogue ?? null, library: library?.catalogue ?? null };
}

function refuseProblems(file: string, problems: readonly CatalogueProblem[]): void {
  if (problems.length === 0) return;
  const first = problems[0];
  const where = first.path ? `${first.path}: ` : first.row ? `${first.sheet ?? ""} row ${first.row}: ` : "";
  const more = problems.length > 1 ? ` (+${problems.length - 1})` : "";
  throw new UsageError("usage.catalogueUnreadable", {
    file,
    reason: `${where}${problemText(first, "en-US")}${more}`,
  });
}
