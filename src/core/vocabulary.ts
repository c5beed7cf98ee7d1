/**
 * Words reviewers read in qualitative values (DOMAIN §3): graded tiers they accept, timeliness
 * words they accept, and vague verbs and slogans they push back on. Conventions: hints, not laws.
 */
import { normaliseLabel } from "./text";

/** Graded tiers and yes/no attainments 88号 and 101号 accept where a value cannot be a number. */
const TIERS = new Set(
  [
    // grades (好/较好/一般/较差/差 and 优/良/中/差)
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
    // attainment against a standard
    "合格",
    "达标",
    "通过",
    "符合",
    "达到预期",
    "基本达到",
    "基本达到预期",
    "未达到",
    "达到",
    "达到要求",
    "符合要求",
    "符合标准",
    "达到标准",
    // graded change (101号's 显著提升/有所提升): a direction with a grade is a tier
    "显著提升",
    "有所提升",
    "明显提升",
    "显著",
    "明显",
    // yes/no states a reviewer can check at year end
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
  ].map(normaliseLabel),
);

// Timeliness words DOMAIN §3 accepts as a value (及时, 如期举办, 按期完成).
const TIMELY = /^(及时|按时|如期|按期|准时|按计划|按进度)/;

// Punctuation left at the end of a value (提高、): stray-punctuation reports it; it changes no meaning.
const TRAILING_PUNCTUATION = /[、，,。．.；;：:！!]+$/;

// Bare verbs of improvement, with or without a booster (有效提升, 进一步加强, 有效保护): a
// direction, not a target a reviewer can check at year end.
const VAGUE_VERB =
  /^(有效|大幅|进一步|持续|不断|稳步|全面|切实|逐步|积极|显著|明显|大力)?(提升|提高|增强|改善|加强|推动|促进|保障|满足|推进|优化|完善|拓宽|节约|弘扬|扩大|增加|减少|降低|保护|推广|传播|加快)$/;
// A short noun with such a verb, either order (水平提高, 效益提升, 提高能力, 拓宽渠道, 弘扬文化).
// 显著提升 and 有所提升 are tiers and are accepted before this is tried.
const VAGUE_PHRASE =
  /^(.{1,4}(提升|提高|增强|改善|加强)|(提升|提高|增强|改善|加强|拓宽|弘扬|促进|推动|保障)[^\d]{1,4})$/;
// Time words with no time in them (长期, 长期规划, 长期影响, 持续); 持续提升 is a verb, tried first.
const VAGUE_TIME = /^(长期|长久|永久|长远|持续)/;
// A property noun alone (及时性, 时效性, 合规性, 及时率) names what is measured, not a target.
const PROPERTY_NOUN = /^.{1,4}[性率]$/;

// The work reported as done (已完成, 已落实): a state at filing time, not a level to reach at year end.
const DONE = /^已(完成|落实|实施|开展|执行|到位|办理|建成)$/;
// The grades written out instead of choosing one (高中低, 优良中差, 好/较好/一般): three grades or more.
const GRADE = "(?:较好|一般|较差|高|中|低|优|良|差|好)";
const GRADE_LIST = new RegExp(`^${GRADE}(?:[、,，/|\\s]?${GRADE}){2,}$`);

/**
 * Why a qualitative value is vague: a bare verb, a time word, a restatement of the name, the work
 * reported as done, or the grades listed instead of one chosen.
 */
export type Vagueness = "verb" | "time" | "restates" | "done" | "grades";

export function isTier(value: string): boolean {
  return TIERS.has(normaliseLabel(value).replace(TRAILING_PUNCTUATION, ""));
}

/** 及时, 如期举办, 按期完成; not 及时性 or 及时率, which name the property instead of stating it. */
export function isTimelyWord(value: string): boolean {
  const text = normaliseLabel(value).replace(TRAILING_PUNCTUATION, "");
  return TIMELY.test(text) && !PROPERTY_NOUN.test(text);
}

/** Why a qualitative value is vague, or null when it reads as a target a reviewer can check. */
export function vagueness(value: string, indicatorName: string): Vagueness | null {
  const text = normaliseLabel(value).replace(TRAILING_PUNCTUATION, "");
  const name = normaliseLabel(indicatorName);
  if (text === "") return null;
  // The value repeats the name, its tail (满意度 under 服务对象满意度), or is a property noun alone.
  if (text === name || text === "指标" || PROPERTY_NOUN.test(text)) return "restates";
  if (name !== "" && /[性率度]$/.test(text) && name.endsWith(text)) return "restates";
  if (TIERS.has(text) || TIMELY.test(text)) return null;
  if (GRADE_LIST.test(text)) return "grades";
  if (DONE.test(text)) return "done";
  if (VAGUE_VERB.test(text) || VAGUE_PHRASE.test(text)) return "verb";
  if (VAGUE_TIME.test(text)) return "time";
  return null;
}

/**
 * Budget execution (预算执行率, 资金执行率): what self-evaluation forms score apart from the
 * indicators (10 points), and the name of that row when a form lists it among them.
 */
export const BUDGET_EXECUTION = /执行率|预算执行/;
