/**
 * Long dropdown lists in Excel: the list sheet (core/templates/list-sheet.ts) made, filled and read.
 *
 * Making the sheet adds a worksheet and hides it (VeryHidden: the user cannot unhide it from Excel's
 * menu, so its columns stay as the validations expect). Both clear the user's undo stack on Windows
 * and Mac even where add-ins' writes are undoable (Worksheet.visibility in the table of
 * excel-add-ins-undo-capabilities; worksheets.add in office-js #6170), so only the user's own action
 * makes it; a check nobody asked for leaves such a list for later (the adapter's marksPending).
 * Filling a column of a sheet that exists is an ordinary, undoable write.
 */
import { inlineListSource, LIST_SHEET, ListColumns } from "../core/templates/list-sheet";
import { excelValue } from "./write-edits";

export { LIST_SHEET };

export class ListPlacer {
  /** Columns already queued for writing, and whether the sheet's creation is queued. */
  private queuedColumns = 0;
  private sheetQueued = false;

  private constructor(
    private readonly columns: ListColumns,
    private readonly exists: boolean,
  ) {}

  /**
   * Ready to place the lists of one write: when any is too long to be inline, the list sheet's keys
   * are read (one sync, and only if the sheet exists; `sheetNames` says whether it does).
   */
  static async prepare(
    context: Excel.RequestContext,
    exists: boolean,
    lists: readonly (readonly string[])[],
  ): Promise<ListPlacer> {
    if (!exists || lists.every((list) => inlineListSource(list) !== null)) {
      return new ListPlacer(new ListColumns(), exists);
    }
    const used = context.workbook.worksheets.getItem(LIST_SHEET).getUsedRangeOrNullObject(true);
    used.load("values,columnIndex,rowIndex");
    await context.sync();
    const keys: (string | null)[] = [];
    if (!used.isNullObject && used.rowIndex === 0) {
      used.values[0]?.forEach(
        (key, i) => (keys[used.columnIndex + i] = typeof key === "string" ? key : null),
      );
      for (let c = 0; c < keys.length; c++) keys[c] ??= null;
    }
    return new ListPlacer(new ListColumns(keys), exists);
  }

  /** The validation source of a list: inline when it fits, else its range on the list sheet. */
  source(list: readonly string[]): string {
    return inlineListSource(list) ?? this.columns.place(list);
  }

  /** Whether writing the lists placed so far would make the list sheet (which only the user's action may). */
  get makesSheet(): boolean {
    return !this.exists && this.columns.newColumns.length > 0;
  }

  /**
   * Queues the list sheet's columns placed since the last call (and the sheet itself, hidden, the first
   * time when it is not there yet): call it before queuing the validations that point at them.
   */
  queue(context: Excel.RequestContext): void {
    const added = this.columns.newColumns.slice(this.queuedColumns);
    if (added.length === 0) return;
    this.queuedColumns = this.columns.newColumns.length;
    const sheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet;
    if (this.exists || this.sheetQueued) sheet = sheets.getItem(LIST_SHEET);
    else {
      sheet = sheets.add(LIST_SHEET);
      sheet.visibility = "VeryHidden";
      this.sheetQueued = true;
    }
    for (const column of added) {
      const values = [column.key, ...column.items].map((item) => [excelValue(item)]);
      sheet.getRangeByIndexes(0, column.col, values.length, 1).values = values;
    }
  }
}
