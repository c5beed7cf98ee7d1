/**
 * The load/sync discipline of office.js: nothing is readable before load + sync, loads are snapshots,
 * writes are queued and applied at sync in order, failures reject the sync with office.js's codes.
 */
import { rejection, setup, thrown } from "./fixtures";

const NOT_LOADED = `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

describe("reading properties", () => {
  test("a property read before load, or after load but before sync, throws PropertyNotLoaded", async () => {
    const { excel } = setup([["a", 1]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      const before = thrown(() => range.values);
      expect(before).toMatchObject({ code: "PropertyNotLoaded", message: NOT_LOADED, name: "RichApi.Error" });
      expect(before.debugInfo).toMatchObject({ code: "PropertyNotLoaded", errorLocation: "Range.values" });
      range.load("values");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      // Loading values loads nothing else.
      expect(thrown(() => range.address).code).toBe("PropertyNotLoaded");
    });
  });

  test("setting a property does not make it readable (stricter than office.js, on purpose)", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["x"]];
      await context.sync();
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
    });
  });

  test("what a sync loads is the workbook at that point of the queue, and stays until loaded again", async () => {
    const { excel, fake } = setup([["old"]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const first = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [["new"]];
      const second = sheet.getRange("A1").load("values");
      await context.sync();
      expect(first.values).toEqual([["old"]]);
      expect(second.values).toEqual([["new"]]);
      fake.user.edit("Sheet1", "A1", "typed later");
      expect(second.values).toEqual([["new"]]);
      second.load("values");
      await context.sync();
      expect(second.values).toEqual([["typed later"]]);
    });
  });

  test("loaded arrays are copies: changing them changes nothing in the workbook", async () => {
    const { excel, sheet } = setup([["a"]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      range.values[0][0] = "mutated";
    });
    expect(sheet.value(0, 0)).toBe("a");
  });

  test("every load form office.js accepts", async () => {
    const { excel, sheet } = setup([["a", "b"]]);
    sheet.setFormat("A1", { fill: "#FFFF00" });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const byString = ws.getRange("A1").load(" address , format/fill/color ");
      const byArray = ws.getRange("A1").load(["rowIndex", "columnIndex"]);
      const byObject = ws.getRange("A1").load({ rowCount: true, format: { fill: { color: true } } });
      const bySelect = ws.getRange("A1:B1").load({ select: "columnCount", expand: "format/fill" });
      const everything = ws.getRange("B1").load();
      await context.sync();
      expect(byString.address).toBe("Sheet1!A1");
      expect(byString.format.fill.color).toBe("#FFFF00");
      expect([byArray.rowIndex, byArray.columnIndex]).toEqual([0, 0]);
      expect(byObject.rowCount).toBe(1);
      expect(byObject.format.fill.color).toBe("#FFFF00");
      expect(bySelect.columnCount).toBe(2);
      expect(bySelect.format.fill.color).toBeNull(); // A1 yellow, B1 none: not uniform
      expect(everything.values).toEqual([["b"]]);
      expect(everything.text).toEqual([["b"]]);
      expect(everything.numberFormat).toEqual([["General"]]);
    });
  });

  test("a parameterless load on an older host loads what that host has", async () => {
    const { excel } = setup([["a"]], { apiVersion: "1.6" });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load();
      await context.sync();
      expect(range.values).toEqual([["a"]]);
      expect(() => range.hyperlink).toThrow(/is not available/); // ExcelApi 1.7
    });
  });

  test("a collection's items need load; 'items/name' and 'name' both load the items' names", async () => {
    const { excel, model } = setup([["a"]]);
    model.addSheet("第二");
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrown(() => sheets.items).code).toBe("PropertyNotLoaded");
      sheets.load("items/name, items/id, items/position, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ["Sheet1", 0, "Visible"],
        ["第二", 1, "Visible"],
      ]);
      expect(thrown(() => sheets.items[0].protection.protected).code).toBe("PropertyNotLoaded");
      const again = context.workbook.worksheets.load("name");
      await context.sync();
      expect(again.items.map((s) => s.name)).toEqual(["Sheet1", "第二"]);
    });
  });

  test("loading a property an object does not have fails the sync", async () => {
    const { excel } = setup();
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("colour");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("null objects", () => {
  test("isNullObject is readable after the next sync, without a load", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1"); // names match case-insensitively
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
      // A null object's properties read null.
      expect(missing.name).toBeNull();
    });
  });

  test("after a failed sync, the next sync still tells isNullObject", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      context.workbook.worksheets.getItem("Nope either").load("name");
      expect((await rejection(context.sync())).code).toBe("ItemNotFound");
      expect(() => missing.isNullObject).toThrow(/is not available/);
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("getItem of a missing sheet fails the sync that uses it with ItemNotFound", async () => {
    const { excel } = setup();
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("a used range of a blank sheet is a null object; getUsedRange gives A1", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRangeOrNullObject();
      const fallback = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(fallback.address).toBe("Sheet1!A1");
    });
  });

  test("writing through a null object fails the sync", async () => {
    const { excel } = setup();
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidObjectPath");
  });
});

describe("queued writes", () => {
  test("nothing reaches the workbook before sync; at sync the writes apply in order", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["first", 1]];
      range.getCell(0, 0).values = [["second"]];
      expect(sheet.value(0, 0)).toBeNull();
      await context.sync();
    });
    expect([sheet.value(0, 0), sheet.value(0, 1)]).toEqual(["second", 1]);
  });

  test("set() assigns several properties, navigation properties through nested objects", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:B1")
        .set({
          values: [["x", 0.5]],
          numberFormat: [["@", "0%"]],
          format: { fill: { color: "#FF0000" } },
        });
      await context.sync();
    });
    expect(sheet.cell("B1")).toMatchObject({ value: 0.5, text: "50%", format: { fill: "#FF0000" } });
  });

  test("a 2-D array of the wrong shape (or a lone value) is InvalidArgument", async () => {
    const { excel, sheet } = setup();
    for (const values of [[["a"]], [["a", "b", "c"]], "a"]) {
      const error = await rejection(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = values as unknown[][];
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
      expect(error.message).toMatch(/doesn't match the size or dimensions of the range/);
    }
    expect(sheet.usedRange()).toBeNull();
  });

  test("a failing command rejects the sync: commands before it stay applied, later ones are dropped, loads are not delivered", async () => {
    const { excel, sheet } = setup([["a"]]);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const read = ws.getRange("A1").load("values");
      ws.getRange("B1").values = [["applied"]];
      ws.getRange("NOT AN ADDRESS").values = [["x"]];
      ws.getRange("C1").values = [["dropped"]];
      const error = await rejection(context.sync());
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.errorLocation).toBe("Range.values");
      expect(thrown(() => read.values).code).toBe("PropertyNotLoaded");
      // The queue is empty after a failed sync: the next sync sends nothing of it.
      await context.sync();
    });
    expect([sheet.value(0, 1), sheet.value(0, 2)]).toEqual(["applied", null]);
  });

  test("values are coerced as Excel coerces them", async () => {
    const { excel, sheet, fake } = setup();
    sheet.setNumberFormat({ row: 0, col: 4, rowCount: 1, colCount: 1 }, "@");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1").values = [
        ["123", "95%", "TRUE", "=SUM(A1)", "007"],
      ];
      await context.sync();
    });
    expect([0, 1, 2, 3, 4].map((c) => sheet.value(0, c))).toEqual([123, 0.95, true, "=SUM(A1)", "007"]);
    expect(sheet.numberFormat(0, 1)).toBe("0%");
    expect(fake.warnings.join("\n")).toMatch(/D1: "=SUM\(A1\)" reads as a formula/);
  });
});

describe("sync counting and Excel.run", () => {
  test("only syncs that carry commands count (office.js sends no empty batch)", async () => {
    const { excel, fake } = setup([["a"]]);
    await excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["b"]];
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    fake.resetSyncCount();
    expect(fake.syncCount).toBe(0);
  });

  test("a batch that does not return a promise fails with RunMustReturnPromise", async () => {
    const { excel } = setup();
    const run = excel.run as unknown as (batch: () => unknown) => Promise<unknown>;
    expect((await rejection(run(() => 42))).code).toBe("RunMustReturnPromise");
  });

  test("commands left unsynced when the batch ends are never sent, and are reported", async () => {
    const { excel, fake, sheet } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["lost"]];
    });
    expect(sheet.value(0, 0)).toBeNull();
    expect(fake.warnings).toEqual([expect.stringMatching(/1 queued command\(s\) that were never synced/)]);
  });

  test("ClientResult values are known after the sync; ValueNotLoaded before", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe("ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("an object of one request context cannot be used in another", async () => {
    const { excel } = setup([["x"]]);
    let elsewhere: Excel.Range | undefined;
    await excel.run(async (context) => {
      elsewhere = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1").dataValidation.rule = {
          list: { inCellDropDown: true, source: elsewhere as Excel.Range },
        };
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidRequestContext");
  });

  test("toJSON gives the loaded properties as plain data", async () => {
    const { excel } = setup([["a"]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .load("address, values, format/font/bold");
      await context.sync();
      expect(JSON.parse(JSON.stringify(range))).toEqual({
        address: "Sheet1!A1",
        values: [["a"]],
        format: { font: { bold: false } },
      });
    });
  });
});
