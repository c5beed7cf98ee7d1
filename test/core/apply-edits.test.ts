import { applyEdits, applyEditsToGrids } from "../../src/core/apply-edits";
import type { Grid } from "../../src/core/grid";

const grid = (): Grid => ({
  sheet: "S",
  values: [
    ["a", "b"],
    ["c", "d"],
    ["e", "f"],
  ],
  merges: [{ row: 0, col: 0, rowCount: 2, colCount: 1 }],
  origin: { row: 0, col: 0 },
});

describe("applyEdits", () => {
  it("inserts whole rows: cells, merges and validations below shift, a merge the rows fall inside grows", () => {
    const book = applyEdits(
      {
        grids: [grid()],
        validations: [
          { sheet: "S", range: { row: 2, col: 1, rowCount: 1, colCount: 1 }, list: ["x"], strict: false },
        ],
      },
      [{ kind: "insertRows", sheet: "S", row: 1, count: 2 }],
    );
    expect(book.grids[0].values).toEqual([["a", "b"], [], [], ["c", "d"], ["e", "f"]]);
    expect(book.grids[0].merges).toEqual([{ row: 0, col: 0, rowCount: 4, colCount: 1 }]);
    expect(book.validations[0].range.row).toBe(4);
  });

  it("applies edits in order and leaves its input as it was", () => {
    const input = grid();
    const [out] = applyEditsToGrids(
      [input],
      [
        { kind: "setValue", sheet: "S", row: 0, col: 1, value: "B" },
        { kind: "insertRows", sheet: "S", row: 0, count: 1 },
        { kind: "setValue", sheet: "S", row: 0, col: 0, value: "new" },
        { kind: "merge", sheet: "S", range: { row: 1, col: 0, rowCount: 1, colCount: 2 } },
      ],
    );
    expect(out.values.slice(0, 2)).toEqual([["new"], ["a", null]]);
    expect(input.values[0]).toEqual(["a", "b"]);
  });

  it("grows the grid for cells above or left of its origin", () => {
    const [out] = applyEditsToGrids(
      [{ sheet: "S", values: [["x"]], merges: [], origin: { row: 3, col: 2 } }],
      [{ kind: "setValue", sheet: "S", row: 1, col: 0, value: "t" }],
    );
    expect(out.origin).toEqual({ row: 1, col: 0 });
    expect(out.values).toEqual([
      ["t", null],
      [null, null],
      [null, null, "x"],
    ]);
  });
});
