import fs from "fs";
import path from "path";
import type { Bench } from "./bench";

const DIST = path.join(__dirname, "..", "dist");
// What the pane may cost to load; another issue brings the bundle under it.
const TASKPANE_BUDGET_KIB = 450;

/**
 * The local scripts a built page loads (office.js from Microsoft's CDN is not ours to count).
 * The minified page may leave attribute values unquoted.
 */
export function localScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

/** bundle.taskpaneKiB: the minified JavaScript taskpane.html loads, in KiB (npm run bench builds first). */
export default async function bundleFigures(b: Bench): Promise<void> {
  const page = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(page)) throw new Error("dist/taskpane.html is missing: run `npm run build` first.");
  const scripts = localScripts(fs.readFileSync(page, "utf8"));
  if (scripts.length === 0) throw new Error("dist/taskpane.html loads no local script");
  const bytes = scripts.reduce(
    (sum, src) => sum + fs.statSync(path.join(DIST, src.replace(/^\//, ""))).size,
    0,
  );
  b.record("bundle.taskpaneKiB", Math.round((bytes / 1024) * 10) / 10);
  b.budget("bundle.taskpaneKiB", TASKPANE_BUDGET_KIB);
}
