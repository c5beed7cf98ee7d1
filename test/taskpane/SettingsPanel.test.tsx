import { engineCounts, summaryLine } from "./helpers/workbook";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BUILTIN_PROFILES } from "../../src/core/profiles/builtin";
import { ExcelAdapter, SETTINGS_KEY } from "../../src/excel/adapter";
import { isMarkFormula } from "../../src/excel/marks";
import { App } from "../../src/taskpane/App";
import type { FakeExcel } from "../../src/preview/office/fake-excel";
import { checked, findingRows, openTab, renderPane } from "./helpers/pane";

const ourMarks = (fake: FakeExcel) =>
  fake.model.sheets.flatMap((s) => s.conditionalFormats).filter((cf) => isMarkFormula(cf.formula));

type User = Awaited<ReturnType<typeof renderPane>>["user"];

async function choose(user: User, name: RegExp, option: string) {
  await user.click(screen.getByRole("combobox", { name }));
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("settings panel", () => {
  test("saves marks, a rule's severity and the satisfaction floor in the workbook; a new adapter reads them back", async () => {
    const { fake, host, user } = await renderPane();
    expect(ourMarks(fake).length).toBeGreaterThan(0);
    expect(findingRows("会议费", "E12", "vague-value")).toHaveLength(1);
    await openTab(user, "设置");
    await user.click(await screen.findByRole("switch", { name: "在单元格上标记问题" }));
    await choose(user, /^定性指标值含糊/, "关闭");
    const floor = screen.getByRole("textbox", { name: "满意度目标下限 %" });
    await user.type(floor, "90");
    await user.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("设置已保存到工作簿。")).toBeInTheDocument();

    const saved = JSON.parse(JSON.parse(fake.model.settings.get(SETTINGS_KEY)!));
    expect(saved).toMatchObject({
      marks: false,
      satisfactionFloor: 90,
      severities: { "vague-value": "off" },
    });
    expect(ourMarks(fake)).toEqual([]);
    const fresh = await new ExcelAdapter(host).checkSheet();
    expect(fresh.settings).toMatchObject({
      marks: false,
      satisfactionFloor: 90,
      severities: { "vague-value": "off" },
    });

    await openTab(user, "检查");
    await waitFor(() => expect(findingRows("会议费", "E12", "vague-value")).toHaveLength(0));
    expect(screen.getByTestId("findings-summary")).not.toHaveTextContent("35 个提示");
  });

  test("a pane opened again shows the settings the workbook holds", async () => {
    const { fake, host, user } = await renderPane();
    await openTab(user, "设置");
    await screen.findByRole("combobox", { name: /^指标列的下拉列表/ });
    expect(screen.getByRole("combobox", { name: /^指标列的下拉列表/ })).toHaveTextContent(
      "只加在由本助手插入的表中（默认）",
    );
    await choose(user, /^指标列的下拉列表/, "也加到工作簿中已有的指标表");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await screen.findByText("设置已保存到工作簿。");
    cleanup();
    fake.reload();
    render(<App host={{ kind: "preview" }} locale="zh-CN" excel={host} />);
    await checked();
    const again = userEvent.setup();
    await again.click(screen.getByRole("tab", { name: "设置" }));
    expect(await screen.findByRole("combobox", { name: /^指标列的下拉列表/ })).toHaveTextContent(
      "也加到工作簿中已有的指标表",
    );
    // Asked for, the lists are on the user's own tables.
    expect(fake.model.sheet(fake.model.sheets[0].name).cell("A4").validation).not.toBeNull();
    expect(screen.getByRole("switch", { name: "在单元格上标记问题" })).toBeChecked();
  });

  test("switching the language re-renders everything in English, finding messages included", async () => {
    const { fake, user } = await renderPane();
    await openTab(user, "设置");
    await choose(user, /^界面语言/, "English");
    await user.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 1, name: "Performance Target Assistant" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Findings" }));
    expect(screen.getByTestId("findings-summary")).toHaveTextContent(summaryLine(engineCounts(), "en-US"));
    const row = findingRows("视察议政业务费", "E13", "cost-upper-bound")[0];
    expect(row).toHaveTextContent("Error:");
    expect(within(row).getByRole("button", { name: "Change to “≤5万元”" })).toBeInTheDocument();
    expect(JSON.parse(JSON.parse(fake.model.settings.get(SETTINGS_KEY)!)).lang).toBe("en-US");
  });

  test("the organisation's framework from a JSON file; a bad file is named with what is wrong", async () => {
    const { fake, user } = await renderPane();
    await openTab(user, "设置");
    await choose(user, /^指标框架/, "单位自定义框架（JSON 文件）");
    const input = screen.getByLabelText<HTMLInputElement>("选择框架文件…", { selector: "input" });

    await user.upload(input, new File(["{ not json"], "broken.json", { type: "application/json" }));
    expect(await screen.findByText(/^文件“broken.json”不是有效的 JSON：/)).toBeInTheDocument();

    await user.upload(
      input,
      new File([JSON.stringify({ id: "x", level1: [] })], "wrong.json", { type: "application/json" }),
    );
    expect(
      await screen.findByText(/^文件“wrong.json”不是有效的指标框架。问题所在：.*name/),
    ).toBeInTheDocument();

    const own = {
      ...BUILTIN_PROFILES["2015"],
      id: "org-2024",
      name: { zh: "本单位框架", en: "Our framework" },
    };
    await user.upload(input, new File([JSON.stringify(own)], "ours.json", { type: "application/json" }));
    expect(await screen.findByText("已载入：本单位框架")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "保存" }));
    await screen.findByText("设置已保存到工作簿。");
    const saved = JSON.parse(JSON.parse(fake.model.settings.get(SETTINGS_KEY)!));
    expect(saved).toMatchObject({ profile: "custom", customProfile: { id: "org-2024" } });
    await user.click(screen.getByRole("tab", { name: "表格" }));
    expect(screen.getAllByText(/ · org-2024 · /)).toHaveLength(8);
  });
});
