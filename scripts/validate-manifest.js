#!/usr/bin/env node
// Validates an add-in manifest against the official XML schema (MS-OWEMXML) with xmllint, offline:
// Microsoft's own validator (`office-addin-manifest validate`) needs its web service.
//   node scripts/validate-manifest.js [manifest.xml]
// The schema is read from $JIXIAO_MANIFEST_SCHEMA, else ../shared/schemas/office-manifest/ next to
// this checkout, else next to the checkout this one was cloned from (a local `git clone`).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const REPO_ROOT = path.join(__dirname, "..");
const SCHEMA_IN_SHARED = path.join("shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");

function schemaCandidates() {
  if (process.env.JIXIAO_MANIFEST_SCHEMA) return [path.resolve(process.env.JIXIAO_MANIFEST_SCHEMA)];
  const candidates = [path.join(REPO_ROOT, "..", SCHEMA_IN_SHARED)];
  const origin = localCloneOrigin();
  if (origin) candidates.push(path.join(origin, "..", SCHEMA_IN_SHARED));
  return candidates;
}

// A clone made with `git clone <checkout> <elsewhere>` has a folder as its origin.
function localCloneOrigin() {
  const result = spawnSync("git", ["-C", REPO_ROOT, "remote", "get-url", "origin"], { encoding: "utf8" });
  const url = result.status === 0 ? result.stdout.trim().replace(/^file:\/\//, "") : "";
  return url && path.isAbsolute(url) && fs.existsSync(url) ? url : null;
}

function main() {
  const candidates = schemaCandidates();
  const schema = candidates.find((file) => fs.existsSync(file));
  // `--schema-path`: print where the schema is (exit 0), or say it is not found (exit 2).
  if (process.argv[2] === "--schema-path") {
    if (schema) {
      process.stdout.write(`${schema}\n`);
      process.exit(0);
    }
  }
  const manifest = path.resolve(process.argv[2] || path.join(REPO_ROOT, "manifest.xml"));
  if (!schema) {
    console.error(
      `Manifest schema not found (looked for ${candidates.join(", ")}). ` +
        "Set JIXIAO_MANIFEST_SCHEMA to the path of OfficeAppManifestV1_1.xsd.",
    );
    process.exit(2);
  }
  const xmllint = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { stdio: "inherit" });
  if (xmllint.error) {
    console.error(
      "xmllint is missing: run `node scripts/ensure-setup.mjs --system xmllint` (or apt-get install libxml2-utils).",
    );
    process.exit(2);
  }
  process.exit(xmllint.status === 0 ? 0 : 1);
}

main();
