/**
 * Issue 16's story, end to end on the built preview: a finance officer empties a row of the sample's
 * 会议费 table, types 培训人 as its 三级指标, and the row editor's 指标库 offers the training indicators
 * of published tables; choosing 参与培训人数 fills the row's empty cells, and the row checks clean.
 */
import { cell, pane, paneTab, previewSession, SAMPLE_SHEET, selectCell, typeIntoCell } from "./preview-page";
import { saveScreenshot } from "./browser";

jest.setTimeout(60_000);

const session = previewSession("");

test("typing 培训人 in a 三级指标 cell offers published training indicators; choosing one fills the row, which checks clean", async () => {
  const page = session.page();
  // Row 6 of 会议费 (数量指标 · 会议持续天数 …): its description, value and basis emptied, a new name typed.
  for (const address of ["D6", "E6", "F6"]) {
    await selectCell(page, address);
    await page.keyboard.press("Delete");
  }
  await typeIntoCell(page, "C6", "培训人");
  await page.keyboard.press("Enter");
  await selectCell(page, "C6");

  await paneTab(page, "行编辑").click();
  const library = pane(page).getByTestId("library");
  await library.getByRole("list", { name: "指标库" }).waitFor({ timeout: 5000 });
  const offered = await library
    .locator("[data-library-entry]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-library-entry") ?? ""));
  expect(offered.length).toBeGreaterThan(2);
  expect(offered).toContain("参与培训人数");
  expect(offered.every((name) => name.includes("培训") && name.includes("人"))).toBe(true);
  await saveScreenshot(page, "library-1-offered");

  await library.getByRole("button", { name: "将“参与培训人数”填入此行" }).click();
  await pane(page).getByText("已填入“参与培训人数”：只写入了此行的空单元格。").waitFor();
  expect(await cell(page, "C6").getAttribute("title")).toBe("参与培训人数");
  for (const address of ["D6", "E6", "F6"]) {
    expect(((await cell(page, address).getAttribute("title")) ?? "").length).toBeGreaterThan(0);
  }
  // The row is clean: no mark on it, no finding of its cells in the list.
  for (const address of ["B6", "C6", "D6", "E6", "F6"])
    expect([address, await cell(page, address).getAttribute("data-mark")]).toEqual([address, null]);
  await paneTab(page, "检查").click();
  const rowFindings = await page
    .getByTestId("findings-list")
    .locator("[data-finding]")
    .evaluateAll(
      (items, sheet) =>
        items
          .map((item) => item.getAttribute("data-finding") ?? "")
          .filter((key) => new RegExp(`^${sheet}![A-F]6:`).test(key)),
      SAMPLE_SHEET,
    );
  expect(rowFindings).toEqual([]);
  await selectCell(page, "C6");
  await saveScreenshot(page, "library-2-filled");
});

test("模板: an item built from a published table names it, linked; an item written for the tool says so", async () => {
  const page = session.page();
  await paneTab(page, "模板").click();
  await pane(page).getByRole("searchbox", { name: "按项目名称或别名搜索" }).fill("高标准农田");
  await pane(page)
    .getByRole("button", { name: /^高标准农田建设/ })
    .click();
  const sources = pane(page).getByTestId("template-sources");
  await sources.getByText("指标来自以下已公开的表：").waitFor({ timeout: 5000 });
  const link = sources.getByRole("link");
  expect(await link.count()).toBe(1);
  expect(await link.getAttribute("href")).toBe("http://www.yyx.gov.cn/37584/38137/content_2016103.html");
  expect(await link.textContent()).toMatch(/高标准农田建设/);
  await sources.scrollIntoViewIfNeeded();
  await saveScreenshot(page, "library-3-template-sources");

  await pane(page).getByRole("searchbox", { name: "按项目名称或别名搜索" }).fill("差旅");
  await pane(page)
    .getByRole("button", { name: /^差旅费/ })
    .click();
  await pane(page)
    .getByTestId("template-sources")
    .getByText(/^这一项目的指标由本工具编写/)
    .waitFor();
});
