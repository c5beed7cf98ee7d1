/** Typing search over the library: characters, aliases, pinyin initials; the best first. */
import { LIBRARY_ENTRIES } from "../../../src/core/library/library-data";
import { LibraryIndex, normaliseQuery } from "../../../src/core/library/search";
import type { LibraryEntry } from "../../../src/core/library/schema";

const index = new LibraryIndex(LIBRARY_ENTRIES);
const names = (query: string, limit = 10) => index.search(query, limit).map((hit) => hit.entry.name);

function entry(name: string, extra: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id: "x",
    name,
    aliases: [],
    placements: {},
    kind: "count",
    comparator: "≥",
    unit: "人次",
    description: "",
    basis: [],
    targets: [],
    qualitative: [],
    sectors: ["other"],
    sources: [{ kind: "seed", id: "t.csv", line: 2, item: "t", year: 2022, province: "" }],
    initials: [""],
    ...extra,
  };
}

test("a name's start ranks above its middle, above an alias, above characters in order", () => {
  const small = new LibraryIndex([
    entry("参训人员满意度", { initials: ["cxrymyd"] }),
    entry("年度培训人次", { initials: ["ndpxrc"] }),
    entry("培训人次", { initials: ["pxrc"] }),
    entry("培训覆盖人数", { initials: ["pxfgrs"], aliases: ["受培训人数"] }),
    entry("培养训练人数", { initials: ["pyxlrs"] }),
  ]);
  expect(small.search("培训人").map((h) => [h.entry.name, h.score])).toEqual([
    ["培训人次", 5],
    ["年度培训人次", 4],
    ["培训覆盖人数", 3],
    ["培养训练人数", 1],
  ]);
  expect(small.search("pxrc").map((h) => h.entry.name)).toEqual(["培训人次", "年度培训人次"]);
  expect(small.search("PXRC").map((h) => h.entry.name)).toEqual(["培训人次", "年度培训人次"]);
  expect(small.search("  ")).toEqual([]);
});

test("on the real library: 培训人 finds the training indicators, 满意度 the satisfaction ones first", () => {
  expect(names("培训人", 5).every((name) => name.includes("培训") && name.includes("人"))).toBe(true);
  expect(names("满意度", 3)[0]).toBe("满意度");
  expect(names("会议").some((name) => name.includes("会议"))).toBe(true);
  expect(names("ztbpxrc")).toContain("主体班培训人次");
});

test("normalises full-width letters and spaces as the index does", () => {
  expect(normaliseQuery(" ＰＸ rc ")).toBe("pxrc");
});

test("the character index loses no match: the same hits as scoring every entry, for 600 queries", () => {
  const queries: string[] = [];
  LIBRARY_ENTRIES.forEach((e, i) => {
    if (i % 2 === 0) queries.push(e.name.slice(i % 3, (i % 3) + 1 + (i % 4)));
    else queries.push(e.initials[0].slice(i % 2, 2 + (i % 3)));
    if (queries.length % 7 === 0) queries.push(`${e.name[0]}${e.name[e.name.length - 1]}`);
  });
  for (const query of queries.slice(0, 600)) {
    const fast = index.search(query, 1000).map((h) => `${h.entry.id}:${h.score}`);
    const every = index.search(query, 1000, { everyEntry: true }).map((h) => `${h.entry.id}:${h.score}`);
    expect([query, fast]).toEqual([query, every]);
  }
});
