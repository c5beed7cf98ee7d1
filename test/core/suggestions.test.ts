/**
 * Every fix and every suggestion the engine offers, applied, is accepted by the engine itself:
 * the finding it answers is gone and no new finding appears on that cell. Over the seed's eight
 * tables and the corpus of real published tables, each offer applied on its own.
 */
import { findTables } from "../../src/core/detect/find-tables";
import type { Edit } from "../../src/core/edits";
import type { Grid } from "../../src/core/grid";
import { lint } from "../../src/core/lint";
import type { Finding } from "../../src/core/report";
import { placeEntries } from "../corpus/judge";
import { loadCorpus } from "../corpus/load-corpus";
import { applyEdits } from "../helpers/apply-edits";
import { loadSeedTables, seedSheet } from "../helpers/seed";

interface Offer {
  where: string;
  finding: Finding;
  label: string;
  edits: readonly Edit[];
}

const grids: Grid[] = [
  seedSheet("seed", loadSeedTables(), { mergeLevels: true }).grid,
  ...loadCorpus().map((entry, i) => placeEntries(`c${i + 1}`, [entry]).grid),
];

const at = (d: Pick<Finding, "sheet" | "cell">) => `${d.sheet}!${d.cell}`;
const said = (d: Finding) => `${d.rule}.${d.messageId}`;

function offersOf(grid: Grid): Offer[] {
  const offers: Offer[] = [];
  for (const d of lint(findTables([grid])).diagnostics) {
    if (d.fix) offers.push({ where: at(d), finding: d, label: "fix", edits: d.fix });
    d.suggestions?.forEach((s, i) =>
      offers.push({
        where: at(d),
        finding: d,
        label: `${s.messageId}#${i} ${JSON.stringify(s.data)}`,
        edits: s.edits,
      }),
    );
  }
  return offers;
}

describe("offers the engine accepts", () => {
  it.each(grids.map((g) => [g.sheet, g] as const))(
    "%s: each fix and suggestion, applied, raises nothing new on its cell",
    (_sheet, grid) => {
      const before = lint(findTables([grid])).diagnostics;
      const problems: string[] = [];
      for (const offer of offersOf(grid)) {
        const [changed] = applyEdits({ grids: [grid], validations: [] }, offer.edits).grids;
        const after = lint(findTables([changed])).diagnostics;
        const cells = new Set(
          offer.edits.map((e) => (e.kind === "setValue" ? `${e.sheet}!${toA1(e.row, e.col)}` : "")),
        );
        cells.add(offer.where);
        const had = new Set(before.filter((d) => cells.has(at(d))).map((d) => `${at(d)} ${said(d)}`));
        const fresh = after.filter((d) => cells.has(at(d)) && !had.has(`${at(d)} ${said(d)}`));
        const stays = after.some((d) => at(d) === offer.where && said(d) === said(offer.finding));
        if (fresh.length > 0 || stays)
          problems.push(
            `${offer.where} ${said(offer.finding)} → ${offer.label}: ${stays ? "the finding stays; " : ""}${fresh.map((d) => `${at(d)} ${said(d)}`).join(", ")}`,
          );
      }
      expect(problems).toEqual([]);
    },
  );

  it("offers no two identical suggestions for one finding", () => {
    const twins: string[] = [];
    for (const grid of grids)
      for (const d of lint(findTables([grid])).diagnostics) {
        const seen = new Set<string>();
        for (const s of d.suggestions ?? []) {
          const key = JSON.stringify(s.edits);
          if (seen.has(key)) twins.push(`${at(d)} ${said(d)} ${JSON.stringify(s.data)}`);
          seen.add(key);
        }
      }
    expect(twins).toEqual([]);
  });
});

function toA1(row: number, col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}
