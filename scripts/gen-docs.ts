/** Writes the generated documents: docs/rules.md, and the README's template catalogue section. Tests hold both to this output. */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderRulesDoc } from "../src/core/docs/rules-doc";
import { ALL_RULES } from "../src/core/rules/index";
import { BUILTIN_CATALOGUE } from "../src/core/templates/catalogue";
import { renderCatalogueTable, replaceMarkedSection } from "../src/core/templates/readme-table";

const root = path.resolve(__dirname, "..");
fs.mkdirSync(path.join(root, "docs"), { recursive: true });
fs.writeFileSync(path.join(root, "docs", "rules.md"), renderRulesDoc(ALL_RULES));
console.log(`docs/rules.md: ${ALL_RULES.length} rules`);

const readmePath = path.join(root, "README.md");
const before = fs.readFileSync(readmePath, "utf8");
const after = replaceMarkedSection(before, renderCatalogueTable(BUILTIN_CATALOGUE));
if (after !== before) fs.writeFileSync(readmePath, after);
console.log(
  `README.md: ${BUILTIN_CATALOGUE.templates.length} template items${after === before ? " (unchanged)" : ""}`,
);
