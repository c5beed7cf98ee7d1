/**
 * One classifier of indicator names, shared by every rule that judges by name (DOMAIN §5 rows
 * 8–15): is it a rate, a degree measured in %, a satisfaction, a cost, a timeliness indicator.
 * Conventions, not laws: each pattern says why it is there. A name is judged by its head (its
 * last word, as Chinese noun phrases put it): 成本控制率 is a rate about a cost, not a cost.
 */
import { normaliseLabel } from "./text";

export interface NameClass {
  /** …率 (出勤率, 覆盖率, 成本控制率): a ratio, measured in % (效率 and 频率 are not). */
  rate: boolean;
  /** …满意度, 知晓度, 清晰度 …: a degree measured in %. */
  degree: boolean;
  /** Any satisfaction indicator (满意度, 满意程度, 满意率). */
  satisfaction: boolean;
  /** The name asks for a percentage: a rate, a degree, a share (占比), or "(%)" in the name. */
  percent: boolean;
  /** A cost, fee, price or amount (成本, 经费, 价格, …费) that is not itself a rate. */
  cost: boolean;
  /** A timeliness indicator (及时性, 时限, 按期 …). */
  timeliness: boolean;
  /** A growth or change rate, which may lawfully exceed 100%. */
  growth: boolean;
}

// "满意度(%)", "覆盖率（%）": the filer wrote the unit into the name.
const BRACKETED_PERCENT = /[(（]\s*[%％]\s*[)）]/;
// A trailing note in brackets says nothing of the head: "覆盖率(%)", "会议费（含场租）".
const TRAILING_BRACKETS = /[(（][^()（）]*[)）]$/;

const RATE = /率$/;
// Words ending in 率 that are not percentages: 效率 (efficiency), 频率 (frequency, 次/年),
// 功率 (power, kW), 速率 / 码率 / 帧率 (speeds), 汇率 (an exchange rate).
const NOT_RATE = /(效率|频率|功率|速率|码率|帧率|汇率)$/;
// Degrees a survey or an inspection measures in % (清晰度 ≥95% in the seed). An open list on
// purpose: 进度, 温度, 力度, 年度 … end in 度 but are not percentages.
const DEGREE =
  /(满意度|满意程度|知晓度|知晓程度|认可度|认知度|覆盖度|清晰度|完成度|参与度|信任度|支持度|美誉度|熟悉度|达标度|完好度|贡献度|准确度|精准度|满足度|知名度|覆盖程度|达标程度|完成程度)$/;
// Shares are ratios written as nouns: 女性代表占比, 资金支出比例, 采购比重.
const SHARE = /(占比|比例|比重|百分比)$/;
// The name's head is a satisfaction: 满意度, 满意率, 满意程度, and the survey of it (满意度测评).
// Anchored at the end so that 满意度调查次数 (a count) and 满意人数 are not satisfactions.
const SATISFACTION = /满意(度|率|程度)?(测评|评价)?$/;
// 不满意率 and 投诉率 are complaints: low is good, so the satisfaction floor does not apply.
const NOT_SATISFACTION = /不满意/;

// Words naming money spent. Not 资金 or 投资: 带动社会资金投入 and 资金到位 are effects and
// processes, and a ceiling rule must not fire on them.
const COST_WORD = /(成本|费用|经费|价格|单价|造价|金额|价款|总价|租金)/;
// A fee by name (会议费, 车辆运行维护费), except words where 费 is not money spent.
const COST_SUFFIX = /费$/;
const NOT_COST_SUFFIX = /(浪费|免费|消费)$/;
// A fee's standard or cap (报销差旅费标准, 招待费人均标准, 伙食补助标准): a money ceiling.
const FEE_STANDARD = /(费|补助|补贴)(人均|每人|每次|单次|每天)?(标准|额度|限额|定额|支出|开支)$/;
// Heads that make a money word a property of it, judged in words or %: 经费使用合规性,
// 资金使用效益, 成本控制, 经费保障, 预算执行进度.
const NOT_COST_HEAD =
  /(性|情况|程度|进度|水平|效益|效率|效果|成效|控制|节约|节省|管理|制度|机制|保障|监管|执行|到位|拨付|下达|结构)$/;
// Heads that measure something else about the money: 免收租金面积 is an area, 补助发放笔数 a count.
const MEASURE_HEAD = /(面积|数量|人数|户数|次数|个数|笔数|件数|天数|时长|时间|长度|里程|规模)$/;
// A verb of change or attraction before the money word makes a benefit, not a cap:
// 节约经费 ≥1万元, 降低运行成本 ≥10%, 争取上级经费 ≥100万元.
const NOT_COST_VERB = /^(节约|节省|降低|减少|压缩|控制|带动|撬动|吸引|引导|争取|增加|增收|免收|减免)/;

// Timeliness by name (DOMAIN §5 row 14: …及时/时限). Not 周期 (投资回收周期 is an economic
// effect) and not 年限 (设备使用年限 is a sustainability).
const TIMELINESS = /(及时|时限|时效|按时|按期|如期|准时|时间节点|完成时间)/;
// How long an effect lasts is a sustainability, not a deadline: 可持续影响时限, 持续时间.
const NOT_TIMELINESS = /(影响|持续)(时限|时间|时长)/;

// Growth and change, which may exceed 100% (增长率 150%). Reductions (降低率) cannot.
const GROWTH = /(增长|增幅|提高率|提升率|同比|环比|变化率|变动率)/;

const ALL_FALSE: NameClass = Object.freeze({
  rate: false,
  degree: false,
  satisfaction: false,
  percent: false,
  cost: false,
  timeliness: false,
  growth: false,
});

export function classifyName(name: string): NameClass {
  const label = normaliseLabel(name);
  if (label === "") return ALL_FALSE;
  const bracketPercent = BRACKETED_PERCENT.test(label);
  const bare = label.replace(TRAILING_BRACKETS, "");
  const rate = RATE.test(bare) && !NOT_RATE.test(bare);
  const degree = DEGREE.test(bare);
  const satisfaction = SATISFACTION.test(bare) && !NOT_SATISFACTION.test(bare);
  const percent = rate || degree || satisfaction || bracketPercent || SHARE.test(bare);
  const cost =
    !percent &&
    !NOT_COST_HEAD.test(bare) &&
    !MEASURE_HEAD.test(bare) &&
    !NOT_COST_VERB.test(bare) &&
    (COST_WORD.test(bare) ||
      FEE_STANDARD.test(bare) ||
      (COST_SUFFIX.test(bare) && !NOT_COST_SUFFIX.test(bare)));
  return {
    rate,
    degree,
    satisfaction,
    percent,
    cost,
    timeliness: TIMELINESS.test(bare) && !NOT_TIMELINESS.test(bare),
    growth: GROWTH.test(bare),
  };
}

/** Counts by name, and the unit the name implies: 出差人数 → 人, 培训人次 → 人次, 购置数量 → "". */
const COUNT_HEADS: readonly (readonly [RegExp, string])[] = [
  [/人次$/, "人次"],
  [/人数$/, "人"],
  [/户数$/, "户"],
  [/场次$/, "场"],
  [/课时数$/, "课时"],
  [/(次数|频次)$/, "次"],
  [/个数$/, "个"],
  [/件数$/, "件"],
  [/篇数$/, "篇"],
  [/册数$/, "册"],
  [/份数$/, "份"],
  [/家数$/, "家"],
  [/台数$/, "台"],
  [/套数$/, "套"],
  [/辆数$/, "辆"],
  [/处数$/, "处"],
  [/(数量|总数)$/, ""],
];

/**
 * The count unit an indicator's name implies ("" when it is a count of unstated things, such as
 * 购置数量), or null when the name is not a count. A bare number under such a name lacks its unit.
 */
export function impliedCountUnit(name: string): string | null {
  const bare = normaliseLabel(name).replace(TRAILING_BRACKETS, "");
  if (bare === "" || classifyName(bare).percent) return null;
  for (const [head, unit] of COUNT_HEADS) if (head.test(bare)) return unit;
  return null;
}
