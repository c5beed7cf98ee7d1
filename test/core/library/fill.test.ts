/** Choosing a library entry for a row: its name, and only the row's empty cells filled from real tables. */
import { findTables } from "../../../src/core/detect/find-tables";
import { libraryFill, planLibraryFill, usualValue } from "../../../src/core/library/fill";
import { LIBRARY_ENTRIES } from "../../../src/core/library/library-data";
import type { LibraryEntry } from "../../../src/core/library/schema";
import { lint } from "../../../src/core/lint";
import { BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import { applyEditsToGrids } from "../../../src/core/apply-edits";
import type { Grid } from "../../../src/core/grid";

const byName = (name: string): LibraryEntry => {
  const entry = LIBRARY_ENTRIES.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the library`);
  return entry;
};

function sheet(rows: (string | null)[][]): Grid {
  return {
    sheet: "S",
    values: [
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "组织培训次数", "组织培训次数", "≥2次", "计划标准"],
      ...rows,
    ],
    merges: [],
    origin: { row: 0, col: 0 },
  };
}

test("a row with only the typed name: every empty cell filled, from the entry's real tables", () => {
  const grid = sheet([[null, null, "培训人", null, null, null]]);
  const [table] = findTables([grid]);
  const row = table.rows.find((r) => r.row === 2)!;
  const entry = byName("培训人员出勤率");
  const input = libraryFill(row, entry, BUILTIN_PROFILES["2015"]);
  expect(input.name).toBe("培训人员出勤率");
  // Level 1 inherited from the group above is the entry's own: left alone; level 2 (数量 above, the
  // entry is 质量) is written into the row's empty cell.
  expect(input.level1).toBeUndefined();
  expect(input.level2).toBe(entry.placements["2015"]!.level2);
  expect(input.description).toBe(entry.description);
  expect(input.value).toEqual(usualValue(entry));
  expect(input.basis).toBe(entry.basis[0]);
  const result = planLibraryFill(table, row, entry, BUILTIN_PROFILES["2015"], grid);
  if (!result.ok) throw new Error(result.problem);
  const [after] = applyEditsToGrids([grid], result.edits);
  const [filled] = findTables([after]);
  const report = lint([filled], {});
  const onRow = report.diagnostics.filter((d) => d.cell.endsWith("3") && /^[A-F]3$/.test(d.cell));
  expect(onRow.filter((d) => d.severity === "error")).toEqual([]);
});

test("a filled cell is never touched: the row's own description, value and basis stay", () => {
  const grid = sheet([["产出指标", "质量指标", "培训人", "我们自己的描述", "≥90%", "行业标准"]]);
  const [table] = findTables([grid]);
  const row = table.rows.find((r) => r.row === 2)!;
  const input = libraryFill(row, byName("培训人员出勤率"), BUILTIN_PROFILES["2015"]);
  expect(input).toEqual({ name: "培训人员出勤率" });
});

test("the value is one a table wrote: the least demanding target seen, with a unit Excel users know", () => {
  for (const entry of LIBRARY_ENTRIES) {
    const value = usualValue(entry);
    if (!value) continue;
    if (value.comparator === "定性") {
      expect(entry.qualitative).toContain(value.value);
      continue;
    }
    const range = entry.targets.find((t) => t.comparator === value.comparator && t.unit === value.unit)!;
    expect([range.min, range.max]).toContain(value.value);
  }
});

test("a level cell inside a merged group is left to the group; the rest is still written", () => {
  const grid = {
    ...sheet([[null, null, "培训人", null, null, null]]),
    merges: [{ row: 1, col: 1, rowCount: 2, colCount: 1 }],
  };
  const [table] = findTables([grid]);
  const row = table.rows.find((r) => r.row === 2)!;
  const result = planLibraryFill(table, row, byName("培训人员出勤率"), BUILTIN_PROFILES["2015"], grid);
  if (!result.ok) throw new Error(result.problem);
  expect(result.edits.some((e) => e.kind === "setValue" && e.col === 1)).toBe(false);
  expect(result.edits.some((e) => e.kind === "setValue" && e.col === 2 && e.value === "培训人员出勤率")).toBe(
    true,
  );
});
