import { createHash } from "crypto";
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "ensure-setup.mjs");
const NOBODY = 65534;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** A throw-away project with its own copy of the script, so nothing here installs anything. */
function project(scripts: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ensure-setup-"));
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.copyFileSync(SCRIPT, path.join(dir, "scripts", "ensure-setup.mjs"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "x", scripts }));
  fs.writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages: {} }));
  return dir;
}

function stampInstalled(dir: string): void {
  fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  const hash = createHash("sha256")
    .update(fs.readFileSync(path.join(dir, "package-lock.json")))
    .digest("hex");
  fs.writeFileSync(path.join(dir, "node_modules", ".jixiao-setup-stamp"), hash + "\n");
}

function ensureSetup(
  dir: string,
  args: string[],
  options: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {},
) {
  return spawnSync(process.execPath, [path.join(dir, "scripts", "ensure-setup.mjs"), ...args], {
    encoding: "utf8",
    ...options,
    env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium", ...options.env },
  });
}

describe("scripts/ensure-setup.mjs: npm packages", () => {
  test("installs when node_modules is missing", () => {
    const result = ensureSetup(project(), ["--dry-run"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("would run: npm ci (node_modules is missing)\n");
  });

  test("installs when node_modules was not installed by it", () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, "node_modules"));
    expect(ensureSetup(dir, ["--dry-run"]).stdout).toContain(
      "would run: npm ci (node_modules was not installed by this script)",
    );
  });

  test("does nothing when the lockfile is the one last installed", () => {
    const dir = project();
    stampInstalled(dir);
    const result = ensureSetup(dir, ["--dry-run"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
  });

  test("installs again when the lockfile changed", () => {
    const dir = project();
    stampInstalled(dir);
    fs.appendFileSync(path.join(dir, "package-lock.json"), "\n");
    expect(ensureSetup(dir, ["--dry-run"]).stdout).toContain("would run: npm ci (package-lock.json changed)");
  });

  test("runs the build:cli script after installing, when package.json has one", () => {
    const result = ensureSetup(project({ "build:cli": "tsc -p src/cli" }), ["--dry-run"]);
    expect(result.stdout.split("\n")).toEqual([
      "would run: npm ci (node_modules is missing)",
      "would run: npm run build:cli",
      "",
    ]);
  });
});

describe("scripts/ensure-setup.mjs: system packages", () => {
  test("rejects a name it does not know", () => {
    const result = ensureSetup(project(), ["--system", "chromium,emacs", "--dry-run"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown system package "emacs"');
  });

  (isRoot ? test : test.skip)("as root, installs what is missing through apt, updating once", () => {
    const dir = project();
    stampInstalled(dir);
    const result = ensureSetup(dir, ["--system", "chromium,xmllint", "--dry-run"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("would run: apt-get update\nwould run: apt-get install -y chromium\n");
  });

  (isRoot ? test : test.skip)("as anyone else, says in one line what to install and exits 1", () => {
    const dir = project();
    stampInstalled(dir);
    const result = ensureSetup(dir, ["--system=chromium"], { uid: NOBODY, gid: NOBODY });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "ensure-setup: Missing chromium: run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).\n",
    );
  });

  test("is content when what is asked for is there", () => {
    const dir = project();
    stampInstalled(dir);
    const result = ensureSetup(dir, ["--system", "chromium", "--dry-run"], {
      env: { CHROMIUM_PATH: process.execPath },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
  });
});
