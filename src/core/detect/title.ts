/** Reading a table's title: the funding item and the year it names. */
import { normaliseLabel } from "../text";

/** What marks a row as a table's title rather than an info or goal row. */
const TITLE_HINT = /绩效目标表|绩效目标申报表|绩效指标表|目标申报表|绩效目标$/;
const NUMBERING =
  /^(?:\d{1,3}[、.．,，)）]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]、?|[一二三四五六七八九十]{1,3}、)/;

export function looksLikeTitle(text: string): boolean {
  const label = normaliseLabel(text);
  if (label.length < 4 || label.length > 80) return false;
  return TITLE_HINT.test(label) || (NUMBERING.test(label) && /表/.test(label));
}

/**
 * "1、2022年度会议费项目绩效目标表" → { fundingItem: "会议费", year: 2022 }.
 * "8、2022年人大立法经费项目绩效目标表" → { fundingItem: "人大立法经费", year: 2022 }.
 */
export function parseTitle(text: string): { fundingItem: string | null; year: number | null } {
  let label = normaliseLabel(text);
  const yearMatch = /(19|20)\d{2}(?=年)/.exec(label);
  const year = yearMatch ? Number(yearMatch[0]) : null;
  label = label
    .replace(NUMBERING, "")
    .replace(/[（(][^（()）]*年[^（()）]*[)）]/g, "") // "（2022年度）"
    .replace(/^(?:19|20)\d{2}年度?/, "")
    .replace(/(?:项目支出|项目|部门|整体)?(?:绩效目标(?:申报)?表|绩效指标表|目标申报表|绩效目标)$/, "")
    .replace(/(?:项目支出|项目)$/, "")
    .replace(/^[《“"]|[》”"]$/g, "")
    .trim();
  return { fundingItem: label.length > 0 ? label : null, year };
}
