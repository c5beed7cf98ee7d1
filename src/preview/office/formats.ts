/** RangeFormat, RangeFill and RangeFont of the office.js fake: the user's own formatting of cells. (excel-api.ts lists them all.) */
import { ClientObjectBase, REQUIRE, type ScalarSpec, SettableObject } from "./api-core";
import { AreasTarget, editable } from "./context";
import { uniform } from "./range-areas";

/** A new sheet's column width in points (8.43 characters of Calibri 11, as Excel reports it). */
export const DEFAULT_COLUMN_WIDTH = 48;

export function writeFormat(
  t: AreasTarget,
  patch: (current: Record<string, unknown>) => Record<string, unknown>,
): void {
  editable(t.sheet);
  for (const area of t.areas) {
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++) {
        const next = patch({ ...(t.sheet.formats.get(r, c) ?? {}) });
        t.sheet.formats.set(r, c, Object.keys(next).length > 0 ? next : undefined);
      }
    }
  }
  t.sheet.workbook.notify({ kind: "formats", sheetId: t.sheet.id });
}

/** `Excel.RangeFormat`: the `fill` and `font` of the user's formatting. */
export class RangeFormat extends SettableObject<AreasTarget> {
  protected readonly typeName = "RangeFormat";

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      wrapText: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.wrapText ?? false) },
      columnWidth: {
        read: (t) => uniform(t, (sheet, _r, c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      },
    };
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(value: boolean) {
    this.queue("wrapText", (t) => writeFormat(t, (f) => ({ ...f, wrapText: value })));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  /** Sets the width of every column the range spans (office.js: in points). */
  set columnWidth(value: number) {
    this.queue("columnWidth", (t) => {
      editable(t.sheet);
      for (const area of t.areas)
        for (let c = area.col; c < area.col + area.colCount; c++) t.sheet.columnWidths.set(c, value);
    });
  }

  get fill(): RangeFill {
    return this.child("fill", () => new RangeFill(this.context, (run) => this[REQUIRE](run)));
  }

  get font(): RangeFont {
    return this.child("font", () => new RangeFont(this.context, (run) => this[REQUIRE](run)));
  }
}

/** `Excel.RangeFill`: a cell without fill reads "#FFFFFF", as Excel reports it. */
export class RangeFill extends SettableObject<AreasTarget> {
  protected readonly typeName = "RangeFill";

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      color: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.fill ?? "#FFFFFF") },
    };
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => writeFormat(t, (f) => ({ ...f, fill: value })));
  }

  clear(): void {
    this.queue("clear", (t) =>
      writeFormat(t, (f) => {
        delete f.fill;
        return f;
      }),
    );
  }
}

/** `Excel.RangeFont`: color ("#000000" by default), bold, italic. */
export class RangeFont extends SettableObject<AreasTarget> {
  protected readonly typeName = "RangeFont";

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {
      color: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.fontColor ?? "#000000") },
      bold: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.bold ?? false) },
      italic: { read: (t) => uniform(t, (sheet, r, c) => sheet.formats.get(r, c)?.italic ?? false) },
    };
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => writeFormat(t, (f) => ({ ...f, fontColor: value })));
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.queue("bold", (t) => writeFormat(t, (f) => ({ ...f, bold: value })));
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.queue("italic", (t) => writeFormat(t, (f) => ({ ...f, italic: value })));
  }
}

// ---------------------------------------------------------------------------------------------------
// Data validation

/** Excel's limit on an inline list source ("a,b,c"). */
export const INLINE_LIST_LIMIT = 255;
