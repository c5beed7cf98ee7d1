import type { CellValue, Grid } from "../core/grid";

/**
 * A plain in-memory workbook for the browser preview: named sheets of cell values, in tab order,
 * one of them active. Rows and columns are 0-based, as in core/grid.ts.
 */
export class MemoryWorkbook {
  private readonly sheets = new Map<string, CellValue[][]>();
  private activeName: string | null = null;

  /** Adds a sheet at the end of the tabs; the first sheet added becomes the active one. */
  addSheet(name: string, values: CellValue[][] = []): void {
    if (this.sheets.has(name)) throw new Error(`Sheet "${name}" already exists`);
    this.sheets.set(
      name,
      values.map((row) => [...row]),
    );
    this.activeName ??= name;
  }

  get sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  get activeSheetName(): string | null {
    return this.activeName;
  }

  activate(name: string): void {
    this.requireSheet(name);
    this.activeName = name;
  }

  /** A copy of a sheet's rows (ragged: each row as long as its last written cell). */
  getValues(name: string): CellValue[][] {
    return this.requireSheet(name).map((row) => [...row]);
  }

  getCell(name: string, row: number, col: number): CellValue {
    return this.requireSheet(name)[row]?.[col] ?? null;
  }

  /** Writes a block of values with its top-left cell at (row, col), growing the sheet as needed. */
  setValues(name: string, row: number, col: number, block: CellValue[][]): void {
    const rows = this.requireSheet(name);
    block.forEach((blockRow, r) => {
      while (rows.length <= row + r) rows.push([]);
      const target = rows[row + r];
      while (target.length < col) target.push(null);
      blockRow.forEach((value, c) => {
        target[col + c] = value;
      });
    });
  }

  /** The sheet as the engine's input. */
  toGrid(name: string): Grid {
    return { sheet: name, values: this.getValues(name), merges: [], origin: { row: 0, col: 0 } };
  }

  private requireSheet(name: string): CellValue[][] {
    const rows = this.sheets.get(name);
    if (!rows) throw new Error(`No sheet named "${name}"`);
    return rows;
  }
}
