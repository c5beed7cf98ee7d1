/**
 * The files a `check` run reads: files named on the command line as given (whatever their
 * extension, so a misnamed file is still reported), folders searched recursively for workbooks.
 * Excel's `~$` lock files and hidden entries are skipped. Legacy .xls files are listed too, so a
 * reviewer learns that a department sent one (it is reported as unreadable with what to do).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xls|csv)$/i;

export function isWorkbookName(name: string): boolean {
  return WORKBOOK_EXTENSIONS.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

export interface Collected {
  files: string[];
  /** Folders named on the command line that held no workbook. */
  emptyFolders: string[];
}

export function collectFiles(inputs: readonly string[]): Collected {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = null; // reported as the file's read error
    }
    if (stat?.isDirectory()) {
      const before = files.length;
      walk(input, add, new Set([safeRealpath(input)]));
      if (files.length === before) emptyFolders.push(input);
    } else add(input);
  }
  return { files, emptyFolders };
}

function walk(dir: string, add: (file: string) => void, visited: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable sub-folder holds nothing we can check
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) {
      if (entry.name === "node_modules") continue;
      const real = safeRealpath(full);
      if (visited.has(real)) continue; // a link back up the tree
      visited.add(real);
      walk(full, add, visited);
    } else if (isFile && isWorkbookName(entry.name)) add(full);
  }
}

function safeRealpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
