/** The live loop's memory of changes (src/excel/change-ledger.ts): the user's changes, and our own writes. */
import type { Edit } from "../../src/core/edits";
import { ChangeLedger } from "../../src/excel/change-ledger";

const S = "绩效目标";
const edits: Edit[] = [
  { kind: "setValue", sheet: S, row: 4, col: 4, value: "≤5万元" },
  { kind: "setValue", sheet: S, row: 6, col: 5, value: "计划标准" },
];

test("a change of the user's bumps the sheet's generation; a read taken before then is stale", () => {
  const ledger = new ChangeLedger();
  const before = ledger.all();
  expect(ledger.changedSince(before, S)).toBe(false);
  expect(ledger.userChanged(S, "B3", 1000)).toBe(true);
  expect(ledger.changedSince(before, S)).toBe(true);
  expect(ledger.changedSince(before, "其他")).toBe(false);
});

test("our own write's events are ours for a few seconds, on the rectangle it wrote; nothing else is", () => {
  const ledger = new ChangeLedger();
  ledger.wrote(S, edits, 1000);
  const before = ledger.all();
  expect(ledger.userChanged(S, "E5", 1500)).toBe(false);
  expect(ledger.userChanged(S, "E5:F7", 1500)).toBe(false);
  expect(ledger.changedSince(before, S)).toBe(false);
  // Outside what it wrote, on another sheet, or after the window: the user's.
  expect(ledger.userChanged(S, "G9", 1500)).toBe(true);
  expect(ledger.userChanged("其他", "E5", 1500)).toBe(true);
  expect(ledger.userChanged(S, "E5", 1000 + 3001)).toBe(true);
});

test("inserted rows: the event names whole rows, or the band of columns that moved", () => {
  const ledger = new ChangeLedger();
  ledger.wrote(S, [{ kind: "insertRows", sheet: S, row: 9, count: 3 }], 0);
  expect(ledger.userChanged(S, "10:12", 10)).toBe(false);
  ledger.wrote(S, [{ kind: "insertRows", sheet: S, row: 9, count: 3, band: { col: 0, colCount: 6 } }], 0);
  expect(ledger.userChanged(S, "A10:F12", 10)).toBe(false);
  expect(ledger.userChanged(S, "10:12", 10)).toBe(true);
});
