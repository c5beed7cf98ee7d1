/**
 * Where the shared reference data lives. Tests read it in place (it is not copied into the repo):
 * `JIXIAO_SHARED` if set, else `../shared` beside the checkout, else `/work/shared`.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export function sharedDir(): string {
  const candidates = [
    process.env.JIXIAO_SHARED,
    path.resolve(__dirname, "../../../shared"),
    "/work/shared",
  ].filter((dir): dir is string => typeof dir === "string" && dir !== "");
  for (const dir of candidates) {
    if (fs.existsSync(path.join(dir, "reference", "seed-tables", "index.json"))) return dir;
  }
  throw new Error(
    `The shared reference data was not found (tried ${candidates.join(", ")}); set JIXIAO_SHARED.`,
  );
}
