import { BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import { ProfileIndex } from "../../../src/core/profiles/profile-index";
import { parseValue } from "../../../src/core/parse/parse-value";
import { classifyName } from "../../../src/core/classify";
import {
  BUILTIN_CATALOGUE,
  BUILTIN_TEMPLATE_INPUTS,
  defaultGoal,
  findTemplate,
} from "../../../src/core/templates/catalogue";
import { placeRow, templateRows } from "../../../src/core/templates/placement";
import {
  CatalogueSchema,
  nameKey,
  normaliseRowInput,
  TemplateRowSchema,
  type Template,
} from "../../../src/core/templates/schema";
import { loadSeedTables } from "../../helpers/seed";
import { LIBRARY_TEMPLATE_INPUTS } from "../../../src/core/templates/library-templates";
import { LIBRARY_ENTRIES } from "../../../src/core/library/library-data";
import type { LibraryEntry } from "../../../src/core/library/schema";
import { loadCorpus } from "../../corpus/load-corpus";

const SEED_ITEMS = [
  "会议费",
  "培训费",
  "人大专网维护费",
  "视察议政业务费",
  "业务费",
  "招待费",
  "执法检查费",
  "人大立法经费",
];
const COMMON_ITEMS = [
  "差旅费",
  "印刷费",
  "设备购置",
  "信息系统运维",
  "物业管理",
  "课题研究",
  "宣传",
  "公务用车运行",
];
const PROFILES = ["2015", "2021"] as const;
const templates = BUILTIN_CATALOGUE.templates;
const FROM_TABLES = new Set(LIBRARY_TEMPLATE_INPUTS.map((t) => t.id));

describe("the built-in catalogue", () => {
  it("is valid data under its own schema", () => {
    expect(CatalogueSchema.safeParse({ templates: BUILTIN_TEMPLATE_INPUTS }).success).toBe(true);
  });

  it("holds the seed's eight items, the eight common items of DOMAIN §6, then the items of published tables", () => {
    expect(templates.map((t) => t.name)).toEqual([
      ...SEED_ITEMS,
      ...COMMON_ITEMS,
      ...LIBRARY_TEMPLATE_INPUTS.map((t) => t.name),
    ]);
    expect(LIBRARY_TEMPLATE_INPUTS.length).toBeGreaterThanOrEqual(16);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) expect(t.id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it("finds every seed table's item from its title's funding item", () => {
    for (const seed of loadSeedTables())
      expect(findTemplate(BUILTIN_CATALOGUE, seed.fundingItem)?.name).toBe(seed.fundingItem);
  });

  it.each([
    ["专网维护费", "人大专网维护费"],
    ["信息网络维护费", "人大专网维护费"],
    ["meeting", "会议费"],
    [" 会议 费 ", "会议费"],
    ["公务接待费", "招待费"],
    ["机关会议费", "会议费"],
    ["2023年视察议政业务费", "视察议政业务费"],
    ["物业费", "物业管理"],
    ["调研", "课题研究"],
    ["公务用车运行维护费", "公务用车运行"],
  ])("findTemplate(%s) → %s", (query, name) => {
    expect(findTemplate(BUILTIN_CATALOGUE, query)?.name).toBe(name);
  });

  it("finds nothing for an item it does not hold", () => {
    expect(findTemplate(BUILTIN_CATALOGUE, "基本建设")).toBeNull();
    expect(findTemplate(BUILTIN_CATALOGUE, "")).toBeNull();
  });

  it("gives every item a goal that is not a template placeholder", () => {
    for (const t of templates) {
      const goal = defaultGoal(t);
      expect(goal.length).toBeGreaterThan(20);
      expect(goal).not.toMatch(/目标内容/);
    }
  });

  describe.each(PROFILES)("in profile %s", (profileId) => {
    const profile = BUILTIN_PROFILES[profileId];
    const index = new ProfileIndex(profile);

    it.each(templates.map((t) => [t.name, t] as const))(
      "%s: every row is placed in a current group",
      (_name, t) => {
        const rows = templateRows(t, profileId);
        expect(rows.length).toBe(t.rows.filter((r) => !r.profiles || r.profiles.includes(profileId)).length);
        for (const row of rows) {
          const hit1 = index.level1(row.level1);
          const hit2 = index.level2(hit1?.def ?? null, row.level2);
          expect(hit1?.match).toBe("exact");
          expect(hit2?.misplaced).toBe(false);
          expect(hit2?.def.legacy).toBe(false);
        }
      },
    );

    it.each(templates.map((t) => [t.name, t] as const))(
      "%s: covers what a reviewer expects of a table",
      (_name, t) => {
        const rows = templateRows(t, profileId);
        const groups = new Set(rows.map((r) => `${r.level1}/${r.level2}`));
        expect(groups).toContain("产出指标/数量指标");
        expect(groups).toContain("产出指标/质量指标");
        expect(groups).toContain("产出指标/时效指标");
        expect(groups).toContain("满意度指标/服务对象满意度指标");
        expect(rows.some((r) => r.level1 === "效益指标")).toBe(true);
        if (profileId === "2021") expect(groups).toContain("成本指标/经济成本指标");
        else expect(groups).toContain("产出指标/成本指标");
      },
    );
  });

  it.each(templates.map((t) => [t.name, t] as const))(
    "%s: rows a reviewer accepts without comment",
    (_name, t: Template) => {
      // An item of published tables keeps what they wrote: a description that only repeats the name
      // (where no table gave one), the table's own basis for a cost, 服务对象满意度 as a name.
      const ours = !FROM_TABLES.has(t.id);
      const index2015 = new ProfileIndex(BUILTIN_PROFILES["2015"]);
      const index2021 = new ProfileIndex(BUILTIN_PROFILES["2021"]);
      for (const row of t.rows) {
        // no placeholder names, no task lists, no stray spaces or trailing punctuation
        // (服务对象满意度 names its own group, as official templates write it: the published tables may)
        const labelName = index2015.isLevelLabel(row.name) || index2021.isLevelLabel(row.name);
        expect(labelName && (ours || !classifyName(row.name).satisfaction)).toBe(false);
        expect(row.name).not.toMatch(/[、；;]/);
        for (const text of [row.name, row.description, row.basis, String(row.value)]) {
          expect(text).toBe(text.trim());
          expect(text).not.toMatch(/[\t\u3000]|[、，,；;：:]$/);
        }
        expect(row.description).not.toBe("");
        if (ours) expect(nameKey(row.description)).not.toBe(nameKey(row.name));
        expect(row.basis).not.toBe("");
        const kind = classifyName(row.name);
        const costGroup = row.level2 === "成本指标";
        if (costGroup) {
          expect(["≤", "＜"]).toContain(row.comparator);
          // a ceiling rests on a budget standard or last year's spending
          if (ours) expect([row.name, /^(预算支出标准|历史标准)/.test(row.basis)]).toEqual([row.name, true]);
        }
        if (kind.percent) expect(row.unit).toBe("%");
        if (kind.satisfaction) {
          expect(row.comparator).toBe("≥");
          expect(row.value).toBeGreaterThanOrEqual(90);
          expect(row.value).toBeLessThan(100);
        }
        if (row.comparator === "≥" && row.unit === "%") expect(row.value).toBeLessThan(100);
        if (row.level2 === "数量指标") expect(row.comparator).not.toBe("定性");
      }
    },
  );

  it("keeps the seed's numbers as defaults where the seed's row was sound", () => {
    const rowOf = (item: string, name: string) =>
      findTemplate(BUILTIN_CATALOGUE, item)!.rows.find((r) => r.name === name)!;
    expect(rowOf("会议费", "人均会议成本")).toMatchObject({ comparator: "≤", value: 450, unit: "元/人·天" });
    expect(rowOf("视察议政业务费", "订阅《中国人大》")).toMatchObject({
      comparator: "≥",
      value: 8000,
      unit: "本",
    });
    // mended: ≥5万元 on a cost becomes a ceiling; 20量 becomes 20辆; ≥100% satisfaction becomes ≥95%
    expect(rowOf("视察议政业务费", "杂志订阅费用")).toMatchObject({
      comparator: "≤",
      value: 5,
      unit: "万元",
    });
    expect(rowOf("业务费", "租赁汽车数量")).toMatchObject({ comparator: "≥", value: 20, unit: "辆" });
    expect(rowOf("招待费", "招待对象满意度")).toMatchObject({ comparator: "≥", value: 95, unit: "%" });
  });

  it("names last year's wording of a row as its alias, so tables that have it lack nothing", () => {
    const network = findTemplate(BUILTIN_CATALOGUE, "人大专网维护费")!;
    expect(network.rows.find((r) => r.name === "系统维护按时完成率")?.aliases).toContain(
      "系统安装/维护及时性",
    );
  });
});

describe("placement between the profiles", () => {
  const row = (level1: string, level2: string) =>
    TemplateRowSchema.parse(normaliseRowInput({ level1, level2, name: "x", value: "≤5万元" }));
  const place = (level1: string, level2: string, profileId: "2015" | "2021") =>
    placeRow(row(level1, level2), BUILTIN_PROFILES[profileId]);

  it.each([
    ["产出指标", "成本指标", "2021", "成本指标", "经济成本指标"],
    ["成本指标", "经济成本指标", "2015", "产出指标", "成本指标"],
    ["成本指标", "社会成本指标", "2015", "产出指标", "成本指标"],
    ["成本指标", "社会成本指标", "2021", "成本指标", "社会成本指标"],
    ["效益指标", "可持续影响指标", "2021", "效益指标", "社会效益指标"],
    ["效益指标", "可持续影响指标", "2015", "效益指标", "可持续影响指标"],
    ["效益指标", "环境效益指标", "2021", "效益指标", "生态效益指标"],
    ["产出", "数量", "2015", "产出指标", "数量指标"],
    ["满意度指标", "社会公众或服务对象满意度指标", "2021", "满意度指标", "服务对象满意度指标"],
  ])("%s/%s in %s → %s/%s", (l1, l2, profile, to1, to2) => {
    expect(place(l1, l2, profile as "2015" | "2021")).toEqual({ level1: to1, level2: to2 });
  });

  it("cannot place labels no profile knows", () => {
    expect(place("产出指标", "数量指示指标", "2015")).toBeNull();
    expect(place("投入指标", "资金指标", "2021")).toBeNull();
  });

  it("follows a row's own 2021 place and its profile list", () => {
    const operations = findTemplate(BUILTIN_CATALOGUE, "业务费")!;
    const years = (profile: "2015" | "2021") =>
      templateRows(operations, profile).find((r) => r.name === "设备使用年限");
    expect(years("2015")).toMatchObject({ level1: "效益指标", level2: "可持续影响指标" });
    expect(years("2021")).toMatchObject({ level1: "效益指标", level2: "经济效益指标" });
    const only2015 = { ...operations, rows: operations.rows.map((r) => ({ ...r, profiles: ["2015"] })) };
    expect(templateRows(only2015, "2021")).toEqual([]);
  });

  it("orders rows as the profile lists its groups: 成本 first in 2021", () => {
    const meeting = findTemplate(BUILTIN_CATALOGUE, "会议费")!;
    expect(templateRows(meeting, "2021")[0]).toMatchObject({ level1: "成本指标", name: "人均会议成本" });
    const level1s = (p: "2015" | "2021") => [...new Set(templateRows(meeting, p).map((r) => r.level1))];
    expect(level1s("2015")).toEqual(["产出指标", "效益指标", "满意度指标"]);
    expect(level1s("2021")).toEqual(["成本指标", "产出指标", "效益指标", "满意度指标"]);
  });
});

describe("row input", () => {
  it.each([
    [{ value: "≥95%" }, { comparator: "≥", value: 95, unit: "%" }],
    [{ value: ">=6次" }, { comparator: "≥", value: 6, unit: "次" }],
    [{ value: "不超过4万元" }, { comparator: "≤", value: 4, unit: "万元" }],
    [{ value: "按期完成" }, { comparator: "定性", value: "按期完成", unit: "" }],
    [{ value: "2022年12月31日前" }, { comparator: "定性", value: "2022年12月31日前", unit: "" }],
    [
      { comparator: ">=", value: "95", unit: "%" },
      { comparator: "≥", value: 95, unit: "%" },
    ],
    [
      { comparator: "定性", value: "合格" },
      { comparator: "定性", value: "合格", unit: "" },
    ],
  ])("%j reads as %j", (input, expected) => {
    const parsed = TemplateRowSchema.parse(
      normaliseRowInput({ level1: "产出指标", level2: "数量指标", name: "x", ...input }),
    );
    expect(parsed).toMatchObject(expected);
  });

  it.each([
    [{ value: "95%" }, "comparator"],
    [{ value: "≥≥5次" }, "comparator"],
    [{ comparator: "≥", value: "很多" }, "value"],
    [{ comparator: "定性", value: 5 }, "value"],
    [{ value: "≥20量" }, "unit"],
    [{ value: "≥5次", name: "" }, "name"],
  ])("%j is refused at %s", (input, field) => {
    const result = TemplateRowSchema.safeParse(
      normaliseRowInput({ level1: "产出指标", level2: "数量指标", name: "x", ...input }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it("reads every built-in value back with the value parser as written", () => {
    for (const t of templates) {
      for (const row of t.rows) {
        if (row.comparator === "定性") expect(parseValue(String(row.value)).kind).not.toBe("unreadable");
      }
    }
  });

  it("refuses two rows of one item with the same name", () => {
    const meeting = BUILTIN_TEMPLATE_INPUTS[0];
    const twice = { ...meeting, rows: [...meeting.rows, meeting.rows[0]] };
    expect(CatalogueSchema.safeParse({ templates: [twice] }).success).toBe(false);
  });

  it("refuses two items under one name", () => {
    const meeting = BUILTIN_TEMPLATE_INPUTS[0];
    const result = CatalogueSchema.safeParse({ templates: [meeting, { ...meeting, id: "other" }] });
    expect(result.success).toBe(false);
  });
});

describe("the catalogue's evidence (issue 16)", () => {
  const corpus = new Map(loadCorpus().map((entry) => [entry.id, entry]));
  const seeds = new Map(loadSeedTables().map((seed) => [seed.file, seed]));
  // By nameKey, which folds 满意度(%) and 满意度 together: every entry of a key is kept.
  const libraryNames = new Map<string, LibraryEntry[]>();
  for (const entry of LIBRARY_ENTRIES)
    for (const name of [entry.name, ...entry.aliases])
      libraryNames.set(nameKey(name), [...(libraryNames.get(nameKey(name)) ?? []), entry]);
  // DOMAIN §6's common items were written by us: no published table we hold has them.
  const sourced = templates.filter((t) => !COMMON_ITEMS.includes(t.name));

  it.each(sourced.map((t) => [t.name, t] as const))(
    "%s names the published tables it comes from, each one we hold",
    (_name, t) => {
      expect(t.sources.length).toBeGreaterThan(0);
      for (const source of t.sources) {
        const table = corpus.get(source.id) ?? seeds.get(source.id);
        expect([source.id, table !== undefined]).toEqual([source.id, true]);
        if (corpus.has(source.id)) expect(source.url).toBe(corpus.get(source.id)!.source.url);
      }
    },
  );

  it.each(sourced.map((t) => [t.name, t] as const))("%s: every row is a library indicator", (_name, t) => {
    for (const row of t.rows) {
      const entry = [row.name, ...row.aliases].map((n) => libraryNames.get(nameKey(n))).find(Boolean);
      expect([row.name, entry !== undefined]).toEqual([row.name, true]);
    }
  });

  it.each(LIBRARY_TEMPLATE_INPUTS.map((t) => [t.name, t] as const))(
    "%s: every row was seen in one of the tables the item names",
    (_name, t) => {
      const tables = new Set((t.sources ?? []).map((s) => s.id));
      for (const row of t.rows) {
        const entries = libraryNames.get(nameKey(row.name)) ?? [];
        const seen = entries.some((entry) => entry.sources.some((s) => tables.has(s.id)));
        expect([row.name, seen]).toEqual([row.name, true]);
      }
    },
  );

  it("the common items of DOMAIN §6 name no source: nothing published stands behind their rows", () => {
    for (const t of templates.filter((t) => COMMON_ITEMS.includes(t.name))) expect(t.sources).toEqual([]);
  });
});
