/**
 * One classifier of indicator names, shared by every rule that judges by name (DOMAIN §5 rows
 * 8–15): is it a rate, a degree measured in %, a satisfaction, a cost, a timeliness indicator.
 * Conventions, not laws: each pattern says why it is there.
 */
import { normaliseLabel } from "./text";

export interface NameClass {
  /** …率 (出勤率, 覆盖率, 成本控制率): a ratio, measured in % (效率 and 频率 are not). */
  rate: boolean;
  /** …满意度, 知晓度, 清晰度 …: a degree measured in %. */
  degree: boolean;
  /** Any satisfaction indicator (满意度, 满意程度, 满意率). */
  satisfaction: boolean;
  /** The name asks for a percentage: a rate, a degree, or "(%)" in the name. */
  percent: boolean;
  /** A cost, fee, price or amount (成本, 经费, 价格, …费) that is not itself a rate. */
  cost: boolean;
  /** A timeliness indicator (及时性, 时限, 按期 …). */
  timeliness: boolean;
  /** A growth or change rate, which may lawfully exceed 100%. */
  growth: boolean;
}

const BRACKETED_PERCENT = /[(（]\s*[%％]\s*[)）]/;
const TRAILING_BRACKETS = /[(（][^()（）]*[)）]$/;
const RATE = /率$/;
// 效率 (efficiency) and 频率 (frequency) end in 率 but are not percentages.
const NOT_RATE = /(效率|频率)$/;
const DEGREE =
  /(满意度|满意程度|知晓度|知晓程度|认可度|覆盖度|清晰度|完成度|参与度|信任度|支持度|美誉度|熟悉度|达标度|完好度|贡献度)$/;
const SATISFACTION = /满意/;
const COST_WORD = /(成本|费用|经费|价格|单价|造价|金额|价款|费标准|费额度|费支出)/;
// A name ending in 费 (会议费, 运行维护费) is a cost, except words where 费 is not money spent.
const COST_SUFFIX = /费$/;
const NOT_COST_SUFFIX = /(浪费|免费|消费)$/;
const TIMELINESS = /(及时|时限|时效|按时|按期|如期|准时|时间节点|完成时间|完成时限|周期)/;
const GROWTH = /(增长率|增长幅度|增幅|增长|提高率|提升率|同比|环比|变化率)/;

export function classifyName(name: string): NameClass {
  const label = normaliseLabel(name);
  const bracketPercent = BRACKETED_PERCENT.test(label);
  const bare = label.replace(TRAILING_BRACKETS, "");
  const rate = RATE.test(bare) && !NOT_RATE.test(bare);
  const degree = DEGREE.test(bare);
  const satisfaction = SATISFACTION.test(bare);
  const percent = rate || degree || bracketPercent || (satisfaction && !/满意(人数|人次|数)/.test(bare));
  const cost = !percent && (COST_WORD.test(bare) || (COST_SUFFIX.test(bare) && !NOT_COST_SUFFIX.test(bare)));
  return {
    rate,
    degree,
    satisfaction,
    percent,
    cost,
    timeliness: TIMELINESS.test(bare),
    growth: GROWTH.test(bare),
  };
}
