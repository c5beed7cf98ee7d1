/**
 * Events arrive after the change, from a later task, with office.js-shaped args; `triggerSource` exists
 * from ExcelApi 1.14 only; pastes and dropdown picks raise onChanged only where the platform does.
 */
import { plain, rejection, setup, type Setup } from "./fixtures";
import type { ApiVersion } from "../../../src/preview/office/api-core";
import type { FakeExcelOptions } from "../../../src/preview/office/fake-excel";

/** Registers collection-level handlers that record what they receive. */
async function listen(
  s: Setup,
  events: string[] = ["onChanged"],
): Promise<Record<string, Record<string, unknown>[]>> {
  const seen: Record<string, Record<string, unknown>[]> = {};
  await s.excel.run(async (context) => {
    const sheets = context.workbook.worksheets as unknown as Record<
      string,
      OfficeExtension.EventHandlers<unknown>
    >;
    for (const name of events) {
      seen[name] = [];
      sheets[name].add(async (args) => {
        seen[name].push(plain(args));
      });
    }
    await context.sync();
  });
  return seen;
}

function withVersion(apiVersion: ApiVersion, options: FakeExcelOptions = {}): Setup {
  return setup([["甲", 1]], { ...options, apiVersion });
}

describe("the user's edits", () => {
  test("one onChanged per edit, with the local address and, from ExcelApi 1.14, triggerSource Unknown", async () => {
    const s = withVersion("1.14");
    const seen = await listen(s);
    expect(s.fake.user.edit("Sheet1", "B3", "≥95%")).toEqual({ accepted: true });
    await s.fake.idle();
    expect(seen.onChanged).toEqual([
      {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        address: "B3",
        worksheetId: s.sheet.id,
        triggerSource: "Unknown",
        details: { valueBefore: "", valueAfter: "≥95%", valueTypeBefore: "Empty", valueTypeAfter: "String" },
      },
    ]);
  });

  test("below ExcelApi 1.14 the args have no triggerSource at all; below 1.9 no details", async () => {
    const s = withVersion("1.13");
    const seen = await listen(s);
    s.fake.user.edit("Sheet1", "A1", "乙");
    await s.fake.idle();
    expect(seen.onChanged).toHaveLength(1);
    expect("triggerSource" in seen.onChanged[0]).toBe(false);
    expect(seen.onChanged[0].details).toBeDefined();

    const old = withVersion("1.8");
    // The collection's onChanged is ExcelApi 1.9; below that a worksheet's own (1.7) is the one to use.
    const heard: Record<string, unknown>[] = [];
    await old.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        heard.push(plain(args));
      });
      await context.sync();
    });
    old.fake.user.edit("Sheet1", "A1", "乙");
    await old.fake.idle();
    expect(Object.keys(heard[0]).sort()).toEqual(["address", "changeType", "source", "type", "worksheetId"]);
    expect((await rejection(listen(old))).code).toBe("ApiNotFound");
  });

  test("the args' getRange gives the changed range in the handler's context", async () => {
    const s = withVersion("1.17");
    const addresses: string[] = [];
    await s.excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        await s.excel.run(async (ctx) => {
          const range = args.getRange(ctx).load("address, values");
          await ctx.sync();
          addresses.push(`${range.address}=${String(range.values[0][0])}`);
        });
      });
      await context.sync();
    });
    s.fake.user.edit("Sheet1", "C2", 7);
    await s.fake.idle();
    expect(addresses).toEqual(["Sheet1!C2=7"]);
  });

  test("a value outside the list is refused by a Stop alert (no change, no event); a Warning lets it in", async () => {
    const s = withVersion("1.17");
    s.sheet.setValidationRule(
      { row: 1, col: 0, rowCount: 2, colCount: 1 },
      { list: { inCellDropDown: true, source: "是,否" } },
    );
    s.sheet.updateValidation(
      { row: 2, col: 0, rowCount: 1, colCount: 1 },
      { errorAlert: { style: "Warning" } },
    );
    const seen = await listen(s);
    expect(s.fake.user.edit("Sheet1", "A2", "也许")).toEqual({ accepted: false, reason: "validation" });
    expect(s.fake.user.edit("Sheet1", "A2", "是")).toEqual({ accepted: true });
    expect(s.fake.user.edit("Sheet1", "A3", "也许")).toEqual({ accepted: true });
    await s.fake.idle();
    expect(seen.onChanged.map((e) => e.address)).toEqual(["A2", "A3"]);
    expect([s.sheet.value(1, 0), s.sheet.value(2, 0)]).toEqual(["是", "也许"]);
  });

  test("typing is coerced like Excel: 95% becomes 0.95 formatted 0%", async () => {
    const s = withVersion("1.17");
    s.fake.user.edit("Sheet1", "D4", "95%");
    expect(s.sheet.cell("D4")).toMatchObject({ value: 0.95, numberFormat: "0%", text: "95%" });
  });

  test("editing moves the selection down, raising onSelectionChanged", async () => {
    const s = withVersion("1.17");
    const seen = await listen(s, ["onChanged", "onSelectionChanged"]);
    s.fake.user.edit("Sheet1", "B2", "x");
    await s.fake.idle();
    expect(seen.onSelectionChanged.map((e) => e.address)).toEqual(["B2", "B3"]);
  });
});

describe("the add-in's own writes", () => {
  test.each([
    ["1.14", "ThisLocalAddin"],
    ["1.17", "ThisLocalAddin"],
    ["1.13", undefined],
  ] as const)("raise onChanged; at ExcelApi %s triggerSource is %s", async (version, triggerSource) => {
    const s = withVersion(version);
    const seen = await listen(s);
    await s.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B3:C4").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await s.fake.idle();
    expect(seen.onChanged).toHaveLength(1);
    expect(seen.onChanged[0]).toMatchObject({ address: "B3:C4", changeType: "RangeEdited", source: "Local" });
    expect(seen.onChanged[0].triggerSource).toBe(triggerSource);
    expect("triggerSource" in seen.onChanged[0]).toBe(triggerSource !== undefined);
  });

  test("events never arrive inside sync(): only after it has resolved, from a later task", async () => {
    const s = withVersion("1.17");
    const seen = await listen(s);
    await s.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
      expect(seen.onChanged).toHaveLength(0);
      await Promise.resolve();
      expect(seen.onChanged).toHaveLength(0);
    });
    await s.fake.idle();
    expect(seen.onChanged).toHaveLength(1);
  });

  test("inserting rows raises RowInserted with the rows' address", async () => {
    const s = withVersion("1.17");
    const seen = await listen(s);
    await s.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A5:B6").getEntireRow().insert("Down");
      await context.sync();
    });
    await s.fake.idle();
    expect(seen.onChanged.map((e) => [e.changeType, e.address])).toEqual([["RowInserted", "5:6"]]);
  });

  test("context.runtime.enableEvents = false keeps every handler of the add-in quiet until turned back on", async () => {
    const s = withVersion("1.17");
    const seen = await listen(s);
    await s.excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["quiet"]];
      await context.sync();
    });
    s.fake.user.edit("Sheet1", "A2", "also quiet");
    await s.fake.idle();
    expect(seen.onChanged).toEqual([]);
    await s.excel.run(async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
    });
    s.fake.user.edit("Sheet1", "A3", "heard");
    await s.fake.idle();
    expect(seen.onChanged.map((e) => e.address)).toEqual(["A3"]);
  });

  test("a handler that writes on every change never settles: idle() says so", async () => {
    const s = withVersion("1.13");
    await s.excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => {
        await s.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("Z1").values = [[Math.random()]];
          await ctx.sync();
        });
      });
      await context.sync();
    });
    s.fake.user.edit("Sheet1", "A1", "start");
    await expect(s.fake.idle(20)).rejects.toThrow(/re-trigger itself/);
  });
});

describe("platform differences", () => {
  test("pastes and dropdown picks raise no onChanged by default (not every platform does)", async () => {
    const s = withVersion("1.17");
    s.sheet.setValidationRule(
      { row: 0, col: 3, rowCount: 5, colCount: 1 },
      { list: { inCellDropDown: true, source: "高,中,低" } },
    );
    const seen = await listen(s);
    s.fake.user.paste("Sheet1", "A2", [
      ["贴", "上"],
      ["来", "的"],
    ]);
    s.fake.user.pickFromDropdown("Sheet1", "D2", "中");
    await s.fake.idle();
    expect(seen.onChanged).toEqual([]);
    expect([s.sheet.value(1, 0), s.sheet.value(2, 1), s.sheet.value(1, 3)]).toEqual(["贴", "的", "中"]);
  });

  test("where the platform raises them, they arrive like edits", async () => {
    const s = withVersion("1.17", {
      platform: { changeEventOnPaste: true, changeEventOnDropdownPick: true },
    });
    s.sheet.setValidationRule(
      { row: 0, col: 3, rowCount: 5, colCount: 1 },
      { list: { inCellDropDown: true, source: "高,中,低" } },
    );
    const seen = await listen(s);
    s.fake.user.paste("Sheet1", "A2", [["贴", "上"]]);
    s.fake.user.pickFromDropdown("Sheet1", "D2", "中");
    await s.fake.idle();
    expect(seen.onChanged.map((e) => [e.address, e.triggerSource])).toEqual([
      ["A2:B2", "Unknown"],
      ["D2", "Unknown"],
    ]);
  });

  test("a paste skips validation and, copied inside Excel, replaces it; a dropdown only offers its items", async () => {
    const s = withVersion("1.17");
    s.sheet.setValidationRule(
      { row: 0, col: 0, rowCount: 3, colCount: 1 },
      { list: { inCellDropDown: true, source: "是,否" } },
    );
    s.fake.user.paste("Sheet1", "A1", [["随便"]]);
    expect(s.sheet.value(0, 0)).toBe("随便");
    s.fake.user.paste("Sheet1", "A2", [["也行"]], { replacesValidation: true });
    expect(s.sheet.cell("A2").validation).toBeNull();
    expect(() => s.fake.user.pickFromDropdown("Sheet1", "A3", "也许")).toThrow(/does not offer "也许"/);
    expect(() => s.fake.user.pickFromDropdown("Sheet1", "B1", "是")).toThrow(/no in-cell dropdown/);
  });
});

describe("selection, activation and sheets", () => {
  test("selecting on another sheet deactivates one, activates the other, then reports the selection", async () => {
    const s = withVersion("1.17");
    const other = s.model.addSheet("表二");
    const seen = await listen(s, ["onSelectionChanged", "onActivated", "onDeactivated"]);
    s.fake.user.select("表二", "C3:D4");
    await s.fake.idle();
    expect(seen.onDeactivated).toEqual([{ type: "WorksheetDeactivated", worksheetId: s.sheet.id }]);
    expect(seen.onActivated).toEqual([{ type: "WorksheetActivated", worksheetId: other.id }]);
    expect(seen.onSelectionChanged).toEqual([
      { type: "WorksheetSelectionChanged", address: "C3:D4", worksheetId: other.id },
    ]);
    await s.excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect([selected.address, active.address]).toEqual(["表二!C3:D4", "表二!C3"]);
    });
  });

  test("a worksheet's own handlers hear only that sheet", async () => {
    const s = withVersion("1.17");
    s.model.addSheet("表二");
    const heard: string[] = [];
    await s.excel.run(async (context) => {
      context.workbook.worksheets.getItem("表二").onChanged.add(async (args) => {
        heard.push(args.address);
      });
      await context.sync();
    });
    s.fake.user.edit("Sheet1", "A1", "not here");
    s.fake.user.edit("表二", "B2", "here");
    await s.fake.idle();
    expect(heard).toEqual(["B2"]);
  });

  test("adding a sheet raises onAdded and activates it; renaming raises onNameChanged (ExcelApi 1.17)", async () => {
    const s = withVersion("1.17");
    const seen = await listen(s, ["onAdded", "onActivated", "onNameChanged"]);
    const added = s.fake.user.addSheet();
    s.fake.user.renameSheet(added.name, "2023年绩效目标");
    await s.fake.idle();
    expect(added.name).toBe("2023年绩效目标");
    expect(seen.onAdded).toEqual([{ type: "WorksheetAdded", source: "Local", worksheetId: added.id }]);
    expect(seen.onActivated).toEqual([{ type: "WorksheetActivated", worksheetId: added.id }]);
    expect(seen.onNameChanged).toEqual([
      {
        type: "WorksheetNameChanged",
        nameBefore: "Sheet2",
        nameAfter: "2023年绩效目标",
        source: "Local",
        worksheetId: added.id,
      },
    ]);
  });

  test("onNameChanged needs ExcelApi 1.17: registering it on 1.16 fails the sync", async () => {
    const s = withVersion("1.16");
    const error = await rejection(listen(s, ["onNameChanged"]));
    expect(error.code).toBe("ApiNotFound");
  });

  test("a user's row insert arrives as RowInserted and moves the table", async () => {
    const s = withVersion("1.17");
    const seen = await listen(s);
    s.fake.user.insertRows("Sheet1", 1, 2);
    await s.fake.idle();
    expect(seen.onChanged.map((e) => [e.changeType, e.address, e.triggerSource])).toEqual([
      ["RowInserted", "1:2", "Unknown"],
    ]);
    expect(s.sheet.value(2, 0)).toBe("甲");
  });
});

describe("handlers", () => {
  test("remove() then a sync on the handler's own context stops the events", async () => {
    const s = withVersion("1.17");
    const heard: string[] = [];
    let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await s.excel.run(async (context) => {
      registration = context.workbook.worksheets.onChanged.add(async (args) => {
        heard.push(args.address);
      });
      await context.sync();
    });
    expect(s.fake.handlerCount).toBe(1);
    s.fake.user.edit("Sheet1", "A1", "one");
    await s.fake.idle();
    const result = registration as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
    await s.excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    s.fake.user.edit("Sheet1", "A1", "two");
    await s.fake.idle();
    expect(heard).toEqual(["A1"]);
    expect(s.fake.handlerCount).toBe(0);
  });

  test("a handler added without a sync is never registered", async () => {
    const s = withVersion("1.17");
    await s.excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => undefined);
      return undefined;
    });
    expect(s.fake.handlerCount).toBe(0);
  });

  test("what a handler throws is collected, not lost", async () => {
    const s = withVersion("1.17");
    await s.excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => {
        throw new Error("handler broke");
      });
      await context.sync();
    });
    s.fake.user.edit("Sheet1", "A1", "x");
    await s.fake.idle();
    expect(s.fake.handlerErrors).toEqual([new Error("handler broke")]);
  });

  test("events still arrive when the test fakes timers for the add-in's debounce", async () => {
    const s = withVersion("1.17");
    const seen = await listen(s);
    jest.useFakeTimers();
    try {
      s.fake.user.edit("Sheet1", "A1", "x");
      await s.fake.idle();
      expect(seen.onChanged).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
