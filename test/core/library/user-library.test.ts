/** An organisation's own indicators (its catalogue's rows) in the library, their source the catalogue. */
import { LIBRARY_ENTRIES } from "../../../src/core/library/library-data";
import { LibrarySchema } from "../../../src/core/library/schema";
import { LibraryIndex } from "../../../src/core/library/search";
import { libraryFromCatalogue, libraryWithOwn, mergeLibraries } from "../../../src/core/library/user-library";
import { readCatalogueJson, readLibrarySheet } from "../../../src/core/templates/index";
import { findTables } from "../../../src/core/detect/find-tables";
import type { Grid } from "../../../src/core/grid";

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

describe("an organisation's 指标库 sheet", () => {
  const sheet: Grid = {
    sheet: "指标库",
    values: [
      ["本单位常用绩效指标"],
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "档案数字化页数", "全年完成数字化的页数", "≥20000页", "计划标准"],
      [null, "质量指标", "数字化验收合格率", "验收合格的页数/数字化页数", "≥98%", "行业标准"],
      ["满意度指标", "服务对象满意度指标", "查档人员满意度", "查档人员对服务的满意程度", "≥90%", "计划标准"],
      [null, null, "", null, "≥95%", null],
    ],
    merges: [],
    origin: { row: 0, col: 0 },
  };

  test("is one list of indicators, read without a 项目 column; a row it cannot use is a problem naming the row", () => {
    const { catalogue, problems } = readLibrarySheet(sheet);
    expect(catalogue.templates.map((t) => t.name)).toEqual(["指标库"]);
    expect(
      catalogue.templates[0].rows.map((r) => [r.level1, r.level2, r.name, r.comparator, r.value, r.unit]),
    ).toEqual([
      ["产出指标", "数量指标", "档案数字化页数", "≥", 20000, "页"],
      ["产出指标", "质量指标", "数字化验收合格率", "≥", 98, "%"],
      ["满意度指标", "服务对象满意度指标", "查档人员满意度", "≥", 90, "%"],
    ]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([[6, expect.any(String)]]);
  });

  test("joins the library after the 指标模板 catalogue, each entry naming its sheet; it is not a table to check", () => {
    const library = readLibrarySheet(sheet).catalogue;
    const entries = libraryWithOwn(LIBRARY_ENTRIES, { catalogue: own, library });
    expect(() => LibrarySchema.parse({ entries })).not.toThrow();
    const found = new LibraryIndex(entries)
      .search("数字化")
      .map((h) => [h.entry.name, h.entry.sources[0].id]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["档案数字化页数", "指标库"],
        ["数字化档案卷数", "指标模板"],
        ["数字化验收合格率", "指标库"],
      ]),
    );
    expect(findTables([sheet])).toEqual([]);
  });
});
