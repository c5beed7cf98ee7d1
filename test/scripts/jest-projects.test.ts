/** Every test file is run by one of jest's projects: a folder the config does not name would be skipped in silence. */
import fs from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "jest.config.js")) as { projects: { testMatch: string[] }[] };

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A testMatch glob of this config's forms ("<rootDir>/test/{a,b}/**\/*.test.ts?(x)") as a RegExp. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace("<rootDir>/", "")
    .replace(/[.+^$()|[\]\\]/g, (c) => (c === "(" || c === ")" || c === "|" ? c : `\\${c}`))
    .replace(/\{([^}]+)\}/g, (_m, list: string) => `(?:${list.split(",").join("|")})`)
    .replace(/\?\\\(x\\\)|\?\(x\)/g, "x?")
    .replace(/\*\*\//g, "(?:.*/)?")
    .replace(/\*/g, "[^/]*");
  return new RegExp(`^${source}$`);
}

test("every test file is in exactly one jest project", () => {
  const patterns = config.projects.map((project) => project.testMatch.map(globToRegExp));
  const files = testFiles(path.join(ROOT, "test")).map((file) =>
    path.relative(ROOT, file).split(path.sep).join("/"),
  );
  expect(files.length).toBeGreaterThan(100);
  const unmatched = files.filter(
    (file) => patterns.filter((list) => list.some((re) => re.test(file))).length !== 1,
  );
  expect(unmatched).toEqual([]);
});
