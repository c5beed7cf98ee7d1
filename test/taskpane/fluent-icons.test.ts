import * as fs from "node:fs";
import * as path from "node:path";
import { getIcon } from "@fluentui/react";
import { BUNDLED_ICONS, registerBundledIcons } from "../../src/taskpane/fluent-icons";

const LIB = path.join(path.dirname(require.resolve("@fluentui/font-icons-mdl2")), "..", "lib");

/** Each subset module of @fluentui/font-icons-mdl2 as data: its font family, woff file and icons. */
function packageSubsets(): Map<string, { font: string; icons: Map<string, string> }> {
  const subsets = new Map<string, { font: string; icons: Map<string, string> }>();
  for (const file of fs.readdirSync(LIB).filter((f) => /^fabric-icons(-\d+)?\.js$/.test(f))) {
    const text = fs.readFileSync(path.join(LIB, file), "utf8");
    const family = /fontFamily: "\\"([^"\\]+)\\""/.exec(text)![1];
    const font = /(fabric-icons[-0-9a-z]*\.woff)/.exec(text)![1];
    const icons = new Map(
      [...text.matchAll(/^\s*'?([A-Za-z0-9]+)'?: '\\u([0-9A-F]{4})'/gm)].map((m) => [
        m[1],
        String.fromCharCode(parseInt(m[2], 16)),
      ]),
    );
    subsets.set(family, { font, icons });
  }
  return subsets;
}

test("every bundled icon has the family, font file and code point the icon package gives it", () => {
  const subsets = packageSubsets();
  for (const [family, subset] of Object.entries(BUNDLED_ICONS)) {
    const real = subsets.get(family);
    expect([family, real?.font]).toEqual([family, subset.font]);
    for (const [name, code] of Object.entries(subset.icons))
      expect([name, real?.icons.get(name)]).toEqual([name, code]);
  }
});

test("the font files are shipped by the package (webpack copies them to dist/fonts)", () => {
  for (const subset of Object.values(BUNDLED_ICONS)) {
    expect(fs.existsSync(path.join(LIB, "..", "fonts", subset.font))).toBe(true);
  }
});

test("registering makes the icons known to Fluent, with a local font URL", () => {
  registerBundledIcons();
  const icon = getIcon("ErrorBadge");
  expect(icon?.code).toBe("\uEA39");
  expect(JSON.stringify(icon?.subset.fontFace)).toContain("fonts/fabric-icons-3-089e217a.woff");
  expect(JSON.stringify(icon?.subset.fontFace)).not.toMatch(/cdn/i);
});

test("every icon the pane names in its code is bundled", () => {
  const bundled = new Set(Object.values(BUNDLED_ICONS).flatMap((s) => Object.keys(s.icons)));
  const dir = path.join(__dirname, "..", "..", "src", "taskpane");
  const files = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f));
  const named = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const line of text.split("\n").filter((l) => l.includes("iconName"))) {
      for (const m of line.matchAll(/"([A-Z][A-Za-z0-9]+)"/g)) named.add(m[1]);
    }
    for (const m of text.matchAll(/^\s+(?:error|warning|info): "([A-Za-z0-9]+)",$/gm)) named.add(m[1]);
  }
  expect([...named].sort()).toEqual(
    expect.arrayContaining(["ChevronDown", "ChevronRight", "ErrorBadge", "Info", "Repair", "Warning"]),
  );
  for (const name of named) expect([name, bundled.has(name)]).toEqual([name, true]);
});
