#!/usr/bin/env node
// Makes a checkout ready to build and test, so that `npm start` and `npm test` work on a fresh
// machine. Plain node with no dependencies: node_modules may not exist yet.
//
//   node scripts/ensure-setup.mjs [--system chromium,xmllint,cjk-font,libreoffice] [--dry-run]
//
// 1. npm packages: `npm ci` when node_modules is missing or package-lock.json changed since the last
//    successful install (a hash stamp in node_modules), then the post-install hook below.
// 2. System packages named by --system: installed through apt when missing and running as root;
//    otherwise one line saying what to install, and exit 1.
// --dry-run prints what would be done and changes nothing.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, accessSync, constants } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const STAMP_FILE = join(REPO_ROOT, "node_modules", ".jixiao-setup-stamp");
// The npm script run after every install, if package.json defines it (the CLI's compile step).
const POST_INSTALL_SCRIPT = "build:cli";

/** What each --system name needs: how to tell it is there, and the apt package that provides it. */
const SYSTEM_PACKAGES = {
  chromium: {
    present: () => existsSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium"),
    apt: "chromium",
    hint: "or set CHROMIUM_PATH to a Chromium binary",
  },
  xmllint: { present: () => onPath("xmllint"), apt: "libxml2-utils" },
  // Only for legible screenshots: headless Chromium draws Chinese as boxes without a CJK font.
  "cjk-font": { present: hasChineseFont, apt: "fonts-wqy-microhei" },
  libreoffice: { present: () => onPath("soffice"), apt: "libreoffice-calc", noRecommends: true },
};

function parseArgs(argv) {
  const options = { system: [], dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--system") options.system.push(...(argv[++i] ?? "").split(",").filter(Boolean));
    else if (arg.startsWith("--system=")) options.system.push(...arg.slice(9).split(",").filter(Boolean));
    else fail(`Unknown option ${arg}. Usage: node scripts/ensure-setup.mjs [--system a,b] [--dry-run]`, 2);
  }
  for (const name of options.system) {
    if (!SYSTEM_PACKAGES[name])
      fail(`Unknown system package "${name}"; known: ${Object.keys(SYSTEM_PACKAGES).join(", ")}`, 2);
  }
  return options;
}

function lockfileHash() {
  return createHash("sha256")
    .update(readFileSync(join(REPO_ROOT, "package-lock.json")))
    .digest("hex");
}

function npmPackagesStale() {
  if (!existsSync(join(REPO_ROOT, "node_modules"))) return "node_modules is missing";
  if (!existsSync(STAMP_FILE)) return "node_modules was not installed by this script";
  if (readFileSync(STAMP_FILE, "utf8").trim() !== lockfileHash()) return "package-lock.json changed";
  return null;
}

function ensureNpmPackages(dryRun) {
  const reason = npmPackagesStale();
  if (!reason) return;
  const postInstall = hasNpmScript(POST_INSTALL_SCRIPT);
  if (dryRun) {
    console.log(`would run: npm ci (${reason})`);
    if (postInstall) console.log(`would run: npm run ${POST_INSTALL_SCRIPT}`);
    return;
  }
  console.log(`ensure-setup: ${reason}; running npm ci`);
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(STAMP_FILE, lockfileHash() + "\n");
  if (postInstall) run("npm", ["run", POST_INSTALL_SCRIPT]);
}

function hasNpmScript(name) {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8"));
  return Boolean(manifest.scripts && manifest.scripts[name]);
}

function ensureSystemPackages(names, dryRun) {
  const missing = names.filter((name) => !SYSTEM_PACKAGES[name].present());
  if (missing.length === 0) return;
  const packages = missing.map((name) => SYSTEM_PACKAGES[name]);
  const plain = packages.filter((p) => !p.noRecommends).map((p) => p.apt);
  const lean = packages.filter((p) => p.noRecommends).map((p) => p.apt);
  const commands = [
    ["apt-get", ["update"]],
    ...(plain.length ? [["apt-get", ["install", "-y", ...plain]]] : []),
    ...(lean.length ? [["apt-get", ["install", "-y", "--no-install-recommends", ...lean]]] : []),
  ];
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !onPath("apt-get")) {
    const hints = packages.map((p) => p.hint).filter(Boolean);
    const install = commands.map(([cmd, args]) => `sudo ${cmd} ${args.join(" ")}`).join(" && ");
    fail(
      `Missing ${missing.join(", ")}: run \`${install}\`${hints.length ? ` (${hints.join("; ")})` : ""}.`,
      1,
    );
  }
  if (dryRun) {
    for (const [cmd, args] of commands) console.log(`would run: ${cmd} ${args.join(" ")}`);
    return;
  }
  console.log(`ensure-setup: installing ${packages.map((p) => p.apt).join(", ")} through apt`);
  for (const [cmd, args] of commands) run(cmd, args, { DEBIAN_FRONTEND: "noninteractive" });
  const stillMissing = missing.filter((name) => !SYSTEM_PACKAGES[name].present());
  if (stillMissing.length) fail(`apt finished but ${stillMissing.join(", ")} is still missing.`, 1);
}

function onPath(command) {
  return (process.env.PATH || "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function hasChineseFont() {
  const result = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() !== "";
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: { ...process.env, ...extraEnv },
    shell: process.platform === "win32", // npm is npm.cmd there
  });
  if (result.status !== 0)
    fail(`\`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}).`, 1);
}

function fail(message, code) {
  console.error(`ensure-setup: ${message}`);
  process.exit(code);
}

const options = parseArgs(process.argv.slice(2));
ensureSystemPackages(options.system, options.dryRun);
ensureNpmPackages(options.dryRun);
