/** The organisation's own template catalogue (--catalogue FILE), read for `template`, `templates` and `library`. */
import * as fs from "node:fs";
import { problemText, readCatalogueJson, type Catalogue } from "../core/templates/index";
import { UsageError } from "./options";
import { oneLine } from "./read-errors";

/** The organisation's own catalogue from its JSON file; a file that cannot be used is a usage error naming why. */
export function readOwnCatalogue(file: string): Catalogue {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\ufeff/, ""));
  } catch (error) {
    throw new UsageError("usage.catalogueUnreadable", { file, reason: oneLine(error) });
  }
  const { catalogue, problems } = readCatalogueJson(json);
  if (problems.length > 0) {
    const first = problems[0];
    const where = first.path ? `${first.path}: ` : "";
    const more = problems.length > 1 ? ` (+${problems.length - 1})` : "";
    throw new UsageError("usage.catalogueUnreadable", {
      file,
      reason: `${where}${problemText(first, "en-US")}${more}`,
    });
  }
  return catalogue;
}
