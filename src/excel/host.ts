/**
 * What the adapter needs from Office: a way to run a batch, and the requirement-set test. In
 * Excel both come from office.js; in tests and the preview they come from the in-memory workbook.
 */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
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
}

export function detectCapabilities(host: ExcelHost): Capabilities {
  return {
    mergedAreas: host.isSetSupported("ExcelApi", "1.13"),
    triggerSource: host.isSetSupported("ExcelApi", "1.14"),
    nameChangedEvent: host.isSetSupported("ExcelApi", "1.17"),
  };
}

/** The host office.js provides inside Excel. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
