import { BUILTIN_CATALOGUE } from "../../src/core/templates/catalogue";
import { KNOWN_UNITS } from "../../src/core/units";
import { suggestUnits } from "../../src/core/unit-suggestions";

describe("suggestUnits", () => {
  test.each([
    ["参会人员出勤率", "%"],
    ["服务对象满意度", "%"],
    ["女性代表占比", "%"],
    ["参与会议人数", "人"],
    ["组织会议次数", "次"],
    ["培训人次", "人次"],
  ])("%s: %s comes first", (name, unit) => {
    expect(suggestUnits(name, BUILTIN_CATALOGUE)[0]).toBe(unit);
  });

  test("a name in the catalogue gets the catalogue's unit first", () => {
    const row = BUILTIN_CATALOGUE.templates.flatMap((t) => t.rows).find((r) => r.name === "人均会议成本")!;
    expect(row.unit).not.toBe("");
    expect(suggestUnits("人均会议成本", BUILTIN_CATALOGUE)[0]).toBe(row.unit);
  });

  test("a cost name offers money units only", () => {
    const units = suggestUnits("人均会议成本", null);
    expect(units).toEqual(["万元", "元", "元/人", "元/次", "元/人·天"]);
  });

  test("the catalogue's units for names that end alike come before generic ones", () => {
    // The catalogue's 印刷费 rows count printed copies in 份; a similar name gets 份 from it.
    const units = suggestUnits("宣传资料印刷数量", BUILTIN_CATALOGUE);
    const catalogueUnits = BUILTIN_CATALOGUE.templates
      .flatMap((t) => t.rows)
      .filter((r) => r.name.endsWith("印刷数量") || r.name.endsWith("数量"))
      .map((r) => r.unit)
      .filter((u) => u !== "");
    expect(catalogueUnits.length).toBeGreaterThan(0);
    expect(units).toContain(catalogueUnits[0]);
  });

  test("every suggestion is a known unit; no duplicates; at most the limit", () => {
    for (const name of ["参会人员出勤率", "人均会议成本", "组织会议次数", "设备购置数量", "系统正常运行率"]) {
      const units = suggestUnits(name, BUILTIN_CATALOGUE, 5);
      expect(units.length).toBeLessThanOrEqual(5);
      expect(new Set(units).size).toBe(units.length);
      for (const unit of units) expect([name, unit, KNOWN_UNITS.includes(unit)]).toEqual([name, unit, true]);
    }
  });

  test("a name that says nothing gets nothing, and a blank name too", () => {
    expect(suggestUnits("提升社会影响力", null)).toEqual([]);
    expect(suggestUnits("  ", BUILTIN_CATALOGUE)).toEqual([]);
  });
});
