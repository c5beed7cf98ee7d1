import { isTier, isTimelyWord, vagueness } from "../../src/core/vocabulary";

describe("isTier", () => {
  it.each([
    "好",
    "较好",
    "达到预期",
    "基本达到",
    "显著提升",
    "有所提升",
    "合格",
    "达标",
    "合规",
    "通过",
    "合规\t",
  ])("%s is a tier", (word) => expect(isTier(word)).toBe(true));
  it.each(["提升", "有效提升", "长期", "及时性", "畅通"])("%s is not a tier", (word) =>
    expect(isTier(word)).toBe(false),
  );
});

describe("isTimelyWord", () => {
  it.each(["及时", "如期举办", "按期完成", "按时", "准时"])("%s is timely", (word) =>
    expect(isTimelyWord(word)).toBe(true),
  );
  it.each(["及时性", "及时率", "长期", "提升"])("%s is not", (word) =>
    expect(isTimelyWord(word)).toBe(false),
  );
});

describe("vagueness", () => {
  it.each([
    // the seed's vague verbs, bare or boosted or with a short noun
    ["有效提升", "提升社会影响力", "verb"],
    ["显著增强", "生态效益指标", "verb"],
    ["提升", "提升工作效率", "verb"],
    ["提高、", "提高机要工作水平", "verb"],
    ["满足", "满足人大宣传需求", "verb"],
    ["保障", "保障人大工作正常开展", "verb"],
    ["水平提高", "经济效益增长", "verb"],
    ["业务提升", "提升业务能力", "verb"],
    ["拓宽渠道", "社会效益指标", "verb"],
    ["提高能力", "社会效益指标", "verb"],
    ["弘扬文化", "弘扬承德好客文化", "verb"],
    ["效益提升", "资金使用效益", "verb"],
    ["有效保护", "改善水环境", "verb"],
    ["节约", "节能环保", "verb"],
    ["推动", "传播人大工作", "verb"],
    // time words with no time
    ["长期", "长期稳定服务", "time"],
    ["长期规划", "可持续影响指标", "time"],
    ["长期影响", "可持续影响指标", "time"],
    // restating the name or a property
    ["及时性", "订阅杂志及时性", "restates"],
    ["及时性", "会议召开时效性", "restates"],
    ["及时率", "经费下发及时率", "restates"],
    ["培训讲师资质", "培训讲师资质", "restates"],
    ["满意度", "服务对象满意度", "restates"],
  ] as const)("%s (under %s) is vague: %s", (value, name, kind) => {
    expect(vagueness(value, name)).toBe(kind);
  });

  it.each([
    ["及时", "会议开展及时性"],
    ["如期举办", "培训开展及时性"],
    ["达标", "培训讲师资质"],
    ["合规", "项目实施流程合规性"],
    ["显著提升", "提升社会影响力"],
    ["达到预期", "提升社会影响力"],
    ["畅通", "保障红机电话通讯"],
    ["正常", "机要保密系统正常运转"],
    ["公开告知", "选举结果公开"],
    ["有计划", "设备后期管养"],
    ["", "组织会议次数"],
  ])("%s (under %s) is not vague", (value, name) => {
    expect(vagueness(value, name)).toBeNull();
  });
});
