/**
 * The user's undo stack under add-in writes (src/preview/office/undo.ts): without undo support every
 * write clears it; with it, writes are undoable steps (one per undo group), and the documented
 * exceptions clear it or fail the group with UndoNotSupported.
 */
import { rejection, setup } from "./fixtures";
import { UNDO_DEPTH } from "../../../src/preview/office/undo";

const writeB1 = (s: ReturnType<typeof setup>, value: string) =>
  s.excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[value]];
    await context.sync();
  });

describe("a host without undo support for add-ins", () => {
  it("clears the user's stack with any write, and only with a write", async () => {
    const s = setup([["a"]]);
    s.fake.user.edit("Sheet1", "A1", "typed");
    expect(s.fake.undo.depth).toBe(1);
    // Reads, the selection and counts change nothing the user could undo.
    await s.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load("values");
      range.select();
      context.workbook.worksheets.getCount();
      await context.sync();
    });
    expect(s.fake.undo.depth).toBe(1);
    await s.excel.run(async (context) => {
      const added = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .conditionalFormats.add("Custom");
      added.custom.rule.formula = "=TRUE";
      await context.sync();
    });
    expect(s.fake.undo.depth).toBe(0);
    expect(s.fake.undo.clears).toBe(1);
    expect(s.fake.undo.clearedBy).toEqual(["ConditionalFormatCollection.add"]);
    expect(s.fake.user.undo()).toBeNull();
  });

  it("does not claim ExcelUndoApiAll", () => {
    expect(setup().fake.requirements.isSetSupported("ExcelUndoApiAll", "1.0")).toBe(false);
  });
});

describe("a host with undo support for add-ins", () => {
  const undoable = (apiVersion: "1.17" | "1.20" = "1.20", platform: "web" | "desktop" = "desktop") =>
    setup([["a", "b"]], { apiVersion, undo: { addinWritesUndoable: true, platform } });

  it("claims ExcelUndoApiAll 1.0, as the documentation says to test", () => {
    expect(undoable().fake.requirements.isSetSupported("ExcelUndoApiAll", "1.0")).toBe(true);
  });

  it("puts an add-in's write on the stack; Ctrl+Z takes it back, then the user's own edit", async () => {
    const s = undoable();
    s.fake.user.edit("Sheet1", "A1", "typed");
    await writeB1(s, "written");
    expect(s.fake.undo.labels()).toEqual(["user: edit Sheet1!A1", "add-in: Range.values"]);
    expect(s.fake.user.undo()).toBe("add-in: Range.values");
    expect(s.sheet.value(0, 1)).toBe("b");
    expect(s.sheet.value(0, 0)).toBe("typed");
    expect(s.fake.user.undo()).toBe("user: edit Sheet1!A1");
    expect(s.sheet.value(0, 0)).toBe("a");
    expect(s.fake.undo.clears).toBe(0);
  });

  it("takes back conditional formats and validation too", async () => {
    const s = undoable();
    await s.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      const added = range.conditionalFormats.add("Custom");
      added.custom.rule.formula = "=TRUE";
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } };
      await context.sync();
    });
    expect(s.sheet.conditionalFormats).toHaveLength(1);
    s.fake.user.undo();
    expect(s.sheet.conditionalFormats).toEqual([]);
    expect(s.sheet.validationAt(0, 0)).toBeNull();
  });

  it("makes the syncs of an Excel.run({ mergeUndoGroup: true }) one step on ExcelApi 1.20, and ignores the option before", async () => {
    for (const [apiVersion, steps] of [
      ["1.20", 1],
      ["1.17", 2],
    ] as const) {
      const s = undoable(apiVersion);
      await s.excel.run({ mergeUndoGroup: true }, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["1"]];
        await context.sync();
        sheet.getRange("B1").values = [["2"]];
        await context.sync();
      });
      expect(s.fake.undo.depth).toBe(steps);
    }
  });

  it("clears the stack for a settings write (reported: office-js #3141), and fails an undo group holding one", async () => {
    const s = undoable();
    s.fake.user.edit("Sheet1", "A1", "typed");
    await s.excel.run(async (context) => {
      context.workbook.settings.add("key", "value");
      await context.sync();
    });
    expect(s.fake.undo.depth).toBe(0);
    expect(s.fake.undo.clearedBy).toEqual(["SettingCollection.add"]);
    s.fake.user.edit("Sheet1", "A1", "again");
    const error = await rejection(
      s.excel.run({ mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["x"]];
        context.workbook.settings.add("key", "other");
        await context.sync();
      }),
    );
    expect(error.code).toBe("UndoNotSupported");
    // Nothing of the refused batch was applied, and the user's step is still there.
    expect(s.sheet.value(0, 1)).toBe("b");
    expect(s.fake.undo.depth).toBe(1);
  });

  it("clears the stack when a sheet is hidden on the desktop, not on the web (the documented table)", async () => {
    for (const [platform, depth] of [
      ["desktop", 0],
      ["web", 2],
    ] as const) {
      const s = undoable("1.20", platform);
      s.fake.user.addSheet("Other");
      s.fake.user.edit("Sheet1", "A1", "typed");
      await s.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").visibility = "VeryHidden";
        await context.sync();
      });
      expect(s.fake.undo.depth).toBe(depth);
    }
  });

  it("raises onChanged over the cells Ctrl+Z puts back", async () => {
    const s = undoable();
    const seen: string[] = [];
    await s.excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args.address);
      });
      await context.sync();
    });
    await writeB1(s, "written");
    await s.fake.idle();
    seen.length = 0;
    s.fake.user.undo();
    await s.fake.idle();
    expect(seen).toEqual(["B1"]);
  });

  it(`keeps the last ${UNDO_DEPTH} steps, as Excel does`, () => {
    const s = undoable();
    for (let i = 0; i < UNDO_DEPTH + 5; i++) s.fake.user.edit("Sheet1", "A1", `v${i}`);
    expect(s.fake.undo.depth).toBe(UNDO_DEPTH);
  });
});
