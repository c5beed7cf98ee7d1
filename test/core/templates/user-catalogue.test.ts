import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { BUILTIN_CATALOGUE, findTemplate } from "../../../src/core/templates/catalogue";
import { templateRows } from "../../../src/core/templates/placement";
import { planNewTable } from "../../../src/core/templates/plan";
import {
  findCatalogueSheet,
  mergeCatalogues,
  problemText,
  readCatalogueJson,
  readCatalogueSheet,
} from "../../../src/core/templates/user-catalogue";
import { lint } from "../../../src/core/lint";
import { applyAndDetect, blankBook } from "./helpers";

function sheet(rows: CellValue[][], name = "指标模板"): Grid {
  return {
    sheet: name,
    values: rows.map((r) => r.map((v) => (v === "" ? null : v))),
    merges: [],
    origin: { row: 0, col: 0 },
  };
}

const HEADER = ["项目", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];

describe("a 指标模板 sheet", () => {
  it("reads one item per 项目, carrying 项目 and level labels down blank cells", () => {
    const { catalogue, problems } = readCatalogueSheet(
      sheet([
        ["本单位标准指标（填写说明见第二页）"],
        HEADER,
        ["会议费", "产出指标", "数量指标", "召开局务会议次数", "全年召开局务会议的次数", "≥12次", "计划标准"],
        ["", "", "质量指标", "会议纪要印发率", "印发会议纪要的会议数/会议总数×100%", "＝100%", "计划标准"],
        ["", "", "时效指标", "会议纪要印发及时率", "会后3个工作日内印发纪要的比例", "≥95%", "计划标准"],
        ["", "", "成本指标", "人均会议成本", "会议费/参会人数/会期天数", "≤400元/人·天", "预算支出标准"],
        [
          "",
          "效益指标",
          "社会效益指标",
          "会议决定事项落实率",
          "按期落实的决定事项/决定事项总数×100%",
          "≥90%",
          "计划标准",
        ],
        [
          "",
          "满意度指标",
          "服务对象满意度指标",
          "参会人员满意度",
          "参会人员对会务的满意程度",
          "≥90%",
          "计划标准",
        ],
        [],
        [
          "档案数字化",
          "产出指标",
          "数量指标",
          "档案数字化页数",
          "完成数字化扫描的档案页数",
          "≥100000页",
          "计划标准",
        ],
        ["", "", "质量指标", "数字化质量合格率", "抽检合格页数/抽检页数×100%", "≥98%", "行业标准"],
      ]),
    );
    expect(problems).toEqual([]);
    expect(catalogue.templates.map((t) => [t.id, t.name, t.rows.length])).toEqual([
      ["会议费", "会议费", 6],
      ["档案数字化", "档案数字化", 2],
    ]);
    expect(catalogue.templates[0].rows[1]).toMatchObject({
      level1: "产出指标",
      level2: "质量指标",
      name: "会议纪要印发率",
      comparator: "＝",
      value: 100,
      unit: "%",
    });
    expect(catalogue.templates[0].rows[4]).toMatchObject({ level1: "效益指标", level2: "社会效益指标" });
  });

  it("reports each bad row with its sheet row number and keeps the good ones", () => {
    const { catalogue, problems } = readCatalogueSheet(
      sheet([
        HEADER,
        ["会议费", "产出指标", "数量指标", "召开会议次数", "全年召开会议次数", "≥12次", "计划标准"], // row 2
        ["", "", "数量指标", "", "没有名称的行", "≥1次", "计划标准"], // row 3
        ["", "", "质量指标", "会议出勤率", "出勤人数/应出勤人数", "95%", "计划标准"], // row 4
        ["", "", "质量指标", "会议纪要合格率", "合格纪要/纪要总数", "≥≥95%", "计划标准"], // row 5
        ["", "", "数量指标", "租车数量", "租车的辆数", "≥20量", "计划标准"], // row 6
        ["", "", "质量指示", "会议质量", "会议的质量", "优良", "计划标准"], // row 7
        ["", "", "数量指标", "召开会议次数", "又一行同名的", "≥10次", "计划标准"], // row 8
        ["", "", "时效指标", "会议按时召开率", "按时召开的比例", "", "计划标准"], // row 9
        ["", "产出指标", "数量指标", "参会人数", "参会人数", "≥100人", "计划标准"], // row 10: fine
        ["", "投入指标", "资金指标", "资金到位率", "到位资金/预算资金", "≥95%", "计划标准"], // row 11
        ["", "效益指标", "社会效益指标", "决定事项落实率", "落实的比例", "≥90%", "计划标准"], // row 12: fine
      ]),
    );
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [3, "noName"],
      [4, "noComparator"],
      [5, "badComparator"],
      [6, "unknownUnit"],
      [7, "unknownLevel"],
      [8, "duplicateName"],
      [9, "badValue"],
      [11, "unknownLevel"],
    ]);
    expect(problems.every((p) => p.sheet === "指标模板" && p.message !== "")).toBe(true);
    expect(problems.find((p) => p.row === 6)?.message).toContain("辆");
    expect(problems.find((p) => p.row === 7)?.message).toContain("质量指标");
    expect(problemText(problems[0], "en-US")).toBe("No indicator name (三级指标)");
    expect(catalogue.templates[0].rows.map((r) => r.name)).toEqual([
      "召开会议次数",
      "参会人数",
      "决定事项落实率",
    ]);
  });

  it("reads the split layout, aliases, a goal, row aliases and the frameworks a row is for", () => {
    const { catalogue, problems } = readCatalogueSheet(
      sheet([
        [
          "项目",
          "别名",
          "绩效目标",
          "一级指标",
          "二级指标",
          "三级指标",
          "指标别名",
          "绩效指标描述",
          "指标性质",
          "指标值",
          "计量单位",
          "指标值确定依据",
          "适用框架",
        ],
        [
          "会议费",
          "会务费、会议经费",
          "按期召开会议",
          "产出指标",
          "数量指标",
          "召开会议次数",
          "组织会议次数",
          "全年会议次数",
          "≥",
          12,
          "次",
          "计划标准",
          "",
        ],
        [
          "",
          "",
          "",
          "",
          "时效指标",
          "会议按期召开",
          "",
          "按计划召开",
          "定性",
          "按期完成",
          "",
          "计划标准",
          "2015、2021",
        ],
        [
          "",
          "",
          "",
          "成本指标",
          "经济成本指标",
          "人均会议成本",
          "",
          "人均成本",
          "≤",
          400,
          "元/人·天",
          "预算支出标准",
          "2021",
        ],
        [
          "",
          "",
          "",
          "产出指标",
          "成本指标",
          "人均会议费",
          "",
          "人均成本",
          "<=",
          "400",
          "元/人·天",
          "预算支出标准",
          "2015",
        ],
        [
          "",
          "",
          "",
          "效益指标",
          "社会效益指标",
          "决定事项落实率",
          "",
          "落实比例",
          "≥",
          90,
          "%",
          "计划标准",
          "2016",
        ],
      ]),
    );
    expect(problems.map((p) => [p.row, p.code])).toEqual([[6, "badProfiles"]]);
    const [meeting] = catalogue.templates;
    expect(meeting.aliases).toEqual(["会务费", "会议经费"]);
    expect(meeting.goal).toBe("按期召开会议");
    expect(meeting.rows[0]).toMatchObject({
      comparator: "≥",
      value: 12,
      unit: "次",
      aliases: ["组织会议次数"],
    });
    expect(meeting.rows[1]).toMatchObject({
      comparator: "定性",
      value: "按期完成",
      profiles: ["2015", "2021"],
    });
    expect(templateRows(meeting, "2015").map((r) => r.name)).toEqual([
      "召开会议次数",
      "会议按期召开",
      "人均会议费",
    ]);
    expect(templateRows(meeting, "2021").map((r) => r.name)).toEqual([
      "人均会议成本",
      "召开会议次数",
      "会议按期召开",
    ]);
  });

  it("says so when the sheet has no header it can read", () => {
    const { catalogue, problems } = readCatalogueSheet(
      sheet([
        ["项目", "指标"],
        ["会议费", "次数"],
      ]),
    );
    expect(catalogue.templates).toEqual([]);
    expect(problems.map((p) => [p.code, p.sheet])).toEqual([["noHeader", "指标模板"]]);
  });

  it("reports a row with no 项目 above it, and an item left with no usable row", () => {
    const { catalogue, problems } = readCatalogueSheet(
      sheet([
        HEADER,
        ["", "产出指标", "数量指标", "召开会议次数", "全年会议次数", "≥12次", "计划标准"],
        ["培训费", "产出指标", "数量指标", "培训期数", "全年培训期数", "≥次", "计划标准"],
      ]),
    );
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, "noItem"],
      [3, "badValue"],
      [3, "emptyItem"],
    ]);
    expect(catalogue.templates).toEqual([]);
  });

  it("is found among a workbook's sheets by its name", () => {
    const grids = [sheet([], "2022年绩效目标"), sheet([], " 指标模板 ")];
    expect(findCatalogueSheet(grids)?.sheet).toBe(" 指标模板 ");
    expect(findCatalogueSheet([sheet([], "Sheet1")])).toBeNull();
  });
});

describe("a JSON catalogue", () => {
  const good = {
    templates: [
      {
        id: "archives",
        name: "档案数字化",
        aliases: ["档案数字化经费"],
        goal: "完成馆藏档案数字化扫描",
        rows: [
          {
            level1: "产出指标",
            level2: "数量指标",
            name: "档案数字化页数",
            description: "扫描页数",
            value: "≥100000页",
            basis: "计划标准",
          },
          {
            level1: "产出指标",
            level2: "质量指标",
            name: "数字化质量合格率",
            description: "抽检合格率",
            comparator: "≥",
            value: 98,
            unit: "%",
            basis: "行业标准",
          },
        ],
      },
    ],
  };

  it("reads templates with combined or split values", () => {
    const { catalogue, problems } = readCatalogueJson(good);
    expect(problems).toEqual([]);
    expect(catalogue.templates[0]).toMatchObject({
      id: "archives",
      name: "档案数字化",
      aliases: ["档案数字化经费"],
    });
    expect(catalogue.templates[0].rows[0]).toMatchObject({ comparator: "≥", value: 100000, unit: "页" });
    expect(readCatalogueJson(good.templates).catalogue).toEqual(catalogue);
  });

  it("reports each bad entry with its path and keeps the rest", () => {
    const input = {
      templates: [
        {
          name: "档案数字化",
          rows: [
            good.templates[0].rows[0],
            { level1: "产出指标", level2: "质量指标", name: "合格率", value: "98%" },
            { level1: "产出指标", level2: "质量指标", value: "≥98%" },
            { level1: "产出指标", level2: "质量指标", name: "差错率", comparator: "约", value: 1, unit: "%" },
            "not a row",
          ],
        },
        { rows: [] },
        { name: "档案数字化", rows: [good.templates[0].rows[0]] },
        { name: "空项目", rows: "none" },
      ],
    };
    const { catalogue, problems } = readCatalogueJson(input);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["templates[0].rows[1].comparator", "noComparator"],
      ["templates[0].rows[2].name", "noName"],
      ["templates[0].rows[3].comparator", "badComparator"],
      ["templates[0].rows[4]", "invalid"],
      ["templates[1].name", "invalid"],
      ["templates[2]", "duplicateItem"],
      ["templates[3].rows", "invalid"],
      ["templates[3]", "emptyItem"],
    ]);
    expect(catalogue.templates.map((t) => [t.name, t.rows.length])).toEqual([["档案数字化", 1]]);
  });

  it("refuses what is not a catalogue, without throwing", () => {
    for (const input of [null, 42, "text", { items: [] }]) {
      const { catalogue, problems } = readCatalogueJson(input);
      expect(catalogue.templates).toEqual([]);
      expect(problems.map((p) => [p.path, p.code])).toEqual([["", "notACatalogue"]]);
    }
  });
});

describe("mergeCatalogues", () => {
  const own = readCatalogueJson({
    templates: [
      {
        name: "会务费",
        goal: "本单位的会议目标",
        rows: [
          {
            level1: "产出指标",
            level2: "数量指标",
            name: "召开局务会议次数",
            description: "次数",
            value: "≥12次",
            basis: "计划标准",
          },
        ],
      },
      {
        name: "档案数字化",
        rows: [
          {
            level1: "产出指标",
            level2: "数量指标",
            name: "档案数字化页数",
            description: "页数",
            value: "≥1000页",
            basis: "计划标准",
          },
        ],
      },
    ],
  }).catalogue;

  it("replaces the rows of an item it names (by any of its names), keeps the id, adds new items", () => {
    const merged = mergeCatalogues(BUILTIN_CATALOGUE, own);
    expect(merged.templates).toHaveLength(BUILTIN_CATALOGUE.templates.length + 1);
    const meeting = findTemplate(merged, "meeting")!;
    expect(meeting).toMatchObject({ id: "meeting", name: "会务费", goal: "本单位的会议目标" });
    expect(meeting.rows.map((r) => r.name)).toEqual(["召开局务会议次数"]);
    expect(findTemplate(merged, "会议费")).toBe(meeting);
    expect(findTemplate(merged, "会议经费")).toBe(meeting);
    expect(findTemplate(merged, "档案数字化")?.rows).toHaveLength(1);
    // the built-in catalogue itself is untouched
    expect(findTemplate(BUILTIN_CATALOGUE, "meeting")?.name).toBe("会议费");
  });

  it("plans a table from a user item like any other", () => {
    const archives = findTemplate(mergeCatalogues(BUILTIN_CATALOGUE, own), "档案数字化")!;
    const { tables } = applyAndDetect(
      blankBook(),
      planNewTable(archives, {
        profile: "2015",
        layout: "combined",
        anchor: { sheet: "Sheet1", row: 0, col: 0 },
        year: 2023,
        number: 3,
      }),
    );
    expect(tables.map((t) => [t.title?.text, t.fundingItem, t.rows.length])).toEqual([
      ["3、2023年度档案数字化项目绩效目标表", "档案数字化", 1],
    ]);
    // a one-row table is not a complete one: the linter says what it lacks
    expect(lint(tables, { profile: "2015" }).stats.errors).toBeGreaterThan(0);
  });
});

describe("never throws on user data", () => {
  it("reads any JSON value into a catalogue and problems", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { catalogue, problems } = readCatalogueJson(value);
        expect(Array.isArray(catalogue.templates)).toBe(true);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads any sheet under the header into a catalogue and problems", () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(
        null,
        "",
        "产出指标",
        "数量指标",
        "质量",
        "≥95%",
        "≥",
        "定性",
        "%",
        "次",
        "会议费",
        "2015",
      ),
      fc.string({ maxLength: 6 }),
      fc.double(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (rows) => {
        const result = readCatalogueSheet(sheet([HEADER, ...rows]));
        for (const p of result.problems) expect(p.row).toBeGreaterThan(1);
      }),
      { numRuns: 300 },
    );
  });
});
