import type { Finding, Report } from "../../../src/core/report";
import {
  buildFindingsRows,
  findingsAt,
  keyedFindings,
  selectionRange,
  SEVERITY_ORDER,
} from "../../../src/taskpane/state/findings";
import { shiftSelection } from "../../../src/taskpane/state/useJixiao";

function finding(cell: string, severity: Finding["severity"], tableId: string | null, rule = "r"): Finding {
  const range = selectionRange(cell)!;
  return {
    rule,
    severity,
    sheet: "S",
    cell,
    row: range.row,
    col: range.col,
    tableId,
    messageId: "m",
    data: {},
  };
}

function report(diagnostics: Finding[]): Report {
  return {
    diagnostics,
    stats: { tables: 2, rows: 9, errors: 0, warnings: 0, infos: 0 },
    partial: false,
    profiles: {},
  };
}

describe("selectionRange", () => {
  test.each([
    ["E13", { row: 12, col: 4, rowCount: 1, colCount: 1 }],
    ["B3:C4", { row: 2, col: 1, rowCount: 2, colCount: 2 }],
    ["$B$3", { row: 2, col: 1, rowCount: 1, colCount: 1 }],
    ["'会议费'!E4", { row: 3, col: 4, rowCount: 1, colCount: 1 }],
    ["5:7", { row: 4, col: 0, rowCount: 3, colCount: 16_384 }],
  ])("%s", (address, range) => {
    expect(selectionRange(address)).toEqual(range);
  });
});

describe("buildFindingsRows", () => {
  const all = SEVERITY_ORDER;
  const diagnostics = [
    finding("B2", "error", "t1"),
    finding("E5", "warning", "t1", "w"),
    finding("E6", "info", "t1"),
    finding("B12", "error", "t2"),
  ];

  test("per table a heading with counts, per severity a heading, then the findings", () => {
    const rows = buildFindingsRows(
      report(diagnostics),
      [],
      { severities: new Set(all), rule: null },
      new Set(),
    );
    expect(
      rows.map((r) =>
        r.kind === "finding" ? r.diagnostic.cell : r.kind === "severity" ? r.severity : r.tableId,
      ),
    ).toEqual(["t1", "error", "B2", "warning", "E5", "info", "E6", "t2", "error", "B12"]);
    expect(rows[0]).toMatchObject({ kind: "table", counts: { error: 1, warning: 1, info: 1 } });
  });

  test("filters leave out findings, empty severity groups and empty tables", () => {
    const rows = buildFindingsRows(
      report(diagnostics),
      [],
      { severities: new Set(all), rule: "w" },
      new Set(),
    );
    expect(rows.map((r) => r.kind)).toEqual(["table", "severity", "finding"]);
  });

  test("a collapsed table keeps its heading only; a collapsed severity its heading only", () => {
    const rows = buildFindingsRows(
      report(diagnostics),
      [],
      { severities: new Set(all), rule: null },
      new Set(["t:t1", "s:t2:error"]),
    );
    expect(rows.map((r) => r.kind)).toEqual(["table", "table", "severity"]);
  });

  test("two findings with the same rule, cell and message get distinct keys", () => {
    const twice = [finding("B2", "error", "t1"), finding("B2", "error", "t1")];
    const keys = buildFindingsRows(
      report(twice),
      [],
      { severities: new Set(all), rule: null },
      new Set(),
    ).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

test("findingsAt: the findings inside a selected block of a sheet", () => {
  const r = report([finding("B2", "error", "t1"), finding("C3", "info", "t1"), finding("E9", "info", "t1")]);
  expect(findingsAt(r, { sheet: "S", range: selectionRange("B2:C3")! }).map((d) => d.cell)).toEqual([
    "B2",
    "C3",
  ]);
  expect(findingsAt(r, { sheet: "T", range: selectionRange("B2:C3")! })).toEqual([]);
});

describe("shiftSelection", () => {
  const at = (address: string) => ({ sheet: "S", address, range: selectionRange(address)! });

  test("rows inserted at or above the selection move it down", () => {
    expect(shiftSelection(at("A1"), [{ kind: "insertRows", sheet: "S", row: 0, count: 12 }])).toEqual(
      at("A13"),
    );
    expect(shiftSelection(at("B3:C4"), [{ kind: "insertRows", sheet: "S", row: 1, count: 2 }])).toEqual(
      at("B5:C6"),
    );
  });

  test("rows inserted below it, on another sheet, or values written leave it", () => {
    const here = at("A5");
    expect(shiftSelection(here, [{ kind: "insertRows", sheet: "S", row: 5, count: 3 }])).toBe(here);
    expect(shiftSelection(here, [{ kind: "insertRows", sheet: "T", row: 0, count: 3 }])).toBe(here);
    expect(shiftSelection(here, [{ kind: "setValue", sheet: "S", row: 0, col: 0, value: "x" }])).toBe(here);
  });
});

describe("keyedFindings", () => {
  it("gives two findings of one rule and message on one cell keys of their own (the 此单元格 box kept a stale one)", () => {
    const a = { ...finding("E13", "warning", "t1"), data: { name: "培训人次" } };
    const b = { ...finding("E13", "warning", "t1"), data: { name: "培训合格率" } };
    const twin = { ...a };
    const keys = keyedFindings([a, b, twin]).map((k) => k.key);
    expect(new Set(keys).size).toBe(3);
    expect(keyedFindings([a, b, twin]).map((k) => k.diagnostic)).toEqual([a, b, twin]);
  });
});

describe("capped findings", () => {
  it("mark their headings as counting the listed findings, not all (the summary counts all)", () => {
    const capped = {
      ...report([finding("B2", "error", "t1"), finding("E5", "warning", "t1")]),
      partial: true,
    };
    const rows = buildFindingsRows(
      capped,
      [],
      { severities: new Set(SEVERITY_ORDER), rule: null },
      new Set(),
    );
    const headings = rows.flatMap((r) => (r.kind === "finding" ? [] : [r.listed]));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.every(Boolean)).toBe(true);
    const whole = buildFindingsRows(
      report([finding("B2", "error", "t1")]),
      [],
      { severities: new Set(SEVERITY_ORDER), rule: null },
      new Set(),
    );
    expect(whole.some((r) => r.kind !== "finding" && r.listed)).toBe(false);
  });
});
