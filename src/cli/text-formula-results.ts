/**
 * exceljs reads a formula's cached text result as null when the cell has a date number format: it
 * turns every result of a date-formatted cell into a Date, and a text (`t="str"`) cannot be one. The
 * person sees the text; `check` must read it, and `fix` must not write the formula back without it.
 * keepTextFormulaResults restores such a result after exceljs's own reconciling.
 */
import CellXform from "exceljs/lib/xlsx/xform/sheet/cell-xform";
import { ValueType } from "exceljs/lib/doc/enums";

let keeping = false;

export function keepTextFormulaResults(): void {
  if (keeping) return;
  keeping = true;
  const prototype = CellXform.prototype;
  const reconcile = prototype.reconcile;
  prototype.reconcile = function (this: CellXform, model: Record<string, unknown>, options: unknown): void {
    const text =
      model.type === ValueType.Formula && typeof model.result === "string" ? model.result : undefined;
    reconcile.call(this, model, options);
    if (text !== undefined && !(model.result instanceof Date && !Number.isNaN(model.result.getTime()))) {
      model.result = text;
    }
  };
}
