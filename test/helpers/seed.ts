/** The seed's eight real tables (test/fixtures/seed-tables, README there), read as test fixtures. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CellRange, CellValue, Grid } from "../../src/core/grid";
// The seed CSVs are read with the command line's own CSV reader (RFC 4180: quotes, CRLF).
import { parseCsv } from "../../src/cli/read-csv";

export interface SeedTable {
  file: string;
  title: string;
  fundingItem: string;
  /** Body row count from the seed's index. */
  rows: number;
  header: string[];
  body: string[][];
}

/** The seed tables, kept in the repository (they are public facts). */
export const SEED_DIR = path.join(__dirname, "..", "fixtures", "seed-tables");

let cache: SeedTable[] | null = null;

export function loadSeedTables(): SeedTable[] {
  if (cache) return cache;
  const dir = SEED_DIR;
  const index = JSON.parse(fs.readFileSync(path.join(dir, "index.json"), "utf8")) as Omit<
    SeedTable,
    "header" | "body"
  >[];
  cache = index.map((entry) => {
    const [header, ...body] = parseCsv(
      fs.readFileSync(path.join(dir, entry.file), "utf8").replace(/^\ufeff/, ""),
    );
    return { ...entry, header, body: body.filter((line) => line.some((cell) => cell !== "")) };
  });
  return cache;
}

export interface SheetLayoutOptions {
  /** Sheet position of the block's top-left cell. */
  at?: { row: number; col: number };
  /** Merge level-1 cells over their group (as Excel tables usually are); else leave them blank below. */
  mergeLevels?: boolean;
  /** Rows of title and goal above the header. */
  preamble?: boolean;
  /** Blank rows after each table. */
  gap?: number;
}

/**
 * Lays seed tables out on one sheet as a finance officer's workbook has them: title (merged across),
 * goal row, header, body; returns the grid and each table's header row.
 */
export function seedSheet(
  sheet: string,
  tables: readonly SeedTable[],
  options: SheetLayoutOptions = {},
): { grid: Grid; headerRows: number[] } {
  const at = options.at ?? { row: 0, col: 0 };
  const width = 6;
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const headerRows: number[] = [];
  const blank = (): CellValue[] => new Array<CellValue>(at.col + width).fill(null);
  const put = (cells: CellValue[]): number => {
    const line = blank();
    cells.forEach((value, i) => (line[at.col + i] = value));
    rows.push(line);
    return at.row + rows.length - 1;
  };
  for (const table of tables) {
    if (options.preamble !== false) {
      const titleRow = put([table.title]);
      merges.push({ row: titleRow, col: at.col, rowCount: 1, colCount: width });
      const goalRow = put(["绩效目标", "1.目标内容1"]);
      merges.push({ row: goalRow, col: at.col + 1, rowCount: 1, colCount: width - 1 });
    }
    headerRows.push(put(table.header));
    let groupStart = -1;
    table.body.forEach((line, i) => {
      const sheetRow = put(line.map((cell) => (cell === "" ? null : cell)));
      if (line[0] !== "") {
        if (groupStart >= 0 && options.mergeLevels) mergeGroup(merges, groupStart, sheetRow - 1, at.col);
        groupStart = sheetRow;
      }
      if (i === table.body.length - 1 && options.mergeLevels)
        mergeGroup(merges, groupStart, sheetRow, at.col);
    });
    for (let g = 0; g < (options.gap ?? 1); g++) put([]);
  }
  return { grid: { sheet, values: rows, merges, origin: { row: at.row, col: 0 } }, headerRows };
}

function mergeGroup(merges: CellRange[], from: number, to: number, col: number): void {
  if (to > from) merges.push({ row: from, col, rowCount: to - from + 1, colCount: 1 });
}
