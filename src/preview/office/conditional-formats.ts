/** Conditional formats of the office.js fake: the collection, a format, its custom rule and its range format. (excel-api.ts lists them all.) */
import {
  ClientObjectBase,
  ClientResult,
  REQUIRE,
  RESOLVE,
  RESOLVE_WITH,
  RUN_LOAD,
  SyncRun,
  type LoadTree,
  type ContextLike,
  type ScalarSpec,
  SettableObject,
  LocatedObject,
} from "./api-core";
import type { CellRange } from "../../core/grid";
import { parseAreas } from "../../workbook/address";
import { OfficeError } from "../../workbook/office-error";
import type {
  ConditionalFormatEntry,
  ConditionalFormatKind,
  SheetModel,
} from "../../workbook/workbook-model";
import { AreasTarget, editable, invalid, rangeArgument } from "./context";
import { Range, itemLoadTree, itemsNotLoaded, queueResolve } from "./range";
import { RangeAreas } from "./range-areas";

/** `Excel.ConditionalFormatCollection` (ExcelApi 1.6) of a Range or RangeAreas: the formats that overlap it. */
export class ConditionalFormatCollection extends LocatedObject<AreasTarget, AreasTarget> {
  protected readonly typeName = "ConditionalFormatCollection";
  private loadedItems: ConditionalFormat[] | undefined;

  constructor(context: ContextLike, locate: (run: SyncRun) => AreasTarget) {
    super(context, locate);
    this.hideMissingMembers(["getItemOrNullObject"]);
  }

  protected scalars(): Record<string, ScalarSpec<AreasTarget>> {
    return {};
  }

  protected override resolveTarget(run: SyncRun): AreasTarget {
    this.gate("add");
    return this.locate(run);
  }

  get items(): ConditionalFormat[] {
    if (!this.loadedItems) throw itemsNotLoaded(this.typeName);
    return this.loadedItems;
  }

  override [RUN_LOAD](tree: LoadTree | null, run: SyncRun): void {
    const t = this[REQUIRE](run);
    const items = t.sheet
      .conditionalFormatsOverlapping(t.areas)
      .map((cf) => new ConditionalFormat(this.context, () => ({ sheet: t.sheet, id: cf.id })));
    const itemTree = itemLoadTree(tree);
    for (const item of items) item[RUN_LOAD](itemTree, run);
    run.commits.push(() => {
      this.loadedItems = items;
    });
  }

  /** Adds a format over the range (every area of a RangeAreas) at the top priority. */
  add(type: ConditionalFormatKind): ConditionalFormat {
    let added: ConditionalFormatEntry | undefined;
    let sheet: SheetModel | undefined;
    this.queue("add", (t) => {
      editable(t.sheet);
      const kinds: ConditionalFormatKind[] = [
        "Custom",
        "DataBar",
        "ColorScale",
        "IconSet",
        "TopBottom",
        "PresetCriteria",
        "ContainsText",
        "CellValue",
      ];
      if (!kinds.includes(type)) throw invalid(`"${String(type)}" is not a conditional format type.`);
      sheet = t.sheet;
      added = t.sheet.addConditionalFormat(t.areas, type);
    });
    return new ConditionalFormat(this.context, () => {
      if (!added || !sheet) throw new OfficeError("ItemNotFound", "The conditional format was not added.");
      return { sheet, id: added.id };
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", (t, run) => {
      const count = t.sheet.conditionalFormatsOverlapping(t.areas).length;
      run.commits.push(() => result[RESOLVE_WITH](count));
    });
    return result;
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, (run) => {
      const t = this[REQUIRE](run);
      if (!t.sheet.conditionalFormatsOverlapping(t.areas).some((cf) => cf.id === id)) {
        throw new OfficeError("ItemNotFound", `There is no conditional format with id "${id}" here.`);
      }
      return { sheet: t.sheet, id };
    });
  }

  /** ExcelApi 1.14. */
  getItemOrNullObject(id: string): ConditionalFormat {
    const item = new ConditionalFormat(this.context, (run) => {
      this.gate("getItemOrNullObject");
      const t = this[REQUIRE](run);
      return t.sheet.conditionalFormatsOverlapping(t.areas).some((cf) => cf.id === id)
        ? { sheet: t.sheet, id }
        : null;
    });
    queueResolve(this.context, item, "ConditionalFormatCollection.getItemOrNullObject");
    return item;
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, (run) => {
      const t = this[REQUIRE](run);
      const cf = t.sheet.conditionalFormatsOverlapping(t.areas)[index];
      if (!cf) throw new OfficeError("ItemNotFound");
      return { sheet: t.sheet, id: cf.id };
    });
  }

  /** "Clears all conditional formats active on the current specified range": these cells only. */
  clearAll(): void {
    this.queue("clearAll", (t) => {
      editable(t.sheet);
      for (const area of t.areas) t.sheet.clearConditionalFormats(area);
    });
  }
}

export interface FormatTarget {
  sheet: SheetModel;
  id: string;
}

export function entryOf(t: FormatTarget): ConditionalFormatEntry {
  const entry = t.sheet.conditionalFormat(t.id);
  if (!entry) throw new OfficeError("ItemNotFound", `The conditional format "${t.id}" no longer exists.`);
  return entry;
}

/** `Excel.ConditionalFormat` (ExcelApi 1.6): id, type, priority, stopIfTrue, the custom rule and its format. */
export class ConditionalFormat extends SettableObject<FormatTarget> {
  protected readonly typeName = "ConditionalFormat";

  constructor(context: ContextLike, locate: (run: SyncRun) => FormatTarget | null) {
    super(context, locate);
    this.hideMissingMembers(["getRanges", "setRanges"]);
  }

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {
      id: { read: (t) => entryOf(t).id },
      type: { read: (t) => entryOf(t).type },
      priority: { read: (t) => t.sheet.conditionalFormats.indexOf(entryOf(t)) },
      // d.ts: stopIfTrue "Value is null on data bars, icon sets, and color scales".
      stopIfTrue: {
        read: (t) =>
          ["DataBar", "IconSet", "ColorScale"].includes(entryOf(t).type) ? null : entryOf(t).stopIfTrue,
      },
    };
  }

  protected override resolveTarget(run: SyncRun): FormatTarget | null {
    this.gate("id");
    const t = this.locate(run);
    if (t) entryOf(t);
    return t;
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }

  get id(): string {
    return this.read("id");
  }

  get type(): string {
    return this.read("type");
  }

  /** The index in the sheet's priority order (0 first); negative counts from the back. */
  get priority(): number {
    return this.read("priority");
  }

  set priority(value: number) {
    this.queue("priority", (t) => {
      editable(t.sheet);
      t.sheet.setConditionalFormatPriority(entryOf(t).id, value);
    });
  }

  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }

  set stopIfTrue(value: boolean) {
    this.queue("stopIfTrue", (t) => {
      editable(t.sheet);
      entryOf(t).stopIfTrue = value === true;
    });
  }

  /** The custom rule; a sync that uses it on another type of format fails (use customOrNullObject). */
  get custom(): CustomConditionalFormat {
    return this.child(
      "custom",
      () =>
        new CustomConditionalFormat(this.context, (run) => {
          const t = this[REQUIRE](run);
          if (entryOf(t).type !== "Custom")
            throw new OfficeError("InvalidOperation", "This conditional format is not of type Custom.");
          return t;
        }),
    );
  }

  get customOrNullObject(): CustomConditionalFormat {
    return this.child(
      "customOrNullObject",
      () =>
        new CustomConditionalFormat(this.context, (run) => {
          const t = this[RESOLVE](run);
          return t && entryOf(t).type === "Custom" ? t : null;
        }),
    );
  }

  delete(): void {
    this.queue("delete", (t) => {
      editable(t.sheet);
      t.sheet.deleteConditionalFormat(entryOf(t).id);
    });
  }

  /** "Throws an error if the conditional format is applied to multiple ranges" (d.ts). */
  getRange(): Range {
    return new Range(this.context, (run) => {
      const t = this[REQUIRE](run);
      const areas = entryOf(t).areas;
      if (areas.length !== 1)
        throw new OfficeError("InvalidOperation", "The conditional format applies to more than one range.");
      return { sheet: t.sheet, range: areas[0] };
    });
  }

  /** A null object when the format applies to more than one range. */
  getRangeOrNullObject(): Range {
    const range = new Range(this.context, (run) => {
      const t = this[REQUIRE](run);
      const areas = entryOf(t).areas;
      return areas.length === 1 ? { sheet: t.sheet, range: areas[0] } : null;
    });
    queueResolve(this.context, range, "ConditionalFormat.getRangeOrNullObject");
    return range;
  }

  /** ExcelApi 1.9. */
  getRanges(): RangeAreas {
    return new RangeAreas(this.context, (run) => {
      this.gate("getRanges");
      const t = this[REQUIRE](run);
      return { sheet: t.sheet, areas: entryOf(t).areas.map((a) => ({ ...a })) };
    });
  }

  /** ExcelApi 1.17. */
  setRanges(ranges: Range | RangeAreas | string): void {
    this.queue("setRanges", (t, run) => {
      editable(t.sheet);
      let areas: CellRange[];
      if (typeof ranges === "string") {
        const parsed = parseAreas(ranges);
        if (!parsed) throw invalid(`"${ranges}" is not a valid address list.`);
        areas = parsed.map((p) => p.range);
      } else if (ranges instanceof Range) areas = [rangeArgument(this.context, ranges, t.sheet, run).range];
      else if (ranges instanceof RangeAreas) {
        if (ranges.context !== this.context) throw new OfficeError("InvalidRequestContext");
        areas = ranges[REQUIRE](run).areas;
      } else throw invalid();
      entryOf(t).areas = areas.map((a) => ({ ...a }));
    });
  }
}

/** `Excel.CustomConditionalFormat`: `rule` (formula) and `format` (fill, font, numberFormat). */
export class CustomConditionalFormat extends SettableObject<FormatTarget> {
  protected readonly typeName = "CustomConditionalFormat";

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {};
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): ConditionalFormatRule {
    return this.child("rule", () => new ConditionalFormatRule(this.context, (run) => this[REQUIRE](run)));
  }

  get format(): ConditionalRangeFormat {
    return this.child("format", () => new ConditionalRangeFormat(this.context, (run) => this[REQUIRE](run)));
  }
}

/** `Excel.ConditionalFormatRule`: the custom formula ("=LEN($C5)=0"), relative to the top-left of the first area. */
export class ConditionalFormatRule extends SettableObject<FormatTarget> {
  protected readonly typeName = "ConditionalFormatRule";

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {
      formula: { read: (t) => entryOf(t).formula ?? "" },
      formulaLocal: { read: (t) => entryOf(t).formula ?? "" },
    };
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(value: string) {
    this.queue("formula", (t) => {
      editable(t.sheet);
      if (typeof value !== "string" || value.trim() === "")
        throw invalid("A conditional format formula cannot be empty.");
      entryOf(t).formula = value.startsWith("=") ? value : `=${value}`;
    });
  }

  get formulaLocal(): string {
    return this.read("formulaLocal");
  }

  set formulaLocal(value: string) {
    this.formula = value;
  }
}

/** `Excel.ConditionalRangeFormat`: fill, font, numberFormat of what the format shows. */
export class ConditionalRangeFormat extends SettableObject<FormatTarget> {
  protected readonly typeName = "ConditionalRangeFormat";

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return { numberFormat: { read: (t) => entryOf(t).format.numberFormat } };
  }

  protected override navigation(): Record<string, () => ClientObjectBase<unknown>> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get numberFormat(): unknown {
    return this.read("numberFormat");
  }

  set numberFormat(value: unknown) {
    this.queue("numberFormat", (t) => {
      entryOf(t).format.numberFormat = value === null ? null : String(value);
    });
  }

  get fill(): ConditionalRangeFill {
    return this.child("fill", () => new ConditionalRangeFill(this.context, (run) => this[REQUIRE](run)));
  }

  get font(): ConditionalRangeFont {
    return this.child("font", () => new ConditionalRangeFont(this.context, (run) => this[REQUIRE](run)));
  }
}

/** `Excel.ConditionalRangeFill`. */
export class ConditionalRangeFill extends SettableObject<FormatTarget> {
  protected readonly typeName = "ConditionalRangeFill";

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return { color: { read: (t) => entryOf(t).format.fill } };
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => {
      entryOf(t).format.fill = value;
    });
  }

  clear(): void {
    this.queue("clear", (t) => {
      entryOf(t).format.fill = null;
    });
  }
}

/** `Excel.ConditionalRangeFont`: color, bold, italic. */
export class ConditionalRangeFont extends SettableObject<FormatTarget> {
  protected readonly typeName = "ConditionalRangeFont";

  protected scalars(): Record<string, ScalarSpec<FormatTarget>> {
    return {
      color: { read: (t) => entryOf(t).format.fontColor },
      bold: { read: (t) => entryOf(t).format.bold },
      italic: { read: (t) => entryOf(t).format.italic },
    };
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.queue("color", (t) => {
      entryOf(t).format.fontColor = value;
    });
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.queue("bold", (t) => {
      entryOf(t).format.bold = value === true;
    });
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.queue("italic", (t) => {
      entryOf(t).format.italic = value === true;
    });
  }

  clear(): void {
    this.queue("clear", (t) => {
      const format = entryOf(t).format;
      format.fontColor = null;
      format.bold = null;
      format.italic = null;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Settings
