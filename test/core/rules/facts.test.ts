import { findTables } from "../../../src/core/detect/find-tables";
import { profileIndex } from "../../../src/core/lint";
import { BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import { classifyRows, isCostRow, rewriteQuantity } from "../../../src/core/rules/facts";
import { caseGrid } from "../../helpers/rule-tester";

const SPLIT = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

function splitRow(cells: (string | number | null)[]) {
  const [table] = findTables([caseGrid({ name: "split", header: SPLIT, rows: [cells] })]);
  return { table, row: table.rows[0] };
}

describe("rewriteQuantity in the split layout", () => {
  it("writes only the part that changes", () => {
    const { table, row } = splitRow(["产出指标", "成本指标", "设备购置成本", "≥", 15, "万元"]);
    expect(
      rewriteQuantity(table, row, { comparator: "le" }).map((e) => [e.kind === "setValue" && e.value]),
    ).toEqual([["≤"]]);
  });

  it("moves a comparator and unit written inside the value cell to their own columns", () => {
    const { table, row } = splitRow(["产出指标", "质量指标", "出勤率", null, "95%以上", null]);
    const edits = rewriteQuantity(table, row, { comparator: "ge" });
    expect(edits.map((e) => e.kind === "setValue" && [e.col, e.value])).toEqual([
      [3, "≥"],
      [5, "%"],
      [4, 95],
    ]);
  });
});

describe("classifyRows", () => {
  it("takes a level-1 cost label written as level 2 for a cost group (2015 tables checked against 2021)", () => {
    const [table] = findTables([
      caseGrid({ name: "2015 form", rows: [["产出指标", "成本指标", "人均成本", "", "≥450元", ""]] }),
    ]);
    const [row] = classifyRows(table, profileIndex(BUILTIN_PROFILES["2021"]));
    expect(row.level2).toBeNull();
    expect(isCostRow(row)).toBe(true);
  });
});
