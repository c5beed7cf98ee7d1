/**
 * Files written by a third-party writer: LibreOffice (`soffice --headless --convert-to`). A
 * conversion takes a second or two, so results are cached in the temp folder by a hash of the
 * input bytes and the target format; each run gets its own LibreOffice profile folder, and a
 * conversion that hangs is killed with its whole process group.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const SOFFICE = process.env.SOFFICE_PATH || "/usr/bin/soffice";
const CACHE = path.join(os.tmpdir(), "jixiao-cli-libreoffice-cache");
const TIMEOUT_MS = 120_000;

export function libreOfficeAvailable(): boolean {
  return fs.existsSync(SOFFICE);
}

/**
 * Converts `input` with LibreOffice to `format` ("xlsx", "xls", "csv" …) and returns the cached
 * output's path; its name is the input's stem with the new extension. `key` names the content
 * when the input's bytes are not stable (exceljs stamps the time into every zip it writes).
 */
export async function convertWithLibreOffice(input: string, format: string, key?: string): Promise<string> {
  if (!libreOfficeAvailable()) {
    throw new Error(
      `LibreOffice is needed for these tests (${SOFFICE} is missing): apt-get install --no-install-recommends libreoffice-calc`,
    );
  }
  const stem = path.basename(input).replace(/\.[^.]*$/, "");
  const extension = format.split(":")[0];
  const hash = createHash("sha256")
    .update(key ?? fs.readFileSync(input))
    .update(`\0${format}`)
    .digest("hex")
    .slice(0, 24);
  const cached = path.join(CACHE, hash, `${stem}.${extension}`);
  if (fs.existsSync(cached)) return cached;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-soffice-"));
  try {
    const outdir = path.join(work, "out");
    const source = path.join(work, path.basename(input));
    fs.copyFileSync(input, source);
    await runSoffice([
      `-env:UserInstallation=file://${path.join(work, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outdir,
      source,
    ]);
    const produced = path.join(outdir, `${stem}.${extension}`);
    if (!fs.existsSync(produced)) throw new Error(`LibreOffice wrote no ${produced}`);
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    const temp = `${cached}.${process.pid}.tmp`;
    fs.copyFileSync(produced, temp);
    fs.renameSync(temp, cached);
    return cached;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function runSoffice(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(SOFFICE, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      reject(new Error(`soffice timed out after ${TIMEOUT_MS / 1000} s:\n${output}`));
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice exited with ${code}:\n${output}`));
    });
  });
}
