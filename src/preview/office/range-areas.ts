/** RangeAreas and RangeCollection of the office.js fake: several areas of one sheet as one object. (excel-api.ts lists them all.) */
import {
  ClientObjectBase,
  ClientResult,
  REQUIRE,
  RESOLVE_WITH,
  RUN_LOAD,
  SyncRun,
  type LoadTree,
  type ScalarSpec,
  LocatedObject,
  SettableObject,
} from "./api-core";
import { formatAddress, isEntireColumns, isEntireRows } from "../../workbook/address";
import { cellCount } from "../../workbook/geometry";
import { OfficeError } from "../../workbook/office-error";
import type { SheetModel } from "../../workbook/workbook-model";
import { ConditionalFormatCollection } from "./conditional-formats";
import { AreasTarget, editable } from "./context";
import { RangeFormat } from "./formats";
import { Range, clearAreas, itemLoadTree, itemsNotLoaded } from "./range";
import { DataValidation } from "./validation";
import { Worksheet } from "./workbook";

export const AREAS_SCALARS: Record<string, ScalarSpec<AreasTarget>> = {
  // "address returns one comma-delimited string of all addresses" ("Sheet1!F3:F5, Sheet1!H:H" in
  // office-js-docs-pr docs/excel/excel-add-ins-multiple-ranges.md).
  address: { read: (t) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(", ") },
  addressLocal: { read: (t) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(", ") },
  areaCount: { read: (t) => t.areas.length },
  cellCount: { read: (t) => t.areas.reduce((n, a) => n + cellCount(a), 0) },
  // "Boolean properties are true only if they're true in all ranges" (same page).
  isEntireRow: { read: (t) => t.areas.every(isEntireRows) },
  isEntireColumn: { read: (t) => t.areas.every(isEntireColumns) },
};

/** `Excel.RangeAreas` (ExcelApi 1.9). */
export class RangeAreas extends SettableObject<AreasTarget> {
  protected readonly typeName = "RangeAreas";

  /** Tracking is not needed: the fake's objects keep their target. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return AREAS_SCALARS;
  }

  protected override resolveTarget(run: SyncRun): AreasTarget | null {
    this.gate("address");
    return this.locate(run);
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return {
      areas: () => this.areas,
      conditionalFormats: () => this.conditionalFormats,
      dataValidation: () => this.dataValidation,
      format: () => this.format,
      worksheet: () => this.worksheet,
    };
  }

  get address(): string {
    return this.read("address");
  }

  get addressLocal(): string {
    return this.read("addressLocal");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  get cellCount(): number {
    return this.read("cellCount");
  }

  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }

  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }

  get areas(): RangeCollection {
    return this.child("areas", () => new RangeCollection(this.context, (run) => this[REQUIRE](run)));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () => new ConditionalFormatCollection(this.context, (run) => this[REQUIRE](run)),
    );
  }

  get dataValidation(): DataValidation {
    return this.child("dataValidation", () => new DataValidation(this.context, (run) => this[REQUIRE](run)));
  }

  get format(): RangeFormat {
    return this.child("format", () => new RangeFormat(this.context, (run) => this[REQUIRE](run)));
  }

  get worksheet(): Worksheet {
    return this.child("worksheet", () => new Worksheet(this.context, (run) => this[REQUIRE](run).sheet));
  }

  clear(
    applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All",
  ): void {
    this.queue("clear", (t, run) => {
      editable(t.sheet);
      clearAreas(run, t.sheet, t.areas, applyTo);
    });
  }
}

/** `Excel.RangeCollection` (ExcelApi 1.9): the areas of a RangeAreas. */
export class RangeCollection extends LocatedObject<AreasTarget, AreasTarget> {
  protected readonly typeName = "RangeCollection";
  private loadedItems: Range[] | undefined;

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {};
  }

  protected override resolveTarget(run: SyncRun): AreasTarget {
    this.gate("items");
    return this.locate(run);
  }

  get items(): Range[] {
    if (!this.loadedItems) throw itemsNotLoaded(this.typeName);
    return this.loadedItems;
  }

  override [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const t = this[REQUIRE](run);
    const items = t.areas.map((area) => new Range(this.context, () => ({ sheet: t.sheet, range: area })));
    const itemTree = itemLoadTree(tree);
    for (const item of items) item[RUN_LOAD](itemTree, run);
    run.commits.push(() => {
      this.loadedItems = items;
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", (t, run) => run.commits.push(() => result[RESOLVE_WITH](t.areas.length)));
    return result;
  }

  getItemAt(index: number): Range {
    return new Range(this.context, (run) => {
      const t = this[REQUIRE](run);
      const area = t.areas[index];
      if (!area) throw new OfficeError("ItemNotFound");
      return { sheet: t.sheet, range: area };
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Format (the user's own formatting: readable; writes are supported so a test can see the add-in made none)

/** A property that reads the same in every cell, or null (RangeFill.pattern: "A null value indicates that the entire range doesn't have a uniform … setting"). */
export function uniform<V>(
  t: AreasTarget,
  cell: (sheet: SheetModel, row: number, col: number) => V,
): V | null {
  let first: V | undefined;
  let seen = false;
  for (const area of t.areas) {
    if (cellCount(area) > 100_000) {
      // Whole rows or columns: only stored cells can differ from the default.
      return cell(t.sheet, area.row, area.col);
    }
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++) {
        const value = cell(t.sheet, r, c);
        if (!seen) {
          first = value;
          seen = true;
        } else if (value !== first) return null;
      }
    }
  }
  return first ?? null;
}
