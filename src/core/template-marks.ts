/**
 * What a form's template leaves in a cell until someone fills it in: the numbering of its example
 * rows (指标1, 指标2：), the stars and crosses that stand for a number (≥**%, ×××, XX项), an
 * ellipsis row (……). Real tables are filed with them still there; reviewers send them back.
 */
import { normaliseLabel } from "./text";

/** A whole cell that is only the template's stand-in: "……", "指标2", "XX", "***". */
const MARKER_ONLY = /^(?:[.…。·]{2,}|…|指标\d{1,2}|(?:三级)?指标名称|[*＊xX×]{2,}|(?:[*＊xX×]{2,}|…+)指标)$/;

/**
 * The template's numbering before a name: "指标1：小区居民满意度", "指标1工程完工率"; and the star
 * some templates put before their required (core) indicators: "*贫困地区…达标率" (南岳 2018).
 */
const NUMBERING = /^(?:指标\d{1,2}(?:[:：.、]|(?=[\u4e00-\u9fff]))|[*＊](?=[\u4e00-\u9fff]))/;

/** Stars or crosses standing for a number, in a hint or alone: (≥**%), **万元, ×××, XX个. */
const STAND_IN = /[*＊]{2,}|[×✕xX]{3,}|(?<![A-Za-z])XX(?![A-Za-z])|[(（][^()（）]*[*＊]+[^()（）]*[)）]/;

/** The name without the template's numbering before it ("指标1：完成…" → "完成…"). */
export function withoutNumbering(text: string): string {
  const match = NUMBERING.exec(normaliseLabel(text));
  return match ? text.replace(/^\s*(?:指标\d{1,2}[:：.、]?|[*＊])/, "") : text;
}

/** Longer than any stand-in MARKER_ONLY matches, spaces around it included. */
const MARKER_MAX_CHARS = 16;

/** True when a cell holds nothing but a template's stand-in. */
export function isTemplateMarker(text: string): boolean {
  // Every stand-in is short: most names are not asked twice (findTables asks for every row).
  if (text.length > MARKER_MAX_CHARS) return false;
  const label = normaliseLabel(text);
  return label !== "" && MARKER_ONLY.test(label);
}

/** The template leftover a name still carries ("指标1：", "(≥**%)", "××"), or null. */
export function templateLeftover(text: string): string | null {
  const label = normaliseLabel(text);
  if (label === "") return null;
  if (MARKER_ONLY.test(label)) return label;
  const numbering = NUMBERING.exec(label);
  if (numbering) return numbering[0];
  const standIn = STAND_IN.exec(label);
  return standIn ? standIn[0] : null;
}
