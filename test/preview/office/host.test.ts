/**
 * The host around the workbook: protection, cell-edit mode, payload limits, API versions, settings that
 * survive a reload, and what a reload ends.
 */
import { labelled, rejection, setup } from "./fixtures";
import { createFakeExcel } from "../../../src/preview/office/fake-excel";
import { areasOf } from "../../../src/workbook/workbook-model";

describe("a protected sheet", () => {
  test("refuses writes with AccessDenied and keeps everything as it was; reads still work", async () => {
    const { excel, fake, sheet } = setup(labelled(3, 2));
    fake.protect("Sheet1");
    const before = JSON.stringify(fake.model.snapshot());
    const writes: ((range: Excel.Range) => void)[] = [
      (r) => (r.values = [["x", "y"]]),
      (r) => (r.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } }),
      (r) => r.conditionalFormats.add("Custom"),
      (r) => r.insert("Down"),
      (r) => r.merge(),
      (r) => r.clear(),
    ];
    for (const write of writes) {
      const error = await rejection(
        excel.run(async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("AccessDenied");
    }
    expect(JSON.stringify(fake.model.snapshot())).toBe(before);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.load("protection/protected");
      const range = ws.getRange("A1:B1").load("values");
      await context.sync();
      expect(ws.protection.protected).toBe(true);
      expect(range.values).toEqual([["r1c1", "r1c2"]]);
    });
    expect(fake.user.edit("Sheet1", "A1", "typed")).toEqual({ accepted: false, reason: "protected" });
    expect(sheet.value(0, 0)).toBe("r1c1");
  });

  test("writes queued before the refused one in the same sync stay applied", async () => {
    const { excel, fake, model } = setup();
    model.addSheet("Open");
    fake.protect("Sheet1");
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Open").getRange("A1").values = [["done"]];
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["refused"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(model.sheet("Open").value(0, 0)).toBe("done");
  });

  test("protect() and unprotect() through the API", async () => {
    const { excel, sheet } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    expect(sheet.protected).toBe(true);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
      await context.sync();
    });
    expect(sheet.protected).toBe(false);
  });
});

describe("cell-edit mode", () => {
  test("a sync fails with InvalidOperationInCellEditMode and applies nothing", async () => {
    const { excel, fake, sheet } = setup();
    fake.user.enterCellEditMode("Sheet1", "C3");
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(sheet.value(0, 0)).toBeNull();
    fake.user.leaveCellEditMode();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(sheet.value(0, 0)).toBe("x");
  });

  test("with delayForCellEdit the batch waits for the user to leave edit mode", async () => {
    const { excel, fake, sheet } = setup();
    fake.user.enterCellEditMode();
    const done = excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["later"]];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sheet.value(0, 0)).toBeNull();
    fake.user.leaveCellEditMode();
    await done;
    expect(sheet.value(0, 0)).toBe("later");
  });
});

describe("size limits", () => {
  test("a response over about 5 MB fails with ResponsePayloadSizeLimitExceeded; nothing loaded is readable", async () => {
    const long = "绩效指标说明".repeat(40); // 240 characters, 720 bytes in UTF-8
    const values = Array.from({ length: 8_000 }, () => [long]);
    const { excel } = setup(values);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A8000").load("values");
      const error = await rejection(context.sync());
      expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
      expect(() => range.values).toThrow(/is not available/);
      const half = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4000").load("values");
      await context.sync();
      expect(half.values).toHaveLength(4000);
    });
  });

  test("the limit can be turned off (the desktop has none) or lowered", async () => {
    const values = Array.from({ length: 100 }, () => ["x".repeat(100)]);
    const off = setup(values, { responsePayloadLimitBytes: null });
    const low = setup(values, { responsePayloadLimitBytes: 5_000 });
    const read = (s: typeof off) =>
      s.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getUsedRange().load("values");
        await context.sync();
      });
    await read(off);
    expect((await rejection(read(low))).code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("reading more than 5,000,000 cells fails with RangeExceedsLimit", async () => {
    const { excel } = setup();
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A:F").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("RangeExceedsLimit");
  });
});

describe("API versions", () => {
  test("a member newer than the host is there, but its sync fails with ApiNotFound (as with the CDN office.js)", async () => {
    const { excel } = setup([], { apiVersion: "1.12" });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(typeof range.getMergedAreasOrNullObject).toBe("function");
      range.getMergedAreasOrNullObject();
      const error = await rejection(context.sync());
      expect(error).toMatchObject({ code: "ApiNotFound" });
      expect(error.debugInfo.errorLocation).toBe("Range.getMergedAreasOrNullObject");
    });
  });

  test("with missingApi 'absent' the member is undefined, as code that feature-tests with typeof expects", async () => {
    const { excel } = setup([], { apiVersion: "1.12", missingApi: "absent" });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const range = sheets.getItem("Sheet1").getRange("A1");
      expect(range.getMergedAreasOrNullObject).toBeUndefined();
      expect(sheets.onNameChanged).toBeUndefined();
      expect(typeof range.getIntersectionOrNullObject).toBe("function");
      await context.sync();
    });
  });

  test.each([
    ["1.3", "Workbook.settings", (c: Excel.RequestContext) => c.workbook.settings.add("k", 1)],
    [
      "1.5",
      "Range.hyperlink",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").load("hyperlink"),
    ],
    [
      "1.7",
      "Range.dataValidation",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.load("type"),
    ],
    [
      "1.8",
      "Worksheet.getRanges",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1").getRanges("A1").load("address"),
    ],
    [
      "1.13",
      "ConditionalFormatCollection.getItemOrNullObject",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.getItemOrNullObject("x"),
    ],
  ] as const)("at ExcelApi %s, %s fails with ApiNotFound", async (version, _member, use) => {
    const { excel } = setup([], { apiVersion: version });
    const error = await rejection(
      excel.run(async (context) => {
        use(context);
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });

  test("requirements.isSetSupported answers for the host's version (a test hands it to the adapter)", () => {
    const fake = createFakeExcel({ apiVersion: "1.13", otherRequirementSets: { ExcelApiOnline: "1.1" } });
    expect(fake.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(fake.requirements.isSetSupported("ExcelApi")).toBe(true);
    expect(fake.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(true);
    expect(fake.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    // The deprecated numeric form reads 1.10 as 1.1.
    expect(fake.requirements.isSetSupported("ExcelApi", 1.1)).toBe(true);
    const office: Office.RequirementSetSupport = fake.requirements;
    expect(office.isSetSupported("ExcelApi", "1.13")).toBe(true);
  });
});

describe("settings and reloads", () => {
  test("settings survive a reload; values are what JSON keeps", async () => {
    const { excel, fake } = setup();
    const when = new Date(Date.UTC(2024, 0, 2));
    await excel.run(async (context) => {
      context.workbook.settings.add("jixiao.tables", { t1: { headerRow: 3 }, when });
      context.workbook.settings.add("jixiao.profile", "2021");
      await context.sync();
    });
    fake.reload();
    await excel.run(async (context) => {
      const tables = context.workbook.settings.getItemOrNullObject("jixiao.tables").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("jixiao.nothing");
      const all = context.workbook.settings.load("items/key");
      await context.sync();
      expect(tables.value).toEqual({ t1: { headerRow: 3 }, when: "2024-01-02T00:00:00.000Z" });
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((s) => s.key)).toEqual(["jixiao.tables", "jixiao.profile"]);
      context.workbook.settings.getItem("jixiao.profile").delete();
      await context.sync();
    });
    expect(fake.model.snapshot().settings).toEqual({
      "jixiao.tables": { t1: { headerRow: 3 }, when: "2024-01-02T00:00:00.000Z" },
    });
  });

  test("a setting that does not exist is ItemNotFound; one that JSON cannot hold is InvalidArgument", async () => {
    const { excel } = setup();
    const missing = await rejection(
      excel.run(async (context) => {
        context.workbook.settings.getItem("nope").load("value");
        await context.sync();
      }),
    );
    expect(missing.code).toBe("ItemNotFound");
    const unserializable = await rejection(
      excel.run(async (context) => {
        context.workbook.settings.add("f", undefined);
        await context.sync();
      }),
    );
    expect(unserializable.code).toBe("InvalidArgument");
  });

  test("a reload ends the old session: its contexts fail, its handlers are gone, conditional formats get new ids", async () => {
    const { excel, fake, sheet } = setup();
    sheet.addConditionalFormat(areasOf("A1:A9"), "Custom").formula = "=A1=0";
    let oldContext: Excel.RequestContext | undefined;
    let idBefore = "";
    await excel.run(async (context) => {
      oldContext = context;
      context.workbook.worksheets.onChanged.add(async () => undefined);
      const formats = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .conditionalFormats.load("items/id");
      await context.sync();
      idBefore = formats.items[0].id;
    });
    fake.reload();
    expect(fake.handlerCount).toBe(0);
    const stale = oldContext as Excel.RequestContext;
    stale.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    expect((await rejection(stale.sync())).code).toBe("InvalidRequestContext");
    await excel.run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .conditionalFormats.load("items/id, items/custom/rule/formula");
      await context.sync();
      expect(formats.items.map((cf) => cf.custom.rule.formula)).toEqual(["=A1=0"]);
      expect(formats.items[0].id).not.toBe(idBefore);
    });
  });
});

describe("worksheets through the API", () => {
  test("add, rename, reorder, hide, activate, delete", async () => {
    const { excel, model } = setup();
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("模板");
      added.position = 0;
      added.name = "模板2";
      const hidden = sheets.add();
      hidden.visibility = "Hidden";
      added.activate();
      await context.sync();
      sheets.load("items/name, items/visibility");
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(sheets.items.map((s) => `${s.name}:${s.visibility}`)).toEqual([
        "模板2:Visible",
        "Sheet1:Visible",
        "Sheet3:Hidden",
      ]);
      expect(active.name).toBe("模板2");
      sheets.getItem("Sheet1").delete();
      await context.sync();
    });
    expect(model.sheets.map((s) => s.name)).toEqual(["模板2", "Sheet3"]);
  });

  test("a duplicate or invalid name is refused", async () => {
    const { excel } = setup();
    for (const [name, code] of [
      ["sheet1", "ItemAlreadyExists"],
      ["a/b", "InvalidArgument"],
      ["x".repeat(32), "InvalidArgument"],
    ]) {
      const error = await rejection(
        excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      );
      expect(error.code).toBe(code);
    }
  });
});
