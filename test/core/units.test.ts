import type { UnitClass } from "../../src/core/model";
import {
  findUnit,
  isMoneyUnit,
  isPercentUnit,
  isRatioUnit,
  KNOWN_UNITS,
  matchUnitAt,
  normaliseUnitText,
  suggestUnit,
  UNIT_CATALOGUE,
  unitClassOf,
  unitScale,
} from "../../src/core/units";

describe("the unit catalogue", () => {
  it("lists every unit of DOMAIN §3 with its class", () => {
    const domain: Record<UnitClass, string[]> = {
      count: "次 人次 人 个 项 件 篇 份 期 批次 场 节 课时 本 册 台 套 辆 部 家 户 所".split(" "),
      time: "天 日 个月 月 年 小时 分钟 工作日".split(" "),
      money: "元 万元 亿元 元/人 元/人·天 元/次 万元/年".split(" "),
      ratio: ["%", "‰"],
      size: "平方米 米 公里 吨".split(" "),
      other: [],
    };
    for (const [unitClass, units] of Object.entries(domain)) {
      for (const unit of units) {
        expect(UNIT_CATALOGUE.find((def) => def.unit === unit)?.unitClass).toBe(unitClass);
      }
    }
  });

  it("has the extensions real tables use", () => {
    for (const unit of [
      "人次",
      "批次",
      "课时",
      "万人次",
      "个百分点",
      "平方公里",
      "立方米",
      "千瓦时",
      "万元/台",
    ]) {
      expect(KNOWN_UNITS).toContain(unit);
    }
    for (const unit of ["万元/辆", "元/份", "份/册", "分", "名"]) expect(KNOWN_UNITS).toContain(unit);
  });

  it("spells each unit once, and every variant reads as its unit", () => {
    expect(new Set(KNOWN_UNITS).size).toBe(KNOWN_UNITS.length);
    for (const def of UNIT_CATALOGUE) {
      expect(findUnit(def.unit)).toMatchObject({
        known: true,
        canonical: def.unit,
        unitClass: def.unitClass,
      });
      for (const variant of def.variants ?? []) {
        expect(findUnit(variant)).toMatchObject({ known: true, canonical: def.unit, text: variant });
      }
    }
  });
});

describe("findUnit", () => {
  it.each([
    ["％", "%", "ratio"],
    [" 万元 ", "万元", "money"],
    ["元/人/天", "元/人·天", "money"],
    ["元/人.天", "元/人·天", "money"],
    // per person and month (濉溪 2019's 元/人·月), per person and year
    ["元/人·月", "元/人·月", "money"],
    ["元/人/月", "元/人·月", "money"],
    ["元/人·年", "元/人·年", "money"],
    ["元/人•天", "元/人·天", "money"],
    ["元／人·天", "元/人·天", "money"],
    ["（%）", "%", "ratio"],
    ["元/吨", "元/吨", "money"],
    ["万元/个", "万元/个", "money"],
    ["次/年", "次/年", "count"],
    ["吨/年", "吨/年", "size"],
    ["KM", "公里", "size"],
    ["㎡", "平方米", "size"],
    ["千人", "千人", "count"],
    ["亿人次", "亿人次", "count"],
  ])("reads %j as known %s (%s)", (text, canonical, unitClass) => {
    expect(findUnit(text)).toEqual({ text: text.trim(), canonical, unitClass, known: true });
  });

  it.each([
    // same reading
    ["量", "辆"],
    ["两", "辆"],
    ["圆", "元"],
    ["园", "元"],
    ["万圆", "万元"],
    ["此", "次"],
    ["像", "项"],
    // similar shape
    ["兀", "元"],
    ["曰", "日"],
    ["元/入", "元/人"],
    // the count of a unit for the unit
    ["人数", "人"],
    ["次数", "次"],
    ["人员", "人"],
    // spelled out or slipped structure
    ["百分之", "%"],
    ["人/次", "人次"],
    ["元每人", "元/人"],
    ["次每年", "次/年"],
    ["元/人天", "元/人·天"],
    // one edit away
    ["平方", "平方米"],
    ["工作天", "工作日"],
    ["分种", "分钟"],
  ])("suggests for %j: %j", (text, suggestion) => {
    const unit = findUnit(text);
    expect(unit).toMatchObject({ text, canonical: null, known: false, suggestion });
    expect(unit?.unitClass).toBe(findUnit(suggestion)?.unitClass);
  });

  it("suggests nothing for a word that is near no unit, and calls it other", () => {
    expect(findUnit("坪")).toEqual({ text: "坪", canonical: null, unitClass: "other", known: false });
    expect(findUnit("热线")?.suggestion).toBeUndefined();
    expect(suggestUnit("")).toBeUndefined();
    expect(suggestUnit("x".repeat(100))).toBeUndefined();
  });

  it("reads blank text as no unit", () => {
    expect(findUnit("")).toBeNull();
    expect(findUnit(" \t\u3000")).toBeNull();
  });

  it("is total on odd input", () => {
    for (const text of [
      "/",
      "·",
      "()",
      "(",
      "元/",
      "/元",
      "元//人",
      "元/人/",
      "%%",
      "\u0000",
      "😀",
      "元".repeat(5000),
    ]) {
      expect(() => findUnit(text)).not.toThrow();
    }
  });
});

describe("matchUnitAt", () => {
  it("takes the longest unit", () => {
    expect(matchUnitAt("人次以上", 0)).toMatchObject({ end: 2, canonical: "人次" });
    expect(matchUnitAt("个百分点", 0)).toMatchObject({ end: 4, canonical: "个百分点" });
    expect(matchUnitAt("分钟内", 0)).toMatchObject({ end: 2, canonical: "分钟" });
    expect(matchUnitAt("万元/台", 0)).toMatchObject({ end: 4, canonical: "万元/台" });
  });

  it("reads compounds per time or size, and money per anything", () => {
    expect(matchUnitAt("元/人/天", 0)).toMatchObject({ end: 5, canonical: "元/人·天" });
    expect(matchUnitAt("元/课时", 0)).toMatchObject({ canonical: "元/课时", unitClass: "money" });
    expect(matchUnitAt("人/平方公里", 0)).toMatchObject({ canonical: "人/平方公里", unitClass: "count" });
    // 人/次 is a slip for 人次, not a unit
    expect(matchUnitAt("人/次", 0)).toMatchObject({ end: 1, canonical: "人" });
  });

  it("marks scaled counts", () => {
    expect(matchUnitAt("万人次", 0)).toMatchObject({
      canonical: "万人次",
      scale: { base: "人次", factor: 10_000 },
    });
    expect(matchUnitAt("万元", 0)?.scale).toBeUndefined();
  });

  it("returns null where no unit starts", () => {
    expect(matchUnitAt("热线", 0)).toBeNull();
    expect(matchUnitAt("次", 1)).toBeNull();
  });
});

describe("helpers for rules", () => {
  it("tell classes", () => {
    expect(unitClassOf("万元")).toBe("money");
    expect(unitClassOf(findUnit("％"))).toBe("ratio");
    expect(unitClassOf("量")).toBe("count");
    expect(unitClassOf(null)).toBeNull();
    expect(unitClassOf("")).toBeNull();
  });

  it("tell money", () => {
    for (const unit of ["元", "万元", "亿元", "元/人·天", "元/人/天", "万元/辆", "元/吨"])
      expect(isMoneyUnit(unit)).toBe(true);
    for (const unit of ["%", "次", "圆", null, undefined]) expect(isMoneyUnit(unit)).toBe(false);
  });

  it("tell percentages apart from other ratios", () => {
    expect(isPercentUnit("%")).toBe(true);
    expect(isPercentUnit("％")).toBe(true);
    expect(isPercentUnit(findUnit("﹪"))).toBe(true);
    expect(isPercentUnit("‰")).toBe(false);
    expect(isPercentUnit("个百分点")).toBe(false);
    expect(isRatioUnit("‰")).toBe(true);
    expect(isRatioUnit("个百分点")).toBe(true);
    expect(isRatioUnit("元")).toBe(false);
  });

  it("give the scale of 万 counts", () => {
    expect(unitScale("万人次")).toEqual({ base: "人次", factor: 10_000 });
    expect(unitScale("千人")).toEqual({ base: "人", factor: 1_000 });
    expect(unitScale("万元")).toBeNull();
    expect(unitScale("次")).toBeNull();
  });

  it("normalise width, case, dots and brackets", () => {
    expect(normaliseUnitText(" （ ％ ） ")).toBe("%");
    expect(normaliseUnitText("元/人・天")).toBe("元/人·天");
    expect(normaliseUnitText("KWh")).toBe("kwh");
  });
});

describe("the budget systems' spelling of %", () => {
  it("reads 百分比 as % (嘉峪关 2023, 池州 2022)", () => {
    expect(findUnit("百分比")).toMatchObject({ canonical: "%", unitClass: "ratio", known: true });
  });
});
