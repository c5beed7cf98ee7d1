import { act, screen, waitFor, within } from "@testing-library/react";
import { COALESCE_MS } from "../../src/excel/live";
import { findTables } from "../../src/core/detect/find-tables";
import type { Grid } from "../../src/core/grid";
import { BUILTIN_CATALOGUE, findTemplate, missingRows, templateRows } from "../../src/core/templates/index";
import { inExcel, openTab, renderPane } from "./helpers/pane";
import { seedSheets } from "./helpers/workbook";

const rowTexts = (table: ReturnType<typeof findTables>[number]) =>
  table.rows.map((r) => [r.level3?.text ?? "", r.value?.text ?? ""]);

describe("templates panel", () => {
  test("searches the catalogue by funding item and alias, and previews an item's rows", async () => {
    const { user } = await renderPane();
    await openTab(user, "模板");
    const search = await screen.findByRole("searchbox", { name: "按项目名称或别名搜索" });
    await user.type(search, "差旅");
    const list = screen.getByRole("list", { name: "模板项目" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["差旅费 （又名 差旅经费、差旅支出）"]);
    await user.click(within(list).getByRole("button", { name: /差旅费/ }));
    const rows = templateRows(findTemplate(BUILTIN_CATALOGUE, "差旅费")!, "2015");
    const preview = screen.getByTestId("template-preview");
    expect(within(preview).getByText(`“差旅费”的标准指标（${rows.length} 行）`)).toBeInTheDocument();
    expect(within(preview).getAllByRole("row")).toHaveLength(rows.length + 1);
    expect(within(preview).getByText(rows[0].name)).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, "专网");
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent?.split(" ")[0]),
    ).toEqual(["人大专网维护费"]);
  });

  test("names the published tables an item's rows come from, linked; and says so when none stands behind them", async () => {
    const { user } = await renderPane();
    await openTab(user, "模板");
    const search = await screen.findByRole("searchbox", { name: "按项目名称或别名搜索" });
    await user.type(search, "高标准农田");
    await user.click(screen.getByRole("button", { name: /^高标准农田建设/ }));
    const farmland = findTemplate(BUILTIN_CATALOGUE, "高标准农田建设")!;
    const sources = screen.getByTestId("template-sources");
    expect(within(sources).getByText("指标来自以下已公开的表：")).toBeInTheDocument();
    const links = within(sources).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual(
      farmland.sources.map((s) => [s.title, s.url]),
    );
    expect(links[0]).toHaveAttribute("target", "_blank");

    await user.clear(search);
    await user.type(search, "差旅");
    await user.click(screen.getByRole("button", { name: /^差旅费/ }));
    expect(screen.getByTestId("template-sources")).toHaveTextContent(
      "这一项目的指标由本工具编写，已收集的公开表格中还没有同类项目，请按本单位实际修改。",
    );
  });

  test("the split layout previews comparator, value and unit in their own columns", async () => {
    const { user } = await renderPane();
    await openTab(user, "模板");
    await user.click(await screen.findByRole("radio", { name: /^分列式/ }));
    const headers = within(screen.getByTestId("template-preview"))
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]);
  });

  test("inserts a new table at the selection: rows are inserted, the table below moves down intact", async () => {
    const { fake, user } = await renderPane();
    const before = findTables([fake.model.sheet("会议费").toGrid()])[0];
    await inExcel(fake, () => fake.user.select("会议费", "A1"));
    await openTab(user, "模板");
    await user.type(await screen.findByRole("searchbox", { name: "按项目名称或别名搜索" }), "差旅费");
    await user.click(screen.getByRole("button", { name: /^差旅费/ }));
    expect(
      screen.getByText(/^将在 会议费!A1 处插入 \d+ 行，原有内容整体下移，不会被覆盖。$/),
    ).toBeInTheDocument();
    // Let the live check that the selection scheduled run first, then count the insert's own requests.
    await act(() => new Promise((resolve) => setTimeout(resolve, COALESCE_MS + 100)));
    fake.resetSyncCount();
    await user.click(screen.getByRole("button", { name: "在所选位置插入新表" }));
    expect(await screen.findByText(/^已插入“差旅费”绩效目标表/)).toBeInTheDocument();
    expect(fake.syncCount).toBe(2);
    // Excel's selection moved down with the rows inserted above it, and the pane says so.
    expect(fake.model.sheet("会议费").selection).toMatchObject({ row: 12, col: 0 });
    // The active cell the grid draws moved with it: grid and pane agree on where the selection went.
    expect(fake.model.sheet("会议费").activeCell).toEqual({ row: 12, col: 0 });
    expect(screen.getByText(/^将在 会议费!A13 处插入/)).toBeInTheDocument();

    const item = findTemplate(BUILTIN_CATALOGUE, "差旅费")!;
    const tables = findTables([fake.model.sheet("会议费").toGrid()]);
    expect(tables.map((t) => t.fundingItem)).toEqual(["差旅费", "会议费"]);
    // Numbering continues after the sheet's highest (the 会议费 table below is 1、): no two tables numbered alike.
    expect(tables[0].title?.text).toBe("2、2022年度差旅费项目绩效目标表");
    expect(tables[0].title?.cell).toBe("A1");
    expect(tables[0].rows.map((r) => r.level3?.text)).toEqual(templateRows(item, "2015").map((r) => r.name));
    expect(rowTexts(tables[1])).toEqual(rowTexts(before));
    expect(tables[1].headerRow).toBe(before.headerRow + tables[0].bounds.rowCount + 1);
    // The new table gets the dropdowns of its profile.
    expect(fake.model.sheet("会议费").cell(`A${tables[0].firstRow + 1}`).validation?.rule?.list).toBeTruthy();
    // And the pane has checked it: the tables panel knows nine tables now.
    await openTab(user, "表格");
    expect(screen.getByText("共找到 9 张表。")).toBeInTheDocument();
  });

  test("a selection inside a table would split it: the insert is refused", async () => {
    const { fake, user } = await renderPane();
    await inExcel(fake, () => fake.user.select("会议费", "C8"));
    await openTab(user, "模板");
    expect(
      await screen.findByText(/^所选位置在表格“1、2022年度会议费项目绩效目标表”中间/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "在所选位置插入新表" })).toBeDisabled();
    // No promise that nothing is overwritten beside the refusal.
    expect(screen.queryByText(/不会被覆盖/)).toBeNull();
  });

  test("beside the user's own 科目/金额 block, inserting rows that would split it is refused and the block stays whole", async () => {
    const block: Grid = {
      sheet: "预算",
      values: [
        [null, null, null, null, "科目", "金额"],
        [null, null, null, null, "办公费", 3],
        [null, null, null, null, "差旅费", 2],
      ],
      merges: [],
      origin: { row: 0, col: 0 },
    };
    const { fake, user } = await renderPane({ grids: [block] });
    await inExcel(fake, () => fake.user.select("预算", "A2"));
    await openTab(user, "模板");
    await user.type(await screen.findByRole("searchbox", { name: "按项目名称或别名搜索" }), "差旅费");
    await user.click(screen.getByRole("button", { name: /^差旅费/ }));
    await user.click(screen.getByRole("button", { name: "在所选位置插入新表" }));
    expect((await screen.findAllByText(/^插入整行会把 E1:F3 的内容拆开/)).length).toBeGreaterThan(0);
    // From then on the panel says so at its place, with the button off and no promise of "不会被覆盖".
    await waitFor(() => expect(screen.getByRole("button", { name: "在所选位置插入新表" })).toBeDisabled());
    expect(screen.queryByText(/不会被覆盖/)).toBeNull();
    expect(
      fake.model
        .sheet("预算")
        .toGrid({ from: "A1" })
        .values.map((line) => line.slice(4, 6)),
    ).toEqual([
      ["科目", "金额"],
      ["办公费", 3],
      ["差旅费", 2],
    ]);
  });

  // Of the seed's eight tables only 视察议政业务费 lacks a catalogue row now (every catalogue row is one
  // of a published table's): 形成建议议案数, whose wording its sister table 执法检查费 uses.
  test("adds the standard rows the selected table lacks, keeping every existing row", async () => {
    const { fake, user } = await renderPane();
    const item = findTemplate(BUILTIN_CATALOGUE, "视察议政业务费")!;
    const before = findTables([fake.model.sheet("视察议政业务费").toGrid()])[0];
    const lacking = missingRows(before, item, { profile: "2015" });
    expect(lacking.length).toBeGreaterThan(0);
    await inExcel(fake, () => fake.user.select("视察议政业务费", "C5"));
    await openTab(user, "模板");
    expect(
      await screen.findByText(`缺少 ${lacking.length} 行：${lacking.map((r) => r.name).join("、")}`),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "补充缺少的标准行" }));
    expect(
      await screen.findByText(`已按“视察议政业务费”模板补充 ${lacking.length} 行。`),
    ).toBeInTheDocument();
    const after = findTables([fake.model.sheet("视察议政业务费").toGrid()])[0];
    expect(missingRows(after, item, { profile: "2015" })).toEqual([]);
    const kept = rowTexts(after);
    for (const row of rowTexts(before)) expect(kept).toContainEqual(row);
    await waitFor(() =>
      expect(screen.getByText("此表已包含“视察议政业务费”的全部标准行。")).toBeInTheDocument(),
    );
  });

  test("adding rows to a table with the user's own list beside it shifts only the table's columns: the list stays whole", async () => {
    const { fake, user } = await renderPane();
    const item = findTemplate(BUILTIN_CATALOGUE, "视察议政业务费")!;
    const sheet = fake.model.sheet("视察议政业务费");
    const before = findTables([sheet.toGrid({ from: "A1" })])[0];
    const col = before.bounds.col + before.bounds.colCount + 1;
    const list = [["科目", "金额"], ...before.rows.slice(1).map((_r, i) => [`科目${i + 1}`, (i + 1) * 100])];
    await inExcel(fake, () => sheet.setValues(before.firstRow, col, list));
    await inExcel(fake, () => fake.user.select("视察议政业务费", "C5"));
    await openTab(user, "模板");
    await user.click(await screen.findByRole("button", { name: "补充缺少的标准行" }));
    expect(await screen.findByText(/^已按“视察议政业务费”模板补充 \d+ 行。/)).toBeInTheDocument();
    const grid = sheet.toGrid({ from: "A1" });
    expect(
      grid.values
        .slice(before.firstRow, before.firstRow + list.length)
        .map((line) => line.slice(col, col + 2)),
    ).toEqual(list);
    const after = findTables([grid])[0];
    expect(missingRows(after, item, { profile: "2015" })).toEqual([]);
  });

  test("the organisation's 指标模板 sheet joins the catalogue, and its problems are shown", async () => {
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
        [null, "产出指标", "质量指标", "数字化验收合格率", "验收合格的页数占比", "≥98%", "行业标准"],
        [null, "满意度指标", "服务对象满意度指标", "档案利用者满意度", "", "≥90", "计划标准"],
        [null, "产出指标", "质量指标", "", "", "≥95%", "计划标准"],
      ],
      merges: [],
      origin: { row: 0, col: 0 },
    };
    const { user } = await renderPane({ grids: [...seedSheets().slice(0, 1), own] });
    await openTab(user, "模板");
    expect(await screen.findByText("已读取本工作簿“指标模板”工作表中的 1 个项目。")).toBeInTheDocument();
    expect(await screen.findByText(/^“指标模板”工作表有 \d+ 处问题/)).toBeInTheDocument();
    expect(screen.getByText(/^第 5 行：未填写三级指标名称/)).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "按项目名称或别名搜索" }), "档案");
    expect(
      within(screen.getByRole("list", { name: "模板项目" }))
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["档案数字化"]);
  });
});
