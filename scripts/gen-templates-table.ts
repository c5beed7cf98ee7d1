/** Rewrites the README's template catalogue section from the catalogue's data (see src/core/templates/readme-table.ts). */
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILTIN_CATALOGUE } from "../src/core/templates/catalogue";
import { renderCatalogueTable, replaceMarkedSection } from "../src/core/templates/readme-table";

const readmePath = path.resolve(__dirname, "..", "README.md");
const before = fs.readFileSync(readmePath, "utf8");
const after = replaceMarkedSection(before, renderCatalogueTable(BUILTIN_CATALOGUE));
if (after !== before) fs.writeFileSync(readmePath, after);
console.log(
  `README.md: ${BUILTIN_CATALOGUE.templates.length} template items${after === before ? " (unchanged)" : ""}`,
);
