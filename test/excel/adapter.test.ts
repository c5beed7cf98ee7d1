import { findTables } from "../../src/core/detect/find-tables";
import { findTemplate, BUILTIN_CATALOGUE, planNewTable } from "../../src/core/templates";
import { columnName } from "../../src/core/grid";
import { ExcelAdapter } from "../../src/excel/adapter";
import { isMarkFormula } from "../../src/excel/marks";
import { AdapterError } from "../../src/excel/errors";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { createFakeExcel, WorkbookModel } from "../../src/preview/office";
import { hostOf, setUp, syncsOf } from "./helpers";
import { BUILTIN_PROFILE_INPUTS } from "../../src/core/profiles/builtin";
import { ProfileSchema } from "../../src/core/profiles/schema";
import { LIST_SHEET } from "../../src/excel/list-sheet";

const SHEET = "2022年绩效目标";

function seedGrid(items: string[], options: { mergeLevels?: boolean } = { mergeLevels: true }) {
  const seeds = loadSeedTables().filter((s) => items.includes(s.fundingItem));
  return seedSheet(SHEET, seeds, options).grid;
}

describe("ExcelAdapter.checkSheet", () => {
  it("reads the sheet in one sync, marks findings in a second, and writes nothing on an unchanged re-check", async () => {
    const { fake, adapter } = setUp([seedGrid(["视察议政业务费"])]);
    const first = await syncsOf(fake, () => adapter.checkSheet(SHEET));
    expect(first.syncs).toBe(2);
    const { report, tables } = first.result;
    expect(tables).toHaveLength(1);
    expect(report.diagnostics.map((d) => `${d.cell} ${d.rule}`)).toContain("E13 cost-upper-bound");

    const sheet = fake.model.sheet(SHEET);
    const marked = sheet.cell("E13").conditionalFormats;
    expect(marked).toHaveLength(1);
    expect(marked[0].format.fill).toBe("#FFC7CE");
    expect(sheet.cell("E10").conditionalFormats[0].format.fill).toBe("#DDEBF7"); // a hint (及时性)
    expect(sheet.cell("C4").conditionalFormats).toEqual([]); // a clean cell

    const again = await syncsOf(fake, () => adapter.checkSheet(SHEET));
    expect(again.syncs).toBe(1);
  });

  it("a mark a paste copied onto other cells is removed there and kept once where it belongs; Clear marks removes every copy", async () => {
    const { fake, adapter } = setUp([seedGrid(["视察议政业务费"])]);
    await adapter.checkSheet(SHEET);
    const sheet = fake.model.sheet(SHEET);
    const marksAt = (address: string) =>
      sheet.cell(address).conditionalFormats.filter((cf) => isMarkFormula(cf.formula));
    const mark = sheet.conditionalFormats.find((cf) => isMarkFormula(cf.formula))!;
    const area = mark.areas[0];
    const marked = `${columnName(area.col)}${area.row + 1}`;
    expect(marksAt(marked)).toHaveLength(1);
    // The user copies the marked cell and pastes it outside the tables: Excel copies the rule with it.
    fake.user.copyPaste(SHEET, marked, "J40");
    expect(marksAt("J40")).toHaveLength(1);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula === mark.formula)).toHaveLength(2);
    adapter.changes.userChanged(SHEET, "J40");
    await adapter.checkSheet(SHEET);
    expect(marksAt("J40")).toEqual([]);
    expect(marksAt(marked)).toHaveLength(1);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula === mark.formula)).toHaveLength(1);
    // Two more pastes, then Clear marks: no copy is left behind.
    fake.user.copyPaste(SHEET, marked, "J41");
    fake.user.copyPaste(SHEET, marked, "J42");
    await adapter.clearMarks();
    expect(sheet.conditionalFormats.filter((cf) => isMarkFormula(cf.formula))).toEqual([]);
  });

  it("adds no dropdowns to the user's own tables unless asked to (the default writes none)", async () => {
    const { fake, adapter } = setUp([seedGrid(["会议费"])]);
    expect(adapter.currentSettings().dropdowns).toBe("inserted");
    await adapter.checkSheet(SHEET);
    const sheet = fake.model.sheet(SHEET);
    for (const cell of ["A4", "B4", "B10", "F4"])
      expect([cell, sheet.cell(cell).validation]).toEqual([cell, null]);
  });

  it("sets dropdowns when asked to: level 1 by profile, level 2 per row by its level 1, basis as a free-text list", async () => {
    const { fake, adapter } = setUp([seedGrid(["会议费"])]);
    await adapter.saveSettings({ ...adapter.currentSettings(), dropdowns: "all" });
    await adapter.checkSheet(SHEET);
    const sheet = fake.model.sheet(SHEET);
    const level1 = sheet.cell("A4").validation?.rule;
    expect(level1).toMatchObject({ list: { source: "产出指标,效益指标,满意度指标" } });
    expect(sheet.cell("B4").validation?.rule?.list?.source).toContain("数量指标");
    expect(sheet.cell("B10").validation?.rule?.list?.source).toContain("经济效益指标");
    expect(sheet.cell("B10").validation?.rule?.list?.source).not.toContain("数量指标");
    const basis = sheet.cell("F4").validation!;
    expect(basis.rule?.list?.source).toContain("计划标准");
    expect(basis.errorAlert.showAlert).toBe(false); // free text stays allowed
    expect(sheet.cell("E4").validation).toBeNull(); // the value column is the user's
  });

  it("removes its dropdowns when they are turned off, leaving the user's own lists", async () => {
    const { fake, adapter, host } = setUp([seedGrid(["会议费"])]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("H4").dataValidation.rule = {
        list: { inCellDropDown: true, source: "甲,乙" },
      };
      await context.sync();
    });
    await adapter.saveSettings({ ...adapter.currentSettings(), dropdowns: "all" });
    await adapter.checkSheet(SHEET);
    expect(fake.model.sheet(SHEET).cell("A4").validation).not.toBeNull();
    await adapter.saveSettings({ ...adapter.currentSettings(), dropdowns: "off" });
    await adapter.checkSheet(SHEET);
    const sheet = fake.model.sheet(SHEET);
    for (const cell of ["A4", "B4", "B10", "F4", "F17"])
      expect([cell, sheet.cell(cell).validation]).toEqual([cell, null]);
    expect(sheet.cell("H4").validation?.rule?.list?.source).toBe("甲,乙");
    await adapter.saveSettings({ ...adapter.currentSettings(), dropdowns: "all" });
    await adapter.checkSheet(SHEET);
    expect(sheet.cell("A4").validation).not.toBeNull();
  });

  it("updates a row's level-2 list when its level 1 changes", async () => {
    const { fake, adapter } = setUp([seedGrid(["会议费"], { mergeLevels: false })]);
    await adapter.saveSettings({ ...adapter.currentSettings(), dropdowns: "all" });
    await adapter.checkSheet(SHEET);
    fake.user.edit(SHEET, "A10", "产出指标"); // 效益指标 group's first row becomes output
    await fake.idle();
    adapter.changes.userChanged(SHEET, "A1");
    await adapter.checkSheet(SHEET);
    expect(fake.model.sheet(SHEET).cell("B10").validation?.rule?.list?.source).toContain("数量指标");
  });

  it("never touches a validation the user set outside the tables, nor the user's own fills", async () => {
    const grid = seedGrid(["招待费"]);
    const { fake, adapter, host } = setUp([grid]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const outside = sheet.getRange("H4");
      outside.dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      sheet.getRange("E6").format.fill.color = "#00FF00"; // 合规⇥: about to be marked
      await context.sync();
    });
    await adapter.checkSheet(SHEET);
    const sheet = fake.model.sheet(SHEET);
    expect(sheet.cell("H4").validation?.rule?.list?.source).toBe("甲,乙");
    expect(sheet.cell("E6").conditionalFormats).toHaveLength(1);
    expect(sheet.cell("E6").format.fill).toBe("#00FF00");
    await adapter.clearMarks();
    expect(sheet.cell("E6").conditionalFormats).toEqual([]);
    expect(sheet.cell("E6").format.fill).toBe("#00FF00");
  });

  it("finds its marks again after the workbook is reopened, and clears them", async () => {
    const { fake, adapter } = setUp([seedGrid(["招待费"])]);
    await adapter.checkSheet(SHEET);
    const before = fake.model.snapshot().sheets[0].conditionalFormats.length;
    expect(before).toBeGreaterThan(0);
    fake.reload();
    const reopened = new ExcelAdapter(hostOf(fake));
    // Unchanged marks are recognised by their formulas: the re-check writes nothing.
    const again = await syncsOf(fake, () => reopened.checkSheet(SHEET));
    expect(again.syncs).toBe(1);
    await reopened.clearMarks();
    expect(fake.model.snapshot().sheets[0].conditionalFormats).toEqual([]);
  });

  it("reads tables on hosts without merged-area support (ExcelApi 1.9) the same", async () => {
    const grid = seedGrid(["会议费", "培训费"]);
    const modern = setUp([grid], { apiVersion: "1.17" });
    const old = setUp([grid], { apiVersion: "1.9" });
    expect(old.adapter.capabilities.mergedAreas).toBe(false);
    const a = await modern.adapter.checkSheet(SHEET);
    const b = await old.adapter.checkSheet(SHEET);
    expect(b.report.diagnostics.map((d) => d.cell + d.rule)).toEqual(
      a.report.diagnostics.map((d) => d.cell + d.rule),
    );
  });

  it.each(["1.9", "1.17"] as const)(
    "checks an empty sheet (one just added) as empty instead of failing (ExcelApi %s)",
    async (apiVersion) => {
      const { fake, adapter } = setUp([seedGrid(["会议费"])], { apiVersion });
      fake.user.addSheet("新表");
      const result = await adapter.checkSheet("新表");
      expect(result.sheet).toMatchObject({ name: "新表", tables: 0 });
      expect(fake.user.edit("新表", "B2", "x").accepted).toBe(true);
    },
  );
});

describe("ExcelAdapter actions", () => {
  it("applies a safe fix in two syncs and re-marks the sheet", async () => {
    const { fake, adapter } = setUp([seedGrid(["招待费"])]);
    const { report } = await adapter.checkSheet(SHEET);
    const finding = report.diagnostics.find((d) => d.cell === "E6" && d.rule === "stray-whitespace")!;
    const { result, syncs } = await syncsOf(fake, () => adapter.applyFix(finding));
    expect(syncs).toBe(2);
    expect(fake.model.sheet(SHEET).cell("E6").value).toBe("合规");
    expect(result.report.diagnostics.some((d) => d.cell === "E6" && d.rule === "stray-whitespace")).toBe(
      false,
    );
    expect(fake.model.sheet(SHEET).cell("E6").conditionalFormats).toEqual([]);
  });

  it("fixes all safe findings of a table in two syncs, touching only the cells fixed", async () => {
    const { fake, adapter } = setUp([seedGrid(["招待费"])]);
    const { tables } = await adapter.checkSheet(SHEET);
    const before = fake.model.toGrids()[0];
    const { syncs } = await syncsOf(fake, () => adapter.fixAll(SHEET, tables[0].id));
    expect(syncs).toBe(2);
    const after = fake.model.toGrids()[0];
    const changed: string[] = [];
    after.values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== (before.values[r]?.[c] ?? null))
          changed.push(`${String.fromCharCode(65 + c)}${r + after.origin.row + 1}`);
      }),
    );
    expect(changed.sort()).toEqual(
      ["E6", "F10", "F11", "F12", "F13", "F14", "F4", "F5", "F6", "F7", "F8", "F9"].sort(),
    );
    expect(fake.model.sheet(SHEET).cell("F4").value).toBe("接待费管理办法");
  });

  it("applies a suggestion the user accepted", async () => {
    const { fake, adapter } = setUp([seedGrid(["视察议政业务费"])]);
    const { report } = await adapter.checkSheet(SHEET);
    const finding = report.diagnostics.find((d) => d.cell === "E13" && d.rule === "cost-upper-bound")!;
    await adapter.applySuggestion(finding, 0);
    expect(fake.model.sheet(SHEET).cell("E13").value).toBe("≤5万元");
  });

  it("refuses a fix whose finding is gone since the pane showed it", async () => {
    const { fake, adapter } = setUp([seedGrid(["招待费"])]);
    const { report } = await adapter.checkSheet(SHEET);
    const finding = report.diagnostics.find((d) => d.cell === "E6" && d.rule === "stray-whitespace")!;
    fake.user.edit(SHEET, "E6", "合规");
    await fake.idle();
    await expect(adapter.applyFix(finding)).rejects.toMatchObject({ kind: "changed" });
  });

  it("inserts a template at the selection in two syncs, shifting what was below, never overwriting it", async () => {
    const { fake, adapter } = setUp([seedGrid(["会议费"])]);
    fake.user.select(SHEET, "C7"); // inside the 会议费 table: the new table goes above it, not into it
    const template = findTemplate(BUILTIN_CATALOGUE, "差旅费")!;
    const { result, syncs } = await syncsOf(fake, () =>
      adapter.applyPlan(SHEET, (fresh, at) =>
        planNewTable(template, {
          grid: fresh.grid,
          profile: "2015",
          layout: "combined",
          anchor: { sheet: SHEET, ...at },
          year: 2023,
          number: 1,
          insertRows: true,
        }),
      ),
    );
    expect(syncs).toBe(2);
    const tables = findTables(fake.model.toGrids());
    expect(tables.map((t) => t.fundingItem)).toEqual(["差旅费", "会议费"]);
    expect(tables[1].rows).toHaveLength(14); // the old table, intact below
    expect(result.tables).toHaveLength(2);
    expect(result.report.stats.errors).toBeGreaterThan(0); // the seed's own faults, not the template's
    expect(
      result.report.diagnostics.filter((d) => d.tableId === result.tables[0].id && d.severity !== "info"),
    ).toEqual([]);
  });

  it("says a protected sheet must be unprotected, and writes nothing", async () => {
    const { fake, adapter } = setUp([seedGrid(["招待费"])]);
    const { report } = await adapter.checkSheet(SHEET);
    fake.protect(SHEET);
    const finding = report.diagnostics.find((d) => d.fix)!;
    const error = await adapter.applyFix(finding).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).kind).toBe("protected");
    expect(fake.model.sheet(SHEET).cell("E6").value).toBe("合规\t");
  });

  it("says a cell is being edited", async () => {
    const { fake, adapter } = setUp([seedGrid(["招待费"])]);
    fake.user.enterCellEditMode(SHEET, "B4");
    await expect(adapter.checkSheet(SHEET)).rejects.toMatchObject({ kind: "cellEditMode" });
    fake.user.leaveCellEditMode();
    await expect(adapter.checkSheet(SHEET)).resolves.toBeDefined();
  });

  it("keeps settings in the workbook, read back by a new session", async () => {
    const { fake, adapter, host } = setUp([seedGrid(["招待费"])]);
    await adapter.saveSettings({ ...adapter.currentSettings(), marks: false, satisfactionFloor: 90 });
    const later = new ExcelAdapter(host);
    const result = await later.checkSheet(SHEET);
    expect(result.settings).toMatchObject({ marks: false, satisfactionFloor: 90 });
    expect(fake.model.snapshot().sheets[0].conditionalFormats).toEqual([]); // marks off: none drawn
  });
});

describe("a sheet too large for one response", () => {
  it("is read in row blocks, with the same findings, and in blocks from then on", async () => {
    const grid = seedGrid([
      "会议费",
      "培训费",
      "人大专网维护费",
      "视察议政业务费",
      "业务费",
      "招待费",
      "执法检查费",
      "人大立法经费",
    ]);
    const reference = await setUp([grid]).adapter.checkSheet(SHEET);
    const fake = createFakeExcel({
      model: WorkbookModel.fromGrids([grid]),
      responsePayloadLimitBytes: 8_000,
    });
    const adapter = new ExcelAdapter(hostOf(fake), { maxCellsPerSync: 200 });
    const big = await adapter.checkSheet(SHEET);
    expect(big.report.diagnostics.map((d) => d.cell + d.rule)).toEqual(
      reference.report.diagnostics.map((d) => d.cell + d.rule),
    );
    fake.resetSyncCount();
    await adapter.checkSheet(SHEET);
    expect(fake.syncCount).toBeGreaterThan(2); // no failed one-shot attempt first: straight to blocks
  });
});

describe("ExcelAdapter.checkWorkbook", () => {
  it("reads many sheets in as few requests as the cell cap allows, with progress, and can be cancelled", async () => {
    const seeds = loadSeedTables();
    const grids = Array.from(
      { length: 12 },
      (_, i) => seedSheet(`表${i + 1}`, [seeds[i % 8]], { mergeLevels: true }).grid,
    );
    const { adapter } = setUp(grids);
    const progress: number[] = [];
    const result = await adapter.checkWorkbook({ onProgress: (p) => progress.push(p.done / p.total) });
    expect(result.tables).toHaveLength(12);
    expect(progress[progress.length - 1]).toBe(1);

    const controller = new AbortController();
    controller.abort();
    await expect(adapter.checkWorkbook({ signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });
});

describe("cancelling a whole-workbook check", () => {
  it("is heard while the engine works through the sheets, and then nothing is written", async () => {
    const seeds = loadSeedTables();
    const grids = Array.from(
      { length: 60 },
      (_, i) => seedSheet(`表${i + 1}`, seeds, { mergeLevels: true }).grid,
    );
    const { fake, adapter } = setUp(grids);
    const controller = new AbortController();
    let readAll = false;
    // Cancel once every value has been read: the engine is then what runs.
    const checking = adapter.checkWorkbook({
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === p.total) {
          readAll = true;
          setTimeout(() => controller.abort(), 5);
        }
      },
    });
    await expect(checking).rejects.toMatchObject({ name: "AbortError" });
    expect(readAll).toBe(true);
    expect(fake.model.snapshot().sheets.every((s) => s.conditionalFormats.length === 0)).toBe(true);
  });
});

describe("a sheet with more merged areas than Excel returns at once (512)", () => {
  it("is read in row blocks, merges and all, with the findings of a plain read", async () => {
    const seeds = loadSeedTables();
    const tables = Array.from({ length: 160 }, (_, i) => seeds[i % seeds.length]);
    const grid = seedSheet(SHEET, tables, { mergeLevels: true }).grid;
    expect(grid.merges.length).toBeGreaterThan(512);
    const { fake, adapter } = setUp([grid]);
    const result = await adapter.checkSheet(SHEET);
    expect(result.tables).toHaveLength(160);
    expect(fake.handlerErrors).toEqual([]);
    // The same findings as an engine run on the grid itself.
    const direct = findTables([grid], { idPrefix: `${SHEET}!t` });
    expect(result.tables.map((t) => t.rows.length)).toEqual(direct.map((t) => t.rows.length));
    expect(result.tables.every((t) => t.title !== null)).toBe(true);
  });
});

describe("reads Excel refuses for their size or their merged areas are split and read again", () => {
  it("600 merged areas in 300 rows: more than 512 in one block, so the block is halved; every merge is read", async () => {
    const values = Array.from({ length: 300 }, (_, r) => [`甲${r}`, null, `乙${r}`, null]);
    const merges = Array.from({ length: 300 }, (_, r) => [
      { row: r, col: 0, rowCount: 1, colCount: 2 },
      { row: r, col: 2, rowCount: 1, colCount: 2 },
    ]).flat();
    const grid = { sheet: SHEET, values, merges, origin: { row: 0, col: 0 } };
    const { fake, adapter } = setUp([grid]);
    const result = await adapter.checkSheet(SHEET);
    expect(result.sheet.name).toBe(SHEET);
    expect(adapter.lastGrid(SHEET)?.merges).toHaveLength(600);
    expect(fake.handlerErrors).toEqual([]);
  });

  it("a 5 MB Chinese sheet (long texts) is read in smaller requests, every cell of it", async () => {
    const text = (r: number, c: number) => `${"绩效目标说明文字".repeat(40)}${r}-${c}`; // ~330 characters
    const values = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 6 }, (_c, c) => text(r, c)));
    const grid = { sheet: SHEET, values, merges: [], origin: { row: 0, col: 0 } };
    const { adapter } = setUp([grid]);
    await adapter.checkSheet(SHEET);
    const read = adapter.lastGrid(SHEET)!;
    expect(read.values).toHaveLength(3000);
    expect(read.values[2999][5]).toBe(text(2999, 5));
  });

  it("a single row with more merged areas than Excel returns is read without them, and the check goes on", async () => {
    const values = [Array.from({ length: 1200 }, (_, c) => (c % 2 === 0 ? `项${c}` : null))];
    const merges = Array.from({ length: 600 }, (_, i) => ({ row: 0, col: i * 2, rowCount: 1, colCount: 2 }));
    const grid = { sheet: SHEET, values, merges, origin: { row: 0, col: 0 } };
    const { adapter } = setUp([grid]);
    const result = await adapter.checkSheet(SHEET);
    expect(result.sheet.name).toBe(SHEET);
    expect(adapter.lastGrid(SHEET)?.values[0][0]).toBe("项0");
    expect(adapter.lastGrid(SHEET)?.merges).toEqual([]);
    // The pane is told, so it can say so.
    expect(result.readWithoutMerges).toEqual([{ sheet: SHEET, rows: 1 }]);
  });

  it("the whole-workbook check too: its first request refused, marks and protection are asked again", async () => {
    const values = [Array.from({ length: 1200 }, (_, c) => (c % 2 === 0 ? `项${c}` : null))];
    const merges = Array.from({ length: 600 }, (_, i) => ({ row: 0, col: i * 2, rowCount: 1, colCount: 2 }));
    const crowded = { sheet: "合并很多", values, merges, origin: { row: 0, col: 0 } };
    const { fake, adapter } = setUp([seedGrid(["会议费"]), crowded]);
    const result = await adapter.checkWorkbook();
    expect(result.report.stats.tables).toBe(1);
    expect(result.readWithoutMerges).toEqual([{ sheet: "合并很多", rows: 1 }]);
    expect(adapter.retries).toBeGreaterThan(0);
    expect(fake.model.sheet(SHEET).conditionalFormats.some((cf) => isMarkFormula(cf.formula))).toBe(true);
  });
});

describe("dropdown lists too long for Excel's inline source (255 characters)", () => {
  /** An organisation's profile whose 产出指标 has 24 more long level-2 labels: a list of over 400 characters. */
  function longProfile() {
    const base = BUILTIN_PROFILE_INPUTS["2015"];
    return ProfileSchema.parse({
      ...base,
      id: "org-long",
      level1: base.level1.map((l1, i) =>
        i === 0
          ? {
              ...l1,
              expectedLevel2: [],
              level2: [
                ...l1.level2,
                ...Array.from({ length: 24 }, (_, j) => ({
                  label: `本单位自定的很长的二级指标第${j + 1}项`,
                  role: "other" as const,
                })),
              ],
            }
          : l1,
      ),
    });
  }
  const level2Of = (fake: ReturnType<typeof setUp>["fake"], cell: string) => {
    const sheet = fake.model.sheet(SHEET);
    const entry = sheet.cell(cell).validation;
    return { source: entry?.rule?.list?.source ?? null, items: entry ? sheet.listItems(entry) : null, entry };
  };

  it("puts a long list on a very hidden sheet of ours, whole, and points the dropdown at it", async () => {
    const { fake, adapter } = setUp([seedGrid(["会议费"])]);
    const profile = longProfile();
    await adapter.saveSettings({
      ...adapter.currentSettings(),
      profile: "custom",
      customProfile: profile,
      dropdowns: "all",
    });
    const result = await adapter.checkSheet(SHEET);
    const lists = fake.model.findSheet(LIST_SHEET)!;
    expect(lists.visibility).toBe("VeryHidden");
    const b4 = level2Of(fake, "B4");
    expect(b4.source).toMatch(/^=jixiao_lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    expect(b4.items).toEqual(profile.level1[0].level2.map((l2) => l2.label));
    expect(b4.items!.join(",").length).toBeGreaterThan(400);
    expect(b4.entry?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    // Short lists stay inline.
    expect(level2Of(fake, "A4").source).toBe("产出指标,效益指标,满意度指标");
    // The list sheet is ours, not the user's: never checked, never listed.
    expect(result.report.stats.tables).toBe(1);
    const whole = await adapter.checkWorkbook();
    expect(whole.tables.map((t) => t.sheet)).toEqual([SHEET]);
    const again = await syncsOf(fake, () => adapter.checkSheet(SHEET));
    expect(again.syncs).toBe(1);
  });

  it("an inserted table's long list goes there too, reusing a column that holds the same list", async () => {
    const { fake, adapter } = setUp([seedGrid(["会议费"])]);
    const profile = longProfile();
    const insert = (row: number) =>
      adapter.applyPlan(SHEET, (fresh) =>
        planNewTable(findTemplate(BUILTIN_CATALOGUE, "差旅费")!, {
          grid: fresh.grid,
          profile,
          layout: "combined",
          anchor: { sheet: SHEET, row, col: 0 },
          year: 2023,
          number: 1,
          insertRows: true,
        }),
      );
    await insert(0);
    const tables = findTables(fake.model.toGrids().filter((g) => g.sheet === SHEET));
    const level2 = tables[0].columns.level2!;
    const first = tables[0].firstRow;
    const cell = `${columnName(level2)}${first + 1}`;
    expect(level2Of(fake, cell).items).toEqual(profile.level1[0].level2.map((l2) => l2.label));
    const columns = fake.model
      .findSheet(LIST_SHEET)!
      .toGrid()
      .values[0].filter((v) => v !== null).length;
    await insert(0);
    expect(
      fake.model
        .findSheet(LIST_SHEET)!
        .toGrid()
        .values[0].filter((v) => v !== null).length,
    ).toBe(columns);
  });

  it("a check nobody asked for does not make the list sheet (that would clear Ctrl+Z on the desktop); the user's check does", async () => {
    const { fake, adapter } = setUp([seedGrid(["会议费"])], {
      apiVersion: "1.20",
      undo: { addinWritesUndoable: true },
    });
    await adapter.saveSettings({
      ...adapter.currentSettings(),
      profile: "custom",
      customProfile: longProfile(),
      dropdowns: "all",
    });
    fake.user.edit(SHEET, "D5", "参与会议人数");
    const automatic = await adapter.checkSheet(SHEET, { automatic: true });
    expect(fake.model.findSheet(LIST_SHEET)).toBeUndefined();
    expect(automatic.marksPending).toEqual([SHEET]);
    expect(fake.undo.clears).toBe(0);
    expect(fake.undo.depth).toBeGreaterThan(0);
    const asked = await adapter.checkSheet(SHEET);
    expect(asked.marksPending).toEqual([]);
    expect(fake.model.findSheet(LIST_SHEET)?.visibility).toBe("VeryHidden");
    expect(level2Of(fake, "B4").items).toHaveLength(28);
  });
});

describe("marks in their thousands, and address lists Excel refuses", () => {
  const manyTables = () => {
    const seeds = loadSeedTables();
    return seedSheet(
      SHEET,
      Array.from({ length: 200 }, (_, i) => seeds[i % seeds.length]),
      // Level cells written out, not merged: fewer than Excel's 512 merged areas per read.
      { mergeLevels: false },
    ).grid;
  };
  const markedCells = (fake: ReturnType<typeof setUp>["fake"]) => {
    const cells = new Set<string>();
    for (const cf of fake.model.sheet(SHEET).conditionalFormats) {
      if (!isMarkFormula(cf.formula)) continue;
      for (const a of cf.areas)
        for (let r = a.row; r < a.row + a.rowCount; r++)
          for (let c = a.col; c < a.col + a.colCount; c++) cells.add(`${columnName(c)}${r + 1}`);
    }
    return cells;
  };

  it("marks more than 2,000 scattered cells in one write, adjacent ones joined into rectangles", async () => {
    const { fake, adapter } = setUp([manyTables()]);
    const { result, syncs } = await syncsOf(fake, () => adapter.checkSheet(SHEET));
    const wanted = new Set(result.report.diagnostics.map((d) => d.cell));
    expect(wanted.size).toBeGreaterThan(2000);
    expect(syncs).toBe(2);
    expect(markedCells(fake)).toEqual(wanted);
    const formats = fake.model.sheet(SHEET).conditionalFormats.filter((cf) => isMarkFormula(cf.formula));
    const areas = formats.reduce((n, cf) => n + cf.areas.length, 0);
    expect(areas).toBeLessThan(wanted.size * 0.6);
    expect(adapter.retries).toBe(0);
  });

  it("writes a refused address list again in halves; what came before it in the batch is kept, and later checks write short lists at once", async () => {
    const { fake, adapter } = setUp([manyTables()], { addressLimit: { chars: 400, areas: 12 } });
    await adapter.saveSettings({ ...adapter.currentSettings(), dropdowns: "all" });
    const result = await adapter.checkSheet(SHEET);
    expect(adapter.retries).toBeGreaterThan(0);
    expect(markedCells(fake)).toEqual(new Set(result.report.diagnostics.map((d) => d.cell)));
    // The dropdowns of the same batch were written before the marks, and kept.
    expect(fake.model.sheet(SHEET).cell("A4").validation).not.toBeNull();
    const retried = adapter.retries;
    fake.user.edit(SHEET, "E9", "≥450元");
    await fake.idle();
    adapter.changes.userChanged(SHEET, "A1");
    const again = await syncsOf(fake, () => adapter.checkSheet(SHEET));
    expect(again.syncs).toBe(2);
    expect(adapter.retries).toBe(retried);
  });
});
