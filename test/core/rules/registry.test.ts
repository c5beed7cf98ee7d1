import * as fs from "node:fs";
import * as path from "node:path";
import { renderRulesDoc } from "../../../src/core/docs/rules-doc";
import { placeholdersOf } from "../../../src/core/i18n/format";
import { ALL_RULES, RULES } from "../../../src/core/rules/index";

const RULES_DIR = path.resolve(__dirname, "../../../src/core/rules");
/** Modules in the rules folder that are not rules. */
const SUPPORT_FILES = new Set(["rule.ts", "index.ts", "facts.ts"]);

describe("the rule registry", () => {
  const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && !SUPPORT_FILES.has(f));

  it("registers every rule module under its file name, once", () => {
    expect(ALL_RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  it("keeps the list sorted by id", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))(
    "%s has a test file, docs and messages in both languages",
    (id, rule) => {
      expect(fs.existsSync(path.resolve(__dirname, `${id}.test.ts`))).toBe(true);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const lang of ["zh-CN", "en-US"] as const) {
        expect(rule.docs[lang].title.length).toBeGreaterThan(0);
        expect(rule.docs[lang].description.length).toBeGreaterThan(10);
      }
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const [messageId, text] of Object.entries(rule.messages)) {
        expect([messageId, placeholdersOf(text["en-US"])]).toEqual([
          messageId,
          placeholdersOf(text["zh-CN"]),
        ]);
      }
    },
  );

  it("covers every finding of DOMAIN §5 (rows 1–28)", () => {
    const covered = new Set(RULES.flatMap((r) => r.catalogue));
    const missing = Array.from({ length: 28 }, (_, i) => i + 1).filter((n) => !covered.has(n));
    expect(missing).toEqual([]);
  });

  it("docs/rules.md is the generated file (run `npm run docs` after changing a rule)", () => {
    const file = path.resolve(__dirname, "../../../docs/rules.md");
    expect(fs.readFileSync(file, "utf8")).toBe(renderRulesDoc(ALL_RULES));
  });
});
