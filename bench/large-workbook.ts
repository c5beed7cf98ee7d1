/**
 * The benchmarks' workbook: 10,000 indicator rows in 300 tables over 10 sheets, built from the
 * seed's real tables (titles, goal rows, level-1 cells merged over their groups), so the engine
 * meets the same text it meets in users' files.
 */
import type { Grid } from "../src/core/grid";
import { loadSeedTables, seedSheet, type SeedTable } from "../test/helpers/seed";

export function largeWorkbook(totalRows = 10_000, tableCount = 300, sheetCount = 10): Grid[] {
  const seeds = loadSeedTables();
  const tables: SeedTable[] = [];
  for (let i = 0; i < tableCount; i++) {
    // Spread the rows evenly: 33 or 34 rows a table, taken from two seed tables back to back.
    const rows = Math.floor(((i + 1) * totalRows) / tableCount) - Math.floor((i * totalRows) / tableCount);
    const first = seeds[i % seeds.length];
    const second = seeds[(i + 1) % seeds.length];
    const body = [...first.body, ...second.body, ...first.body].slice(0, rows);
    tables.push({ ...first, title: `${i + 1}、2022年度${first.fundingItem}项目绩效目标表`, rows, body });
  }
  const perSheet = Math.ceil(tableCount / sheetCount);
  const grids: Grid[] = [];
  for (let s = 0; s < sheetCount; s++) {
    const slice = tables.slice(s * perSheet, (s + 1) * perSheet);
    if (slice.length > 0) grids.push(seedSheet(`绩效目标${s + 1}`, slice, { mergeLevels: true }).grid);
  }
  return grids;
}
