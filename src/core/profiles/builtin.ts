/**
 * The two frameworks built in (DOMAIN §2): `2015` — 财预〔2015〕88号 and its common 申报表, which
 * the seed follows; `2021` — 财预〔2021〕101号 指引, with 成本 promoted to level 1.
 */
import type { Profile, ProfileInput } from "./schema";

type Level1Input = ProfileInput["level1"][number];
type Level2Input = Level1Input["level2"][number];

const BASIS_CATEGORIES = ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"];

// 可持续影响指标 as some forms spell it (临海 2024: 可持续性发展影响指标).
const SUSTAINABILITY_VARIANTS = ["可持续性发展影响指标", "可持续发展影响指标"];

function effectLevel2(): Level2Input[] {
  return [
    { label: "经济效益指标", role: "economic" },
    { label: "社会效益指标", role: "social" },
    // Older templates say 环境效益 for what both frameworks call 生态效益.
    { label: "生态效益指标", role: "ecological", synonyms: ["环境效益指标", "生态环境效益指标"] },
  ];
}

function outputLevel1(extra: Level2Input[]): Level1Input {
  return {
    label: "产出指标",
    role: "output",
    required: true,
    // 东莞's 批复表 of 2019 (预期产出指标 | 效果指标 | 预算(或投资规模)控制指标); older Sichuan forms
    // (项目完成指标 | 项目效益指标: 大英 2019, 昭化 2021).
    synonyms: ["预期产出指标", "项目完成指标"],
    expectedLevel2: ["数量指标", "质量指标"],
    level2: [
      { label: "数量指标", role: "quantity" },
      { label: "质量指标", role: "quality" },
      { label: "时效指标", role: "timeliness" },
      ...extra,
    ],
  };
}

function satisfactionLevel1(): Level1Input {
  return {
    label: "满意度指标",
    role: "satisfaction",
    required: true,
    level2: [
      {
        label: "服务对象满意度指标",
        role: "satisfaction",
        synonyms: [
          "社会公众或服务对象满意度指标",
          "满意度指标",
          "服务对象满意度",
          "社会公众满意度指标",
          // 临海 2024
          "服务对象或受益者满意度指标",
        ],
        // Older common forms (and e.g. Hunan's 申报表 of 2023) list it inside 效益指标.
        alsoUnder: ["效益指标"],
      },
    ],
  };
}

const profile2015: ProfileInput = {
  id: "2015",
  name: { zh: "财预〔2015〕88号（项目支出绩效目标申报表）", en: "MoF 2015 No. 88 (project target form)" },
  level1: [
    // 88号 keeps cost as a level 2 of output.
    outputLevel1([
      { label: "成本指标", role: "cost", synonyms: ["预算控制指标", "预算(或投资规模)控制指标"] },
    ]),
    {
      label: "效益指标",
      role: "effect",
      required: true,
      synonyms: ["效果指标", "项目效益指标"],
      level2: [
        ...effectLevel2(),
        { label: "可持续影响指标", role: "sustainability", synonyms: SUSTAINABILITY_VARIANTS },
      ],
    },
    satisfactionLevel1(),
  ],
  basis: { categories: BASIS_CATEGORIES, requireCategory: false },
  satisfactionFloor: 85,
};

const profile2021: ProfileInput = {
  id: "2021",
  name: {
    zh: "财预〔2021〕101号（核心绩效目标和指标设置指引）",
    en: "MoF 2021 No. 101 (core indicator guide)",
  },
  level1: [
    {
      label: "成本指标",
      role: "cost",
      required: true,
      level2: [
        { label: "经济成本指标", role: "cost" },
        // Possible negative effects, not necessarily money (101号): not held to the money rules.
        { label: "社会成本指标", role: "sideCost" },
        { label: "生态环境成本指标", role: "sideCost", synonyms: ["生态成本指标", "环境成本指标"] },
      ],
    },
    outputLevel1([]),
    {
      label: "效益指标",
      role: "effect",
      required: true,
      synonyms: ["效果指标", "项目效益指标"],
      // 101号 drops 可持续影响; tables written to the old form still use it.
      level2: [
        ...effectLevel2(),
        { label: "可持续影响指标", role: "sustainability", legacy: true, synonyms: SUSTAINABILITY_VARIANTS },
      ],
    },
    satisfactionLevel1(),
  ],
  basis: { categories: BASIS_CATEGORIES, requireCategory: false },
  satisfactionFloor: 85,
};

export type BuiltinProfileId = "2015" | "2021";

/** The raw data of the built-in profiles: a starting point for an organisation's own file. */
export const BUILTIN_PROFILE_INPUTS: Readonly<Record<BuiltinProfileId, ProfileInput>> = {
  "2015": profile2015,
  "2021": profile2021,
};

/**
 * The built-in profiles with the schema's defaults filled in. Not parsed with zod at load time:
 * the data is ours and type-checked, and the command line then never loads zod for a plain check
 * (about a tenth of its start-up). A test holds this to ProfileSchema.parse of the same data.
 */
export const BUILTIN_PROFILES: Readonly<Record<BuiltinProfileId, Profile>> = {
  "2015": withDefaults(profile2015),
  "2021": withDefaults(profile2021),
};

function withDefaults(input: ProfileInput): Profile {
  return {
    id: input.id,
    name: { ...input.name },
    level1: input.level1.map((level1) => ({
      label: level1.label,
      role: level1.role,
      synonyms: [...(level1.synonyms ?? [])],
      required: level1.required ?? false,
      expectedLevel2: [...(level1.expectedLevel2 ?? [])],
      level2: level1.level2.map((level2) => ({
        label: level2.label,
        role: level2.role,
        synonyms: [...(level2.synonyms ?? [])],
        legacy: level2.legacy ?? false,
        alsoUnder: [...(level2.alsoUnder ?? [])],
      })),
    })),
    basis: {
      categories: [...(input.basis?.categories ?? [])],
      requireCategory: input.basis?.requireCategory ?? false,
    },
    satisfactionFloor: input.satisfactionFloor ?? 85,
    severities: { ...(input.severities ?? {}) },
  };
}
