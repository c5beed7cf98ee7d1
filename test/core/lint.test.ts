import { findTables } from "../../src/core/detect/find-tables";
import { lint, profileFor } from "../../src/core/lint";
import { BUILTIN_PROFILE_INPUTS, BUILTIN_PROFILES } from "../../src/core/profiles/builtin";
import { ProfileSchema } from "../../src/core/profiles/schema";
import type { Rule } from "../../src/core/rules/rule";
import { strayWhitespace } from "../../src/core/rules/stray-whitespace";
import { valueEmpty } from "../../src/core/rules/value-empty";
import { caseGrid } from "../helpers/rule-tester";

const tables = () =>
  findTables([
    caseGrid({
      name: "two faulty rows",
      rows: [
        ["产出指标", "数量指标", "会议次数", "", "", "计划标准 "],
        ["", "质量指标", "出勤率", "", "", ""],
      ],
    }),
  ]);

function ruleThat(id: string, check: Rule["check"]): Rule {
  return { ...valueEmpty, id, check };
}

describe("lint", () => {
  it("reports in a stable order: row, column, rule", () => {
    const report = lint(tables(), { rules: [valueEmpty, strayWhitespace] });
    expect(report.diagnostics.map((d) => [d.cell, d.rule])).toEqual([
      ["E4", "value-empty"],
      ["F4", "stray-whitespace"],
      ["E5", "value-empty"],
    ]);
    expect(report.stats).toEqual({ tables: 1, rows: 2, errors: 2, warnings: 1, infos: 0 });
    expect(report.partial).toBe(false);
    expect(report.profiles).toEqual({ t1: "2015" });
  });

  it("turns a crashing rule into one internal-error finding while the other rules still run", () => {
    const crashing = ruleThat("crashes", ({ report, rows }) => {
      report({ at: rows[0].indicator.value!, messageId: "empty", data: {} });
      throw new Error("boom");
    });
    const report = lint(tables(), { rules: [crashing, valueEmpty] });
    expect(report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.data.rule])).toEqual([
      ["internal-error", "A3", "crashed", "crashes"],
      ["value-empty", "E4", "empty", undefined],
      ["value-empty", "E5", "empty", undefined],
    ]);
  });

  it("caps the diagnostics and says so, while the stats count them all", () => {
    const report = lint(tables(), { rules: [valueEmpty, strayWhitespace], maxDiagnostics: 2 });
    expect(report.diagnostics).toHaveLength(2);
    expect(report.partial).toBe(true);
    expect(report.stats.errors + report.stats.warnings).toBe(3);
  });

  it("takes severities from the options over the profile over the rule, and 'off' silences a rule", () => {
    const profile = ProfileSchema.parse({
      ...BUILTIN_PROFILE_INPUTS["2015"],
      severities: { "value-empty": "warning" },
    });
    const fromProfile = lint(tables(), { rules: [valueEmpty], profile });
    expect(fromProfile.diagnostics.map((d) => d.severity)).toEqual(["warning", "warning"]);
    const fromOptions = lint(tables(), {
      rules: [valueEmpty],
      profile,
      severities: { "value-empty": "info" },
    });
    expect(fromOptions.diagnostics.map((d) => d.severity)).toEqual(["info", "info"]);
    expect(lint(tables(), { rules: [valueEmpty], severities: { "value-empty": "off" } }).diagnostics).toEqual(
      [],
    );
  });

  it("chooses the profile per table under auto, and forces one when asked", () => {
    const [table2021] = findTables([
      caseGrid({ name: "2021", rows: [["成本指标", "经济成本指标", "会议成本", "", "≤5万元", ""]] }),
    ]);
    const [table2015] = tables();
    expect(profileFor(table2021).id).toBe("2021");
    expect(profileFor(table2015).id).toBe("2015");
    expect(profileFor(table2015, "2021").id).toBe("2021");
    expect(profileFor(table2015, BUILTIN_PROFILES["2021"]).id).toBe("2021");
    const unknown = { ...table2015, profileGuess: null };
    expect(profileFor(unknown, "auto", "2021").id).toBe("2021");
  });

  it("never throws on tables of odd data", () => {
    const odd = findTables([
      caseGrid({
        name: "odd",
        rows: [
          [true, 3, 0.5, null, -1, false],
          [null, null, "#N/A", "x".repeat(40_000), "≥≥5", 12],
        ],
      }),
    ]);
    expect(() => lint(odd)).not.toThrow();
  });
});
