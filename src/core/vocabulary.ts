/**
 * Words reviewers read in qualitative values (DOMAIN §3): graded tiers they accept, timeliness
 * words they accept, and vague verbs and slogans they push back on. Conventions: hints, not laws.
 */
import { normaliseLabel } from "./text";

/** Graded tiers and yes/no attainments 88号 and 101号 accept where a value cannot be a number. */
const TIERS = new Set(
  [
    "好",
    "较好",
    "一般",
    "较差",
    "差",
    "优",
    "良",
    "中",
    "优良",
    "优秀",
    "合格",
    "达标",
    "通过",
    "符合",
    "达到预期",
    "基本达到",
    "基本达到预期",
    "未达到",
    "显著提升",
    "有所提升",
    "明显提升",
    "显著",
    "明显",
    "是",
    "否",
    "完成",
    "全部完成",
    "按要求完成",
    "合规",
    "规范",
    "正常",
    "正常运行",
    "安全",
    "无事故",
    "公开",
    "已公开",
    "达到",
    "达到要求",
    "符合要求",
    "符合标准",
    "达到标准",
  ].map(normaliseLabel),
);

const TIMELY = /^(及时|按时|如期|按期|准时|按计划|按进度)/;

// Bare verbs of improvement, with or without a booster (有效提升, 进一步加强): a direction, not a target.
const VAGUE_VERB =
  /^(有效|大幅|进一步|持续|不断|稳步|全面|切实|逐步|积极)?(提升|提高|增强|改善|加强|推动|促进|保障|满足|推进|优化|完善|拓宽|节约|弘扬|扩大|增加|减少|降低)$/;
// A short noun with such a verb (水平提高, 提高能力, 拓宽渠道, 效益提升).
const VAGUE_PHRASE =
  /^(.{1,4}(提升|提高|增强|改善|加强)|(提升|提高|增强|改善|加强|拓宽|弘扬|促进|推动|保障)[^\d]{1,4})$/;
// Time words with no time in them (长期, 长期规划, 持续影响).
const VAGUE_TIME = /^(长期|持续|长久|永久|长远)/;

export function isTier(value: string): boolean {
  return TIERS.has(normaliseLabel(value));
}

export function isTimelyWord(value: string): boolean {
  return TIMELY.test(normaliseLabel(value));
}

/** Why a qualitative value is vague, or null when it reads as a target a reviewer can check. */
export function vagueness(value: string, indicatorName: string): "verb" | "time" | "restates" | null {
  const text = normaliseLabel(value);
  const name = normaliseLabel(indicatorName);
  if (text === "" || isTier(text) || isTimelyWord(text)) return null;
  // The value repeats the indicator's property noun (及时性, 及时率) or the whole name.
  if (text === name || (/[性率度]$/.test(text) && name.endsWith(text)) || text === "指标") return "restates";
  if (VAGUE_VERB.test(text) || VAGUE_PHRASE.test(text)) return "verb";
  if (VAGUE_TIME.test(text)) return "time";
  return null;
}
