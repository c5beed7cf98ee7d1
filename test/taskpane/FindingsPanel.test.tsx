import { screen, waitFor, within } from "@testing-library/react";
import { checked, findingRow, findingRows, inExcel, renderPane } from "./helpers/pane";
import { engineCounts, summaryLine } from "./helpers/workbook";

const SEED = engineCounts();

describe("findings panel, against the seed's eight tables (one sheet each)", () => {
  test("a one-line summary, and 视察议政业务费's cost row E13 under its table and severity", async () => {
    await renderPane();
    expect(SEED.tables).toBe(8);
    expect(screen.getByTestId("findings-summary")).toHaveTextContent(summaryLine(SEED));
    const row = findingRow("视察议政业务费", "E13", "cost-upper-bound");
    expect(row).toHaveTextContent("E13 成本指标应为上限（≤），当前为“≥5万元”");
    // Severity in words for screen readers, not colour alone.
    expect(within(row).getByText("错误：")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: /视察议政业务费绩效目标表/ })).toBeInTheDocument();
    expect(within(row).getByRole("button", { name: "改为“≤5万元”" })).toBeInTheDocument();
  });

  test("clicking a finding selects its cell in Excel and shows it under 此单元格", async () => {
    const { fake, user } = await renderPane();
    await user.click(
      within(findingRow("视察议政业务费", "E13", "cost-upper-bound")).getByTitle("在工作表中选中 E13"),
    );
    await inExcel(fake, () => undefined);
    expect(fake.model.activeSheet()?.name).toBe("视察议政业务费");
    expect(fake.model.sheet("视察议政业务费").selection).toMatchObject({
      row: 12,
      col: 4,
      rowCount: 1,
      colCount: 1,
    });
    const here = await screen.findByTestId("here");
    expect(here).toHaveTextContent("此单元格：视察议政业务费!E13");
    expect(here).toHaveTextContent("成本指标应为上限（≤），当前为“≥5万元”");
    expect(findingRow("视察议政业务费", "E13", "cost-upper-bound")).toHaveAttribute("aria-current", "true");
  });

  test("selecting a cell in Excel shows that cell's findings", async () => {
    const { fake } = await renderPane();
    await inExcel(fake, () => fake.user.select("业务费", "E8"));
    const here = await screen.findByTestId("here");
    await waitFor(() => expect(here).toHaveTextContent("此单元格：业务费!E8"));
    expect(here).toHaveTextContent("E8 计量单位“量”不是常用单位，是否应为“辆”？");
    await inExcel(fake, () => fake.user.select("业务费", "A1"));
    await waitFor(() => expect(screen.getByTestId("here")).toHaveTextContent("此单元格没有问题。"));
  });

  test("修复 on a stray-whitespace finding clears the tab in the workbook", async () => {
    const { fake, user } = await renderPane();
    const row = [...screen.getByTestId("findings-list").querySelectorAll<HTMLElement>("[data-finding]")].find(
      (el) => el.dataset.finding!.startsWith("招待费!E") && el.textContent?.includes("“合规”中有多余的空白"),
    )!;
    const cell = row.dataset.finding!.split(":")[0].split("!")[1];
    expect(fake.model.sheet("招待费").cell(cell).value).toMatch(/^合规\s+$/);
    await user.click(within(row).getByRole("button", { name: `修复 ${cell}` }));
    expect(await screen.findByText(`已修复 ${cell}。`)).toBeInTheDocument();
    expect(fake.model.sheet("招待费").cell(cell).value).toBe("合规");
    await waitFor(() => expect(findingRows("招待费", cell, "stray-whitespace")).toHaveLength(0));
  });

  test("全部安全修复 mends every safe finding of one table and nothing elsewhere", async () => {
    const { fake, user } = await renderPane();
    const before = fake.model.sheet("培训费").toGrid();
    const basisCells = () =>
      fake.model
        .sheet("招待费")
        .toGrid()
        .values.flat()
        .filter((v) => typeof v === "string" && v.includes("接待费管理办法"));
    expect(basisCells().some((v) => v !== "接待费管理办法")).toBe(true);
    await user.click(
      screen.getByRole("button", { name: /^安全修复“6、2022年度招待费项目绩效目标表”中的 \d+ 个问题$/ }),
    );
    expect(await screen.findByText(/^已修复本表 \d+ 个问题。$/)).toBeInTheDocument();
    expect(basisCells().every((v) => v === "接待费管理办法")).toBe(true);
    const left = [
      ...screen.getByTestId("findings-list").querySelectorAll<HTMLElement>("[data-finding]"),
    ].filter((el) => /^招待费!.*:stray-whitespace$/.test(el.dataset.finding!));
    expect(left).toHaveLength(0);
    expect(fake.model.sheet("培训费").toGrid().values).toEqual(before.values);
  });

  test("a suggestion is applied only when clicked", async () => {
    const { fake, user } = await renderPane();
    await user.click(
      within(findingRow("视察议政业务费", "E13", "cost-upper-bound")).getByRole("button", {
        name: "改为“≤5万元”",
      }),
    );
    await screen.findByText("已修复 E13。");
    expect(fake.model.sheet("视察议政业务费").cell("E13").value).toBe("≤5万元");
    expect(fake.model.sheet("视察议政业务费").cell("E14").value).toBe("≥5万元");
  });

  test("filters by severity and by rule", async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole("checkbox", { name: "提示（35）" }));
    expect(findingRows("会议费", "E12", "vague-value")).toHaveLength(0);
    expect(findingRows("视察议政业务费", "E13")).toHaveLength(1);
    await user.click(screen.getByRole("combobox", { name: /^规则/ }));
    await user.click(await screen.findByRole("option", { name: /^成本指标不是上限/ }));
    const shown = [...screen.getByTestId("findings-list").querySelectorAll<HTMLElement>("[data-finding]")];
    expect(shown.map((el) => el.dataset.finding)).toEqual([
      "视察议政业务费!E13:cost-upper-bound",
      "视察议政业务费!E14:cost-upper-bound",
      "视察议政业务费!E15:cost-upper-bound",
    ]);
  });

  test("a group heading collapses and expands its findings, keyboard first", async () => {
    const { user } = await renderPane();
    const heading = screen.getByRole("button", { name: "4、2022年度视察议政业务费绩效目标表" });
    expect(heading).toHaveAttribute("aria-expanded", "true");
    heading.focus();
    await user.keyboard("{Enter}");
    expect(findingRows("视察议政业务费", "E13")).toHaveLength(0);
    expect(screen.getByRole("button", { name: "4、2022年度视察议政业务费绩效目标表" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    await user.keyboard("{Enter}");
    expect(findingRows("视察议政业务费", "E13")).toHaveLength(1);
  });

  test("生成审核意见表 writes a sheet a reviewer can file, one linked row per finding", async () => {
    const { fake, user } = await renderPane();
    await user.click(screen.getByRole("button", { name: "生成审核意见表" }));
    expect(await screen.findByText("已生成工作表“审核意见”，共 96 条审核意见。")).toBeInTheDocument();
    const sheet = fake.model.sheet("审核意见");
    const values = sheet.toGrid({ from: "A1" }).values;
    expect(values[0][0]).toMatch(/^审核意见（绩效指标助手生成，.+，共 96 条）$/);
    expect(values[1]).toEqual(["表格", "单元格", "严重程度", "问题", "规则"]);
    const line = values.findIndex((v) => v[1] === "视察议政业务费!E13");
    expect(values[line]).toEqual([
      "4、2022年度视察议政业务费绩效目标表",
      "视察议政业务费!E13",
      "错误",
      "成本指标应为上限（≤），当前为“≥5万元”",
      // The rule in the workbook's language, its id beside it.
      "成本指标不是上限（cost-upper-bound）",
    ]);
    expect(sheet.hyperlink(line, 1)).toMatchObject({ documentReference: "'视察议政业务费'!E13" });
    // The 问题 (message) and 规则 columns wrap at a readable width.
    expect(sheet.formats.get(line, 3)?.wrapText).toBe(true);
    expect(sheet.formats.get(line, 4)?.wrapText).toBe(true);
    expect(sheet.columnWidths.get(3)).toBeGreaterThan(200);
    // Again: the same sheet is refreshed, not a second one made.
    await user.click(screen.getByRole("button", { name: "生成审核意见表" }));
    expect(await screen.findByText("已更新工作表“审核意见”，共 96 条审核意见。")).toBeInTheDocument();
    expect(fake.model.sheets.filter((s) => s.name.startsWith("审核意见"))).toHaveLength(1);
  });

  test("a protected sheet: the sentence says to unprotect it, and nothing changes", async () => {
    const { fake, user } = await renderPane();
    fake.protect("视察议政业务费");
    await user.click(
      within(findingRow("视察议政业务费", "E13", "cost-upper-bound")).getByRole("button", {
        name: "改为“≤5万元”",
      }),
    );
    expect(await screen.findByText(/^工作表受保护，无法写入。请先撤销工作表保护/)).toBeInTheDocument();
    expect(fake.model.sheet("视察议政业务费").cell("E13").value).toBe("≥5万元");
  });

  test("a finding mended meanwhile: nothing is written, the pane says so and checks again", async () => {
    const { fake, user } = await renderPane();
    // Changed without an event reaching the pane (as a paste does on some platforms).
    fake.model.sheet("视察议政业务费").setValue(12, 4, "≤6万元");
    await user.click(
      within(findingRow("视察议政业务费", "E13", "cost-upper-bound")).getByRole("button", {
        name: "改为“≤5万元”",
      }),
    );
    expect(await screen.findByText(/^工作表在操作期间有改动，本次未作修改；已重新检查/)).toBeInTheDocument();
    expect(fake.model.sheet("视察议政业务费").cell("E13").value).toBe("≤6万元");
    await waitFor(() => expect(findingRows("视察议政业务费", "E13", "cost-upper-bound")).toHaveLength(0));
  });

  test("a sheet deleted meanwhile: the pane says it is gone and checks again", async () => {
    const { fake, user } = await renderPane();
    fake.model.deleteSheet(fake.model.sheet("招待费"));
    await user.click(within(findingRows("招待费", "B2")[0]).getByTitle("在工作表中选中 B2"));
    expect(
      await screen.findByText("找不到该工作表或单元格（可能已删除或重命名）；已重新检查。"),
    ).toBeInTheDocument();
    await waitFor(() => expect(findingRows("招待费", "B2")).toHaveLength(0));
  });

  test("cell-edit mode: the sentence says to finish editing the cell", async () => {
    const { fake, user } = await renderPane();
    fake.user.enterCellEditMode("会议费", "C5");
    await user.click(screen.getByRole("button", { name: "检查当前工作表" }));
    expect(await screen.findByText(/^Excel 正在编辑单元格。请先完成单元格编辑/)).toBeInTheDocument();
    fake.user.leaveCellEditMode();
    await user.click(screen.getByRole("button", { name: "检查当前工作表" }));
    await waitFor(() => expect(screen.queryByText(/^Excel 正在编辑单元格/)).not.toBeInTheDocument());
  });

  test("an edit in Excel is checked live: the finding goes when the cell is mended", async () => {
    const { fake } = await renderPane();
    expect(findingRows("视察议政业务费", "E13", "cost-upper-bound")).toHaveLength(1);
    await inExcel(fake, () => fake.user.edit("视察议政业务费", "E13", "≤5万元"));
    await waitFor(() => expect(findingRows("视察议政业务费", "E13", "cost-upper-bound")).toHaveLength(0), {
      timeout: 3000,
    });
    expect(screen.getByTestId("findings-summary")).toHaveTextContent(`${SEED.errors - 1} 个错误`);
    // The sentence of the check above the list does not keep the old count.
    expect(screen.getByText(/^检查完成：/)).toHaveTextContent(`检查完成：8 张表，${SEED.errors - 1} 个错误`);
  });
});

test("checking again after a change shows the new counts", async () => {
  const { fake, user } = await renderPane();
  fake.model.sheet("视察议政业务费").setValue(12, 4, "≤5万元");
  await user.click(screen.getByRole("button", { name: "检查整个工作簿" }));
  await checked();
  await waitFor(() =>
    expect(screen.getByTestId("findings-summary")).toHaveTextContent(`${SEED.errors - 1} 个错误`),
  );
});

describe("检查当前工作表 answers for the sheet it checked", () => {
  const sheet = (name: string, values: (string | null)[][]) => ({
    sheet: name,
    values,
    merges: [],
    origin: { row: 0, col: 0 },
  });
  const table = sheet("会议费", [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "会议次数", "≥6次"],
  ]);

  test("on the review sheet: nothing to check there", async () => {
    const review = sheet("审核意见", [
      ["审核意见（绩效指标助手生成，2026-12-06，共 3 条）"],
      ["表", "单元格"],
    ]);
    const { fake, user } = await renderPane({ grids: [table, review] });
    await inExcel(fake, () => fake.user.select("审核意见", "A1"));
    await user.click(screen.getByRole("button", { name: "检查当前工作表" }));
    expect(await screen.findByText(/^“审核意见”是助手写出的审核意见表/)).toBeInTheDocument();
  });

  test("on a sheet with a table: its own counts", async () => {
    const { fake, user } = await renderPane({ grids: [table, sheet("说明", [["本表说明"]])] });
    await inExcel(fake, () => fake.user.select("会议费", "A1"));
    await user.click(screen.getByRole("button", { name: "检查当前工作表" }));
    expect(await screen.findByText(/^已检查“会议费”：1 张表/)).toBeInTheDocument();
    await inExcel(fake, () => fake.user.select("说明", "A1"));
    await user.click(screen.getByRole("button", { name: "检查当前工作表" }));
    expect(await screen.findByText("“说明”中没有绩效目标表，无需检查。")).toBeInTheDocument();
  });
});

test("selecting a cell brings its 此单元格 box into view", async () => {
  const scrolled: Element[] = [];
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  try {
    const { fake } = await renderPane();
    scrolled.length = 0;
    await inExcel(fake, () => fake.user.select("业务费", "E8"));
    await waitFor(() => expect(screen.getByTestId("here")).toHaveTextContent("此单元格：业务费!E8"));
    expect(scrolled).toContain(screen.getByTestId("here"));
  } finally {
    Element.prototype.scrollIntoView = original;
  }
});
