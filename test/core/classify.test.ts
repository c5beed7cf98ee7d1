import { classifyName, impliedCountUnit, type NameClass } from "../../src/core/classify";

type Flag = keyof NameClass;

/** Names (mostly the seed's) and the classes they should have; every other class must be false. */
const CASES: [string, Flag[]][] = [
  // rates: a ratio in %
  ["参会人员出勤率", ["rate", "percent"]],
  ["培训人员合格率", ["rate", "percent"]],
  ["县区订阅覆盖率", ["rate", "percent"]],
  ["报道首发率", ["rate", "percent"]],
  ["报告建议采纳率", ["rate", "percent"]],
  ["经费下发及时率", ["rate", "percent", "timeliness"]],
  ["招待及时率", ["rate", "percent", "timeliness"]],
  // a rate about a cost is a rate, not a cost
  ["成本控制率", ["rate", "percent"]],
  ["接待成本控制率", ["rate", "percent"]],
  ["年度维护成本增长率", ["rate", "percent", "growth"]],
  // 率 that is not a percentage
  ["提升工作效率", []],
  ["设备巡检频率", []],
  ["设备额定功率", []],
  // degrees and satisfactions
  ["印刷清晰度", ["degree", "percent"]],
  ["参会人员满意度", ["degree", "satisfaction", "percent"]],
  ["普法宣传对象满意度(%)", ["degree", "satisfaction", "percent"]],
  ["服务对象满意度（％）", ["degree", "satisfaction", "percent"]],
  ["群众满意率", ["rate", "satisfaction", "percent"]],
  ["服务对象满意程度", ["degree", "satisfaction", "percent"]],
  ["满意度测评", ["satisfaction", "percent"]],
  ["不满意率", ["rate", "percent"]],
  ["满意度调查次数", []],
  ["满意人数", []],
  ["项目推进进度", []],
  // shares are percentages too
  ["女性代表占比", ["percent"]],
  ["资金支出比例", ["percent"]],
  // a money word that measures something else: an area, a count (西青 2020)
  ["国有企业免收租金面积", []],
  ["补助资金发放笔数", []],
  // costs: money caps
  ["订阅杂志价格", ["cost"]],
  ["代表活动经费", ["cost"]],
  ["报销差旅费标准", ["cost"]],
  ["招待费人均标准", ["cost"]],
  ["车辆运行维护费", ["cost"]],
  ["人均会议成本", ["cost"]],
  ["设备购置成本", ["cost"]],
  ["会议费（含场租）", ["cost"]],
  ["伙食补助标准", ["cost"]],
  // money words that are not caps
  ["资金使用效益", []],
  ["接待经费使用合规性", []],
  ["节约经费", []],
  ["降低运行成本", []],
  ["争取上级经费", []],
  ["经费保障", []],
  ["免费", []],
  // timeliness
  ["会议开展及时性", ["timeliness"]],
  ["系统安装 /维护及时性", ["timeliness"]],
  ["会议召开时效性", ["timeliness"]],
  ["印刷及时性", ["timeliness"]],
  ["项目完成时限", ["timeliness"]],
  ["按期完工", ["timeliness"]],
  // durations are not deadlines
  ["设备使用年限", []],
  ["可持续影响时限", []],
  ["投资回收周期", []],
  // growth
  ["经济效益增长", ["growth"]],
  ["收入同比提高率", ["rate", "percent", "growth"]],
  // counts and blanks
  ["组织会议次数", []],
  ["租赁汽车数量", []],
  ["", []],
];

const FLAGS: Flag[] = ["rate", "degree", "satisfaction", "percent", "cost", "timeliness", "growth"];

describe("classifyName", () => {
  it.each(CASES)("%s → %j", (name, expected) => {
    const got = classifyName(name);
    expect(FLAGS.filter((flag) => got[flag])).toEqual(FLAGS.filter((flag) => expected.includes(flag)));
  });

  it("reads names through line breaks, spaces and full width", () => {
    expect(classifyName("参会人员\n出勤率").rate).toBe(true);
    expect(classifyName("人均会议　成本").cost).toBe(true);
  });

  it("never calls a percentage a cost", () => {
    for (const [name] of CASES) {
      const got = classifyName(name);
      expect([name, got.percent && got.cost]).toEqual([name, false]);
    }
  });
});

describe("impliedCountUnit", () => {
  it.each([
    ["出差人数", "人"],
    ["培训人次", "人次"],
    ["组织会议次数", "次"],
    ["慰问户数", "户"],
    ["演出场次", "场"],
    ["设备购置数量", ""],
    ["参会人员出勤率", null],
    ["人均会议成本", null],
    ["维护社会稳定", null],
  ] as const)("%s → %j", (name, unit) => {
    expect(impliedCountUnit(name)).toBe(unit);
  });
});
