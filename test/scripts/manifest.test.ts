import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";

function validate(xml: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  fs.writeFileSync(file, xml);
  return spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js"), file], {
    encoding: "utf8",
  });
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

/**
 * The schema is not part of the repository (it is Microsoft's; scripts/validate-manifest.js finds it in
 * the shared folder beside the checkout or beside the checkout it was cloned from). Where it is not,
 * these checks are reported as not run — except in CI, where a missing schema fails the run.
 */
const SCHEMA_FOUND =
  spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js"), "--schema-path"], {
    encoding: "utf8",
  }).status === 0;
if (!SCHEMA_FOUND && process.env.CI) {
  throw new Error(
    "CI: the manifest schema was not found; set JIXIAO_MANIFEST_SCHEMA (README: Validating the manifest).",
  );
}
if (!SCHEMA_FOUND) {
  console.warn(
    "Manifest validation NOT RUN: the official schema was not found beside this checkout " +
      "(set JIXIAO_MANIFEST_SCHEMA to OfficeAppManifestV1_1.xsd to run it).",
  );
}
const withSchema = SCHEMA_FOUND ? describe : describe.skip;

withSchema("manifest.xml against the official schema", () => {
  test("validates", () => {
    const result = validate(MANIFEST);
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  test.each([
    [
      "without Permissions",
      (xml: string) => replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", ""),
    ],
    [
      "with a five-part version",
      (xml: string) => replaceOnce(xml, "<Version>0.1.0.0</Version>", "<Version>0.1.0.0.0</Version>"),
    ],
    ["with an unknown permission", (xml: string) => replaceOnce(xml, "ReadWriteDocument", "Everything")],
    [
      "with elements out of order",
      (xml: string) =>
        replaceOnce(
          replaceOnce(xml, "<ProviderName>jixiao</ProviderName>", ""),
          "</Description>",
          "</Description><ProviderName>jixiao</ProviderName>",
        ),
    ],
    [
      "that is not well-formed",
      (xml: string) => replaceOnce(xml, "</Hosts>\n  <Requirements>", "<Requirements>"),
    ],
  ])("a broken copy %s fails", (_name, breakIt) => {
    const result = validate(breakIt(MANIFEST));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error/i);
  });

  test("says how to point at the schema when it cannot find it", () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js")], {
      encoding: "utf8",
      env: { ...process.env, JIXIAO_MANIFEST_SCHEMA: "/nonexistent/OfficeAppManifestV1_1.xsd" },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("JIXIAO_MANIFEST_SCHEMA");
  });
});

describe("manifest.xml content", () => {
  const urls = [...MANIFEST.matchAll(/"(https:\/\/[^"]+)"/g)].map((match) => match[1]);

  test("is an Excel task pane in zh-CN with en-US overrides, asking for ExcelApi 1.9 and ReadWriteDocument", () => {
    expect(MANIFEST).toContain('xsi:type="TaskPaneApp"');
    expect(MANIFEST).toContain('<Host Name="Workbook"/>');
    expect(MANIFEST).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(MANIFEST).toContain('<Override Locale="en-US" Value="Performance Target Assistant"/>');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  test("puts a button 指标助手 in a group 绩效指标 on the Home tab that opens the task pane", () => {
    expect(MANIFEST).toMatch(
      /<OfficeTab id="TabHome">\s*<Group id="Jixiao\.Group">\s*<Label resid="Jixiao\.Group\.Label"\/>/,
    );
    expect(MANIFEST).toContain('<bt:String id="Jixiao.Group.Label" DefaultValue="绩效指标">');
    expect(MANIFEST).toContain('<bt:String id="Jixiao.TaskpaneButton.Label" DefaultValue="指标助手">');
    expect(MANIFEST).toMatch(
      /<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/,
    );
    expect(MANIFEST).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
    );
  });

  test("names a support page, served from dist, that runs no script", () => {
    expect(MANIFEST).toContain('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>');
    const page = fs.readFileSync(path.join(ROOT, "src", "taskpane", "support.html"), "utf8");
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain("撤消");
    expect(fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8")).toContain(
      '{ from: "src/taskpane/support.html", to: "support.html" }',
    );
  });

  test("npm start offers the sideloading steps only with a certificate Excel can trust, and says what to run otherwise", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { sideloadHelp } = require(path.join(ROOT, "webpack.config.js")) as {
      sideloadHelp(certificate: string, trusted: boolean): string[];
    };
    const selfSigned = sideloadHelp("self-signed", false).join("\n");
    expect(selfSigned).toContain("npm run certs");
    expect(selfSigned).toContain("Excel will refuse");
    expect(selfSigned).not.toContain("Trusted Add-in Catalogs");
    expect(selfSigned).toContain("/preview.html");
    const devCerts = sideloadHelp("office-addin-dev-certs", true).join("\n");
    expect(devCerts).toContain("Trusted Add-in Catalogs");
    expect(devCerts).toContain("Upload My Add-in");
  });

  test("has every URL on the dev server, so one origin switches them all", () => {
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
  });

  test("points at icons of 16, 32, 64 and 80 px that are real PNGs of that size", () => {
    const icons = urls.filter((url) => url.includes("/assets/"));
    const sizes = [...new Set(icons)].map((url) => {
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      const png = readPng(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(png).toEqual({ width: size, height: size });
      return size;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  test("the icons are what scripts/draw-icons.js draws", () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "draw-icons.js"), "--check"], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

withSchema("the production manifest", () => {
  test("webpack.config.js moves every URL to JIXIAO_PUBLIC_URL, and the result still validates", () => {
    const script =
      'process.stdout.write(require("./webpack.config.js").manifestForPublicUrl(require("fs").readFileSync("manifest.xml")))';
    const result = spawnSync(process.execPath, ["-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, JIXIAO_PUBLIC_URL: "https://addins.example.gov.cn/jixiao/" },
    });
    expect(result.status).toBe(0);
    const production = result.stdout;
    expect(production).not.toContain("localhost");
    expect(production).toContain(
      '<SourceLocation DefaultValue="https://addins.example.gov.cn/jixiao/taskpane.html"/>',
    );
    expect(validate(production).status).toBe(0);
  });
});

/** Width and height of a PNG, after checking its signature, every chunk's CRC and its pixel data. */
function readPng(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const types: string[] = [];
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("ascii", at + 4, at + 8);
    expect(crc32(bytes.subarray(at + 4, at + 8 + length))).toBe(bytes.readUInt32BE(at + 8 + length));
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    types.push(type);
    at += length + 12;
  }
  expect(types[0]).toBe("IHDR");
  expect(types[types.length - 1]).toBe("IEND");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect([bytes[24], bytes[25]]).toEqual([8, 6]); // 8-bit RGBA
  expect(zlib.inflateSync(Buffer.concat(idat)).length).toBe(height * (width * 4 + 1));
  return { width, height };
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
