import { BUILTIN_PROFILE_INPUTS, BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import { editDistance, ProfileIndex } from "../../../src/core/profiles/profile-index";
import { ProfileSchema } from "../../../src/core/profiles/schema";

const p2015 = new ProfileIndex(BUILTIN_PROFILES["2015"]);
const p2021 = new ProfileIndex(BUILTIN_PROFILES["2021"]);
const output2015 = p2015.level1("产出指标")!.def;
const effect2015 = p2015.level1("效益指标")!.def;
const output2021 = p2021.level1("产出指标")!.def;

describe("ProfileIndex.level1", () => {
  it.each([
    ["产出指标", "产出指标", "exact"],
    ["产出", "产出指标", "variant"],
    ["产出\n指标", "产出指标", "exact"],
    ["满意度", "满意度指标", "variant"],
  ])("reads %j as %s (%s)", (written, label, match) => {
    const hit = p2015.level1(written);
    expect([hit?.def.label, hit?.match, hit?.trimmed]).toEqual([label, match, undefined]);
  });

  it("sets aside a trailing note in brackets or stray punctuation, and says so", () => {
    expect(p2015.level1("产出指标（50分）")).toMatchObject({ match: "exact", trimmed: true });
    expect(p2015.level1("产出指标：")?.def.label).toBe("产出指标");
    expect(p2015.level1("数量（50分）")).toBeNull();
    expect(p2015.level1("（50分）")).toBeNull();
  });

  it("knows 成本指标 as a level 1 only in 2021", () => {
    expect(p2015.level1("成本指标")).toBeNull();
    expect(p2021.level1("成本指标")?.def.role).toBe("cost");
  });
});

describe("ProfileIndex.level2", () => {
  it("prefers the group under the row's level 1 and marks a label from another as misplaced", () => {
    expect(p2015.level2(output2015, "数量指标")).toMatchObject({ misplaced: false, match: "exact" });
    expect(p2015.level2(effect2015, "数量指标")).toMatchObject({
      misplaced: true,
      parent: { label: "产出指标" },
    });
    expect(p2015.level2(null, "数量指标")?.misplaced).toBe(false);
  });

  it("reads synonyms and bare forms as variants", () => {
    expect(p2015.level2(effect2015, "环境效益指标")).toMatchObject({
      match: "variant",
      def: { label: "生态效益指标" },
    });
    expect(p2015.level2(null, "满意度指标")?.def.label).toBe("服务对象满意度指标");
    expect(p2015.level2(output2015, "质量")?.match).toBe("variant");
    expect(p2015.level2(output2015, "数量指标、")).toMatchObject({ match: "exact", trimmed: true });
  });

  it("does not know 成本指标 as a level 2 in 2021", () => {
    expect(p2021.level2(output2021, "成本指标")).toBeNull();
    expect(p2021.level2(null, "可持续影响指标")?.def.legacy).toBe(true);
  });
});

describe("ProfileIndex.isLevelLabel", () => {
  it.each(["生态效益指标", "可持续影响指标", "社会效益", "满意度指标", "生态效益指标。"])("%s is", (text) =>
    expect(p2015.isLevelLabel(text)).toBe(true),
  );
  it.each(["参会人员满意度", "会议次数", "", "生态效益指标评价"])("%j is not", (text) =>
    expect(p2015.isLevelLabel(text)).toBe(false),
  );
});

describe("nearest labels for typos", () => {
  it.each([
    ["产出指示", "产出指标"],
    ["效益指", "效益指标"],
    ["满意指标", "满意度指标"],
    ["产出指示（50分）", "产出指标"],
  ])("level 1: %s → %s", (typo, label) => expect(p2015.nearestLevel1(typo)).toBe(label));

  it.each([
    [output2015, "质量指示", "质量指标"],
    [effect2015, "社会效应指标", "社会效益指标"],
    [null, "服务对象满意指标", "服务对象满意度指标"],
  ])("level 2: %s", (level1, typo, label) => expect(p2015.nearestLevel2(level1, typo)).toBe(label));

  it("gives nothing when two groups are equally near, or the label is another word", () => {
    // 成效 is one edit from both 成本 and 时效.
    expect(p2015.nearestLevel2(output2015, "成效指标")).toBeNull();
    // Two changed characters in six: 经济成本 is not 经济效益.
    expect(p2015.nearestLevel2(null, "经济成本指标")).toBeNull();
    expect(p2015.nearestLevel2(output2015, "数理")).toBeNull();
    expect(p2015.nearestLevel1("")).toBeNull();
  });

  it("looks only under the row's level 1 when it is known", () => {
    expect(p2015.nearestLevel2(output2015, "社会效应指标")).toBeNull();
  });

  it("nearest() applies the same measure to a caller's candidates", () => {
    expect(p2015.nearest("质量指示", ["数量指标", "质量指标"])).toBe("质量指标");
    expect(p2015.nearest("经济成本指标", ["经济效益指标"])).toBeNull();
  });
});

describe("ProfileIndex.level1ByRole", () => {
  it("finds 成本指标 in 2021 and nothing in 2015", () => {
    expect(p2021.level1ByRole("cost")?.label).toBe("成本指标");
    expect(p2015.level1ByRole("cost")).toBeNull();
    expect(p2015.level1ByRole("satisfaction")?.label).toBe("满意度指标");
  });
});

describe("a custom profile", () => {
  it("lists the satisfaction level 2 under 效益 when a province does so", () => {
    const input = structuredClone(BUILTIN_PROFILE_INPUTS["2015"]);
    input.level1[1].level2.push({ label: "满意度指标", role: "satisfaction" });
    const index = new ProfileIndex(ProfileSchema.parse(input));
    const effect = index.level1("效益指标")!.def;
    expect(index.level2(effect, "满意度指标")).toMatchObject({ misplaced: false, match: "exact" });
  });
});

describe("editDistance", () => {
  it("counts code points", () => {
    expect(editDistance("质量指示", "质量指标")).toBe(1);
    expect(editDistance("", "ab")).toBe(2);
    expect(editDistance("𠀀a", "a")).toBe(1);
  });
});
