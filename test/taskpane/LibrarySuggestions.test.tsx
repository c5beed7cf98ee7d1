/** 指标库 in the row editor: what the user typed finds published indicators; choosing one fills the row's empty cells. */
import { screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../src/core/grid";
import { LIBRARY_ENTRIES } from "../../src/core/library/library-data";
import { inExcel, openTab, renderPane } from "./helpers/pane";

const SHEET = "培训";

/** A small table whose fourth row holds only what the user typed in its 三级指标 cell. */
function typedRow(): Grid {
  return {
    sheet: SHEET,
    values: [
      ["1、2025年度培训费项目绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "组织培训次数", "组织培训次数", "≥2次", "计划标准"],
      [null, null, "培训人", null, null, null],
      ["效益指标", "社会效益指标", "提升业务能力", "参加培训人员业务提升情况", "有效提升", "计划标准"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "参训人员满意度", "≥95%", "计划标准"],
    ],
    merges: [],
    origin: { row: 0, col: 0 },
  };
}

test("培训人 offers the training indicators; 填入 writes the name and only the row's empty cells", async () => {
  const { fake, user } = await renderPane({ grids: [typedRow()] });
  await inExcel(fake, () => fake.user.select(SHEET, "C4"));
  await openTab(user, "行编辑");
  const library = await screen.findByTestId("library");
  expect(within(library).getByRole("searchbox")).toHaveValue("培训人");
  const list = await within(library).findByRole("list", { name: "指标库" });
  const offered = within(list)
    .getAllByRole("listitem")
    .map((item) => item.getAttribute("data-library-entry"));
  expect(offered).toContain("培训人员出勤率");
  expect(offered.every((name) => name!.includes("培训") && name!.includes("人"))).toBe(true);

  const entry = LIBRARY_ENTRIES.find((e) => e.name === "培训人员出勤率")!;
  await user.click(within(list).getByRole("button", { name: "将“培训人员出勤率”填入此行" }));
  await screen.findByText("已填入“培训人员出勤率”：只写入了此行的空单元格。");
  const sheet = fake.model.sheet(SHEET);
  expect(sheet.cell("C4").value).toBe("培训人员出勤率");
  expect(sheet.cell("B4").value).toBe(entry.placements["2015"]!.level2);
  expect(sheet.cell("D4").value).toBe(entry.description);
  expect(String(sheet.cell("E4").value)).toMatch(/^≥\d+(\.\d+)?%$/);
  expect(sheet.cell("F4").value).toBe(entry.basis[0]);
  // The rows around it are untouched.
  expect(sheet.cell("C3").value).toBe("组织培训次数");
  expect(sheet.cell("A4").value).toBeNull();
  // The row now checks without an error.
  await openTab(user, "检查");
  await waitFor(() =>
    expect(
      [...screen.getByTestId("findings-list").querySelectorAll<HTMLElement>("[data-finding]")]
        .map((el) => el.dataset.finding!)
        .filter((key) => /^培训![A-F]4:/.test(key)),
    ).toEqual([]),
  );
});

test("a search with no match says so; pinyin initials find by sound", async () => {
  const { fake, user } = await renderPane({ grids: [typedRow()] });
  await inExcel(fake, () => fake.user.select(SHEET, "C4"));
  await openTab(user, "行编辑");
  const library = await screen.findByTestId("library");
  const box = within(library).getByRole("searchbox");
  await user.clear(box);
  await user.type(box, "ztbpxrc");
  await within(library).findByText("主体班培训人次");
  await user.clear(box);
  await user.type(box, "量子纠缠");
  await within(library).findByText("指标库中没有与“量子纠缠”相近的指标。");
});

test("typed in Excel, on the 检查 tab: the cell just typed into gets three suggestions, though Enter moved the selection on", async () => {
  const grid = typedRow();
  grid.values[3] = [null, null, null, null, null, null];
  const { fake, user } = await renderPane({ grids: [grid] });
  await inExcel(fake, () => fake.user.edit(SHEET, "C4", "培训人"));
  expect(fake.model.sheet(SHEET).selection).toMatchObject({ row: 4, col: 2 }); // C5
  const card = await screen.findByTestId("library-typed", undefined, { timeout: 3000 });
  expect(card).toHaveTextContent("指标库中与刚输入的“培训人”（培训!C4）相近的指标");
  const offered = within(card)
    .getAllByRole("listitem")
    .map((item) => item.getAttribute("data-library-entry"));
  expect(offered).toHaveLength(3);
  await user.click(within(card).getByRole("button", { name: `将“${offered[0]}”填入此行` }));
  await waitFor(() => expect(fake.model.sheet(SHEET).cell("C4").value).toBe(offered[0]));
  await waitFor(() => expect(screen.queryByTestId("library-typed")).not.toBeInTheDocument());
});

test("the suggestions can be put away, and a co-author's typing brings none", async () => {
  const grid = typedRow();
  grid.values[3] = [null, null, null, null, null, null];
  const { fake, user } = await renderPane({ grids: [grid] });
  await inExcel(fake, () => fake.user.edit(SHEET, "C4", "培训人"));
  const card = await screen.findByTestId("library-typed", undefined, { timeout: 3000 });
  await user.click(within(card).getByRole("button", { name: "不需要建议" }));
  expect(screen.queryByTestId("library-typed")).not.toBeInTheDocument();
  await inExcel(fake, () => {
    fake.coauthor.edit(SHEET, "C4", "培训人员");
    fake.coauthor.edit(SHEET, "E3", "2次"); // a new finding, so the check has something to say
  });
  // Their change is checked (the pane says their add-in marks it), and offers this user nothing.
  await screen.findByTestId("marks-pending", undefined, { timeout: 3000 });
  expect(screen.queryByTestId("library-typed")).not.toBeInTheDocument();
});

/** The pane over the typed row and a sheet of the organisation's own; the row editor's library searched for `query`. */
async function searchOwn(own: Grid, query: string, expected: string) {
  const { fake, user } = await renderPane({ grids: [typedRow(), own] });
  await inExcel(fake, () => fake.user.select(SHEET, "C4"));
  await openTab(user, "行编辑");
  const library = await screen.findByTestId("library");
  const box = within(library).getByRole("searchbox");
  await user.clear(box);
  await user.type(box, query);
  return { item: await within(library).findByText(expected), user };
}

test("the workbook's 指标模板 sheet joins the library: its indicators are offered, their source that sheet", async () => {
  const own: Grid = {
    sheet: "指标模板",
    values: [
      ["项目", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      [
        "档案数字化",
        "产出指标",
        "数量指标",
        "档案数字化页数",
        "全年完成数字化的页数",
        "≥20000页",
        "计划标准",
      ],
    ],
    merges: [],
    origin: { row: 0, col: 0 },
  };
  const { item } = await searchOwn(own, "档案数字化", "档案数字化页数");
  expect(item.closest("li")).toHaveAttribute("title", "出处：档案数字化");
});

test("the workbook's 指标库 sheet (a list without items) joins the library: offered while typing, counted in 模板", async () => {
  const own: Grid = {
    sheet: "指标库",
    values: [
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "档案数字化页数", "全年完成数字化的页数", "≥20000页", "计划标准"],
      [null, "质量指标", "数字化验收合格率", "验收合格的页数占比", "≥98%", "行业标准"],
      [null, null, "", null, "≥95%", null],
    ],
    merges: [],
    origin: { row: 0, col: 0 },
  };
  const { item, user } = await searchOwn(own, "数字化验收", "数字化验收合格率");
  expect(item.closest("li")).toHaveAttribute("title", "出处：指标库");
  await openTab(user, "模板");
  expect(await screen.findByTestId("own-library")).toHaveTextContent(
    /^已读取本工作簿“指标库”工作表中的 2 条指标，可在此和行编辑中搜索。 有 1 处问题，相关行未采用，如第 4 行：/,
  );
  // It is the organisation's list, not a table to check: the pane lists no table on it.
  expect(screen.queryByText(/指标库!/)).not.toBeInTheDocument();
});

test("模板: the library by spending type, and where each template row comes from", async () => {
  const { user } = await renderPane({ grids: [typedRow()] });
  await openTab(user, "模板");
  const browser = await screen.findByTestId("library-browser");
  await within(browser).findByRole("list", { name: "指标库（按支出类型）" });
  await user.click(within(browser).getByRole("combobox", { name: /^支出类型/ }));
  await user.click(await screen.findByRole("option", { name: "教育" }));
  const education = within(browser)
    .getAllByRole("listitem")
    .map((item) => item.getAttribute("data-library-entry"));
  const expected = LIBRARY_ENTRIES.filter((e) => e.sectors.includes("education"))
    .slice(0, education.length)
    .map((e) => e.name);
  expect(education).toEqual(expected);
  // The catalogue's preview: a row the library holds says which published tables it was seen in.
  await user.click(screen.getByRole("button", { name: /^培训费/ }));
  const preview = await screen.findByTestId("template-preview");
  const seen = within(preview).getByText("培训人员出勤率");
  expect(seen).toHaveAttribute("title", expect.stringMatching(/^见于 \d+ 张已公开的表：/));
});
