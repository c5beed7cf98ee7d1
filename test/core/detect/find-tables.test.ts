import type { CellValue, Grid } from "../../../src/core/grid";
import { findTables } from "../../../src/core/detect/find-tables";
import { loadSeedTables, seedSheet } from "../../helpers/seed";

/** A grid from rows written as arrays; `null` or "" is a blank cell. */
function grid(rows: CellValue[][], options: Partial<Grid> = {}): Grid {
  return {
    sheet: options.sheet ?? "Sheet1",
    values: rows.map((line) => line.map((cell) => (cell === "" ? null : cell))),
    merges: options.merges ?? [],
    origin: options.origin ?? { row: 0, col: 0 },
    numberFormats: options.numberFormats,
    hidden: options.hidden,
  };
}

const HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];

describe("findTables on the seed's eight tables", () => {
  const seeds = loadSeedTables();

  it("finds all eight stacked on one sheet with their titles, goals and exact row counts", () => {
    const { grid: sheet, headerRows } = seedSheet("2022年绩效目标", seeds);
    const tables = findTables([sheet]);
    expect(tables.map((t) => t.id)).toEqual(["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"]);
    tables.forEach((table, i) => {
      const seed = seeds[i];
      expect(table.title?.text).toBe(seed.title);
      expect(table.fundingItem).toBe(seed.fundingItem);
      expect(table.year).toBe(2022);
      expect(table.rows).toHaveLength(seed.rows);
      expect(table.headerRow).toBe(headerRows[i]);
      expect(table.firstRow).toBe(headerRows[i] + 1);
      expect(table.lastRow).toBe(headerRows[i] + seed.rows);
      expect(table.goal?.value?.text).toBe("1.目标内容1");
      expect(table.layout).toBe("combined");
      expect(table.end).toBe("blank");
      expect(table.bounds).toEqual({ row: headerRows[i] - 2, col: 0, rowCount: seed.rows + 3, colCount: 6 });
      expect(Object.keys(table.columns).sort()).toEqual(
        ["basis", "description", "level1", "level2", "level3", "value"].sort(),
      );
    });
  });

  it("finds them stacked with no blank row between: the next title ends a table", () => {
    const { grid: sheet } = seedSheet("S", seeds, { gap: 0 });
    const tables = findTables([sheet]);
    expect(tables.map((t) => t.rows.length)).toEqual(seeds.map((s) => s.rows));
    expect(tables.slice(0, 7).every((t) => t.end === "nextTable")).toBe(true);
    expect(tables[7].end).toBe("sheetEnd");
  });

  it("finds one table per sheet starting anywhere, with level-1 cells merged over their groups", () => {
    const grids = seeds.map(
      (seed, i) => seedSheet(`表${i + 1}`, [seed], { at: { row: 4 + i, col: 3 }, mergeLevels: true }).grid,
    );
    const tables = findTables(grids);
    expect(tables).toHaveLength(8);
    tables.forEach((table, i) => {
      expect(table.sheet).toBe(`表${i + 1}`);
      expect(table.rows).toHaveLength(seeds[i].rows);
      expect(table.bounds.col).toBe(3);
      expect(table.header.level1?.cell).toBe(`D${4 + i + 3}`);
    });
  });

  it("reads level-1 labels the same whether merged or merely blank below", () => {
    const labels = (mergeLevels: boolean) =>
      findTables([seedSheet("S", seeds, { mergeLevels }).grid]).map((t) =>
        t.rows.map((r) => [r.level1?.label, r.level1?.inherited, r.level1?.source, r.level2?.label]),
      );
    const merged = labels(true);
    expect(merged).toEqual(labels(false));
    // 会议费: rows 1–6 are 产出指标 (source: the first row's cell), row 7 starts 效益指标.
    const first = findTables([seedSheet("S", seeds, { mergeLevels: true }).grid])[0];
    expect(first.rows[0].level1).toMatchObject({
      label: "产出指标",
      inherited: false,
      cell: "A4",
      source: "A4",
    });
    expect(first.rows[5].level1).toMatchObject({
      label: "产出指标",
      inherited: true,
      cell: "A9",
      source: "A4",
    });
    expect(first.rows[6].level1).toMatchObject({ label: "效益指标", inherited: false, source: "A10" });
    expect(first.rows[13].level1?.label).toBe("满意度指标");
  });

  it("guesses the 2015 profile from cost under output", () => {
    const tables = findTables([seedSheet("S", seeds).grid]);
    expect(tables.map((t) => t.profileGuess)).toEqual(seeds.map(() => "2015"));
  });

  it("keeps every field's cell and raw text", () => {
    const table = findTables([seedSheet("S", seeds.slice(5, 6)).grid])[0]; // 招待费
    const compliance = table.rows[2];
    expect(compliance.level3?.text).toBe("接待经费使用合规性");
    expect(compliance.value).toMatchObject({ cell: "E6", raw: "合规\t", text: "合规\t" });
    expect(compliance.basis?.raw).toBe("接待费管理办法 ");
    expect(compliance.parsed.kind).toBe("qualitative");
    expect(table.rows[0].parsed).toMatchObject({ kind: "quantity", comparator: "ge", number: 50 });
  });
});

describe("findTables: headers", () => {
  it("recognises header synonyms, spaces, line breaks and full-width forms", () => {
    const tables = findTables([
      grid([
        ["一级", "二 级", "指标名称", "指标\n解释", "年度指标值", "指标值设定依据", "权重（%）"],
        ["产出指标", "数量指标", "培训人次", "", "≥50人次", "计划标准", 20],
      ]),
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].columns).toEqual({
      level1: 0,
      level2: 1,
      level3: 2,
      description: 3,
      value: 4,
      basis: 5,
      weight: 6,
    });
    expect(tables[0].rows[0].weight?.raw).toBe(20);
  });

  it("accepts partial headers as long as they name the value and an indicator column", () => {
    const tables = findTables([
      grid([
        ["三级指标", "指标值"],
        ["参会人数", "≥500人"],
        ["", ""],
        ["二级指标", "三级指标", "目标值", "备注"],
        ["数量指标", "会议次数", "≥6次", "无"],
      ]),
    ]);
    expect(tables.map((t) => Object.keys(t.columns))).toEqual([
      ["level3", "value"],
      ["level2", "level3", "value", "remarks"],
    ]);
    expect(tables[1].rows[0].remarks?.text).toBe("无");
    expect(tables[1].rows[0].level1).toBeNull();
  });

  it("does not take prose or a lone column word for a header", () => {
    expect(
      findTables([
        grid([
          ["绩效指标：组织召开人代会，指标值为至少一次。"],
          ["指标值"],
          ["一级指标", "说明文字", "另一段说明", "还有一段"],
        ]),
      ]),
    ).toEqual([]);
  });

  it("prefers the specific word when a header names a column twice (申报表 left label 绩效指标)", () => {
    const tables = findTables([
      grid(
        [
          ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
          [null, "产出指标", "数量指标", "会议次数", "≥6次"],
        ],
        { merges: [{ row: 0, col: 0, rowCount: 2, colCount: 1 }] },
      ),
    ]);
    expect(tables[0].columns).toEqual({ level1: 1, level2: 2, level3: 3, value: 4 });
    expect(tables[0].rows).toHaveLength(1);
  });
});

describe("findTables: layouts", () => {
  it("reads the split layout: comparator, value, unit and value-type columns", () => {
    const tables = findTables([
      grid([
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标值类型", "权重"],
        ["产出指标", "数量指标", "培训人次", "≥", 50, "人次", "定量", 10],
        ["", "质量指标", "培训合格率", "≥", "95", "%", "定量", 10],
        ["", "时效指标", "培训及时性", "定性", "及时", "", "定性", 10],
      ]),
    ]);
    const [table] = tables;
    expect(table.layout).toBe("split");
    expect(table.rows[0].comparator?.text).toBe("≥");
    expect(table.rows[0].unit?.text).toBe("人次");
    expect(table.rows[0].valueType?.text).toBe("定量");
    expect(table.rows[0].parsed).toMatchObject({ kind: "quantity", comparator: "ge", number: 50 });
    expect(table.rows[1].parsed).toMatchObject({ kind: "quantity", number: 95 });
    expect(table.rows[2].parsed.kind).toBe("qualitative");
  });

  it("reads a two-row header that splits a merged 指标值 into comparator, value and unit", () => {
    const [table] = findTables([
      grid(
        [
          ["一级指标", "二级指标", "三级指标", "指标值", null, null],
          [null, null, null, "指标性质", "指标值", "计量单位"],
          ["产出指标", "数量指标", "会议次数", "≥", 6, "次"],
        ],
        {
          merges: [
            { row: 0, col: 3, rowCount: 1, colCount: 3 },
            { row: 0, col: 0, rowCount: 2, colCount: 1 },
            { row: 0, col: 1, rowCount: 2, colCount: 1 },
            { row: 0, col: 2, rowCount: 2, colCount: 1 },
          ],
        },
      ),
    ]);
    expect(table.columns).toEqual({ level1: 0, level2: 1, level3: 2, comparator: 3, value: 4, unit: 5 });
    expect(table.firstRow).toBe(2);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].parsed).toMatchObject({ kind: "quantity", comparator: "ge", number: 6 });
  });
});

describe("findTables: rows", () => {
  it("normalises labels with line breaks and spaces, and carries level 2 only within its level-1 group", () => {
    const [table] = findTables([
      grid([
        HEADER,
        ["产出\n指标", " 数量指标 ", "会议次数", "", "≥6次", ""],
        ["", "", "参会人数", "", "≥500人", ""],
        ["效益指标", "", "社会影响", "", "有效提升", ""],
        ["", "经济效益\n指标", "节约资金", "", "≥1万元", ""],
      ]),
    ]);
    expect(table.rows.map((r) => [r.level1?.label, r.level2?.label, r.level2?.inherited])).toEqual([
      ["产出指标", "数量指标", false],
      ["产出指标", "数量指标", true],
      ["效益指标", "", false],
      ["效益指标", "经济效益指标", false],
    ]);
  });

  it("keeps and marks placeholder rows that hold nothing but level labels", () => {
    const [table] = findTables([
      grid([
        HEADER,
        ["产出指标", "数量指标", "会议次数", "", "≥6次", ""],
        ["", "质量指标", "", "", "", ""],
        ["满意度指标", "", "", "", "", ""],
      ]),
    ]);
    expect(table.rows.map((r) => r.placeholder)).toEqual([false, true, true]);
    expect(table.rows[2].level2?.label).toBe("");
  });

  it("ends a table at a notes row or a totals row", () => {
    const tables = findTables([
      grid([
        HEADER,
        ["产出指标", "数量指标", "会议次数", "", "≥6次", ""],
        ["填报说明：1.一级指标……", null, null, null, null, null],
        ["一级指标", "三级指标", "指标值", "权重"],
        ["产出指标", "会议次数", "≥6次", 100],
        ["合计", "", "", 100],
      ]),
    ]);
    expect(tables.map((t) => [t.end, t.rows.length])).toEqual([
      ["notes", 1],
      ["total", 1],
    ]);
    expect(tables[0].notes?.cell).toBe("A3");
  });

  it("reads number cells as a person sees them (percent formats)", () => {
    const [table] = findTables([
      grid(
        [
          ["三级指标", "指标值"],
          ["出勤率", 0.95],
        ],
        {
          numberFormats: [
            [null, null],
            [null, "0%"],
          ],
        },
      ),
    ]);
    expect(table.rows[0].value?.text).toBe("95%");
    expect(table.rows[0].parsed).toMatchObject({ kind: "quantity", number: 95 });
  });
});

describe("findTables: preamble", () => {
  it("reads the title, info rows and goal above the header", () => {
    const [table] = findTables([
      grid([
        ["3、2022年度人大专网维护费项目绩效目标表"],
        [""],
        ["项目名称", "人大专网维护费", "主管部门", "市人大常委会办公室"],
        ["资金总额", 20, "单位：万元"],
        ["年度绩效目标", "保障专网全年正常运行"],
        HEADER,
        ["产出指标", "数量指标", "维护次数", "", "≥1次", ""],
      ]),
    ]);
    expect(table.title?.cell).toBe("A1");
    expect(table.fundingItem).toBe("人大专网维护费");
    expect(table.info.map((i) => [i.label, i.value?.text])).toEqual([
      ["项目名称", "人大专网维护费"],
      ["主管部门", "市人大常委会办公室"],
      ["资金总额", "20"],
      ["单位", "单位：万元"],
    ]);
    expect(table.goal?.value?.text).toBe("保障专网全年正常运行");
    expect(table.bounds.row).toBe(0);
  });

  it("takes the funding item from 项目名称 when there is no title, and stops at prose", () => {
    const [table] = findTables([
      grid([
        ["这是一段说明文字，不属于表格。"],
        ["项目名称", "差旅费"],
        HEADER,
        ["产出指标", "数量指标", "出差人次", "", "≥20人次", ""],
      ]),
    ]);
    expect(table.title).toBeNull();
    expect(table.fundingItem).toBe("差旅费");
    expect(table.bounds.row).toBe(1);
  });

  it("reads titles of several forms", () => {
    const titles = [
      ["4、2022年度视察议政业务费绩效目标表", "视察议政业务费", 2022],
      ["8、2022年人大立法经费项目绩效目标表", "人大立法经费", 2022],
      ["（一）印刷费项目支出绩效目标表（2023年度）", "印刷费", 2023],
      ["2024年度差旅费绩效目标申报表", "差旅费", 2024],
    ] as const;
    for (const [title, item, year] of titles) {
      const [table] = findTables([grid([[title], HEADER, ["产出指标", "数量指标", "次数", "", "≥1次", ""]])]);
      expect([table.fundingItem, table.year]).toEqual([item, year]);
    }
  });

  it("marks tables on hidden sheets", () => {
    const [table] = findTables([
      grid([HEADER, ["产出指标", "数量指标", "次数", "", "≥1次", ""]], { hidden: true }),
    ]);
    expect(table.sheetHidden).toBe(true);
  });
});

describe("findTables: the organisation's 指标模板 sheet", () => {
  it("is a catalogue of standard rows, not a submission: no table is read from it", () => {
    const rows: CellValue[][] = [["项目", ...HEADER], ["会议费", "产出指标", "数量指标", "会议次数", "", "≥6次", "计划标准"]];
    expect(findTables([grid(rows, { sheet: "指标模板" })])).toEqual([]);
    expect(findTables([grid(rows, { sheet: "会议费" })])).toHaveLength(1);
  });
});
