/** An organisation's own indicators (its catalogue's rows) in the library, their source the catalogue. */
import { LIBRARY_ENTRIES } from "../../../src/core/library/library-data";
import { LibrarySchema } from "../../../src/core/library/schema";
import { LibraryIndex } from "../../../src/core/library/search";
import { libraryFromCatalogue, mergeLibraries } from "../../../src/core/library/user-library";
import { readCatalogueJson } from "../../../src/core/templates/index";

const own = readCatalogueJson({
  templates: [
    {
      name: "档案数字化费",
      rows: [
        {
          level1: "产出指标",
          level2: "数量指标",
          name: "数字化档案卷数",
          value: "≥2000卷",
          basis: "计划标准",
        },
        { level1: "满意度指标", level2: "服务对象满意度指标", name: "服务对象满意度", value: "≥90%" },
      ],
    },
  ],
}).catalogue;

test("each row is an entry naming the catalogue; one the built-in library holds is merged, both sources kept", () => {
  const entries = libraryFromCatalogue(own, "本单位模板.json");
  expect(entries.map((e) => [e.name, e.kind, e.sources[0]])).toEqual([
    [
      "数字化档案卷数",
      "count",
      {
        kind: "organisation",
        id: "本单位模板.json",
        line: 1,
        item: "档案数字化费",
        year: null,
        province: "",
      },
    ],
    [
      "服务对象满意度",
      "satisfaction",
      {
        kind: "organisation",
        id: "本单位模板.json",
        line: 2,
        item: "档案数字化费",
        year: null,
        province: "",
      },
    ],
  ]);
  const merged = mergeLibraries(LIBRARY_ENTRIES, entries);
  expect(() => LibrarySchema.parse({ entries: merged })).not.toThrow();
  expect(merged).toHaveLength(LIBRARY_ENTRIES.length + 1);
  const satisfaction = merged.find((e) => e.name === "服务对象满意度")!;
  const builtin = LIBRARY_ENTRIES.find((e) => e.name === "服务对象满意度")!;
  expect(satisfaction.sources[0].kind).toBe("organisation");
  expect(satisfaction.sources.length).toBe(builtin.sources.length + 1);
  expect(satisfaction.targets[0]).toMatchObject({ comparator: "≥", unit: "%", min: 90 });
  expect(new LibraryIndex(merged).search("档案").map((h) => h.entry.name)).toEqual(["数字化档案卷数"]);
});
