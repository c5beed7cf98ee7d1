#!/usr/bin/env node
// The jixiao command line (src/cli, compiled by `npm run build:cli` into build/).
"use strict";
const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "jixiao: the command line is not built yet: run `npm ci` and then `npm run build:cli`\n",
  );
  process.exit(2);
}
require(entry).run();
