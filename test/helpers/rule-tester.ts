/**
 * RuleTester (after ESLint's): a rule's valid and invalid cases as inline tables. Assertions are on
 * [cell, messageId], never on wording; fixes and suggestions are applied and the table re-checked.
 */
import { findTables } from "../../src/core/detect/find-tables";
import type { CellValue, Grid } from "../../src/core/grid";
import { parseA1 } from "../../src/core/grid";
import { lint, type LintOptions } from "../../src/core/lint";
import type { Finding } from "../../src/core/report";
import type { Rule } from "../../src/core/rules/rule";
import { applyEdits, type TestBook } from "./apply-edits";

export const HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
/** Title and goal rows above the header in every case unless a case gives its own preamble. */
export const PREAMBLE: CellValue[][] = [
  ["1、2022年度会议费项目绩效目标表"],
  ["绩效目标", "按时召开会议，保证会议质量"],
];
/** With the default preamble the header is on sheet row 3, the first body row on row 4. */
export const FIRST_BODY_ROW = 4;

export interface RuleCase {
  name: string;
  rows: CellValue[][];
  header?: CellValue[];
  preamble?: CellValue[][];
  options?: Omit<LintOptions, "rules">;
}

export interface InvalidCase extends RuleCase {
  /** Expected findings in report order: [A1 cell, messageId]. */
  errors: [string, string][];
  /** Cell values after applying every safe fix, and re-checking finds none of those fixes again. */
  fixed?: Record<string, CellValue>;
  /** Apply one suggestion of the finding at `cell` and expect these cell values. */
  suggestion?: { cell: string; index?: number; messageId: string; result: Record<string, CellValue> };
}

export function caseGrid(c: RuleCase): Grid {
  const rows = [...(c.preamble ?? PREAMBLE), c.header ?? HEADER, ...c.rows];
  return {
    sheet: "Sheet1",
    values: rows.map((line) => line.map((v) => (v === "" ? null : v))),
    merges: [],
    origin: { row: 0, col: 0 },
  };
}

export function runRule(rule: Rule, c: RuleCase, grid: Grid = caseGrid(c)): Finding[] {
  const tables = findTables([grid]);
  return lint(tables, { ...c.options, rules: [rule] }).diagnostics;
}

function valueAt(book: TestBook, a1: string): CellValue {
  const pos = parseA1(a1);
  if (!pos) throw new Error(`bad address ${a1}`);
  return book.grids[0].values[pos.row]?.[pos.col] ?? null;
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    if (cases.valid.length > 0) {
      it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
        expect(runRule(rule, c).map((d) => [d.cell, d.messageId])).toEqual([]);
      });
    }
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const grid = caseGrid(c);
      const found = runRule(rule, c, grid);
      expect(found.map((d) => [d.cell, d.messageId])).toEqual(c.errors);
      expect(found.every((d) => d.rule === rule.id)).toBe(true);
      for (const d of found) expect(Object.keys(rule.messages)).toContain(d.messageId);
      const book: TestBook = { grids: [grid], validations: [] };
      if (c.fixed) {
        const fixes = found.flatMap((d) => d.fix ?? []);
        expect(fixes.length).toBeGreaterThan(0);
        const mended = applyEdits(book, fixes);
        for (const [cell, value] of Object.entries(c.fixed))
          expect([cell, valueAt(mended, cell)]).toEqual([cell, value]);
        const again = runRule(rule, c, mended.grids[0]);
        expect(again.filter((d) => d.fix).map((d) => [d.cell, d.messageId])).toEqual([]);
      } else {
        expect(found.filter((d) => d.fix).map((d) => d.cell)).toEqual([]);
      }
      if (c.suggestion) {
        const { cell, index = 0, messageId, result } = c.suggestion;
        const finding = found.find((d) => d.cell === cell && d.suggestions);
        expect(finding).toBeDefined();
        const suggestion = finding!.suggestions![index];
        expect(suggestion.messageId).toBe(messageId);
        const changed = applyEdits(book, suggestion.edits);
        for (const [at, value] of Object.entries(result))
          expect([at, valueAt(changed, at)]).toEqual([at, value]);
        const again = runRule(rule, c, changed.grids[0]);
        expect(again.filter((d) => d.cell === cell && d.messageId === finding!.messageId)).toEqual([]);
      }
    });
  });
}
