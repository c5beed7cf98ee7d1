/**
 * What the conditional formats of a sheet paint on the cells in view. The add-in's marks are custom
 * formulas that are always true (src/excel/marks.ts), so they are drawn with their own fill, as Excel
 * draws them; their severity comes from the formula, for the cell's accessible text. Other custom
 * formulas would need a formula engine, so they are not drawn (a person's own rules still round-trip).
 */
import type { CellRange } from "../core/grid";
import type { Severity } from "../core/report";
import { isMarkFormula } from "../excel/marks";
import { intersect } from "../workbook/geometry";
import type { SheetModel } from "../workbook/workbook-model";

export interface CellMark {
  severity: Severity;
  fill: string;
}

const SEVERITY = /jixiao:(error|warning|info):/;

/** Key of a cell in the maps below. */
export function cellKey(row: number, col: number): number {
  return row * 16_384 + col;
}

/** The marks on the cells of `window`, by cellKey; the first format in priority order wins a cell. */
export function marksInWindow(sheet: SheetModel, window: CellRange): Map<number, CellMark> {
  const marks = new Map<number, CellMark>();
  for (const format of sheet.conditionalFormats) {
    if (format.type !== "Custom" || !isMarkFormula(format.formula) || !format.format.fill) continue;
    const severity = SEVERITY.exec(format.formula ?? "")?.[1] as Severity | undefined;
    if (!severity) continue;
    const mark = { severity, fill: format.format.fill };
    for (const area of format.areas) {
      const seen = intersect(area, window);
      if (!seen) continue;
      for (let r = seen.row; r < seen.row + seen.rowCount; r++) {
        for (let c = seen.col; c < seen.col + seen.colCount; c++) {
          const key = cellKey(r, c);
          if (!marks.has(key)) marks.set(key, mark);
        }
      }
    }
  }
  return marks;
}
