/**
 * A small workbook for warming the engine's JIT in the engine worker while the main thread reads
 * the user's file (engine-worker.ts). A fresh process runs findTables and lint three to eight times
 * slower on its first workbook than on its fifth: V8 interprets, then optimises, the hot paths. So
 * the worker runs the engine on this workbook, round after round, until the real one arrives.
 *
 * It is the built-in template catalogue, every item in both layouts and both profiles, rendered
 * into one sheet as planNewTable writes it, then marred with the slips real tables carry (cost
 * limits written as ≥, stray spaces and punctuation, vague values, missing units, placeholders,
 * duplicates, split groups, unknown units), so the rules' finding and wording paths warm up too,
 * not only their happy paths. About 500 rows and 1,500 findings: one round takes 10–40 ms.
 */
import { applyEditsToGrids } from "../core/apply-edits";
import type { CellValue, Grid } from "../core/grid";
import type { Layout } from "../core/model";
import { BUILTIN_CATALOGUE } from "../core/templates/catalogue";
import { LAYOUT_COLUMNS, newTableHeight, planNewTable } from "../core/templates/plan";

const SHEET = "预热";

/** The warm-up workbook: one sheet of the catalogue's tables, with slips. */
export function warmUpGrids(): Grid[] {
  const edits = [];
  const tables: { top: number; height: number; layout: Layout }[] = [];
  let top = 0;
  let number = 0;
  for (const item of BUILTIN_CATALOGUE.templates) {
    for (const layout of ["combined", "split"] as const) {
      const t = tables.length;
      const profile = t % 2 === 0 ? "2015" : "2021";
      number++;
      edits.push(
        ...planNewTable(item, {
          profile,
          layout,
          anchor: { sheet: SHEET, row: top, col: 0 },
          year: 2022,
          number,
          // Every other table writes its level labels on each row, as pasted tables often do.
          mergeLevels: t % 4 < 2,
          dropdowns: false,
        }),
      );
      const height = newTableHeight(item, profile);
      tables.push({ top, height, layout });
      top += height + 1;
    }
  }
  const [grid] = applyEditsToGrids(
    [{ sheet: SHEET, values: [], merges: [], origin: { row: 0, col: 0 } }],
    edits,
  );
  tables.forEach((table, t) => marTable(grid, table, t));
  return [grid];
}

/** Slips, row by row in turn, on a rendered table (its title row first, then goal, header, body). */
function marTable(grid: Grid, table: { top: number; height: number; layout: Layout }, t: number): void {
  const keys = LAYOUT_COLUMNS[table.layout];
  const col = (key: string): number => keys.indexOf(key as (typeof keys)[number]);
  const values = grid.values;
  const at = (r: number, c: number): CellValue => values[r]?.[c] ?? null;
  const put = (r: number, c: number, value: CellValue): void => {
    if (c < 0) return;
    const line = (values[r] ??= []);
    while (line.length < c) line.push(null);
    line[c] = value;
  };
  if (t % 2 === 0) put(table.top + 1, 1, "1.目标内容1");
  const first = table.top + 3;
  const last = table.top + table.height - 1;
  const level3 = col("level3");
  const value = col("value");
  const unit = col("unit");
  for (let r = first; r <= last; r++) {
    const name = at(r, level3);
    const text = at(r, value);
    const v = typeof text === "string" ? text : text === null ? "" : String(text);
    switch ((r + t) % 11) {
      case 0:
        if (typeof name === "string") put(r, level3, `${name}  `);
        break;
      case 1:
        if (typeof name === "string") put(r, level3, `${name}、`);
        break;
      case 2:
        put(r, value, "有效提升");
        break;
      case 3:
        put(r, value, v.startsWith("≤") ? `≥${v.slice(1)}` : v.replace(/%$/, ""));
        break;
      case 4:
        put(r, value, v.endsWith("%") ? "≥100%" : "及时");
        break;
      case 5:
        if (r > first) put(r, level3, at(r - 1, level3));
        break;
      case 6:
        put(r, level3, at(r, col("level2")) ?? "数量指标");
        break;
      case 7:
        if (unit >= 0) put(r, unit, "量");
        else put(r, value, `${v}元`);
        break;
      case 8:
        put(r, value, "长期");
        break;
      default:
        break;
    }
  }
  // A group split by another: the last body row moved above the first (where levels are not merged).
  if (t % 4 >= 2 && last > first + 2) {
    const moved = values[last];
    values.splice(last, 1);
    values.splice(first, 0, moved);
  }
}
