import { addressChunks, fingerprint, planMarks } from "../../src/core/marks";
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
  it("keeps each comma-joined list within the limit", () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `AB${i + 1}`);
    const chunks = addressChunks(cells, 8000);
    expect(chunks.every((c) => c.length <= 8000)).toBe(true);
    expect(chunks.join(",").split(",")).toEqual(cells);
  });
});

describe("fingerprint", () => {
  it("is stable and tells different texts apart", () => {
    expect(fingerprint("E4,E5")).toBe(fingerprint("E4,E5"));
    expect(fingerprint("E4,E5")).not.toBe(fingerprint("E4,E6"));
    expect(fingerprint("E4")).toMatch(/^[0-9a-z]+$/);
  });
});
