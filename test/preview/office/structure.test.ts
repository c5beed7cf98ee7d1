/**
 * Inserts, deletes and merges move everything that lives on the grid the way Excel does; addresses come
 * back in Excel's own forms.
 */
import { labelled, rejection, setup } from "./fixtures";
import { areasOf } from "../../../src/workbook/workbook-model";

describe("insert", () => {
  test("entire rows: values shift, a merge spanning the insert grows, one below moves, formats copy from above", async () => {
    const { excel, sheet, fake } = setup(labelled(6, 3), { merges: areasOf("A2:A4, B5:C5") });
    sheet.setFormat("A3:C3", { fill: "#DDEBF7" });
    sheet.setNumberFormat(areasOf("C3")[0], "0%");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("4:5").insert("Down");
      await context.sync();
    });
    const snap = fake.model.snapshot().sheets[0];
    expect(snap.values.map((line) => line[0])).toEqual([
      "r1c1",
      "r2c1",
      "r3c1",
      null,
      null,
      "r4c1",
      "r5c1",
      "r6c1",
    ]);
    expect(snap.merges).toEqual(["A2:A6", "B7:C7"]);
    // The inserted rows take the formatting of the row above them (row 3).
    expect(sheet.cell("B4").format).toEqual({ fill: "#DDEBF7" });
    expect(sheet.cell("C5").numberFormat).toBe("0%");
  });

  test("validation areas and conditional formats grow or move, and the references in their formulas follow", async () => {
    const { excel, sheet } = setup(labelled(10, 3));
    sheet.setValidationRule(areasOf("C2:C6")[0], { list: { inCellDropDown: true, source: "=$E$1:$E$3" } });
    sheet.setValidationRule(areasOf("B8")[0], { custom: { formula: "=B8<>B2" } });
    const cf = sheet.addConditionalFormat(areasOf("A2:C6"), "Custom");
    cf.formula = '=AND($A2="x",B$1>0,"A2"="A2")';
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A4:C4").getEntireRow().insert("Down");
      await context.sync();
    });
    const snap = sheet.snapshot();
    expect(snap.validations.map((v) => [v.areas, v.rule])).toEqual([
      ["C2:C7", { list: { inCellDropDown: true, source: "=$E$1:$E$3" } }],
      ["B9", { custom: { formula: "=B9<>B2" } }],
    ]);
    expect(snap.conditionalFormats[0].areas).toBe("A2:C7");
    // $A2 is above the insert and stays; text in quotes is not a reference.
    expect(snap.conditionalFormats[0].formula).toBe('=AND($A2="x",B$1>0,"A2"="A2")');
  });

  test("cells shifted down in some columns only leave the other columns alone and split areas", async () => {
    const { excel, sheet } = setup(labelled(4, 3));
    sheet.setValidationRule(areasOf("A1:C4")[0], { list: { inCellDropDown: true, source: "a,b" } });
    await excel.run(async (context) => {
      const inserted = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").insert("Down");
      inserted.load("address");
      await context.sync();
      expect(inserted.address).toBe("Sheet1!B2:C2");
    });
    expect(sheet.readValues(areasOf("A1:C5")[0])).toEqual([
      ["r1c1", "r1c2", "r1c3"],
      ["r2c1", "", ""],
      ["r3c1", "r2c2", "r2c3"],
      ["r4c1", "r3c2", "r3c3"],
      ["", "r4c2", "r4c3"],
    ]);
    expect(sheet.snapshot().validations[0].areas).toBe("A1:A4,B1:C5");
  });

  test("a shift that would cut through a merged area fails and changes nothing", async () => {
    const { excel, sheet, fake } = setup(labelled(4, 3), { merges: areasOf("B3:C3") });
    const before = JSON.stringify(fake.model.snapshot());
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2:B2").insert("Down");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(JSON.stringify(fake.model.snapshot())).toBe(before);
    expect(sheet.merges).toEqual(areasOf("B3:C3"));
  });

  test("inserting would push a value off the sheet: NonBlankCellOffSheet", async () => {
    const { excel, sheet } = setup();
    sheet.setValue(1_048_575, 0, "last row");
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("1:1").insert("Down");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NonBlankCellOffSheet");
  });

  test("columns to the right", async () => {
    const { excel, sheet } = setup(labelled(2, 3), { merges: areasOf("A2:C2") });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B:B").insert("Right");
      await context.sync();
    });
    expect(sheet.readValues(areasOf("A1:D1")[0])).toEqual([["r1c1", "", "r1c2", "r1c3"]]);
    expect(sheet.merges).toEqual(areasOf("A2:D2"));
  });
});

describe("delete", () => {
  test("merges shrink or vanish, areas shrink, references to deleted cells become #REF!", async () => {
    const { excel, sheet } = setup(labelled(8, 2), { merges: areasOf("A2:A4, B5:B6") });
    sheet.setValidationRule(areasOf("A6:A8")[0], { list: { inCellDropDown: true, source: "a" } });
    const cf = sheet.addConditionalFormat(areasOf("B7"), "Custom");
    cf.formula = "=$A5+B7";
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("3:5").delete("Up");
      await context.sync();
    });
    expect(sheet.readValues(areasOf("A1:A5")[0]).flat()).toEqual(["r1c1", "r2c1", "r6c1", "r7c1", "r8c1"]);
    // A2:A4 loses two rows and is a single cell: no longer a merge. B5:B6 loses B5: B3, a single cell too.
    expect(sheet.merges).toEqual([]);
    expect(sheet.snapshot().validations[0].areas).toBe("A3:A5");
    expect(sheet.snapshot().conditionalFormats[0]).toMatchObject({ areas: "B4", formula: "=#REF!+B4" });
  });
});

describe("merge", () => {
  test("keeps only the top-left value, as Excel does", async () => {
    const { excel, sheet } = setup([
      ["title", "x"],
      ["y", "z"],
    ]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").merge();
      await context.sync();
    });
    expect(sheet.readValues(areasOf("A1:B2")[0])).toEqual([
      ["title", ""],
      ["", ""],
    ]);
    expect(sheet.merges).toEqual(areasOf("A1:B2"));
  });

  test("across merges each row; unmerge undoes every merge the range touches", async () => {
    const { excel, sheet } = setup(labelled(3, 3));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").merge(true);
      await context.sync();
      expect(sheet.merges).toEqual(areasOf("A1:C1, A2:C2"));
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").unmerge();
      await context.sync();
    });
    expect(sheet.merges).toEqual(areasOf("A1:C1"));
  });

  test("merging over part of a merged area is refused; a value for a hidden merged cell is refused", async () => {
    const { excel } = setup(labelled(3, 3), { merges: areasOf("B1:C1") });
    const overlap = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge();
        await context.sync();
      }),
    );
    expect(overlap.code).toBe("InvalidOperation");
    const hidden = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1:C1").values = [["ok", "hidden"]];
        await context.sync();
      }),
    );
    expect(hidden.code).toBe("InvalidOperation");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:C1").values = [["ok", ""]];
      await context.sync();
    });
  });

  test("getMergedAreasOrNullObject returns only areas whose top-left cell is in the range (office-js #3611)", async () => {
    const { excel } = setup(labelled(10, 5), { merges: areasOf("A1:C1, B3:B5, D8:E9") });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const inside = sheet.getRange("A1:C6").getMergedAreasOrNullObject();
      const straddling = sheet.getRange("C2:E8").getMergedAreasOrNullObject(); // holds D8's corner only
      const none = sheet.getRange("B2:C2").getMergedAreasOrNullObject(); // B3:B5 starts below it
      inside.load("address, areaCount, cellCount");
      inside.areas.load("items/rowIndex, items/columnIndex, items/rowCount, items/columnCount");
      straddling.load("address");
      await context.sync();
      expect(inside.address).toBe("Sheet1!A1:C1, Sheet1!B3:B5");
      expect([inside.areaCount, inside.cellCount]).toEqual([2, 6]);
      expect(inside.areas.items.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount])).toEqual([
        [0, 0, 1, 3],
        [2, 1, 3, 1],
      ]);
      expect(straddling.address).toBe("Sheet1!D8:E9");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("more than 512 merged areas fail", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => ({ row: i, col: 0, rowCount: 1, colCount: 2 }));
    const { excel } = setup([], { merges });
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A:B")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
  });
});

describe("addresses", () => {
  test.each([
    ["Sheet1", "Sheet1!B3:C4"],
    ["Two Names", "'Two Names'!B3:C4"],
    ["Sheet's", "'Sheet''s'!B3:C4"],
    ["绩效目标", "绩效目标!B3:C4"],
    ["2022年绩效目标", "'2022年绩效目标'!B3:C4"],
    ["ev1", "'ev1'!B3:C4"],
    ["R2C3", "'R2C3'!B3:C4"],
  ])("a range on %s reads %s", async (name, address) => {
    const { excel } = setup([], { sheet: name });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(name).getRange("B3:C4").load("address");
      await context.sync();
      expect(range.address).toBe(address);
    });
  });

  test("whole rows and columns, single cells, and a sheet-qualified getRange", async () => {
    const { excel } = setup([], { sheet: "2022年绩效目标" });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("2022年绩效目标");
      const rows = sheet.getRange("5:6").load("address, isEntireRow, columnCount");
      const cols = sheet.getRange("B:C").load("address, isEntireColumn");
      const cell = sheet.getRange("'2022年绩效目标'!$B$3").load("address");
      await context.sync();
      expect([rows.address, rows.isEntireRow, rows.columnCount]).toEqual([
        "'2022年绩效目标'!5:6",
        true,
        16384,
      ]);
      expect([cols.address, cols.isEntireColumn]).toEqual(["'2022年绩效目标'!B:C", true]);
      expect(cell.address).toBe("'2022年绩效目标'!B3");
    });
  });

  test("an address on another sheet, or a bad one, is InvalidArgument", async () => {
    const { excel, model } = setup();
    model.addSheet("Other");
    for (const address of ["Other!A1", "A0", "XFE1", "A1:B2:C3"]) {
      const error = await rejection(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange(address).load("address");
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });
});

describe("derived ranges", () => {
  test("cells, offsets, resizes, entire rows, intersections, bounding rectangles, used ranges", async () => {
    const { excel } = setup([
      [null, null, null],
      [null, "b2", "c2"],
      [null, "b3", null],
    ]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRange("B2:C3");
      const ranges = [
        base.getCell(1, 1),
        base.getOffsetRange(1, -1),
        base.getResizedRange(2, -1),
        base.getAbsoluteResizedRange(1, 3),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getLastRow(),
        base.getRowsBelow(2),
        base.getColumnsBefore(),
        base.getBoundingRect("E5"),
        base.getIntersection("C1:D2"),
        sheet.getRange("A1:B3").getUsedRange(),
        sheet.getRangeByIndexes(1, 1, 2, 2),
        sheet.getCell(2, 2),
      ].map((r) => r.load("address"));
      const apart = base.getIntersectionOrNullObject("E5:F6");
      const unused = sheet.getRange("A1").getUsedRangeOrNullObject();
      await context.sync();
      expect(ranges.map((r) => r.address.replace("Sheet1!", ""))).toEqual([
        "C3",
        "A3:B4",
        "B2:B5",
        "B2:D2",
        "2:3",
        "B:C",
        "B3:C3",
        "B4:C5",
        "A2:A3",
        "B2:E5",
        "C2",
        "B2:B3",
        "B2:C3",
        "C3",
      ]);
      expect(apart.isNullObject).toBe(true);
      expect(unused.isNullObject).toBe(true);
    });
  });

  test("a derived range outside the sheet is InvalidArgument", async () => {
    const { excel } = setup();
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("hyperlinks", () => {
  test("a hyperlink is stored per cell (ExcelApi 1.7); textToDisplay becomes the top-left value; no link reads null", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").hyperlink = {
        address: "https://www.mof.gov.cn",
        textToDisplay: "财政部",
        screenTip: "打开",
      };
      const linked = ws.getRange("A1").load("hyperlink, values");
      const plainCell = ws.getRange("B1").load("hyperlink");
      await context.sync();
      expect(linked.hyperlink).toEqual({
        address: "https://www.mof.gov.cn",
        textToDisplay: "财政部",
        screenTip: "打开",
      });
      expect(linked.values).toEqual([["财政部"]]);
      expect(plainCell.hyperlink).toBeNull();
      ws.getRange("A1").clear("Hyperlinks");
      await context.sync();
    });
    expect(sheet.cell("A1")).toMatchObject({ hyperlink: null, value: "财政部" });
  });
});
