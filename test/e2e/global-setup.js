// Runs once before the browser tests: they test the built pages, so dist/ must exist, and Chromium
// must be there; fails with one line saying what to do. A dist/ older than its sources only warns:
// a newer file may not be part of the pages at all (npm test always builds first).
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");
const BUILT_PAGES = ["taskpane.html", "preview.html"].map((page) => path.join(ROOT, "dist", page));
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json"];

function newestFile(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return null;
  if (!stat.isDirectory()) return { file: target, mtimeMs: stat.mtimeMs };
  let newest = null;
  for (const entry of fs.readdirSync(target)) {
    const candidate = newestFile(path.join(target, entry));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

module.exports = async function checkBrowserTestPrerequisites() {
  // Screenshots go there, and jest's --outputFile does not create its folder.
  fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `Chromium not found at ${chromium}: run \`node scripts/ensure-setup.mjs --system chromium\` or set CHROMIUM_PATH.`,
    );
  }
  const missing = BUILT_PAGES.filter((page) => !fs.existsSync(page));
  if (missing.length > 0) {
    throw new Error(
      `${path.relative(ROOT, missing[0])} is missing: run \`npm run build\` first (npm test does).`,
    );
  }
  const builtAt = Math.min(...BUILT_PAGES.map((page) => fs.statSync(page).mtimeMs));
  for (const input of BUILD_INPUTS) {
    const newest = newestFile(path.join(ROOT, input));
    if (newest && newest.mtimeMs > builtAt) {
      console.warn(
        `\nBrowser tests: dist/ is older than ${path.relative(ROOT, newest.file)}; run \`npm run build\` to test it.`,
      );
      return;
    }
  }
};
