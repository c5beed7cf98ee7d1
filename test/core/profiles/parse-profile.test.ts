import { BUILTIN_PROFILE_INPUTS, BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import { parseProfile, ProfileSchema } from "../../../src/core/profiles/schema";

const base = () => structuredClone(BUILTIN_PROFILE_INPUTS["2015"]) as Record<string, unknown>;

describe("parseProfile", () => {
  it("reads the built-in profiles' data and fills defaults", () => {
    const result = parseProfile({ id: "mine", name: { zh: "本单位", en: "Ours" }, level1: base().level1 });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.profile.satisfactionFloor).toBe(85);
      expect(result.profile.basis).toEqual({ categories: [], requireCategory: false });
    }
  });

  it.each([
    ["not an object", "profile.json", "(top)"],
    [
      "a bad role",
      {
        ...base(),
        level1: [{ label: "产出指标", role: "outputs", level2: [{ label: "数量指标", role: "quantity" }] }],
      },
      "level1[0].role",
    ],
    [
      "an empty label",
      {
        ...base(),
        level1: [{ label: " ", role: "output", level2: [{ label: "数量指标", role: "quantity" }] }],
      },
      "level1[0].label",
    ],
    [
      "a level 1 without level 2",
      { ...base(), level1: [{ label: "产出指标", role: "output", level2: [] }] },
      "level1[0].level2",
    ],
    ["a floor above 100", { ...base(), satisfactionFloor: 120 }, "satisfactionFloor"],
    [
      "an unknown severity",
      { ...base(), severities: { "goal-missing": "fatal" } },
      "severities.goal-missing",
    ],
    [
      "an expected level 2 that is not listed",
      {
        ...base(),
        level1: [
          {
            label: "产出指标",
            role: "output",
            expectedLevel2: ["质量指标"],
            level2: [{ label: "数量指标", role: "quantity" }],
          },
        ],
      },
      "level1[0].expectedLevel2",
    ],
  ])("names where the problem is: %s", (_name, input, where) => {
    const result = parseProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(`${where}: `)).toBe(true);
  });

  it("gives one message naming every problem", () => {
    const result = parseProfile({ ...base(), id: "", satisfactionFloor: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain("id: ");
      expect(result.error).toContain("satisfactionFloor: ");
      expect(result.error.split("; ")).toHaveLength(2);
    }
  });

  it("reports a label listed twice", () => {
    const input = base();
    const level1 = input.level1 as { label: string }[];
    level1[1].label = "产出指标";
    const result = parseProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^level1\[1\]\.label: .*产出指标/);
  });
});

describe("the built-in profiles", () => {
  it.each(["2015", "2021"] as const)("%s is exactly what the schema makes of its data", (id) => {
    const parsed = ProfileSchema.parse(BUILTIN_PROFILE_INPUTS[id]);
    expect(BUILTIN_PROFILES[id]).toEqual(parsed);
    expect(Object.keys(BUILTIN_PROFILES[id])).toEqual(Object.keys(parsed));
  });
});
