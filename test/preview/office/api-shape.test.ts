/**
 * The fake's public surface is office.js's: every public member of every proxy class exists, by the same
 * name, on the real type in @types/office-js. This is checked by the compiler (`tsc --noEmit` covers the
 * tests); internal members are symbol-keyed and do not count.
 */
import type * as Core from "../../../src/preview/office/api-core";
import type * as Fake from "../../../src/preview/office/excel-api";
import { setup } from "./fixtures";

type Public<T> = Exclude<keyof T, symbol>;
/** Public names of the fake that the real type does not have. */
type Invented<Mine, Real> = Exclude<Public<Mine>, keyof Real>;
type IsNever<T> = [T] extends [never] ? true : false;
type Expect<T extends true> = T;

// Each line fails to compile if the fake grows a member office.js does not have.
export type Checks = [
  Expect<IsNever<Invented<Fake.Workbook, Excel.Workbook>>>,
  Expect<IsNever<Invented<Fake.Runtime, Excel.Runtime>>>,
  Expect<IsNever<Invented<Fake.WorksheetCollection, Excel.WorksheetCollection>>>,
  Expect<IsNever<Invented<Fake.Worksheet, Excel.Worksheet>>>,
  Expect<IsNever<Invented<Fake.WorksheetProtection, Excel.WorksheetProtection>>>,
  Expect<IsNever<Invented<Fake.Range, Excel.Range>>>,
  Expect<IsNever<Invented<Fake.RangeAreas, Excel.RangeAreas>>>,
  Expect<IsNever<Invented<Fake.RangeCollection, Excel.RangeCollection>>>,
  Expect<IsNever<Invented<Fake.RangeFormat, Excel.RangeFormat>>>,
  Expect<IsNever<Invented<Fake.RangeFill, Excel.RangeFill>>>,
  Expect<IsNever<Invented<Fake.RangeFont, Excel.RangeFont>>>,
  Expect<IsNever<Invented<Fake.DataValidation, Excel.DataValidation>>>,
  Expect<IsNever<Invented<Fake.ConditionalFormatCollection, Excel.ConditionalFormatCollection>>>,
  Expect<IsNever<Invented<Fake.ConditionalFormat, Excel.ConditionalFormat>>>,
  Expect<IsNever<Invented<Fake.CustomConditionalFormat, Excel.CustomConditionalFormat>>>,
  Expect<IsNever<Invented<Fake.ConditionalFormatRule, Excel.ConditionalFormatRule>>>,
  Expect<IsNever<Invented<Fake.ConditionalRangeFormat, Excel.ConditionalRangeFormat>>>,
  Expect<IsNever<Invented<Fake.ConditionalRangeFill, Excel.ConditionalRangeFill>>>,
  Expect<IsNever<Invented<Fake.ConditionalRangeFont, Excel.ConditionalRangeFont>>>,
  Expect<IsNever<Invented<Fake.SettingCollection, Excel.SettingCollection>>>,
  Expect<IsNever<Invented<Fake.Setting, Excel.Setting>>>,
  Expect<IsNever<Invented<Core.EventHandlers, OfficeExtension.EventHandlers<unknown>>>>,
  Expect<IsNever<Invented<Core.EventHandlerResult, OfficeExtension.EventHandlerResult<unknown>>>>,
  Expect<IsNever<Invented<Core.ClientResult<number>, OfficeExtension.ClientResult<number>>>>,
];

test("members the fake does not implement are undefined at run time, so a test that needs one fails loudly", async () => {
  const { excel } = setup();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as Record<
      string,
      unknown
    >;
    expect(range.getSpecialCells).toBeUndefined();
    expect(range.calculate).toBeUndefined();
    expect(range.getImage).toBeUndefined();
    expect(typeof range.getMergedAreasOrNullObject).toBe("function");
    expect((context.workbook as unknown as Record<string, unknown>).tables).toBeUndefined();
    await context.sync();
  });
});
