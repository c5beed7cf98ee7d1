/**
 * Reading worksheets into Grids. A sheet is its used range (values only: formatting alone does not
 * make a table) with number formats and merged areas, queued on the caller's context so that one
 * check costs one `context.sync`. Sheets too large for one request are read in row blocks.
 */
import type { CellRange, CellValue, Grid } from "../core/grid";
import { AdapterError, toAdapterError } from "./errors";
import type { Capabilities } from "./host";

/**
 * Cells per request. Excel on the web caps a response near 5 MB; a cell's value and number format
 * cost tens of bytes in the JSON, so 60,000 cells stay well under it with long Chinese texts.
 */
export const MAX_CELLS_PER_SYNC = 60_000;

/**
 * Rows per block. Excel returns at most 512 merged areas per request for a range
 * (Range.getMergedAreasOrNullObject, @types/office-js), and these tables merge a few cells per
 * table; 500 rows keep a block's merges well under the cap. Blocks of one request share a sync.
 */
export const MAX_ROWS_PER_BLOCK = 500;

/** What one sheet's read needs after the sync. */
export interface PendingSheet {
  readonly name: string;
  /** The Grid, once the context has synced; null for an empty sheet. */
  grid(): Grid | null;
}

interface RangeBox {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Queues the read of a whole sheet (or a block of its rows) on the context. */
export function queueSheetRead(
  worksheet: Excel.Worksheet,
  capabilities: Capabilities,
  rows?: { first: number; count: number; firstCol: number; colCount: number },
): PendingSheet {
  worksheet.load("name,visibility");
  const range = rows
    ? worksheet.getRangeByIndexes(rows.first, rows.firstCol, rows.count, rows.colCount)
    : worksheet.getUsedRangeOrNullObject(true);
  range.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
  // The whole sheet's merged areas when reading its used range: that range is a null object on an empty
  // sheet, and a method called through a null object fails (InvalidObjectPath) — a sheet just added
  // must check as empty, not fail. Merged areas outside the values are harmless to the engine.
  const merged = capabilities.mergedAreas
    ? (rows ? range : worksheet.getRange()).getMergedAreasOrNullObject()
    : null;
  merged?.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
  return {
    get name() {
      return worksheet.name;
    },
    grid(): Grid | null {
      if (range.isNullObject) return null;
      // A response too large for the host may come back without its values: read it smaller.
      if (!Array.isArray(range.values))
        throw new AdapterError("tooLarge", `no values came back for ${worksheet.name}`);
      return {
        sheet: worksheet.name,
        values: range.values.map((line) => line.map(cellValue)),
        numberFormats: range.numberFormat as (string | null)[][],
        merges: merged && !merged.isNullObject ? merged.areas.items.map(toCellRange) : [],
        origin: { row: range.rowIndex, col: range.columnIndex },
        hidden: worksheet.visibility !== "Visible",
      };
    },
  };
}

/** Excel reads an empty cell as "": the engine's blank is null. */
export function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function toCellRange(range: RangeBox): CellRange {
  return {
    row: range.rowIndex,
    col: range.columnIndex,
    rowCount: range.rowCount,
    colCount: range.columnCount,
  };
}

/** A sheet's name and used-range box (null when empty), for planning reads of large workbooks. */
export interface SheetSize {
  name: string;
  box: RangeBox | null;
}

/** Reads every sheet's size: two syncs (the sheet list, then their used ranges), no values. */
export async function readSheetSizes(context: Excel.RequestContext): Promise<SheetSize[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: sheet.name, range };
  });
  await context.sync();
  return used.map(({ name, range }) => ({
    name,
    box: range.isNullObject
      ? null
      : {
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
        },
  }));
}

export interface ReadProgress {
  /** Cells read so far and in all. */
  done: number;
  total: number;
}

/**
 * Reads many sheets in as few requests as the cell cap allows: small sheets share a request, a
 * large one is split into row blocks. Stops between requests when the signal is aborted.
 */
export async function readSheets(
  context: Excel.RequestContext,
  sizes: readonly SheetSize[],
  capabilities: Capabilities,
  options: {
    signal?: AbortSignal;
    onProgress?: (progress: ReadProgress) => void;
    maxCells?: number;
    /** Told each retry of a request Excel refused for its size or its merged areas (bench counts them). */
    onRetry?: () => void;
  } = {},
): Promise<Grid[]> {
  const maxCells = options.maxCells ?? MAX_CELLS_PER_SYNC;
  const total = sizes.reduce((n, s) => n + (s.box ? s.box.rowCount * s.box.columnCount : 0), 0);
  const blocksBySheet = new Map<string, Grid[]>();
  let batch: Block[] = [];
  let batchCells = 0;
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    if (options.signal?.aborted) throw new DOMException("The read was cancelled.", "AbortError");
    for (const { name, grid } of await readBlocks(context, batch, capabilities, options.onRetry)) {
      blocksBySheet.set(name, [...(blocksBySheet.get(name) ?? []), grid]);
    }
    done += batchCells;
    options.onProgress?.({ done, total });
    batch = [];
    batchCells = 0;
  };
  for (const size of sizes) {
    if (!size.box) continue;
    for (const rows of planRowBlocks(size.box, maxCells)) {
      const cells = rows.count * rows.colCount;
      if (batchCells + cells > maxCells) await flush();
      batch.push({ name: size.name, rows, merges: capabilities.mergedAreas });
      batchCells += cells;
    }
  }
  await flush();
  const grids: Grid[] = [];
  for (const size of sizes) {
    const grid = joinBlocks(blocksBySheet.get(size.name) ?? []);
    if (grid) grids.push(grid);
  }
  return grids;
}

interface Block {
  name: string;
  rows: { first: number; count: number; firstCol: number; colCount: number };
  /** Ask for the block's merged areas. */
  merges: boolean;
}

/**
 * Reads blocks in one request; when Excel refuses it — a response past its size limit (Excel on the
 * web answers at most 5 MB: ResponsePayloadSizeLimitExceeded; a `null` values is taken the same way),
 * or more than 512 merged areas (GeneralException, Range.getMergedAreasOrNullObject in @types/office-js)
 * — the blocks are split (the request in two halves, then a block's rows in two) and read again; a
 * single row that still has too many merged areas is read without them (the engine reads a blank
 * below a label as the label, so the table is still read). Never fails the check for its size alone.
 */
async function readBlocks(
  context: Excel.RequestContext,
  blocks: readonly Block[],
  capabilities: Capabilities,
  onRetry: (() => void) | undefined,
): Promise<{ name: string; grid: Grid }[]> {
  const pending = blocks.map((block) =>
    queueSheetRead(
      context.workbook.worksheets.getItem(block.name),
      { ...capabilities, mergedAreas: block.merges },
      block.rows,
    ),
  );
  let failure: "size" | "merges" | null = null;
  try {
    await context.sync();
    const grids = pending.map((p) => p.grid());
    return blocks.map((block, i) => ({ name: block.name, grid: grids[i] as Grid }));
  } catch (error) {
    failure = refusal(
      error,
      blocks.some((block) => block.merges),
    );
    if (!failure) throw error;
  }
  onRetry?.();
  if (blocks.length > 1) {
    const half = Math.ceil(blocks.length / 2);
    return [
      ...(await readBlocks(context, blocks.slice(0, half), capabilities, onRetry)),
      ...(await readBlocks(context, blocks.slice(half), capabilities, onRetry)),
    ];
  }
  const [block] = blocks;
  if (block.rows.count > 1) {
    const top = Math.ceil(block.rows.count / 2);
    const parts = await readBlocks(
      context,
      [
        { ...block, rows: { ...block.rows, count: top } },
        { ...block, rows: { ...block.rows, first: block.rows.first + top, count: block.rows.count - top } },
      ],
      capabilities,
      onRetry,
    );
    const joined = joinBlocks(parts.map((part) => part.grid));
    return joined ? [{ name: block.name, grid: joined }] : [];
  }
  if (failure === "merges" && block.merges) {
    const read = await readBlocks(context, [{ ...block, merges: false }], capabilities, onRetry);
    return read.map(({ name, grid }) => ({ name, grid: { ...grid, rowsWithoutMerges: 1 } }));
  }
  throw new AdapterError("tooLarge", `a row of ${block.name} is too large to read`);
}

/**
 * Why Excel refused a read, when reading it in smaller parts can help: a response past the host's
 * size limit, or — when merged areas were asked for — more than 512 of them (GeneralException).
 * Null for anything else. The adapter asks the same of a one-request read before it reads in blocks.
 */
export function refusal(error: unknown, askedForMerges: boolean): "size" | "merges" | null {
  if (toAdapterError(error).kind === "tooLarge") return "size";
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return askedForMerges && code === "GeneralException" ? "merges" : null;
}

/** Row blocks that keep each request under the cell cap. */
export function planRowBlocks(
  box: RangeBox,
  maxCells = MAX_CELLS_PER_SYNC,
): { first: number; count: number; firstCol: number; colCount: number }[] {
  const rowsPerBlock = Math.max(
    1,
    Math.min(MAX_ROWS_PER_BLOCK, Math.floor(maxCells / Math.max(1, box.columnCount))),
  );
  const blocks = [];
  for (let first = box.rowIndex; first < box.rowIndex + box.rowCount; first += rowsPerBlock) {
    blocks.push({
      first,
      count: Math.min(rowsPerBlock, box.rowIndex + box.rowCount - first),
      firstCol: box.columnIndex,
      colCount: box.columnCount,
    });
  }
  return blocks;
}

/** Joins row blocks of one sheet back into one Grid (blocks in order, same columns). */
export function joinBlocks(blocks: readonly Grid[]): Grid | null {
  if (blocks.length === 0) return null;
  const [first] = blocks;
  const merges = new Map<string, CellRange>();
  for (const block of blocks) for (const m of block.merges) merges.set(`${m.row},${m.col}`, m);
  return {
    ...first,
    values: blocks.flatMap((b) => b.values),
    numberFormats: blocks.flatMap((b) => b.numberFormats ?? b.values.map((line) => line.map(() => null))),
    merges: [...merges.values()],
    rowsWithoutMerges: blocks.reduce((n, b) => n + (b.rowsWithoutMerges ?? 0), 0) || undefined,
  };
}
