import {
  addressChunks,
  DEFAULT_CHUNK_LIMIT,
  fingerprint,
  halveChunkLimit,
  markAreas,
  planMarks,
} from "../../src/core/marks";
import { parseRangeA1, toA1 } from "../../src/core/grid";
import type { Finding } from "../../src/core/report";

function finding(cell: string, severity: Finding["severity"], sheet = "S"): Finding {
  return { rule: "r", severity, sheet, cell, row: 0, col: 0, tableId: "t1", messageId: "m", data: {} };
}

describe("planMarks", () => {
  it("marks each cell once, under its most severe finding, in sheet order", () => {
    const plan = planMarks("S", [
      finding("E4", "warning"),
      finding("E4", "error"),
      finding("B10", "info"),
      finding("A2", "info"),
      finding("C3", "warning", "other sheet"),
    ]);
    expect(plan.cells).toEqual({ error: ["E4"], warning: [], info: ["A2", "B10"] });
  });
});

describe("addressChunks", () => {
  it("keeps each comma-joined list within the characters and areas of the limit", () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `AB${i + 1}`);
    const chunks = addressChunks(cells);
    expect(chunks.every((c) => c.length <= DEFAULT_CHUNK_LIMIT.chars)).toBe(true);
    expect(chunks.every((c) => c.split(",").length <= DEFAULT_CHUNK_LIMIT.areas)).toBe(true);
    expect(chunks.join(",").split(",")).toEqual(cells);
    const small = addressChunks(cells.slice(0, 10), { chars: 1000, areas: 3 });
    expect(small.map((c) => c.split(",").length)).toEqual([3, 3, 3, 1]);
  });

  it("halves down to one area a list, never to nothing", () => {
    let limit = DEFAULT_CHUNK_LIMIT;
    for (let i = 0; i < 20; i++) limit = halveChunkLimit(limit);
    expect(limit.areas).toBe(1);
    expect(addressChunks(["AB1:AC2000", "B3"], limit)).toEqual(["AB1:AC2000", "B3"]);
  });
});

describe("markAreas", () => {
  it("joins adjacent marked cells into rectangles", () => {
    expect(markAreas(["E4", "E5", "E6", "F4", "F5", "F6", "H4", "B9", "C9", "D9", "E11"])).toEqual([
      "E4:F6",
      "H4",
      "B9:D9",
      "E11",
    ]);
  });

  it("covers exactly the cells it was given", () => {
    const cells: string[] = [];
    for (let r = 1; r <= 60; r++)
      for (let c = 0; c < 8; c++) if ((r * 7 + c * 3) % 5 !== 0) cells.push(`${"ABCDEFGH"[c]}${r}`);
    const covered = new Set<string>();
    for (const area of markAreas(cells)) {
      const range = parseRangeA1(area)!;
      for (let r = range.row; r < range.row + range.rowCount; r++)
        for (let c = range.col; c < range.col + range.colCount; c++) covered.add(toA1(r, c));
    }
    expect([...covered].sort()).toEqual([...cells].sort());
  });
});

describe("fingerprint", () => {
  it("is stable and tells different texts apart", () => {
    expect(fingerprint("E4,E5")).toBe(fingerprint("E4,E5"));
    expect(fingerprint("E4,E5")).not.toBe(fingerprint("E4,E6"));
    expect(fingerprint("E4")).toMatch(/^[0-9a-z]+$/);
  });
});
