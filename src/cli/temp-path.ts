/** Where a process writes a workbook before renaming it into place (fix-file.ts), so a failed write leaves no half file. */
import * as path from "node:path";

/** The temporary file process `pid` writes `output` to, beside it. */
export function tempPath(output: string, pid: number = process.pid): string {
  return path.join(path.dirname(output), `.${path.basename(output)}.${pid}.tmp`);
}
