import {
  cellReference,
  REVIEW_SHEET_KEY,
  reviewSheetTarget,
  writeReviewSheet,
  type ReviewSheetContent,
} from "../../src/excel/review-sheet";
import { AdapterError } from "../../src/excel/errors";
import { fakeWorkbook } from "../taskpane/helpers/workbook";

const HEADERS = ["表格", "单元格", "严重程度", "问题", "规则"] as const;

function content(rows: [string, string, string][]): ReviewSheetContent {
  return {
    title: "审核意见（绩效指标助手）",
    headers: HEADERS,
    rows: rows.map(([sheet, cell, rule]) => ({
      table: "会议费",
      sheet,
      cell,
      severity: "错误",
      message: `${cell} 有问题`,
      rule,
    })),
  };
}

describe("reviewSheetTarget", () => {
  test("a new sheet takes the first free name", () => {
    expect(reviewSheetTarget(["Sheet1"], null)).toEqual({ name: "审核意见", reuse: false });
    expect(reviewSheetTarget(["审核意见", "审核意见(2)"], null)).toEqual({
      name: "审核意见(3)",
      reuse: false,
    });
  });

  test("ours is reused only while it exists; a sheet of that name we did not make is left alone", () => {
    expect(reviewSheetTarget(["审核意见"], "审核意见")).toEqual({ name: "审核意见", reuse: true });
    expect(reviewSheetTarget(["审核意见"], "审核意见(2)")).toEqual({ name: "审核意见(2)", reuse: false });
  });
});

test("cellReference quotes the sheet name and doubles its quotes", () => {
  expect(cellReference("2022年绩效目标", "E4")).toBe("'2022年绩效目标'!E4");
  expect(cellReference("O'Brien", "A1")).toBe("'O''Brien'!A1");
});

describe("writeReviewSheet", () => {
  test("writes title, headings and one linked row per finding in one read and one write sync", async () => {
    const { fake, host } = fakeWorkbook();
    fake.resetSyncCount();
    const result = await writeReviewSheet(
      host,
      content([
        ["2022年绩效目标", "E13", "cost-upper-bound"],
        ["2022年绩效目标", "B2", "goal-missing"],
      ]),
    );
    expect(result).toEqual({ sheet: "审核意见", created: true, rows: 2 });
    expect(fake.syncCount).toBe(2);
    const sheet = fake.model.sheet("审核意见");
    expect(sheet.readValues({ row: 0, col: 0, rowCount: 4, colCount: 5 })).toEqual([
      ["审核意见（绩效指标助手）", "", "", "", ""],
      [...HEADERS],
      ["会议费", "2022年绩效目标!E13", "错误", "E13 有问题", "cost-upper-bound"],
      ["会议费", "2022年绩效目标!B2", "错误", "B2 有问题", "goal-missing"],
    ]);
    expect(sheet.cell("B3").hyperlink).toMatchObject({
      documentReference: "'2022年绩效目标'!E13",
      textToDisplay: "2022年绩效目标!E13",
    });
    expect(sheet.cell("A2").format.bold).toBe(true);
    expect(fake.model.activeSheet()?.name).toBe("审核意见");
    expect(JSON.parse(fake.model.settings.get(REVIEW_SHEET_KEY)!)).toBe("审核意见");
    expect(fake.warnings).toEqual([]);
  });

  test("a refresh rewrites our sheet: fewer findings leave no old rows or links behind", async () => {
    const { fake, host } = fakeWorkbook();
    await writeReviewSheet(
      host,
      content([
        ["2022年绩效目标", "E13", "a"],
        ["2022年绩效目标", "E14", "b"],
        ["2022年绩效目标", "E15", "c"],
      ]),
    );
    const again = await writeReviewSheet(host, content([["2022年绩效目标", "B2", "goal-missing"]]));
    expect(again).toEqual({ sheet: "审核意见", created: false, rows: 1 });
    const sheet = fake.model.sheet("审核意见");
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["2022年绩效目标", "审核意见"]);
    expect(sheet.cell("B3").hyperlink).toMatchObject({ documentReference: "'2022年绩效目标'!B2" });
    expect(sheet.cell("A4").value).toBeNull();
    expect(sheet.cell("B5").hyperlink).toBeNull();
  });

  test("a refresh of the same sheet writes no setting: where Excel undoes add-ins' writes, the user's history stays", async () => {
    const { fake, host } = fakeWorkbook(undefined, { undo: { addinWritesUndoable: true, platform: "web" } });
    await writeReviewSheet(host, content([["2022年绩效目标", "E13", "a"]]));
    fake.user.edit("2022年绩效目标", "H1", "备注");
    const clears = fake.undo.clears;
    await writeReviewSheet(host, content([["2022年绩效目标", "B2", "goal-missing"]]));
    expect(fake.undo.clears).toBe(clears);
    expect(fake.undo.labels()).toContain("user: edit 2022年绩效目标!H1");
  });

  test("a 审核意见 sheet the user made is not overwritten", async () => {
    const { fake, host } = fakeWorkbook();
    fake.model.addSheet("审核意见").setValue(0, 0, "我自己的意见");
    const result = await writeReviewSheet(host, content([["2022年绩效目标", "E13", "a"]]));
    expect(result.sheet).toBe("审核意见(2)");
    expect(fake.model.sheet("审核意见").cell("A1").value).toBe("我自己的意见");
  });

  test("our sheet protected: a protected error the pane can word", async () => {
    const { fake, host } = fakeWorkbook();
    await writeReviewSheet(host, content([["2022年绩效目标", "E13", "a"]]));
    fake.protect("审核意见");
    await expect(writeReviewSheet(host, content([]))).rejects.toEqual(expect.any(AdapterError));
    await expect(writeReviewSheet(host, content([]))).rejects.toMatchObject({ kind: "protected" });
  });
});
