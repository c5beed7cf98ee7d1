// Lint keeps the layering of DESIGN.md: src/core is pure; only src/excel and src/preview (and the
// pane's boot file) touch Office; only src/cli touches the file system and exceljs.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeBuiltins = [
  "fs",
  "fs/promises",
  "path",
  "os",
  "child_process",
  "worker_threads",
  "http",
  "https",
  "net",
  "url",
  "zlib",
  "stream",
  "crypto",
  "util",
  "events",
  "readline",
  "process",
  "buffer",
];
const nodeImportPatterns = [{ group: ["node:*"], message: "Node APIs belong in src/cli." }];
const restrict = (names, message) => names.map((name) => ({ name, message }));
const officeGlobals = ["Excel", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: "Office APIs belong in src/excel (or src/preview, or the pane's boot file).",
}));
// zod is configured once (jitless, for the pages' Content-Security-Policy): import it from there.
const zodOnce = [
  { name: "zod", message: "Import z from src/core/zod.ts, which configures it for the pages' CSP." },
];
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
  // The engine is pure: no UI, no Office, no file system, no DOM, no Node.
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...restrict(
              ["react", "react-dom", "react-dom/client", "@fluentui/react", "exceljs"],
              "src/core is pure.",
            ),
            ...restrict(nodeBuiltins, "src/core is pure: Node APIs belong in src/cli."),
            ...zodOnce,
          ],
          patterns: [
            ...nodeImportPatterns,
            {
              group: [
                "@fluentui/*",
                "react/*",
                "**/excel/**",
                "**/cli/**",
                "**/taskpane/**",
                "**/preview/**",
              ],
              message: "src/core is pure.",
            },
          ],
        },
      ],
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
  // Hosts other than the command line do not touch the file system or exceljs. The preview reads
  // and writes .xlsx in the browser only through src/xlsx (exceljs without Node), loaded on demand.
  {
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: restrict(
            [...nodeBuiltins, "exceljs"],
            "Only src/cli (and src/xlsx) touch the file system and exceljs.",
          ),
          patterns: [
            ...nodeImportPatterns,
            { group: ["**/cli/**"], message: "Only the command line imports src/cli." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...restrict([...nodeBuiltins, "exceljs"], "The pane's bundle carries no .xlsx library."),
            ...zodOnce,
          ],
          patterns: [
            ...nodeImportPatterns,
            {
              group: ["**/cli/**", "**/xlsx/**"],
              message: "The pane reads workbooks through office.js only.",
            },
          ],
        },
      ],
    },
  },
  // src/xlsx: exceljs in any JavaScript host (the preview), no file system, no UI, no Office.
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: restrict(
            ["react", "react-dom", "@fluentui/react", ...nodeBuiltins],
            "src/xlsx converts workbooks only.",
          ),
          patterns: [
            ...nodeImportPatterns,
            {
              group: ["**/cli/**", "**/taskpane/**", "**/excel/**"],
              message: "src/xlsx converts workbooks only.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  // The Excel adapter renders nothing.
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: restrict(
            ["react", "react-dom", "@fluentui/react", "exceljs", ...nodeBuiltins],
            "src/excel only adapts Office.",
          ),
          patterns: [
            ...nodeImportPatterns,
            { group: ["**/taskpane/**", "**/cli/**"], message: "src/excel only adapts Office." },
          ],
        },
      ],
    },
  },
  // The command line renders no UI.
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: restrict(["react", "react-dom", "@fluentui/react"], "The command line renders no UI."),
          patterns: [
            {
              group: ["**/taskpane/**", "**/excel/**", "**/preview/**"],
              message: "The command line uses src/core only.",
            },
          ],
        },
      ],
    },
  },
  // The one place zod is imported and configured.
  { files: ["src/core/zod.ts"], rules: { "no-restricted-imports": "off" } },
);
