/**
 * Where the shared reference data lives. Tests read it in place (it is not copied into the repo):
 * `JIXIAO_SHARED` if set, else `../shared` beside the checkout, else `../shared` beside the checkout
 * a local clone was made from (its `origin` is a folder).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "../..");

export function sharedDir(): string {
  const candidates = [process.env.JIXIAO_SHARED, path.join(REPO_ROOT, "..", "shared")];
  const origin = localCloneOrigin();
  if (origin) candidates.push(path.join(origin, "..", "shared"));
  const found = candidates.filter((dir): dir is string => typeof dir === "string" && dir !== "");
  for (const dir of found) {
    if (fs.existsSync(path.join(dir, "reference", "seed-tables", "index.json"))) return dir;
  }
  throw new Error(`The shared reference data was not found (tried ${found.join(", ")}); set JIXIAO_SHARED.`);
}

/** The folder a local clone was made from (`git clone <folder> <elsewhere>`), or null. */
function localCloneOrigin(): string | null {
  const result = spawnSync("git", ["-C", REPO_ROOT, "remote", "get-url", "origin"], { encoding: "utf8" });
  const url = result.status === 0 ? result.stdout.trim().replace(/^file:\/\//, "") : "";
  return url && path.isAbsolute(url) && fs.existsSync(url) ? url : null;
}
