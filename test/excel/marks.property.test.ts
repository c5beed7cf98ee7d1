/**
 * Nothing lost (issue 9 c, d): marks never disturb the user's own formats, and clearing them
 * restores exactly what the user had; a check that raced an edit never writes stale marks.
 */
import fc from "fast-check";
import { findTables } from "../../src/core/detect/find-tables";
import { lint } from "../../src/core/lint";
import { planMarks } from "../../src/core/marks";
import { lintOptionsFrom } from "../../src/core/settings";
import { isMarkFormula } from "../../src/excel/marks";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { setUp } from "./helpers";

const SHEET = "表";
const seeds = loadSeedTables();
const COLOURS = ["#FF0000", "#00B050", "#FFFF00", "#0070C0", "#7030A0"];

const userFormatArb = fc.array(
  fc.record({
    row: fc.nat(30),
    col: fc.nat(7),
    fill: fc.option(fc.constantFrom(...COLOURS), { nil: undefined }),
    fontColor: fc.option(fc.constantFrom(...COLOURS), { nil: undefined }),
    bold: fc.boolean(),
  }),
  { maxLength: 15 },
);

const userRulesArb = fc.array(
  fc.record({ row: fc.nat(30), col: fc.nat(7), colour: fc.constantFrom(...COLOURS) }),
  {
    maxLength: 4,
  },
);

/** The user's own formatting: every cell's format and every conditional format that is not ours. */
function userFormatting(fake: ReturnType<typeof setUp>["fake"]) {
  const snapshot = fake.model.snapshot().sheets[0];
  return {
    formats: snapshot.formats,
    rules: snapshot.conditionalFormats
      .filter((cf) => !isMarkFormula(cf.formula))
      .map((cf) => ({ areas: cf.areas, formula: cf.formula, format: cf.format })),
  };
}

describe("marks and the user's formats", () => {
  it("clearing marks restores exactly the formats the user had", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        userFormatArb,
        userRulesArb,
        async (pick, formats, rules) => {
          const { fake, adapter, host } = setUp([
            seedSheet(SHEET, [seeds[pick]], { mergeLevels: true }).grid,
          ]);
          await host.run(async (context) => {
            const sheet = context.workbook.worksheets.getItem(SHEET);
            for (const f of formats) {
              const range = sheet.getRangeByIndexes(f.row, f.col, 1, 1);
              if (f.fill) range.format.fill.color = f.fill;
              if (f.fontColor) range.format.font.color = f.fontColor;
              range.format.font.bold = f.bold;
            }
            for (const r of rules) {
              const rule = sheet.getRangeByIndexes(r.row, r.col, 2, 1).conditionalFormats.add("Custom");
              rule.custom.rule.formula = "=TRUE";
              rule.custom.format.fill.color = r.colour;
            }
            await context.sync();
          });
          const before = userFormatting(fake);
          await adapter.checkSheet(SHEET);
          expect(
            fake.model.snapshot().sheets[0].conditionalFormats.some((cf) => isMarkFormula(cf.formula)),
          ).toBe(true);
          expect(userFormatting(fake)).toEqual(before);
          await adapter.clearMarks();
          expect(userFormatting(fake)).toEqual(before);
          expect(
            fake.model.snapshot().sheets[0].conditionalFormats.filter((cf) => isMarkFormula(cf.formula)),
          ).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a check racing the user's edits never leaves marks that disagree with the sheet", async () => {
    const editArb = fc.array(
      fc.record({
        row: fc.integer({ min: 3, max: 16 }),
        col: fc.integer({ min: 2, max: 5 }),
        value: fc.constantFrom("≥5万元", "≤5万元", "合规\t", "及时率", "≥95", "提升", "≥6次", ""),
        // When, relative to the adapter's check, the user types: before it, while its read is in flight, after it.
        when: fc.constantFrom("before", "during", "after"),
      }),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(editArb, async (edits) => {
        const { fake, adapter } = setUp([seedSheet(SHEET, [seeds[0]], { mergeLevels: true }).grid]);
        await adapter.checkSheet(SHEET);
        for (const edit of edits.filter((e) => e.when === "before"))
          fake.model.sheet(SHEET).setValue(edit.row, edit.col, edit.value || null);
        const checking = adapter.checkSheet(SHEET);
        let raced = false;
        for (const edit of edits.filter((e) => e.when === "during")) {
          fake.model.sheet(SHEET).setValue(edit.row, edit.col, edit.value || null);
          adapter.changes.userChanged(SHEET, "A1"); // what the live loop does on the change event
          raced = true;
        }
        const result = await checking;
        expect(result.stale).toBe(raced);
        const marksNow = () =>
          fake.model
            .sheet(SHEET)
            .conditionalFormats.filter((cf) => isMarkFormula(cf.formula))
            // Each area's every cell: adjacent marked cells are written as one rectangle.
            .flatMap((cf) =>
              cf.areas.flatMap((a) =>
                Array.from({ length: a.rowCount * a.colCount }, (_, i) => {
                  const row = a.row + Math.floor(i / a.colCount);
                  return `${row},${a.col + (i % a.colCount)}`;
                }),
              ),
            )
            .sort();
        const expected = () => {
          const tables = findTables(fake.model.toGrids());
          const plan = planMarks(SHEET, lint(tables, lintOptionsFrom(adapter.currentSettings())).diagnostics);
          return [...plan.cells.error, ...plan.cells.warning, ...plan.cells.info]
            .map((a1) => {
              const col = a1.charCodeAt(0) - 65;
              return `${Number(a1.slice(1)) - 1},${col}`;
            })
            .sort();
        };
        if (!raced) expect(marksNow()).toEqual(expected());
        // Whatever raced, the check the live loop runs next puts the marks right.
        for (const edit of edits.filter((e) => e.when === "after"))
          fake.model.sheet(SHEET).setValue(edit.row, edit.col, edit.value || null);
        await adapter.checkSheet(SHEET);
        expect(marksNow()).toEqual(expected());
      }),
      { numRuns: 80 },
    );
  });
});
