/** The one set of A1 and range helpers (src/core/grid.ts) every layer uses. */
import {
  boundingRange,
  columnIndex,
  columnName,
  parseA1,
  parseRangeA1,
  rangeContains,
  rangesOverlap,
  rangeToA1,
  rangeWithin,
  toA1,
} from "../../src/core/grid";

describe("A1 addresses", () => {
  test.each([
    ["A1", { row: 0, col: 0 }],
    ["B2", { row: 1, col: 1 }],
    ["$B$2", { row: 1, col: 1 }],
    ["b2", { row: 1, col: 1 }],
    [" C10 ", { row: 9, col: 2 }],
    ["Z9", { row: 8, col: 25 }],
    ["AA1", { row: 0, col: 26 }],
    ["XFD1048576", { row: 1_048_575, col: 16_383 }],
  ])("parseA1(%j)", (text, position) => {
    expect(parseA1(text)).toEqual(position);
  });

  test.each([
    "",
    "A",
    "1",
    "A0",
    "AAAA1",
    "A12345678",
    "A1B",
    "1A",
    "A-1",
    "A 1",
    "$$A1",
    "Sheet1!A1",
    "A1:B2",
  ])("parseA1(%j) is null", (text) => {
    expect(parseA1(text)).toBeNull();
  });

  test("round trips with toA1 and columnName for every column and some rows", () => {
    for (let col = 0; col < 16_384; col += 37) {
      expect(columnIndex(columnName(col))).toBe(col);
      expect(parseA1(toA1(col * 3, col))).toEqual({ row: col * 3, col });
    }
  });

  test("ranges: parse, print, relate", () => {
    const range = parseRangeA1("Sheet1!$B$2:D5")!;
    expect(range).toEqual({ row: 1, col: 1, rowCount: 4, colCount: 3 });
    expect(parseRangeA1("D5:B2")).toEqual(range);
    expect(rangeToA1(range)).toBe("B2:D5");
    expect(rangeContains(range, 4, 3)).toBe(true);
    expect(rangeContains(range, 5, 3)).toBe(false);
    expect(rangeWithin(range, { row: 2, col: 2, rowCount: 2, colCount: 1 })).toBe(true);
    expect(rangeWithin(range, { row: 2, col: 2, rowCount: 4, colCount: 1 })).toBe(false);
    expect(rangesOverlap(range, { row: 4, col: 3, rowCount: 9, colCount: 9 })).toBe(true);
    expect(rangesOverlap(range, { row: 5, col: 0, rowCount: 9, colCount: 9 })).toBe(false);
    expect(boundingRange([range, { row: 9, col: 0, rowCount: 1, colCount: 1 }])).toEqual({
      row: 1,
      col: 0,
      rowCount: 9,
      colCount: 4,
    });
    expect(boundingRange([])).toBeNull();
  });
});
