/**
 * Writes the generated documents: docs/rules.md, the README's template catalogue section and the
 * layer table of docs/architecture.md. Tests hold all three to this output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderRulesDoc } from "../src/core/docs/rules-doc";
import { ALL_RULES } from "../src/core/rules/index";
import { BUILTIN_CATALOGUE } from "../src/core/templates/catalogue";
import { renderCatalogueTable, replaceMarkedSection } from "../src/core/templates/readme-table";
import { LAYERS_END, LAYERS_START, renderLayersTable, type LayerTable } from "./layers-table";

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

const architecturePath = path.join(root, "docs", "architecture.md");
const architecture = fs.readFileSync(architecturePath, "utf8");
const table = JSON.parse(fs.readFileSync(path.join(root, "scripts", "layers.json"), "utf8")) as LayerTable;
const start = architecture.indexOf(LAYERS_START);
const end = architecture.indexOf(LAYERS_END);
if (start < 0 || end < start) throw new Error("docs/architecture.md has no layer table markers");
const rewritten =
  architecture.slice(0, start) + renderLayersTable(table) + architecture.slice(end + LAYERS_END.length);
if (rewritten !== architecture) fs.writeFileSync(architecturePath, rewritten);
console.log(`docs/architecture.md: ${Object.keys(table.layers).length} layers`);
