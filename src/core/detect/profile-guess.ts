/**
 * Which framework a table's own labels suggest (DOMAIN §2): 成本 as a level-1 label means the
 * 2021 指引; 成本 as a level-2 label under 产出 means the 2015 申报表. Labels are compared without
 * the 指标 suffix so "成本" and "成本指标" count alike.
 */
import type { IndicatorRow, ProfileId } from "../model";

const COST = new Set(["成本", "成本指标"]);
const OUTPUT = new Set(["产出", "产出指标"]);
const COST_2021_LEVEL2 = new Set([
  "经济成本",
  "社会成本",
  "生态环境成本",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
]);

export function guessProfile(rows: readonly IndicatorRow[]): ProfileId | null {
  let votes2015 = 0;
  let votes2021 = 0;
  for (const row of rows) {
    const level1 = row.level1?.label ?? "";
    const level2 = row.level2?.label ?? "";
    if (COST.has(level1)) votes2021++;
    if (COST_2021_LEVEL2.has(level2)) votes2021++;
    if (COST.has(level2) && OUTPUT.has(level1)) votes2015++;
  }
  if (votes2021 > votes2015) return "2021";
  if (votes2015 > votes2021) return "2015";
  return null;
}
