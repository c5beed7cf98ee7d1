// Lint keeps the layering of DESIGN.md: one table (scripts/layers.json, printed in
// docs/architecture.md) says which folder of src/ may import which and which packages each may use,
// and one rule (jixiao/layers, below) holds every import to it. Office's globals are named only in
// src/excel, src/preview and the pane's boot file; src/core touches no DOM and no Node globals.
import fs from "node:fs";
import path from "node:path";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(ROOT, "src");
const { layers: LAYERS } = JSON.parse(fs.readFileSync(path.join(ROOT, "scripts", "layers.json"), "utf8"));

/** The package an import names: "react-dom/client" → "react-dom", "@fluentui/react" stays, "node:fs" → "node:*". */
function packageOf(spec) {
  if (spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0])) return "node:*";
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** jixiao/layers: every import of a file in src/<layer> is to a layer or package the table allows. */
const layersRule = {
  meta: { type: "problem", schema: [], docs: { description: "src/ layers (scripts/layers.json)" } },
  create(context) {
    const file = context.filename;
    const relative = path.relative(SRC, file);
    if (relative.startsWith("..") || path.isAbsolute(relative)) return {};
    const layer = relative.split(path.sep)[0];
    const allowed = LAYERS[layer];
    if (!allowed) {
      return {
        Program(node) {
          context.report({ node, message: `src/${layer} is not in the layer table (scripts/layers.json).` });
        },
      };
    }
    const check = (node, spec) => {
      if (typeof spec !== "string") return;
      if (spec.startsWith(".")) {
        const target = path.relative(SRC, path.resolve(path.dirname(file), spec));
        const other = target.split(path.sep)[0];
        if (target.startsWith("..")) {
          context.report({ node, message: `src/${layer} imports from outside src/: ${spec}.` });
        } else if (other !== layer && !allowed.may.includes(other)) {
          context.report({
            node,
            message: `src/${layer} may not import src/${other} (layers: docs/architecture.md).`,
          });
        }
        return;
      }
      const pkg = packageOf(spec);
      if (pkg === "zod" && relative !== path.join("core", "zod.ts")) {
        context.report({
          node,
          message: "Import z from src/core/zod.ts, which configures it for the pages' CSP.",
        });
      } else if (!allowed.packages.includes(pkg)) {
        context.report({
          node,
          message: `src/${layer} may not use ${pkg === "node:*" ? "Node's modules" : pkg} (layers: docs/architecture.md).`,
        });
      }
    };
    const fromSource = (node) => node.source && check(node, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value);
      },
    };
  },
};

const officeGlobals = ["Excel", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: "Office APIs belong in src/excel (or src/preview, or the pane's boot file).",
}));
const unsafeHtml = [
  { selector: "CallExpression[callee.name='eval']", message: "No eval." },
  { selector: "NewExpression[callee.name='Function']", message: "No new Function." },
  {
    selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: "Render text, not HTML.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "Render text, not HTML.",
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text, not HTML." },
];

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...unsafeHtml],
      "@typescript-eslint/no-implied-eval": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The old-webview notice runs in Internet Explorer 11 as a classic script (its test parses it as ES5).
  {
    files: ["src/taskpane/old-webview.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.jest } },
  },
  // Only the Office hosts may name Office's globals.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/preview/**", "src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
  // Every import in src/ follows the layer table.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { jixiao: { rules: { layers: layersRule } } },
    rules: { "jixiao/layers": "error" },
  },
  // The engine touches no DOM and no Node globals.
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "process",
          "require",
          "Buffer",
          "__dirname",
        ].map((name) => ({ name, message: "src/core is pure: no DOM and no Node." })),
      ],
    },
  },
);
