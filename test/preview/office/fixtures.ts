/** Small builders for the office fake's tests: a workbook from rows, and a way to look at rejections. */
import type { CellRange, CellValue } from "../../../src/core/grid";
import {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
} from "../../../src/preview/office/fake-excel";
import { WorkbookModel, type SheetModel } from "../../../src/workbook/workbook-model";

export interface Setup {
  fake: FakeExcel;
  excel: FakeExcel["excel"];
  model: WorkbookModel;
  sheet: SheetModel;
}

/** One sheet ("Sheet1" unless named) holding `values` from A1, with optional merges. */
export function setup(
  values: CellValue[][] = [],
  options: FakeExcelOptions & { sheet?: string; merges?: CellRange[] } = {},
): Setup {
  const name = options.sheet ?? "Sheet1";
  const model = WorkbookModel.fromGrids([
    { sheet: name, values, merges: options.merges ?? [], origin: { row: 0, col: 0 } },
  ]);
  const fake = createFakeExcel({ ...options, model });
  return { fake, excel: fake.excel, model, sheet: model.sheet(name) };
}

export interface Rejection {
  code: string;
  message: string;
  name: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Rejection> {
  try {
    await promise;
  } catch (error) {
    return error as Rejection;
  }
  throw new Error("Expected the promise to reject, but it resolved.");
}

/** The error a function throws; fails the test when it returns. */
export function thrown(action: () => unknown): Rejection {
  try {
    action();
  } catch (error) {
    return error as Rejection;
  }
  throw new Error("Expected the call to throw, but it returned.");
}

/** Event args without their functions (getRange), for toEqual. */
export function plain(args: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args as Record<string, unknown>)) {
    if (typeof value !== "function") out[key] = value;
  }
  return out;
}

/** A grid of `rows` × `cols` text values ("r1c1" …), handy for structure tests. */
export function labelled(rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r + 1}c${c + 1}`));
}
