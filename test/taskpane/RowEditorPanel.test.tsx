import { act, screen, waitFor } from "@testing-library/react";
import { COALESCE_MS } from "../../src/excel/live";
import { applyEditsToGrids } from "../../src/core/apply-edits";
import { findTables } from "../../src/core/detect/find-tables";
import type { Grid } from "../../src/core/grid";
import { BUILTIN_CATALOGUE, findTemplate, planNewTable } from "../../src/core/templates/index";
import { inExcel, openTab, renderPane } from "./helpers/pane";
import { seedSheets } from "./helpers/workbook";

/** A new 会议费 table in the split layout, level labels on every row (no merges). */
function splitSheet(): Grid {
  const blank: Grid = { sheet: "分列表", values: [], merges: [], origin: { row: 0, col: 0 } };
  const edits = planNewTable(findTemplate(BUILTIN_CATALOGUE, "会议费")!, {
    profile: "2015",
    layout: "split",
    anchor: { sheet: "分列表", row: 0, col: 0 },
    year: 2025,
    number: 1,
    mergeLevels: false,
    dropdowns: false,
  });
  return applyEditsToGrids([blank], edits)[0];
}

/** Every cell of a sheet that differs between two reads, as "A1: before → after". */
function changedCells(before: Grid, after: Grid): string[] {
  const out: string[] = [];
  const rows = Math.max(before.values.length, after.values.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const a = before.values[r]?.[c] ?? null;
      const b = after.values[r]?.[c] ?? null;
      if (a !== b) out.push(`${String.fromCharCode(65 + c)}${r + 1}: ${a} → ${b}`);
    }
  }
  return out;
}

const combobox = (name: string) => screen.getByRole("combobox", { name: new RegExp(`^${name}`) });

async function choose(user: Awaited<ReturnType<typeof renderPane>>["user"], name: string, option: string) {
  await user.click(combobox(name));
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("row editor", () => {
  test("combined layout: the comparator and number go into the one value cell, nothing else changes", async () => {
    const { fake, user } = await renderPane();
    await inExcel(fake, () => fake.user.select("会议费", "C7"));
    await openTab(user, "行编辑");
    expect(
      await screen.findByText("“1、2022年度会议费项目绩效目标表”，会议费 第 7 行（合并式）"),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "三级指标" })).toHaveValue("参会人员出勤率");
    // Fluent's Dropdown shows its selected option from an effect, a frame after it renders.
    await waitFor(() => expect(combobox("指标性质")).toHaveTextContent("≥"));
    expect(combobox("二级指标")).toHaveTextContent("质量指标");
    expect(screen.getByRole("textbox", { name: "数值" })).toHaveValue("95");
    expect(combobox("计量单位")).toHaveValue("%");
    // Level 1 is merged over its group in the seed: changed in Excel, not here.
    expect(combobox("一级指标")).toHaveAttribute("aria-disabled", "true");

    const before = fake.model.sheet("会议费").toGrid({ from: "A1" });
    await choose(user, "指标性质", "＝");
    await user.clear(screen.getByRole("textbox", { name: "数值" }));
    await user.type(screen.getByRole("textbox", { name: "数值" }), "100");
    await act(() => new Promise((resolve) => setTimeout(resolve, COALESCE_MS + 100)));
    fake.resetSyncCount();
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    expect(await screen.findByText("已写入 1 个单元格。")).toBeInTheDocument();
    // One read of the sheet as it is now, one write of the cell with its marks.
    expect(fake.syncCount).toBe(2);
    expect(changedCells(before, fake.model.sheet("会议费").toGrid({ from: "A1" }))).toEqual([
      "E7: ≥95% → ＝100%",
    ]);
  });

  test("split layout: a new comparator is written to the 指标性质 cell alone", async () => {
    const { fake, user } = await renderPane({ grids: [splitSheet()] });
    const table = findTables([fake.model.sheet("分列表").toGrid()])[0];
    const row = table.rows.find((r) => r.unit?.text === "%" && r.comparator?.text === "≥")!;
    await inExcel(fake, () => fake.user.select("分列表", row.level3!.cell));
    await openTab(user, "行编辑");
    await screen.findByText(/（分列式）$/);
    const before = fake.model.sheet("分列表").toGrid({ from: "A1" });
    await choose(user, "指标性质", "＝");
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    expect(await screen.findByText("已写入 1 个单元格。")).toBeInTheDocument();
    expect(changedCells(before, fake.model.sheet("分列表").toGrid({ from: "A1" }))).toEqual([
      `${row.comparator!.cell}: ≥ → ＝`,
    ]);
  });

  test("split layout: level 2 follows level 1, and 定性 clears the unit", async () => {
    const { fake, user } = await renderPane({ grids: [splitSheet()] });
    const table = findTables([fake.model.sheet("分列表").toGrid()])[0];
    const row = table.rows.find((r) => r.level2?.label === "数量指标")!;
    await inExcel(fake, () => fake.user.select("分列表", row.level3!.cell));
    await openTab(user, "行编辑");
    await choose(user, "一级指标", "效益指标");
    // The level-2 list is now 效益指标's; the first of it is taken.
    expect(combobox("二级指标")).toHaveTextContent("经济效益指标");
    await user.click(combobox("二级指标"));
    const options = (await screen.findAllByRole("option")).map((o) => o.textContent);
    expect(options).toEqual(["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]);
    await user.click(screen.getByRole("option", { name: "社会效益指标" }));
    await choose(user, "指标性质", "定性");
    await user.type(screen.getByRole("textbox", { name: "指标值（定性）" }), "按计划召开");
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    await screen.findByText(/^已写入 \d+ 个单元格。$/);
    const after = findTables([fake.model.sheet("分列表").toGrid()])[0].rows.find((r) => r.row === row.row)!;
    expect([
      after.level1?.label,
      after.level2?.label,
      after.comparator?.text,
      after.value?.text,
      after.unit?.text,
    ]).toEqual(["效益指标", "社会效益指标", "定性", "按计划召开", ""]);
  });

  test("units are suggested by the indicator's name", async () => {
    const { fake, user } = await renderPane();
    await inExcel(fake, () => fake.user.select("会议费", "C7"));
    await openTab(user, "行编辑");
    expect(await screen.findByRole("button", { name: "使用单位 %" })).toBeInTheDocument();
    const name = screen.getByRole("textbox", { name: "三级指标" });
    await user.clear(name);
    await user.type(name, "组织培训人次");
    await user.click(screen.getByRole("button", { name: "使用单位 人次" }));
    expect(combobox("计量单位")).toHaveValue("人次");
  });

  test("the basis list offers the categories and keeps free text", async () => {
    const { fake, user } = await renderPane();
    await inExcel(fake, () => fake.user.select("会议费", "C4"));
    await openTab(user, "行编辑");
    const basis = await screen.findByRole("combobox", { name: /^指标值确定依据/ });
    expect(basis).toHaveValue("年初工作要点");
    await user.clear(basis);
    await user.type(basis, "会议费管理办法");
    await user.tab();
    await user.click(screen.getByRole("button", { name: "写入表格" }));
    await screen.findByText("已写入 1 个单元格。");
    expect(fake.model.sheet("会议费").cell("F4").value).toBe("会议费管理办法");
  });

  test("outside an indicator row it says where to click", async () => {
    const { fake, user } = await renderPane({ grids: seedSheets().slice(0, 1) });
    await inExcel(fake, () => fake.user.select("会议费", "A1"));
    await openTab(user, "行编辑");
    expect(
      await screen.findByText("会议费!A1 不在指标行上。请在表格的指标行中选择一个单元格。"),
    ).toBeInTheDocument();
    await inExcel(fake, () => fake.user.select("会议费", "D9"));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "三级指标" })).toHaveValue("人均会议成本"),
    );
  });
});
