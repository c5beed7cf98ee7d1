/**
 * Writing the engine's Edit[] through office.js, queued on the caller's context so that one
 * action is one `context.sync`. Values are written as 2-D blocks, never cell by cell in a loop of
 * syncs; edits apply in order, so writes are only coalesced between structural edits.
 */
import type { Edit } from "../core/edits";
import type { CellValue } from "../core/grid";

/**
 * office.js reads a written string that starts with "=", "+" or "-" as a formula (Range.values in
 * @types/office-js). Text must stay text, so such strings get Excel's text prefix, the apostrophe,
 * which Excel does not show or store as content.
 */
export function excelValue(value: CellValue): string | number | boolean {
  if (value === null) return ""; // null in a values array means "leave unchanged"; "" clears
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

type SetValue = Extract<Edit, { kind: "setValue" }>;

/**
 * Queues every edit on the context; the caller syncs once. `listSource` gives a list's validation
 * source (inline, or its range on the list sheet: list-sheet.ts).
 */
export function queueEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  listSource: (list: readonly string[]) => string,
): void {
  let run: SetValue[] = [];
  const flush = () => {
    queueValueRun(context, run);
    run = [];
  };
  for (const edit of edits) {
    if (edit.kind === "setValue") {
      run.push(edit);
      continue;
    }
    flush();
    const sheet = context.workbook.worksheets.getItem(edit.sheet);
    switch (edit.kind) {
      case "insertRows":
        // Whole rows: everything below shifts down, never overwritten. With a band (the planner found
        // the user's cells beside the table that whole rows would split), only the table's columns shift.
        if (edit.band)
          sheet.getRangeByIndexes(edit.row, edit.band.col, edit.count, edit.band.colCount).insert("Down");
        else sheet.getRange(`${edit.row + 1}:${edit.row + edit.count}`).insert("Down");
        break;
      case "merge": {
        // A group that grew is merged again over its old, smaller merged area: unmerge first, as
        // merging across part of a merged area is refused.
        const range = sheet.getRangeByIndexes(
          edit.range.row,
          edit.range.col,
          edit.range.rowCount,
          edit.range.colCount,
        );
        range.unmerge();
        range.merge(false);
        break;
      }
      case "setValidation": {
        const range = sheet.getRangeByIndexes(
          edit.range.row,
          edit.range.col,
          edit.range.rowCount,
          edit.range.colCount,
        );
        queueListValidation(range, listSource(edit.list), edit.strict);
        break;
      }
    }
  }
  flush();
}

/** A list validation with the given source ("a,b,c", or "=jixiao_lists!$A$2:$A$30"); an empty list clears. */
export function queueListValidation(range: Excel.Range, source: string, strict: boolean): void {
  range.dataValidation.clear();
  if (source.length === 0) return;
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  // A non-strict list is a menu of suggestions: free text stays allowed, so no alert stops it.
  range.dataValidation.errorAlert = strict
    ? { showAlert: true, style: "Stop", title: "", message: "" }
    : { showAlert: false, style: "Information", title: "", message: "" };
}

/** Writes a run of setValue edits as the fewest rectangles: row runs, then stacked rows of equal span. */
function queueValueRun(context: Excel.RequestContext, edits: readonly SetValue[]): void {
  if (edits.length === 0) return;
  const bySheet = new Map<string, Map<number, Map<number, CellValue>>>();
  for (const edit of edits) {
    let rows = bySheet.get(edit.sheet);
    if (!rows) bySheet.set(edit.sheet, (rows = new Map()));
    let cols = rows.get(edit.row);
    if (!cols) rows.set(edit.row, (cols = new Map()));
    cols.set(edit.col, edit.value); // a later edit of a cell wins, as it would applied in order
  }
  for (const [sheetName, rows] of bySheet) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const block of rectangles(rows)) {
      sheet.getRangeByIndexes(block.row, block.col, block.values.length, block.values[0].length).values =
        block.values.map((line) => line.map(excelValue));
    }
  }
}

interface Block {
  row: number;
  col: number;
  values: CellValue[][];
}

/** Contiguous cells of each row as runs, then runs of the same columns on consecutive rows stacked. */
export function rectangles(rows: ReadonlyMap<number, ReadonlyMap<number, CellValue>>): Block[] {
  const runs: Block[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cols = rows.get(row)!;
    let current: Block | null = null;
    for (const col of [...cols.keys()].sort((a, b) => a - b)) {
      if (current && col === current.col + current.values[0].length) current.values[0].push(cols.get(col)!);
      else runs.push((current = { row, col, values: [[cols.get(col)!]] }));
    }
  }
  const blocks: Block[] = [];
  for (const run of runs) {
    const above = blocks[blocks.length - 1];
    if (
      above &&
      above.col === run.col &&
      above.values[0].length === run.values[0].length &&
      above.row + above.values.length === run.row
    ) {
      above.values.push(run.values[0]);
    } else blocks.push(run);
  }
  return blocks;
}
