import type { Comparator, ParsedValue, UnitClass } from "../../../src/core/model";
import {
  formatQuantity,
  formatValue,
  isValidDate,
  parseSplitValue,
  parseValue,
  type ParseContext,
} from "../../../src/core/parse/parse-value";

/** A quantity's key fields: comparator, number, and the unit's catalogue spelling (null for none). */
function quantity(
  comparator: Comparator | null,
  number: number,
  unit: string | null = null,
): Partial<ParsedValue> {
  return {
    kind: "quantity",
    comparator,
    number,
    unit: unit === null ? null : expect.objectContaining({ canonical: unit, known: true }),
  } as Partial<ParsedValue>;
}

function unknownUnit(comparator: Comparator | null, number: number, text: string, suggestion?: string) {
  return {
    kind: "quantity",
    comparator,
    number,
    unit: suggestion
      ? { text, canonical: null, known: false, suggestion, unitClass: expect.any(String) }
      : { text, canonical: null, known: false, unitClass: "other" },
  };
}

const range = (low: number, high: number, unit: string | null = null) => ({
  kind: "range",
  low,
  high,
  unit: unit === null ? null : expect.objectContaining({ canonical: unit }),
});

const date = (deadline: boolean, year: number | null, month: number | null, day: number | null) => ({
  kind: "date",
  deadline,
  year,
  month,
  day,
});

const point = (year: number | null, month: number | null, day: number | null = null) => ({
  year,
  month,
  day,
});

const period = (from: ReturnType<typeof point>, to: ReturnType<typeof point>) => ({
  kind: "period",
  from,
  to,
});

const qualitative = (text: string) => ({ kind: "qualitative", text });

const unreadable = (reason: string, text: string) => ({ kind: "unreadable", reason, text });

type Case = [input: string, expected: object];

function table(cases: Case[]): void {
  it.each(cases)("%j", (input, expected) => {
    expect(parseValue(input)).toMatchObject(expected);
  });
}

describe("comparators", () => {
  describe("symbols of COMPARATOR_SYMBOL and their ASCII twins are canonical", () => {
    it.each([
      ["≥95%", "ge", "≥"],
      ["≤5%", "le", "≤"],
      ["＝100%", "eq", "＝"],
      ["=100%", "eq", "="],
      ["＞90%", "gt", "＞"],
      [">90%", "gt", ">"],
      ["＜5%", "lt", "＜"],
      ["<5%", "lt", "<"],
    ])("%j", (input, comparator, comparatorText) => {
      expect(parseValue(input)).toMatchObject({
        ...quantity(
          comparator as Comparator,
          input.includes("100") ? 100 : Number(input.replace(/\D/g, "")),
          "%",
        ),
        comparatorText,
        comparatorCanonical: true,
      });
    });
  });

  describe("other spellings read, non-canonical", () => {
    it.each([
      [">=95%", "ge", ">="],
      ["<=5%", "le", "<="],
      ["＞＝95%", "ge", "＞＝"],
      ["≧95%", "ge", "≧"],
      ["≦5%", "le", "≦"],
      ["⩾95%", "ge", "⩾"],
      ["⩽5%", "le", "⩽"],
      ["≮95%", "ge", "≮"],
      ["≯5%", "le", "≯"],
      ["不低于95%", "ge", "不低于"],
      ["不少于5次", "ge", "不少于"],
      ["不小于5次", "ge", "不小于"],
      ["大于等于95%", "ge", "大于等于"],
      ["大于或等于95%", "ge", "大于或等于"],
      ["至少5次", "ge", "至少"],
      ["最少5次", "ge", "最少"],
      ["最低95%", "ge", "最低"],
      ["达到100%", "ge", "达到"],
      ["不高于5%", "le", "不高于"],
      ["不超过5万元", "le", "不超过"],
      ["不多于5次", "le", "不多于"],
      ["不大于5次", "le", "不大于"],
      ["小于等于5%", "le", "小于等于"],
      ["最多5次", "le", "最多"],
      ["最高5万元", "le", "最高"],
      ["大于90%", "gt", "大于"],
      ["高于90%", "gt", "高于"],
      ["超过90%", "gt", "超过"],
      ["多于5次", "gt", "多于"],
      ["小于5%", "lt", "小于"],
      ["低于5%", "lt", "低于"],
      ["少于5次", "lt", "少于"],
      ["等于100%", "eq", "等于"],
      ["95%以上", "ge", "以上"],
      ["95%及以上", "ge", "及以上"],
      ["5次或以上", "ge", "或以上"],
      ["5%以下", "le", "以下"],
      ["5%及以下", "le", "及以下"],
      ["5万元以内", "le", "以内"],
      ["5个工作日之内", "le", "之内"],
      ["3天内", "le", "内"],
      ["控制在5万元以内", "le", "控制在以内"],
      ["控制在5万元", "le", "控制在"],
      ["≥95%以上", "ge", "≥以上"],
    ])("%j reads as %s", (input, comparator, comparatorText) => {
      expect(parseValue(input)).toMatchObject({
        kind: "quantity",
        comparator,
        comparatorText,
        comparatorCanonical: false,
      });
    });
  });

  it("leaves a bare number without comparator", () => {
    expect(parseValue("100%")).toMatchObject({
      ...quantity(null, 100, "%"),
      comparatorText: "",
      comparatorCanonical: false,
    });
  });

  it("reads the reversed spellings => and =< and the look-alike ═ as the signs they stand for", () => {
    expect(parseValue("=>95%")).toMatchObject({
      ...quantity("ge", 95, "%"),
      comparatorText: "=>",
      comparatorCanonical: false,
    });
    expect(parseValue("=<5%")).toMatchObject({
      ...quantity("le", 5, "%"),
      comparatorText: "=<",
      comparatorCanonical: false,
    });
    expect(parseValue("═100%")).toMatchObject({
      ...quantity("eq", 100, "%"),
      comparatorText: "═",
      comparatorCanonical: false,
    });
  });

  describe("garbled comparators are badComparator", () => {
    table([
      ["≥≥5", unreadable("badComparator", "≥≥5")],
      ["≥=5", unreadable("badComparator", "≥=5")],
      ["==5", unreadable("badComparator", "==5")],
      ["<>5", unreadable("badComparator", "<>5")],
      [">>5", unreadable("badComparator", ">>5")],
      ["≠5", unreadable("badComparator", "≠5")],
      ["≈95%", unreadable("badComparator", "≈95%")],
      ["±5%", unreadable("badComparator", "±5%")],
      ["≥不低于95%", unreadable("badComparator", "≥不低于95%")],
      ["不低于≥95%", unreadable("badComparator", "不低于≥95%")],
      ["95%≥", unreadable("badComparator", "95%≥")],
      ["≥5次以下", unreadable("badComparator", "≥5次以下")],
      ["≥90%-95%", unreadable("badComparator", "≥90%-95%")],
    ]);
  });
});

describe("numbers", () => {
  it.each([
    ["95", 95, "95"],
    ["95.5", 95.5, "95.5"],
    ["0.5", 0.5, "0.5"],
    ["10,000", 10_000, "10,000"],
    ["1,234,567.5", 1_234_567.5, "1,234,567.5"],
    ["10，000", 10_000, "10，000"],
    ["９５", 95, "９５"],
    ["９５．５", 95.5, "９５．５"],
    ["-5", -5, "-5"],
    ["−5", -5, "−5"],
    ["0", 0, "0"],
    ["1万", 10_000, "1万"],
    ["1.5万", 15_000, "1.5万"],
    ["2亿", 200_000_000, "2亿"],
  ])("%j is %d, written %j", (input, number, numberText) => {
    expect(parseValue(input)).toMatchObject({ kind: "quantity", number, numberText, unit: null });
  });

  table([
    ["1万人次", { ...quantity(null, 10_000, "人次"), numberText: "1万" }],
    ["≥1.5万份", { ...quantity("ge", 15_000, "份"), numberText: "1.5万" }],
    ["5千人", { ...quantity(null, 5_000, "人"), numberText: "5千" }],
    ["0.7万人次", { ...quantity(null, 7_000, "人次"), numberText: "0.7万" }],
    ["5万元", { ...quantity(null, 5, "万元"), numberText: "5" }],
    ["≤2亿元", quantity("le", 2, "亿元")],
    ["5千元", quantity(null, 5, "千元")],
    ["5千万元", { ...quantity(null, 5_000, "万元"), numberText: "5千" }],
    ["≥1000千瓦时", quantity("ge", 1_000, "千瓦时")],
    [
      "≥ 95 %",
      { ...quantity("ge", 95, "%"), numberText: "95", unit: expect.objectContaining({ text: "%" }) },
    ],
    [
      "\u3000≥９５％\u3000",
      { ...quantity("ge", 95, "%"), numberText: "９５", unit: expect.objectContaining({ text: "％" }) },
    ],
    // a comma that does not group thousands separates two numbers
    ["5,6", unreadable("multipleNumbers", "5,6")],
    ["10,00", unreadable("multipleNumbers", "10,00")],
    // a space between digits is not a thousands separator
    ["5 6", unreadable("multipleNumbers", "5 6")],
  ]);
});

describe("units of every class", () => {
  const cases: [string, string, UnitClass][] = [
    ["≥6次", "次", "count"],
    ["≥50人次", "人次", "count"],
    ["≥500人", "人", "count"],
    ["≥1个", "个", "count"],
    ["≥1项", "项", "count"],
    ["≥2批次", "批次", "count"],
    ["≥20课时", "课时", "count"],
    ["≥8000本", "本", "count"],
    ["≥20辆", "辆", "count"],
    ["≥1000份/册", "份/册", "count"],
    ["≥4次/年", "次/年", "count"],
    ["≥20名", "名", "count"],
    ["≥5天", "天", "time"],
    ["≤3个工作日", "个工作日", "time"],
    ["≥6年", "年", "time"],
    ["≤24小时", "小时", "time"],
    ["≤30分钟", "分钟", "time"],
    ["≤3个月", "个月", "time"],
    ["≤24h", "小时", "time"],
    ["≤450元", "元", "money"],
    ["≤5万元", "万元", "money"],
    ["≤2亿元", "亿元", "money"],
    ["≤300元/人", "元/人", "money"],
    ["≤300元/人·天", "元/人·天", "money"],
    ["≤300元/人/天", "元/人·天", "money"],
    ["≤300元/人.天", "元/人·天", "money"],
    ["≤300元/(人·天)", "元/人·天", "money"],
    ["≤50元/次", "元/次", "money"],
    ["≤20元/份", "元/份", "money"],
    ["≤10万元/年", "万元/年", "money"],
    ["≤30万元/台", "万元/台", "money"],
    ["≤25万元/辆", "万元/辆", "money"],
    ["≤800元/吨", "元/吨", "money"],
    ["≥95%", "%", "ratio"],
    ["≥95％", "%", "ratio"],
    ["≤0.5‰", "‰", "ratio"],
    ["≥2个百分点", "个百分点", "ratio"],
    ["≥1000平方米", "平方米", "size"],
    ["≥1000㎡", "平方米", "size"],
    ["≥10平方公里", "平方公里", "size"],
    ["≥500立方米", "立方米", "size"],
    ["≥100公里", "公里", "size"],
    ["≥100km", "公里", "size"],
    ["≥5吨", "吨", "size"],
    ["≥90分", "分", "other"],
    ["≥500GB", "GB", "other"],
    ["≥2星期", "星期", "time"],
  ];
  it.each(cases)("%j has unit %s (%s)", (input, canonical, unitClass) => {
    expect(parseValue(input)).toMatchObject({
      kind: "quantity",
      unit: { canonical, unitClass, known: true },
    });
  });

  it("keeps the unit as written beside its catalogue spelling", () => {
    expect(parseValue("≤300元/人/天")).toMatchObject({ unit: { text: "元/人/天", canonical: "元/人·天" } });
  });

  describe("unknown units carry the nearest known unit", () => {
    table([
      ["≥20量", unknownUnit("ge", 20, "量", "辆")],
      ["20量", unknownUnit(null, 20, "量", "辆")],
      ["≥20量以上", { ...unknownUnit("ge", 20, "量", "辆"), comparatorText: "≥以上" }],
      ["≥20人数", unknownUnit("ge", 20, "人数", "人")],
      ["≥90圆", unknownUnit("ge", 90, "圆", "元")],
      ["≤5万圆", { ...unknownUnit("le", 5, "万圆", "万元"), numberText: "5" }],
      ["≤5元/入", unknownUnit("le", 5, "元/入", "元/人")],
      ["5次每年", unknownUnit(null, 5, "次每年", "次/年")],
      ["≥3坪", unknownUnit("ge", 3, "坪")],
    ]);
  });
});

describe("ranges", () => {
  table([
    ["90%-95%", range(90, 95, "%")],
    ["90-95%", range(90, 95, "%")],
    ["90%－95%", range(90, 95, "%")],
    ["90%—95%", range(90, 95, "%")],
    ["90%~95%", range(90, 95, "%")],
    ["1～3次", range(1, 3, "次")],
    ["1至3次", range(1, 3, "次")],
    ["1到3次", range(1, 3, "次")],
    ["3-5天", range(3, 5, "天")],
    ["1-12个月", range(1, 12, "个月")],
    ["10-20", range(10, 20)],
    ["2022-2024", range(2022, 2024)],
    ["1万-2万人次", range(10_000, 20_000, "人次")],
    ["95-90%", range(90, 95, "%")],
    ["1次-3天", unreadable("multipleNumbers", "1次-3天")],
    ["90%-95%以上", unreadable("badComparator", "90%-95%以上")],
    ["1-3次吧", unreadable("textAroundNumber", "1-3次吧")],
  ]);
});

describe("dates and deadlines", () => {
  table([
    ["2022年12月31日前", date(true, 2022, 12, 31)],
    ["2022年12月31日之前", date(true, 2022, 12, 31)],
    ["2022年12月31日以前完成", date(true, 2022, 12, 31)],
    ["2022年12月31日", date(false, 2022, 12, 31)],
    ["2022年12月31号", date(false, 2022, 12, 31)],
    ["2022年12月", date(false, 2022, 12, null)],
    ["2022年12月完成", date(false, 2022, 12, null)],
    ["2022年", date(false, 2022, null, null)],
    ["2022年度", date(false, 2022, null, null)],
    ["2022年前", date(true, 2022, null, null)],
    ["12月底前", date(true, null, 12, 31)],
    ["11月底前", date(true, null, 11, 30)],
    ["2月底前", date(true, null, 2, 28)],
    ["2024年2月底前", date(true, 2024, 2, 29)],
    ["6月30日前", date(true, null, 6, 30)],
    ["6月前", date(true, null, 6, null)],
    ["6月中旬前", date(true, null, 6, 20)],
    ["年底前", date(true, null, 12, 31)],
    ["年底前完成", date(true, null, 12, 31)],
    ["年末", date(false, null, 12, 31)],
    ["本年底前", date(true, null, 12, 31)],
    ["年内完成", date(true, null, 12, 31)],
    ["当年底前", date(true, null, 12, 31)],
    ["每年12月底前", date(true, null, 12, 31)],
    ["当年12月31日前完成", date(true, null, 12, 31)],
    ["次年3月底前", date(true, null, 3, 31)],
    ["2022年底前", date(true, 2022, 12, 31)],
    ["2022年年底前", date(true, 2022, 12, 31)],
    ["22年12月底前", date(true, 2022, 12, 31)],
    ["2022年内", date(true, 2022, null, null)],
    ["截至2022年12月31日", date(true, 2022, 12, 31)],
    ["截止2022年底", date(true, 2022, 12, 31)],
    ["不晚于2022年12月31日", date(true, 2022, 12, 31)],
    ["≤2022年12月31日", date(true, 2022, 12, 31)],
    ["≤2022年", date(true, 2022, null, null)],
    ["≤2022.12", date(true, 2022, 12, null)],
    ["截至12月", date(true, null, 12, null)],
    ["于2022年6月30日前", date(true, 2022, 6, 30)],
    ["2022-12-31", date(false, 2022, 12, 31)],
    ["2022/12/31", date(false, 2022, 12, 31)],
    ["2022.12.31", date(false, 2022, 12, 31)],
    ["2022.12", date(false, 2022, 12, null)],
    ["2022-12", date(false, 2022, 12, null)],
    ["2022.12前", date(true, 2022, 12, null)],
    ["２０２２年１２月３１日前", date(true, 2022, 12, 31)],
    // calendar checks belong to rules (isValidDate): the date reads as written
    ["2月30日前", date(true, null, 2, 30)],
  ]);

  it("leaves durations and impossible dotted dates to the quantity grammar", () => {
    expect(parseValue("6年")).toMatchObject(quantity(null, 6, "年"));
    expect(parseValue("12月")).toMatchObject(quantity(null, 12, "月"));
    expect(parseValue("≥2022年")).toMatchObject(quantity("ge", 2022, "年"));
    expect(parseValue("≤12月")).toMatchObject(quantity("le", 12, "月"));
    expect(parseValue("不超过2022.12")).toMatchObject(quantity("le", 2022.12));
    expect(parseValue("2022.13")).toMatchObject(quantity(null, 2022.13));
    expect(parseValue("2022-13-01")).toMatchObject({ kind: "unreadable" });
  });

  it("isValidDate checks the calendar", () => {
    expect(isValidDate(null, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(null, 2, 30)).toBe(false);
    expect(isValidDate(null, 13, null)).toBe(false);
    expect(isValidDate(2022, null, null)).toBe(true);
    expect(isValidDate(2022, 4, 31)).toBe(false);
  });
});

describe("periods", () => {
  table([
    ["2023.07-2024.01", period(point(2023, 7), point(2024, 1))],
    ["2023.7-2024.1", period(point(2023, 7), point(2024, 1))],
    ["2023.07～2024.01", period(point(2023, 7), point(2024, 1))],
    ["2023年7月至2024年1月", period(point(2023, 7), point(2024, 1))],
    ["2023年7月-2024年1月", period(point(2023, 7), point(2024, 1))],
    ["2023年7月-12月", period(point(2023, 7), point(2023, 12))],
    ["2022年1月1日至12月31日", period(point(2022, 1, 1), point(2022, 12, 31))],
    ["2022-01-01至2022-12-31", period(point(2022, 1, 1), point(2022, 12, 31))],
    ["7月至12月", period(point(null, 7), point(null, 12))],
    // 1-6月 is January to June; a range of months would be written 1-6个月
    ["1-6月", period(point(null, 1), point(null, 6))],
    ["2022-2024年", period(point(2022, null), point(2024, null))],
    ["2022年至2024年", period(point(2022, null), point(2024, null))],
  ]);
});

describe("qualitative values", () => {
  table([
    ["及时", qualitative("及时")],
    ["如期", qualitative("如期")],
    ["按期完成", qualitative("按期完成")],
    ["合规", qualitative("合规")],
    ["达标", qualitative("达标")],
    ["合格", qualitative("合格")],
    ["通过", qualitative("通过")],
    ["好", qualitative("好")],
    ["较好", qualitative("较好")],
    ["一般", qualitative("一般")],
    ["优良", qualitative("优良")],
    ["达到预期", qualitative("达到预期")],
    ["基本达到", qualitative("基本达到")],
    ["显著提升", qualitative("显著提升")],
    ["有所提升", qualitative("有所提升")],
    ["有效提升", qualitative("有效提升")],
    ["显著增强", qualitative("显著增强")],
    ["提升", qualitative("提升")],
    ["长期", qualitative("长期")],
    ["不低于标准", qualitative("不低于标准")],
    ["不超过预算", qualitative("不超过预算")],
    ["N/A", qualitative("N/A")],
    ["—", qualitative("—")],
    ["及时（按计划）", qualitative("及时（按计划）")],
    ["  较好\n", qualitative("较好")],
    // a digit in a grade, a rank or a name does not make a quantity
    ["3A级", qualitative("3A级")],
    ["≥4A级", qualitative("≥4A级")],
    ["二级及以上", qualitative("二级及以上")],
    ["一级", qualitative("一级")],
    ["一类会议", qualitative("一类会议")],
    ["达到国家二级标准", qualitative("达到国家二级标准")],
    ["达到国家2级标准", qualitative("达到国家2级标准")],
    ["5G", qualitative("5G")],
    ["第1名", qualitative("第1名")],
    ["前3名", qualitative("前3名")],
    ["ISO9001", qualitative("ISO9001")],
    ["12345热线", qualitative("12345热线")],
    ["7×24小时", qualitative("7×24小时")],
    // Chinese numerals outside a whole count are words
    ["一次性", qualitative("一次性")],
    ["三公经费", qualitative("三公经费")],
    ["十佳", qualitative("十佳")],
  ]);
});

describe("Chinese numerals with a unit", () => {
  table([
    ["两次", { ...quantity(null, 2, "次"), numberText: "两" }],
    ["三个", { ...quantity(null, 3, "个"), numberText: "三" }],
    ["≥两次", quantity("ge", 2, "次")],
    ["十二个月", quantity(null, 12, "个月")],
    ["二十天", quantity(null, 20, "天")],
    ["三年以上", quantity("ge", 3, "年")],
    ["两年以内", quantity("le", 2, "年")],
    ["百分之九十五", quantity(null, 95, "%")],
    ["百分之百", quantity(null, 100, "%")],
    ["不低于百分之95", quantity("ge", 95, "%")],
  ]);
});

describe("unreadable values, with the reason", () => {
  describe("error values", () => {
    it.each([
      "#N/A",
      "#REF!",
      "#VALUE!",
      "#DIV/0!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ])("%s", (input) => {
      expect(parseValue(input)).toEqual(unreadable("errorValue", input));
    });
  });

  table([
    ["≥次", unreadable("missingNumber", "≥次")],
    ["≥%", unreadable("missingNumber", "≥%")],
    ["≥", unreadable("missingNumber", "≥")],
    ["≤万元", unreadable("missingNumber", "≤万元")],
    ["≥标准", unreadable("missingNumber", "≥标准")],
    ["≥良好", unreadable("missingNumber", "≥良好")],
    ["≥5次≥6次", unreadable("multipleNumbers", "≥5次≥6次")],
    ["≥95%、≥90%", unreadable("multipleNumbers", "≥95%、≥90%")],
    ["3次，每次2天", unreadable("multipleNumbers", "3次，每次2天")],
    ["约5次左右", unreadable("textAroundNumber", "约5次左右")],
    ["约5次", unreadable("textAroundNumber", "约5次")],
    ["5次左右", unreadable("textAroundNumber", "5次左右")],
    ["5次以上吧", unreadable("textAroundNumber", "5次以上吧")],
    ["按5次执行", unreadable("textAroundNumber", "按5次执行")],
    ["5次执行", unreadable("textAroundNumber", "5次执行")],
    ["20余人", unreadable("textAroundNumber", "20余人")],
    ["20多人", unreadable("textAroundNumber", "20多人")],
    ["满意度≥95%", unreadable("textAroundNumber", "满意度≥95%")],
    ["全年≥5次", unreadable("textAroundNumber", "全年≥5次")],
    ["≥5次(暂定", unreadable("textAroundNumber", "≥5次(暂定")],
    ["百分之95%", unreadable("textAroundNumber", "百分之95%")],
  ]);
});

describe("notes, punctuation and limits around a value", () => {
  table([
    ["≥5次（暂定）", quantity("ge", 5, "次")],
    ["≥1个（以签订备忘录为准）", quantity("ge", 1, "个")],
    ["≥95%(含)", quantity("ge", 95, "%")],
    ["≥95%。", quantity("ge", 95, "%")],
    ["≥95%；", quantity("ge", 95, "%")],
    ["2022年12月31日前（视情况）", date(true, 2022, 12, 31)],
    ["24小时内响应", { ...quantity("le", 24, "小时"), comparatorText: "内" }],
    ["3个工作日内完成", quantity("le", 3, "个工作日")],
    ["5天内办结", quantity("le", 5, "天")],
  ]);
});

describe("the seed's odd values", () => {
  table([
    ["≥20量", unknownUnit("ge", 20, "量", "辆")],
    ["合规\t", qualitative("合规")],
    ["提高、", qualitative("提高、")],
    ["≥95", { ...quantity("ge", 95), comparatorCanonical: true }],
    ["≥90元", quantity("ge", 90, "元")],
  ]);

  // Every distinct 指标值 of the eight seed tables, and what a reviewer reads in it.
  const seedQuantities: [string, Comparator, number, string | null][] = [
    ["≤10%", "le", 10, "%"],
    ["≤100%", "le", 100, "%"],
    ["≤15万元", "le", 15, "万元"],
    ["≤1万元", "le", 1, "万元"],
    ["≤3万元", "le", 3, "万元"],
    ["≤450元", "le", 450, "元"],
    ["≤4万元", "le", 4, "万元"],
    ["≤5%", "le", 5, "%"],
    ["≤50元", "le", 50, "元"],
    ["≤550元", "le", 550, "元"],
    ["≤5万元", "le", 5, "万元"],
    ["≤80元", "le", 80, "元"],
    ["≤90元", "le", 90, "元"],
    ["≥100%", "ge", 100, "%"],
    ["≥10000份", "ge", 10_000, "份"],
    ["≥1个", "ge", 1, "个"],
    ["≥1人", "ge", 1, "人"],
    ["≥1份", "ge", 1, "份"],
    ["≥1台", "ge", 1, "台"],
    ["≥1次", "ge", 1, "次"],
    ["≥1项", "ge", 1, "项"],
    ["≥20万元", "ge", 20, "万元"],
    ["≥20人", "ge", 20, "人"],
    ["≥20次", "ge", 20, "次"],
    ["≥24小时", "ge", 24, "小时"],
    ["≥2次", "ge", 2, "次"],
    ["≥2节", "ge", 2, "节"],
    ["≥3人", "ge", 3, "人"],
    ["≥3份", "ge", 3, "份"],
    ["≥50%", "ge", 50, "%"],
    ["≥500人", "ge", 500, "人"],
    ["≥50人", "ge", 50, "人"],
    ["≥50人次", "ge", 50, "人次"],
    ["≥5万元", "ge", 5, "万元"],
    ["≥5天", "ge", 5, "天"],
    ["≥6年", "ge", 6, "年"],
    ["≥6次", "ge", 6, "次"],
    ["≥8000本", "ge", 8_000, "本"],
    ["≥90元", "ge", 90, "元"],
    ["≥95", "ge", 95, null],
    ["≥95%", "ge", 95, "%"],
  ];
  it.each(seedQuantities)("%j is a quantity", (input, comparator, number, unit) => {
    expect(parseValue(input)).toMatchObject({
      ...quantity(comparator, number, unit),
      comparatorCanonical: true,
    });
  });

  const seedWords =
    "业务提升 保障 公开告知 及时 及时性 及时率 合规 如期举办 弘扬文化 拓宽渠道 指标值 推动 提升 提高 提高能力 收集整理 " +
    "效益提升 显著增强 有效保护 有效提升 有计划 正常 水平提高 满足 畅通 节约 达标 长期 长期影响 长期规划 顺利";
  it.each(seedWords.split(" "))("%j is qualitative", (input) => {
    expect(parseValue(input)).toEqual(qualitative(input));
  });
});

describe("cells that are not text", () => {
  const cell = (value: number | boolean | null, numberFormat?: string | null) =>
    parseValue(value, numberFormat === undefined ? undefined : ({ numberFormat } as ParseContext));

  it("reads blank as empty, and whitespace-only text too", () => {
    expect(cell(null)).toEqual({ kind: "empty" });
    expect(parseValue("")).toEqual({ kind: "empty" });
    expect(parseValue(" \t\u3000\n")).toEqual({ kind: "empty" });
  });

  it("reads a plain number as a bare quantity with no unit", () => {
    expect(cell(95)).toEqual({
      kind: "quantity",
      comparator: null,
      comparatorText: "",
      comparatorCanonical: false,
      number: 95,
      numberText: "95",
      unit: null,
    });
    expect(cell(95, "General")).toMatchObject(quantity(null, 95));
    expect(cell(0.1 + 0.2)).toMatchObject({ number: 0.3, numberText: "0.3" });
  });

  it("reads a percent-formatted number as a percentage", () => {
    expect(cell(0.95, "0%")).toMatchObject({ ...quantity(null, 95, "%"), numberText: "95" });
    expect(cell(0.955, "0.0%")).toMatchObject(quantity(null, 95.5, "%"));
    expect(cell(1, "0.00%")).toMatchObject(quantity(null, 100, "%"));
  });

  it("reads a serial under a date format as a date", () => {
    expect(cell(44926, "yyyy-mm-dd")).toEqual(date(false, 2022, 12, 31));
    expect(cell(44926, "yyyy/m/d")).toEqual(date(false, 2022, 12, 31));
    expect(cell(44926, 'yyyy"年"m"月"d"日"')).toEqual(date(false, 2022, 12, 31));
    expect(cell(44926)).toMatchObject(quantity(null, 44926));
    expect(cell(-1, "yyyy-mm-dd")).toMatchObject(quantity(null, -1));
  });

  it("reads the literals of a number format as a person sees them", () => {
    expect(cell(95, '0"人"')).toMatchObject(quantity(null, 95, "人"));
    expect(cell(5, '#,##0.00"万元"')).toMatchObject(quantity(null, 5, "万元"));
    expect(cell(5, "0\\次")).toMatchObject(quantity(null, 5, "次"));
    expect(cell(0.95, '"≥"0%')).toMatchObject({ ...quantity("ge", 95, "%"), comparatorCanonical: true });
    expect(cell(5, '"约"0"次"')).toEqual(unreadable("textAroundNumber", "约5次"));
    expect(cell(1 / 3, '0.00"元"')).toMatchObject({ number: Number((1 / 3).toPrecision(12)) });
  });

  it("reads booleans as the words Excel shows", () => {
    expect(cell(true)).toEqual(qualitative("TRUE"));
    expect(cell(false)).toEqual(qualitative("FALSE"));
  });

  it("reads numbers Excel never holds as #NUM!", () => {
    expect(cell(NaN)).toEqual(unreadable("errorValue", "#NUM!"));
    expect(cell(Infinity)).toEqual(unreadable("errorValue", "#NUM!"));
  });
});

describe("parseSplitValue (指标性质 / 指标值 / 计量单位)", () => {
  const split = (
    comparator: string | null,
    value: string | number | null,
    unit: string | null,
    numberFormat?: string,
  ) => parseSplitValue({ comparator, value, unit }, numberFormat ? { numberFormat } : undefined);

  it("joins the three cells into a quantity", () => {
    expect(split("≥", 95, "%")).toMatchObject({
      ...quantity("ge", 95, "%"),
      comparatorText: "≥",
      comparatorCanonical: true,
    });
    expect(split("≤", "5", "万元")).toMatchObject(quantity("le", 5, "万元"));
    expect(split("＞＝", 95, "％")).toMatchObject({ ...quantity("ge", 95, "%"), comparatorCanonical: false });
    expect(split("不低于", 95, "%")).toMatchObject({ ...quantity("ge", 95, "%"), comparatorText: "不低于" });
    expect(split("以上", 95, "%")).toMatchObject(quantity("ge", 95, "%"));
    expect(split(null, 95, "%")).toMatchObject(quantity(null, 95, "%"));
    expect(split("", 95, "")).toMatchObject(quantity(null, 95));
    expect(split("定量", 95, "%")).toMatchObject(quantity(null, 95, "%"));
    expect(split("≥", 0.95, "%", "0%")).toMatchObject(quantity("ge", 95, "%"));
  });

  it("keeps the unit cell as written (no 万 scaling)", () => {
    expect(split("≥", 1.5, "万人次")).toMatchObject({ ...quantity("ge", 1.5, "万人次") });
    expect(split("≥", 20, "量")).toMatchObject(unknownUnit("ge", 20, "量", "辆"));
  });

  it("reads 定性 as a qualitative value", () => {
    expect(split("定性", "及时", null)).toEqual(qualitative("及时"));
    expect(split("定性", "好", "%")).toEqual(qualitative("好"));
    expect(split("定性", 95, null)).toEqual(qualitative("95"));
    expect(split("定性", null, null)).toEqual({ kind: "empty" });
  });

  it("reads a value cell that carries its own comparator or unit", () => {
    expect(split("≥", "≥95%", "%")).toMatchObject(quantity("ge", 95, "%"));
    expect(split(null, "≥95%", null)).toMatchObject(quantity("ge", 95, "%"));
    expect(split(null, "90-95", "%")).toMatchObject(range(90, 95, "%"));
    expect(split("", "及时", "")).toEqual(qualitative("及时"));
    expect(split("≤", 44926, null, "yyyy/m/d")).toEqual(date(true, 2022, 12, 31));
    expect(split("", "2022年12月31日前", "")).toEqual(date(true, 2022, 12, 31));
  });

  it("reads -, —, / and 无 in the unit column as no unit, and 正向 in the sign column as no sign", () => {
    for (const placeholder of ["-", "—", "/", "无"])
      expect([placeholder, split("≥", "95%", placeholder)]).toMatchObject([
        placeholder,
        quantity("ge", 95, "%"),
      ]);
    expect(split("正向", 95, "%")).toMatchObject({ kind: "quantity", comparator: null, number: 95 });
    expect(split("是/否", "否", "")).toEqual(qualitative("否"));
  });

  it("reports cells that contradict each other or say nothing", () => {
    expect(split(null, null, null)).toEqual({ kind: "empty" });
    expect(split("≥", null, "次")).toEqual(unreadable("missingNumber", "≥次"));
    expect(split("", null, "%")).toEqual(unreadable("missingNumber", "%"));
    expect(split("=≥", 5, "次")).toEqual(unreadable("badComparator", "=≥5次"));
    expect(split("大约", 5, "次")).toEqual(unreadable("badComparator", "大约5次"));
    expect(split("≥", "≤5", "次")).toEqual(unreadable("badComparator", "≥≤5次"));
    expect(split("≥", "90-95", "%")).toEqual(unreadable("badComparator", "≥90-95%"));
    expect(split("≥", "5天", "次")).toEqual(unreadable("unitConflict", "≥5天次"));
    expect(split("", "28.8万元", "%")).toEqual(unreadable("unitConflict", "28.8万元%"));
    expect(split("≥", "及时", null)).toEqual(unreadable("missingNumber", "≥及时"));
    expect(split(null, "#N/A", null)).toEqual(unreadable("errorValue", "#N/A"));
  });
});

describe("formatValue and formatQuantity", () => {
  it.each([
    [">=95%", "≥95%"],
    ["≧95％", "≥95%"],
    ["不低于95%", "≥95%"],
    ["95%以上", "≥95%"],
    ["=100%", "＝100%"],
    ["<5%", "＜5%"],
    ["≤4万元", "≤4万元"],
    [">=10,000份", "≥10,000份"],
    ["≥１０，０００份", "≥10,000份"],
    ["≥1万人次", "≥1万人次"],
    ["≥两次", "≥2次"],
    ["≤300元/人/天", "≤300元/人·天"],
    ["≥20量", "≥20量"],
    ["100%", "100%"],
    ["90%-95%", "90-95%"],
    ["2022年12月31日前", "2022年12月31日前"],
    ["12月底前", "12月31日前"],
    ["2023.07-2024.01", "2023年7月至2024年1月"],
    ["及时", "及时"],
    ["≥≥5", "≥≥5"],
    ["", ""],
  ])("%j → %j", (input, canonical) => {
    expect(formatValue(parseValue(input))).toBe(canonical);
  });

  it("builds the fixes rules offer", () => {
    const slip = parseValue("≥20量");
    if (slip.kind !== "quantity") throw new Error("expected a quantity");
    expect(formatQuantity({ ...slip, unit: slip.unit?.suggestion })).toBe("≥20辆");
    expect(formatQuantity({ comparator: "ge", number: 95, unit: "%" })).toBe("≥95%");
    expect(formatQuantity({ comparator: "eq", number: 100, unit: "%" })).toBe("＝100%");
    expect(formatQuantity({ comparator: null, number: 0.1 + 0.2 })).toBe("0.3");
    expect(formatQuantity({ comparator: "le", number: 5, numberText: "约5", unit: "次" })).toBe("≤5次");
  });
});
