/** Writes the generated documents: docs/rules.md (and, once the catalogue exists, the README's template table). */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderRulesDoc } from "../src/core/docs/rules-doc";
import { ALL_RULES } from "../src/core/rules/index";

const root = path.resolve(__dirname, "..");
fs.mkdirSync(path.join(root, "docs"), { recursive: true });
fs.writeFileSync(path.join(root, "docs", "rules.md"), renderRulesDoc(ALL_RULES));
console.log(`docs/rules.md: ${ALL_RULES.length} rules`);
