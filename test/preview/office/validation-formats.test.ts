/**
 * Data validation, conditional formats and the user's own formatting are stored, read back and refused
 * the way Excel does.
 */
import { rejection, setup } from "./fixtures";
import { areasOf } from "../../../src/workbook/workbook-model";

const LEVELS = "产出指标,效益指标,满意度指标";

describe("data validation", () => {
  test("a list rule, its error alert and ignoreBlanks are stored and read back", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B9");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: LEVELS } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "一级指标",
        message: "请从列表选择",
      };
      range.dataValidation.ignoreBlanks = false;
      await context.sync();
      const read = context.workbook.worksheets.getItem("Sheet1").getRange("B3:B4").dataValidation;
      read.load("type, rule, errorAlert, ignoreBlanks, prompt");
      await context.sync();
      expect(read.type).toBe("List");
      expect(read.rule).toEqual({ list: { inCellDropDown: true, source: LEVELS } });
      expect(read.errorAlert).toEqual({
        showAlert: true,
        style: "Warning",
        title: "一级指标",
        message: "请从列表选择",
      });
      expect(read.ignoreBlanks).toBe(false);
      expect(read.prompt).toEqual({ showPrompt: false, title: "", message: "" });
    });
    expect(sheet.cell("B5").validation).toMatchObject({
      areas: areasOf("B2:B9"),
      rule: { list: { source: LEVELS } },
    });
    expect(sheet.cell("B10").validation).toBeNull();
  });

  test("a Range as list source is stored as Excel's absolute formula", async () => {
    const { excel, model, sheet } = setup();
    model.addSheet("选项 表");
    await excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem("选项 表").getRange("A1:A3");
      context.workbook.worksheets.getItem("Sheet1").getRange("C2").dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
      await context.sync();
    });
    expect(sheet.cell("C2").validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "='选项 表'!$A$1:$A$3" },
    });
  });

  test("an inline list longer than 255 characters is refused; 255 is fine", async () => {
    const { excel, sheet } = setup();
    const at255 = "甲,".repeat(127) + "乙"; // 255 characters
    expect(at255.length).toBe(255);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
        list: { inCellDropDown: true, source: at255 },
      };
      await context.sync();
    });
    expect(sheet.cell("A1").validation?.rule?.list?.source).toBe(at255);
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").dataValidation.rule = {
          list: { inCellDropDown: true, source: at255 + "丙" },
        };
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(sheet.cell("A2").validation).toBeNull();
  });

  test("a rule with two criteria, or none, is refused", async () => {
    const { excel } = setup();
    for (const rule of [{ list: { inCellDropDown: true, source: "a" }, custom: { formula: "=TRUE" } }, {}]) {
      const error = await rejection(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = rule;
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("reading a range with mixed validation: MixedCriteria, Inconsistent, and null where cells differ", async () => {
    const { excel, sheet } = setup();
    sheet.setValidationRule(areasOf("A1:A2")[0], { list: { inCellDropDown: true, source: "a,b" } });
    sheet.setValidationRule(areasOf("B1:B2")[0], { list: { inCellDropDown: true, source: "x,y" } });
    sheet.setValidationRule(areasOf("C1")[0], { list: { inCellDropDown: true, source: "a,b" } });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const mixed = ws.getRange("A2:A3").dataValidation.load("type, rule");
      const inconsistent = ws.getRange("A1:B1").dataValidation.load("type, rule, errorAlert");
      const sameRule = ws.getRange("A1").dataValidation.load("type");
      const none = ws.getRange("D1").dataValidation.load("type, rule, errorAlert");
      const areas = ws.getRanges("A1, C1").dataValidation.load("type, rule");
      await context.sync();
      expect([mixed.type, mixed.rule]).toEqual(["MixedCriteria", null]);
      expect([inconsistent.type, inconsistent.rule]).toEqual(["Inconsistent", null]);
      expect(inconsistent.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "", message: "" });
      expect(sameRule.type).toBe("List");
      expect([none.type, none.rule]).toEqual(["None", null]);
      expect(none.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "", message: "" });
      expect([areas.type, areas.rule]).toEqual(["List", { list: { inCellDropDown: true, source: "a,b" } }]);
    });
  });

  test("a rule over cells of several validation records is refused until cleared (office-js #2594)", async () => {
    const { excel, sheet } = setup();
    const prompt = (address: string, title: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(address).dataValidation.prompt = {
          showPrompt: true,
          title,
          message: "",
        };
        await context.sync();
      });
    await prompt("B5:B10", "first");
    await prompt("B1:B10", "second");
    const setRule = () =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1:B10").dataValidation.rule = {
          list: { inCellDropDown: true, source: "Item 1, Item 2" },
        };
        await context.sync();
      });
    expect((await rejection(setRule())).code).toBe("InvalidArgument");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:B10").dataValidation.clear();
      await context.sync();
    });
    await setRule();
    expect(sheet.snapshot().validations).toEqual([
      expect.objectContaining({
        areas: "B1:B10",
        rule: { list: { inCellDropDown: true, source: "Item 1, Item 2" } },
      }),
    ]);
  });

  test("a rule over a range only partly validated is refused; the same range again is fine", async () => {
    const { excel } = setup();
    const setRule = (address: string, source: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(address).dataValidation.rule = {
          list: { inCellDropDown: true, source },
        };
        await context.sync();
      });
    await setRule("C5:C20", "a,b");
    await setRule("C5:C20", "a,b,c");
    expect((await rejection(setRule("C5:C22", "a,b,c"))).code).toBe("InvalidArgument");
  });

  test("clear() removes validation from the cleared cells only", async () => {
    const { excel, sheet } = setup();
    sheet.setValidationRule(areasOf("A1:A10")[0], { list: { inCellDropDown: true, source: "a" } });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A4:A5").dataValidation.clear();
      await context.sync();
    });
    expect(sheet.snapshot().validations.map((v) => v.areas)).toEqual(["A1:A3,A6:A10"]);
  });

  test("valid tells whether the cells hold choices of their list", async () => {
    const { excel, sheet } = setup([["产出指标"], ["效益指标"], ["其他"], [null]]);
    sheet.setValidationRule(areasOf("A1:A4")[0], { list: { inCellDropDown: true, source: LEVELS } });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const good = ws.getRange("A1:A2").dataValidation.load("valid");
      const bad = ws.getRange("A3").dataValidation.load("valid");
      const some = ws.getRange("A1:A4").dataValidation.load("valid");
      await context.sync();
      expect([good.valid, bad.valid, some.valid]).toEqual([true, false, null]);
    });
  });
});

describe("conditional formats", () => {
  test("a custom format is stored with its formula, fill and font, and read back through the range", async () => {
    const { excel, sheet } = setup();
    let id = "";
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C5:C20");
      const cf = range.conditionalFormats.add(excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=LEN(TRIM($C5))=0";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      cf.stopIfTrue = true;
      cf.load("id");
      await context.sync();
      id = cf.id;
      const overlapping = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A10:D10").conditionalFormats;
      overlapping.load(
        "items/id, items/type, items/priority, items/stopIfTrue, items/custom/rule/formula, items/custom/format/fill/color, items/custom/format/font/color",
      );
      const count = overlapping.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      const [item] = overlapping.items;
      expect([item.id, item.type, item.priority, item.stopIfTrue]).toEqual([id, "Custom", 0, true]);
      expect(item.custom.rule.formula).toBe("=LEN(TRIM($C5))=0");
      expect([item.custom.format.fill.color, item.custom.format.font.color]).toEqual(["#FFC7CE", "#9C0006"]);
    });
    expect(sheet.cell("C7").conditionalFormats.map((cf) => cf.id)).toEqual([id]);
    expect(sheet.cell("D7").conditionalFormats).toEqual([]);
  });

  test("a new format takes the top priority; priority can be changed; a range lists only formats that touch it", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1=1";
      ws.getRange("B1:B5").conditionalFormats.add("Custom").custom.rule.formula = "=B1=2";
      await context.sync();
      const all = ws.getRange("A1:B5").conditionalFormats.load("items/priority, items/custom/rule/formula");
      const onlyA = ws.getRange("A3").conditionalFormats.load("items/custom/rule/formula");
      await context.sync();
      expect(all.items.map((cf) => [cf.priority, cf.custom.rule.formula])).toEqual([
        [0, "=B1=2"],
        [1, "=A1=1"],
      ]);
      expect(onlyA.items.map((cf) => cf.custom.rule.formula)).toEqual(["=A1=1"]);
      all.items[1].priority = 0;
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((cf) => cf.formula)).toEqual(["=A1=1", "=B1=2"]);
  });

  test("one format over many areas through RangeAreas (ExcelApi 1.9); getRange needs a single area", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const cf = ws.getRanges("B3:B4, D7, F2:G2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FFEB9C";
      const single = cf.getRangeOrNullObject();
      const areas = cf.getRanges().load("address, areaCount");
      await context.sync();
      expect(single.isNullObject).toBe(true);
      expect([areas.address, areas.areaCount]).toEqual(["Sheet1!B3:B4, Sheet1!D7, Sheet1!F2:G2", 3]);
      const error = await rejection((cf.getRange().load("address"), context.sync()));
      expect(error.code).toBe("InvalidOperation");
    });
    expect(sheet.snapshot().conditionalFormats.map((cf) => cf.areas)).toEqual(["B3:B4,D7,F2:G2"]);
  });

  test("clearAll takes only the range's cells out; delete removes the whole format", async () => {
    const { excel, sheet } = setup();
    sheet.addConditionalFormat(areasOf("A1:A10"), "Custom").formula = "=1";
    sheet.addConditionalFormat(areasOf("C1:C2"), "Custom").formula = "=2";
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A4:A5").conditionalFormats.clearAll();
      ws.getRange("C1").conditionalFormats.getItemAt(0).delete();
      await context.sync();
    });
    expect(sheet.snapshot().conditionalFormats.map((cf) => [cf.formula, cf.areas])).toEqual([
      ["=1", "A1:A3,A6:A10"],
    ]);
  });

  test("getItem of an unknown id is ItemNotFound; customOrNullObject is null on another type", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const bar = ws.getRange("A1:A3").conditionalFormats.add("DataBar");
      const custom = bar.customOrNullObject;
      custom.load("isNullObject");
      await context.sync();
      expect(custom.isNullObject).toBe(true);
      ws.getRange("A1").conditionalFormats.getItem("{no such id}").load("id");
      expect((await rejection(context.sync())).code).toBe("ItemNotFound");
    });
  });

  test("conditional formats on a RangeAreas need ExcelApi 1.9", async () => {
    const { excel } = setup([], { apiVersion: "1.8" });
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRanges("A1, B2").conditionalFormats.add("Custom");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("the user's own formatting", () => {
  test("fill and font read back; a range with differing cells reads null; no fill reads #FFFFFF", async () => {
    const { excel, sheet } = setup([["a", "b", "c"]]);
    sheet.setFormat("A1:B1", { fill: "#FFFF00", fontColor: "#FF0000", bold: true });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const same = ws.getRange("A1:B1").load("format/fill/color, format/font/color, format/font/bold");
      const differing = ws.getRange("A1:C1").load("format/fill/color, format/font/bold");
      const plainCell = ws.getRange("C1").load("format/fill/color, format/font/color, format/font/italic");
      await context.sync();
      expect([same.format.fill.color, same.format.font.color, same.format.font.bold]).toEqual([
        "#FFFF00",
        "#FF0000",
        true,
      ]);
      expect([differing.format.fill.color, differing.format.font.bold]).toEqual([null, null]);
      expect([
        plainCell.format.fill.color,
        plainCell.format.font.color,
        plainCell.format.font.italic,
      ]).toEqual(["#FFFFFF", "#000000", false]);
    });
  });

  test("writes to formatting are applied (so a test can see whether the add-in made any)", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#00FF00";
      await context.sync();
    });
    expect(sheet.snapshot().formats).toEqual({ A1: { fill: "#00FF00" } });
  });
});
