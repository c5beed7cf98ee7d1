/**
 * The preview page with a person's own workbook: open a local .xlsx (read in the browser), edit it,
 * download it and read the download back with exceljs in node; bad files get one sentence and the
 * workbook on screen stays; a sheet of 2,000 rows opens and scrolls smoothly.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import {
  launchChromium,
  openRecordedPage,
  saveScreenshot,
  unexpectedConsoleErrors,
  type PageRecord,
} from "./browser";
import {
  cell,
  finding,
  pane,
  reveal,
  saveTimings,
  selectCell,
  sheetGrid,
  typeIntoCell,
} from "./preview-page";
import { serveDirectory, type StaticServer } from "./static-server";

jest.setTimeout(90_000);

const DIST = path.join(__dirname, "..", "..", "dist");
const VIEWPORT = { width: 1280, height: 760 };
const SHEET = "2023年项目支出绩效目标";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-preview-files-"));
const timings: Record<string, number> = {};

let server: StaticServer;
let browser: Browser;
const records: PageRecord[] = [];

const HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
const BODY = [
  ["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", "年初工作要点"],
  ["", "数量指标", "参与会议人数", "参与会议人数", "≥500人", "年初工作要点"],
  ["", "质量指标", "参会人员出勤率", "参会人员出勤率", "≥95%", "年初工作要点"],
  ["", "时效指标", "会议开展及时性", "会议按计划召开", "≤3天", "年初工作要点"],
  ["", "成本指标", "人均会议成本", "人均会议成本", "≥5万元", "年初工作要点"],
  ["效益指标", "社会效益指标", "会议决定事项公开率", "会议决定事项公开率", "=100%", "年初工作要点"],
  ["满意度指标", "服务对象满意度指标", "参会人员满意度", "参会人员满意度", "≥95%", "年初工作要点"],
];

/**
 * A workbook as a finance office sends it: a title, a goal, the header, merged levels, a dropdown, a
 * fill; `copies` tables one under another. Titles and goals are merged only in the first few tables:
 * Excel's API (and so the add-in) cannot read more than 512 merged areas of a sheet at once.
 */
async function officeWorkbook(
  file: string,
  copies = 1,
  goal = "保障年度各类会议按计划召开，会议费支出控制在预算内。",
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  let row = 1;
  for (let copy = 1; copy <= copies; copy++) {
    sheet.getCell(row, 1).value = `${copy}、2023年度会议费项目绩效目标表`;
    sheet.getCell(row + 1, 1).value = "绩效目标";
    sheet.getCell(row + 1, 2).value = goal;
    if (copy <= 10) {
      sheet.mergeCells(row, 1, row, 6);
      sheet.mergeCells(row + 1, 2, row + 1, 6);
    }
    sheet.getRow(row + 2).values = HEADER;
    const first = row + 3;
    BODY.forEach((line, i) => {
      sheet.getRow(first + i).values = line.map((v) => (v === "" ? null : v));
    });
    sheet.mergeCells(first, 1, first + 4, 1);
    row = first + BODY.length + 1;
  }
  sheet.getCell("F4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  // The formatting a finance office gives its table, which a download must keep.
  const thin = { style: "thin" as const };
  for (let c = 1; c <= 6; c++) {
    const header = sheet.getCell(3, c);
    header.font = { name: "黑体", size: 12, bold: true };
    header.border = { top: thin, left: thin, bottom: thin, right: thin };
    header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  sheet.getRow(3).height = 30;
  sheet.getColumn(4).width = 36;
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  sheet.getCell("C4").note = "按年度工作要点填写";
  sheet.getCell("H4").value = { formula: "COUNTA(C4:C10)", result: 7 };
  sheet.pageSetup = { ...sheet.pageSetup, orientation: "landscape", printArea: "A1:F10" };
  (sheet as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(
    "B4:B10",
    {
      type: "list",
      allowBlank: true,
      formulae: ['"数量指标,质量指标,时效指标,成本指标,社会效益指标,服务对象满意度指标"'],
    },
  );
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  saveTimings("preview-file-timings", timings);
  await Promise.all(records.map((record) => record.context.close()));
  await browser?.close();
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

async function openPreview(): Promise<PageRecord> {
  const record = await openRecordedPage(browser, server.origin, {
    officeJs: "blocked",
    locale: "zh-CN",
    viewport: VIEWPORT,
  });
  records.push(record);
  await record.page.goto(`${server.origin}/preview.html`);
  await pane(record.page)
    .getByText(/^检查完成/)
    .waitFor({ timeout: 10_000 });
  return record;
}

function expectClean(record: PageRecord): void {
  expect(unexpectedConsoleErrors(record)).toEqual([]);
  expect(record.pageErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  expect(record.failedResponses).toEqual([]);
}

test("open a local .xlsx, edit it, download it: the edit is in the file", async () => {
  const input = path.join(work, "会议费2023.xlsx");
  // The goal is still the template's placeholder: a finding the edits below leave in place.
  await officeWorkbook(input, 1, "1.目标内容1");
  const record = await openPreview();
  const { page } = record;
  // The first paint does not wait for exceljs: it is fetched when a file is opened.
  const isExcelJsChunk = (url: string) => /\/exceljs\.[0-9a-f]+\.js$/.test(url);
  expect(record.requests.some(isExcelJsChunk)).toBe(false);

  let started = Date.now();
  await page.getByTestId("open-file").setInputFiles(input);
  await page.getByTestId("file-name").getByText("当前工作簿：会议费2023.xlsx").waitFor({ timeout: 10_000 });
  await page.getByText(/^已打开“会议费2023\.xlsx”（1 个工作表）；其中 1 个公式单元格/).waitFor();
  timings.openSmallXlsxMs = Date.now() - started;
  expect(await sheetGrid(page).getAttribute("data-sheet")).toBe(SHEET);
  // exceljs loads in its own chunk only now.
  expect(record.requests.some(isExcelJsChunk)).toBe(true);
  // The pane checks the new workbook: the cost row written as a floor is marked and listed.
  await pane(page)
    .getByText(/^检查完成：1 张表，2 个错误/)
    .waitFor({ timeout: 10_000 });
  await cell(page, "E8").and(page.locator('[data-mark="error"]')).waitFor();
  await finding(page, SHEET, "E8", "cost-upper-bound").waitFor();
  expect(await cell(page, "A4").getAttribute("aria-rowspan")).toBe("5");
  expect(await cell(page, "F4").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    "rgb(221, 235, 247)",
  );
  await selectCell(page, "B5");
  expect(await page.getByRole("combobox", { name: "B5 的下拉列表" }).count()).toBe(1);
  await saveScreenshot(page, "files-1-opened");

  // Edit: mend the cost row by hand, and pick from a dropdown.
  await typeIntoCell(page, "E8", "≤3万元");
  await page.keyboard.press("Enter");
  await sheetGrid(page).locator('[data-cell="E8"]:not([data-mark])').waitFor({ timeout: 2000 });
  await selectCell(page, "B5");
  await page.getByRole("combobox", { name: "B5 的下拉列表" }).selectOption("质量指标");
  await sheetGrid(page).locator('[data-cell="B5"][title="质量指标"]').waitFor();

  started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载 .xlsx" }).click(),
  ]);
  const saved = path.join(work, "downloaded.xlsx");
  await download.saveAs(saved);
  timings.downloadMs = Date.now() - started;
  expect(download.suggestedFilename()).toBe("会议费2023.xlsx");
  await page.getByText(/^已下载“会议费2023\.xlsx”/).waitFor();
  await saveScreenshot(page, "files-2-downloaded");

  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(saved);
  const sheet = back.getWorksheet(SHEET)!;
  expect(sheet.getCell("E8").value).toBe("≤3万元");
  expect(sheet.getCell("B5").value).toBe("质量指标");
  expect(sheet.getCell("C4").value).toBe("组织会议次数");
  expect(sheet.getCell("A4").isMerged && sheet.getCell("A8").master.address).toBe("A4");
  expect(sheet.getCell("F4").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
  const validations = (
    sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
  ).dataValidations.model;
  expect(validations.B5?.formulae[0]).toMatch(/质量指标/);
  // Everything else the file had is still there: borders, fonts, height, width, frozen panes, the
  // note, the formula, the print setup.
  expect(sheet.getCell("D3").font).toMatchObject({ name: "黑体", size: 12, bold: true });
  expect(sheet.getCell("D3").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
  expect(sheet.getCell("D3").alignment).toMatchObject({ horizontal: "center", wrapText: true });
  expect(sheet.getRow(3).height).toBe(30);
  expect(sheet.getColumn(4).width).toBe(36);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  expect(sheet.getCell("C4").note).toBe("按年度工作要点填写");
  expect(sheet.getCell("H4").formula).toBe("COUNTA(C4:C10)");
  expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", printArea: "A1:F10" });
  // The marks still on the sheet travel as conditional formats the add-in finds again.
  const formats = (sheet as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] })
    .conditionalFormattings;
  expect(formats.map((f) => [(f as unknown as { ref: string }).ref, f.rules[0].formulae?.[0]])).toEqual([
    ["B2", expect.stringMatching(/^N\("jixiao:error:[0-9a-z]+:0"\)=0$/)],
  ]);
  expectClean(record);
});

test("bad files get one sentence each, and the workbook on screen stays", async () => {
  const record = await openPreview();
  const { page } = record;
  const input = page.getByTestId("open-file");
  const message = page.getByTestId("page-message");
  const cases: [string, Buffer, string][] = [
    [
      "说明.xlsx",
      Buffer.from("一级指标,二级指标\n产出指标,数量指标\n"),
      "文件“说明.xlsx”不是 .xlsx 工作簿，当前工作簿保持不变。",
    ],
    [
      "加密.xlsx",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.from("EncryptionInfo", "utf16le"),
      ]),
      "文件“加密.xlsx”设有打开密码，预览无法读取；请在 Excel 或 WPS 中取消密码后再打开，当前工作簿保持不变。",
    ],
    ["空.xlsx", Buffer.alloc(0), "文件“空.xlsx”是空的，当前工作簿保持不变。"],
    [
      "大.xlsx",
      Buffer.alloc(21 * 1024 * 1024, 0x50),
      "文件“大.xlsx”有 21 MB，超过预览能打开的 20 MB，当前工作簿保持不变。",
    ],
  ];
  for (const [name, buffer, sentence] of cases) {
    await input.setInputFiles({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
    await message.getByText(sentence, { exact: true }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("file-name").textContent()).toBe("当前工作簿：绩效目标示例.xlsx");
  }
  // A damaged workbook: the first half of a real one.
  const whole = path.join(work, "whole.xlsx");
  await officeWorkbook(whole);
  const bytes = fs.readFileSync(whole);
  await input.setInputFiles({
    name: "损坏.xlsx",
    mimeType: "application/octet-stream",
    buffer: bytes.subarray(0, bytes.length >> 1),
  });
  await message
    .getByText("文件“损坏.xlsx”已损坏，无法读取，当前工作簿保持不变。")
    .waitFor({ timeout: 10_000 });
  expect(await cell(page, "A1").getAttribute("title")).toBe("1、2022年度会议费项目绩效目标表");
  await saveScreenshot(page, "files-3-bad-file");
  expect(await message.textContent()).not.toMatch(/Error|at |\.js/);
  expectClean(record);
});

test("a sheet of 2,000 rows opens, and scrolls without rendering all of it", async () => {
  const input = path.join(work, "大表.xlsx");
  // 2,000 rows and more: 182 tables of 11 rows each.
  await officeWorkbook(input, 182);
  const record = await openPreview();
  const { page } = record;

  const started = Date.now();
  await page.getByTestId("open-file").setInputFiles(input);
  await page.getByTestId("file-name").getByText("当前工作簿：大表.xlsx").waitFor({ timeout: 20_000 });
  timings.open2000RowsMs = Date.now() - started;
  await pane(page)
    .getByText(/^检查完成：182 张表/)
    .waitFor({ timeout: 30_000 });
  timings.open2000RowsCheckedMs = Date.now() - started;
  expect(Number(await sheetGrid(page).getAttribute("aria-rowcount"))).toBeGreaterThan(2000);

  // Scroll from top to bottom in steps, a frame each, and time the frames.
  const frames = await sheetGrid(page).evaluate(async (grid) => {
    const times: number[] = [];
    const rendered: number[] = [];
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    let last = await frame();
    for (let top = 0; top < grid.scrollHeight; top += 900) {
      grid.scrollTop = top;
      const now = await frame();
      times.push(now - last);
      last = now;
      rendered.push(grid.querySelectorAll('[role="row"]').length);
    }
    return { times, rendered };
  });
  const sorted = [...frames.times].sort((a, b) => a - b);
  timings.scrollFrameMedianMs = Math.round(sorted[sorted.length >> 1]);
  timings.scrollFrameP95Ms = Math.round(sorted[Math.floor(sorted.length * 0.95)]);
  timings.renderedRowsMax = Math.max(...frames.rendered);
  expect(timings.renderedRowsMax).toBeLessThan(120);
  expect(timings.scrollFrameMedianMs).toBeLessThan(50);

  // The keyboard reaches the last row with data at once (182 tables of 11 rows, the last blank).
  await selectCell(page, "C3");
  await page.keyboard.press("Control+ArrowDown");
  await sheetGrid(page).locator('[data-cell="C2001"][aria-selected="true"]').waitFor();
  await pane(page).getByText(`此单元格：${SHEET}!C2001`).waitFor();
  await reveal(page, "C1961");
  await saveScreenshot(page, "files-4-2000-rows");
  expectClean(record);
});
