// A minimal require hook for TypeScript, for node scripts such as bench/run.js: each .ts/.tsx file
// is transpiled to CommonJS on load with typescript.transpileModule (no type check; `tsc --noEmit`
// does that). Use: `node -r ./scripts/ts-register.js file.ts` or require() it first.
"use strict";
const fs = require("fs");
const ts = require("typescript");

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  inlineSourceMap: true,
  inlineSources: true,
};

/** The CommonJS JavaScript for one TypeScript source; throws on a syntax error. */
function transpile(source, fileName) {
  const result = ts.transpileModule(source, {
    fileName,
    compilerOptions: COMPILER_OPTIONS,
    reportDiagnostics: true,
  });
  const errors = (result.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const message = ts.formatDiagnostics(errors, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => "\n",
    });
    throw new SyntaxError(message.trim());
  }
  return result.outputText;
}

function compileOnLoad(module, fileName) {
  module._compile(transpile(fs.readFileSync(fileName, "utf8"), fileName), fileName);
}

// Registering the extensions also lets require("./x") find x.ts.
for (const extension of [".ts", ".tsx"]) {
  if (!require.extensions[extension]) require.extensions[extension] = compileOnLoad;
}
// Stack traces point at the TypeScript lines, through the inline source maps.
if (typeof process.setSourceMapsEnabled === "function") process.setSourceMapsEnabled(true);

module.exports = { transpile };
