/**
 * Edits: what the engine asks a host to do to a workbook, as plain data. A host applies a list
 * in order; coordinates in each edit refer to the sheet as it is after the edits before it.
 */
import type { CellRange, CellValue } from "./grid";

export type Edit =
  | {
      kind: "setValue";
      sheet: string;
      row: number;
      col: number;
      value: CellValue;
      /** The value the planner saw; a host may refuse the edit if the cell changed since. */
      expected?: CellValue;
    }
  | {
      /**
       * Insert `count` whole sheet rows before `row`; everything at and below `row` shifts down. With
       * `band`, only the cells of those columns shift (Excel's Insert > Shift cells down on the band):
       * what sits beside them — the user's own cells, a note merged over several rows — stays put.
       */
      kind: "insertRows";
      sheet: string;
      row: number;
      count: number;
      band?: { col: number; colCount: number };
    }
  | { kind: "merge"; sheet: string; range: CellRange }
  | {
      /** A dropdown list on a range. `strict` false keeps free text allowed (a non-blocking list). */
      kind: "setValidation";
      sheet: string;
      range: CellRange;
      list: string[];
      strict: boolean;
    };

export type EditKind = Edit["kind"];
