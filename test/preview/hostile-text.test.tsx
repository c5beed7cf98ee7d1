/**
 * Nothing let in (issue 9): markup in every field of a table — the sheet name, the file name, the
 * title, goal, labels, names, descriptions, values and basis — is shown as text in the grid and in
 * every panel of the pane; no element is made from it and nothing in it runs.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { CellValue } from "../../src/core/grid";
import { WorkbookModel } from "../../src/preview/office";
import { PreviewPage } from "../../src/preview/PreviewPage";

jest.setTimeout(30_000);

const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `"><svg onload=window.__pwned='svg'>`,
  `javascript:window.__pwned='href'`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
];
const SHEET = `<img src=x onerror=alert(1)>`;

function hostileWorkbook(): WorkbookModel {
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length];
  const rows: CellValue[][] = [
    [`1、2022年度${p(0)}项目绩效目标表`],
    ["绩效目标", p(1)],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", p(2), p(3), `≥${p(4)}`, p(0)],
    [null, "质量指标", `${p(1)}合格率`, p(2), p(3), p(4)],
    [p(0), p(1), p(2), p(3), p(4), p(0)],
    ["满意度指标", "服务对象满意度指标", `${p(3)}满意度`, p(4), "≥95", p(1)],
  ];
  return WorkbookModel.fromGrids([{ sheet: SHEET, values: rows, merges: [], origin: { row: 0, col: 0 } }]);
}

function expectNothingLetIn(): void {
  expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(document.querySelectorAll("img, svg[onload], script, iframe, object, embed")).toHaveLength(0);
  for (const element of Array.from(document.querySelectorAll("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.startsWith("on")).toBe(false);
      if (attribute.name === "href") expect(attribute.value).not.toMatch(/^\s*javascript:/i);
    }
  }
}

test("markup in every field is shown as text in the grid and every panel, and never runs", async () => {
  render(<PreviewPage workbook={hostileWorkbook()} name={`${PAYLOADS[0]}.xlsx`} locale="zh-CN" />);
  await screen.findByText(/^检查完成/, undefined, { timeout: 15_000 });
  expectNothingLetIn();
  // The text is there, as text: in the grid, the file name, and the findings.
  expect(screen.getByTestId("file-name")).toHaveTextContent(PAYLOADS[0]);
  expect(screen.getAllByText((_, element) => element?.textContent === PAYLOADS[2]).length).toBeGreaterThan(0);

  for (const tab of ["表格", "模板", "行编辑", "设置", "检查"]) {
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expectNothingLetIn();
  }
});
