/**
 * What the adapter needs from Office: a way to run a batch, and the requirement-set test. In
 * Excel both come from office.js; in tests and the preview they come from the in-memory workbook.
 */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What a batch asks of Excel.run beyond its batch (office.js's Excel.RunOptions). */
export interface RunOptions {
  /**
   * Wait for the user to leave cell-edit mode instead of failing (Excel.RunOptions.delayForCellEdit:
   * "When true, … if the user is in cell edit mode then the batch request is delayed until the user
   * exits cell edit mode"; learn.microsoft.com/javascript/api/excel/excel.runoptions). A host that does
   * not know the option ignores it and fails as before, which the pane words.
   */
  delayForCellEdit?: boolean;
  /**
   * Make every write of the batch one undoable action (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20;
   * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities). A batch with an API
   * that cannot be undone then fails with UndoNotSupported instead of clearing the user's stack.
   */
  mergeUndoGroup?: boolean;
}

export interface ExcelHost {
  /**
   * Runs a batch; with `context`, on that request context again (office.js removes an event
   * handler only through the context that added it: Excel.run(context, batch)); with `options`, as
   * Excel.run(options, batch).
   */
  run<T>(batch: ExcelBatch<T>, context?: Excel.RequestContext, options?: RunOptions): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
}

/** The features the adapter uses beyond its ExcelApi 1.9 floor, tested once at start. */
export interface Capabilities {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): without it, merged level cells read as blank-below, which the engine handles. */
  mergedAreas: boolean;
  /** WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14): without it, our own writes are told apart by a guard. */
  triggerSource: boolean;
  /** WorksheetCollection.onNameChanged (ExcelApi 1.17): without it, renames are picked up at the next read. */
  nameChangedEvent: boolean;
  /**
   * Excel can undo the add-in's writes ("Check for undo support": isSetSupported("ExcelUndoApiAll",
   * "1.0"), excel-add-ins-undo-capabilities). Without it every write clears the user's undo stack
   * (office-js #3788: "by design"), so automatic checks write nothing.
   */
  undo: boolean;
  /** Excel.RunOptions.mergeUndoGroup (ExcelApi 1.20). */
  mergeUndoGroup: boolean;
}

export function detectCapabilities(host: ExcelHost): Capabilities {
  return {
    mergedAreas: host.isSetSupported("ExcelApi", "1.13"),
    triggerSource: host.isSetSupported("ExcelApi", "1.14"),
    nameChangedEvent: host.isSetSupported("ExcelApi", "1.17"),
    undo: host.isSetSupported("ExcelUndoApiAll", "1.0"),
    mergeUndoGroup: host.isSetSupported("ExcelApi", "1.20"),
  };
}

/** An Excel namespace (office.js's, or the in-memory workbook's) and its requirement-set test, as a host. */
export function hostFrom(
  excel: Pick<typeof Excel, "run">,
  requirements: { isSetSupported(name: string, version?: string): boolean },
): ExcelHost {
  return {
    run: (batch, context, options) =>
      context ? excel.run(context, batch) : options ? excel.run(options, batch) : excel.run(batch),
    isSetSupported: (name, version) => requirements.isSetSupported(name, version),
  };
}

/** The host office.js provides inside Excel. */
export function officeHost(): ExcelHost {
  return hostFrom(Excel, Office.context.requirements);
}
