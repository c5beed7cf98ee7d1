/**
 * Builds the indicator library (src/core/library/library-data.ts) from the published tables we hold:
 * the judgement corpus (test/corpus/tables, each with its source) and the seed's eight tables
 * (test/fixtures/seed-tables). Every 三级指标 the engine reads there becomes an occurrence; occurrences of
 * the same name (spaces and width aside) are one entry, with every source. Kinds and sectors are read
 * off the table (its level groups, its parsed value, words of its title); nothing else is ours.
 *
 *   node -r ./scripts/ts-register.js scripts/build-library.ts          # writes the data file
 *   node -r ./scripts/ts-register.js scripts/build-library.ts --check  # fails when it is out of date
 *
 * Pinyin initials come from pinyin-pro (a development dependency: the data ships with them computed).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pinyin } from "pinyin-pro";
import { findTables } from "../src/core/detect/find-tables";
import type { Grid } from "../src/core/grid";
import { profileFor } from "../src/core/lint";
import { fingerprint } from "../src/core/marks";
import { COMPARATOR_SYMBOL, type IndicatorRow, type Table } from "../src/core/model";
import { BUILTIN_PROFILES } from "../src/core/profiles/builtin";
import type { Profile } from "../src/core/profiles/schema";
import {
  LibrarySchema,
  type IndicatorKind,
  type LibraryEntry,
  type LibrarySource,
  type Sector,
  type TargetRange,
} from "../src/core/library/schema";
import { placeInProfile, indexOf } from "../src/core/templates/placement";
import { loadCorpus } from "../test/corpus/load-corpus";
import { loadSeedTables } from "../test/helpers/seed";

const ROOT = path.join(__dirname, "..");
export const LIBRARY_FILE = path.join(ROOT, "src", "core", "library", "library-data.ts");

interface Occurrence {
  name: string;
  row: IndicatorRow;
  table: Table;
  profile: Profile;
  source: LibrarySource;
  title: string;
}

/** Words of a table's title (its project or funding item) that say which sector it is in; first match wins. */
const SECTOR_WORDS: readonly [Sector, RegExp][] = [
  ["congress-cppcc", /人大|政协|代表|委员|立法|视察议政|常委会/],
  ["party", /党建|党员|党校|组织部|宣传部|统战|纪检|党委|党组|党费/],
  ["education", /教育|学校|学生|教师|助学|学前|幼儿|义务教育|高中|职业教育|校园|课后/],
  ["health", /卫生|医疗|医院|疾控|健康|防疫|疫苗|计生|中医|妇幼|公共卫生/],
  [
    "agriculture",
    /农业|农村|农田|乡村|种植|养殖|畜牧|林业|林草|水利|渔业|粮食|储备粮|耕地|扶贫|衔接|振兴|农机|水产|防汛|灌溉/,
  ],
  ["civil-affairs", /民政|养老|救助|低保|残疾|殡葬|社会福利|儿童|优抚|退役军人|老年|高龄|社区/],
  ["transport", /交通|公路|道路|客运|运输|航道|桥梁|公交|农村公路/],
  ["urban", /城市|城管|市政|环卫|环境卫生|园林|绿化|路灯|垃圾|供水|排水|燃气|物业|暖通|供暖|雾炮/],
  ["environment", /环保|生态环境|污染|大气|水环境|再生资源|节能|碳/],
  ["culture-tourism", /文化|旅游|文物|博物馆|图书馆|体育|广电|非遗|演出|文艺/],
  ["science", /科技|科学|研发|创新|特派员|专利|科普/],
  ["security-justice", /公安|司法|法院|检察|执法|监狱|禁毒|消防|应急|安全生产|法律援助|综治|政法/],
  ["it", /信息化|信息系统|网络|专网|数据|软件|平台|系统运维|电子政务|智慧/],
  ["construction", /建设|工程|改造|修缮|维修|新建|基建|装修/],
  ["subsidies", /补贴|补助|津贴|奖励|资助|抚恤|救济|助学金/],
  ["services", /购买服务|委托|服务项目|外包|咨询|审计|评估|培训/],
  ["administration", /会议|接待|招待|办公|差旅|公务|业务费|运行|日常|机关/],
];

function sectorsOf(title: string): Sector[] {
  const found = SECTOR_WORDS.filter(([, words]) => words.test(title)).map(([sector]) => sector);
  return found.length > 0 ? found.slice(0, 2) : ["other"];
}

/** The indicator's name as the key of its entry: spaces out, full-width letters and digits folded. */
function keyOf(name: string): string {
  return name
    .replace(/\s+/g, "")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")");
}

function kindOf(occurrence: Occurrence): IndicatorKind {
  const { row, profile } = occurrence;
  const index = indexOf(profile);
  const l1 = row.level1 ? index.level1(row.level1.label)?.def : undefined;
  const l2 = row.level2 ? index.level2(l1 ?? null, row.level2.label)?.def : undefined;
  const parsed = row.parsed;
  if (l1?.role === "satisfaction" || l2?.role === "satisfaction" || /满意/.test(occurrence.name))
    return "satisfaction";
  const unit = parsed.kind === "quantity" || parsed.kind === "range" ? parsed.unit : null;
  if (l2?.role === "cost" || l1?.role === "cost" || unit?.unitClass === "money") return "cost";
  if (parsed.kind === "date" || parsed.kind === "period" || l2?.role === "timeliness") return "deadline";
  if (unit?.unitClass === "ratio") return "rate";
  if (parsed.kind === "quantity" || parsed.kind === "range") return "count";
  if (parsed.kind === "qualitative") return "qualitative";
  return "other";
}

function initialsOf(text: string): string {
  const letters = pinyin(text, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" });
  return letters
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function mostFrequent<T>(values: readonly T[], key: (value: T) => string = String): T[] {
  const counts = new Map<string, { value: T; count: number; first: number }>();
  values.forEach((value, i) => {
    const k = key(value);
    const seen = counts.get(k);
    if (seen) seen.count += 1;
    else counts.set(k, { value, count: 1, first: i });
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((c) => c.value);
}

function occurrencesOf(
  table: Table,
  source: (row: IndicatorRow) => LibrarySource,
  title: string,
): Occurrence[] {
  const profile = profileFor(table, "auto");
  return table.rows.flatMap((row) => {
    const name = row.level3?.text.trim() ?? "";
    if (row.placeholder || row.heading || name === "" || name.length > 60) return [];
    return [{ name, row, table, profile, source: source(row), title }];
  });
}

function collect(): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const entry of loadCorpus()) {
    const grid: Grid = {
      sheet: entry.id,
      values: entry.records.map((record) => record.map((cell) => (cell === "" ? null : cell))),
      merges: [],
      origin: { row: 0, col: 0 },
    };
    for (const table of findTables([grid])) {
      occurrences.push(
        ...occurrencesOf(
          table,
          (row) => ({
            kind: "corpus",
            id: entry.id,
            line: row.row + 1,
            item: entry.title,
            year: entry.year,
            province: entry.province,
          }),
          entry.title,
        ),
      );
    }
  }
  for (const seed of loadSeedTables()) {
    const grid: Grid = {
      sheet: seed.file,
      values: [seed.header, ...seed.body].map((record) => record.map((cell) => (cell === "" ? null : cell))),
      merges: [],
      origin: { row: 0, col: 0 },
    };
    const year = Number(/(20\d\d)年/.exec(seed.title)?.[1]) || null;
    for (const table of findTables([grid])) {
      occurrences.push(
        ...occurrencesOf(
          table,
          (row) => ({ kind: "seed", id: seed.file, line: row.row + 1, item: seed.title, year, province: "" }),
          seed.title,
        ),
      );
    }
  }
  return occurrences;
}

function placementsOf(group: readonly Occurrence[]): LibraryEntry["placements"] {
  const placements: LibraryEntry["placements"] = {};
  for (const id of ["2015", "2021"] as const) {
    const placed = group.flatMap((o) => {
      if (!o.row.level1 || !o.row.level2) return [];
      const at = placeInProfile(o.row.level1.label, o.row.level2.label, BUILTIN_PROFILES[id]);
      return at ? [at] : [];
    });
    const [best] = mostFrequent(placed, (p) => `${p.level1}/${p.level2}`);
    if (best) placements[id] = { level1: best.level1, level2: best.level2 };
  }
  return placements;
}

function targetsOf(group: readonly Occurrence[]): { targets: TargetRange[]; qualitative: string[] } {
  const ranges = new Map<string, TargetRange>();
  const qualitative: string[] = [];
  for (const { row } of group) {
    const parsed = row.parsed;
    if (parsed.kind === "quantity" && parsed.comparator) {
      const comparator = COMPARATOR_SYMBOL[parsed.comparator] as TargetRange["comparator"];
      const unit = parsed.unit?.canonical ?? parsed.unit?.text ?? "";
      const key = `${comparator}|${unit}`;
      const range = ranges.get(key);
      if (range) {
        range.min = Math.min(range.min, parsed.number);
        range.max = Math.max(range.max, parsed.number);
        range.count += 1;
      } else ranges.set(key, { comparator, unit, min: parsed.number, max: parsed.number, count: 1 });
    } else if (parsed.kind === "qualitative" && parsed.text.trim() !== "") {
      qualitative.push(parsed.text.trim());
    }
  }
  return {
    targets: [...ranges.values()].sort((a, b) => b.count - a.count),
    qualitative: mostFrequent(qualitative).slice(0, 5),
  };
}

export function buildLibrary(): LibraryEntry[] {
  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of collect()) {
    const key = keyOf(occurrence.name);
    groups.set(key, [...(groups.get(key) ?? []), occurrence]);
  }
  const entries: LibraryEntry[] = [];
  for (const group of groups.values()) {
    const [name, ...aliases] = mostFrequent(group.map((o) => o.name));
    const kinds = mostFrequent(group.map(kindOf));
    const quantities = group.flatMap((o) => (o.row.parsed.kind === "quantity" ? [o.row.parsed] : []));
    const [usual] = mostFrequent(
      quantities,
      (q) => `${q.comparator}|${q.unit?.canonical ?? q.unit?.text ?? ""}`,
    );
    const { targets, qualitative } = targetsOf(group);
    entries.push({
      id: fingerprint(keyOf(name)),
      name,
      aliases,
      placements: placementsOf(group),
      kind: kinds[0],
      comparator: usual?.comparator ? COMPARATOR_SYMBOL[usual.comparator] : "",
      unit: usual?.unit?.canonical ?? usual?.unit?.text ?? "",
      description:
        mostFrequent(group.map((o) => o.row.description?.text.trim() ?? "").filter((d) => d !== ""))[0] ?? "",
      basis: mostFrequent(group.map((o) => o.row.basis?.text.trim() ?? "").filter((b) => b !== "")).slice(
        0,
        3,
      ),
      targets,
      qualitative,
      sectors: mostFrequent(group.flatMap((o) => sectorsOf(o.title))).slice(0, 3),
      sources: group.map((o) => o.source),
      initials: [...new Set([name, ...aliases].map(initialsOf))],
    });
  }
  entries.sort(
    (a, b) => b.sources.length - a.sources.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return LibrarySchema.parse({ entries }).entries;
}

export function libraryModule(entries: readonly LibraryEntry[]): string {
  return [
    "// Generated by scripts/build-library.ts from test/corpus/tables and test/fixtures/seed-tables:",
    "// do not edit; run `npm run library` after changing a table. (Each entry names its sources.)",
    'import type { LibraryEntry } from "./schema";',
    "",
    `export const LIBRARY_ENTRIES: readonly LibraryEntry[] = ${JSON.stringify(entries, null, 1)};`,
    "",
  ].join("\n");
}

if (require.main === module) {
  const text = libraryModule(buildLibrary());
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(LIBRARY_FILE) ? fs.readFileSync(LIBRARY_FILE, "utf8") : "";
    if (current !== text) {
      console.error(`${path.relative(ROOT, LIBRARY_FILE)} is out of date: run npm run library`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(LIBRARY_FILE, text);
    console.log(`${path.relative(ROOT, LIBRARY_FILE)}: ${buildLibrary().length} entries`);
  }
}
