/**
 * The preview page in jsdom: the real pane beside the grid, on the sample workbook; a file that is not
 * a workbook gets one sentence and the workbook stays; the page follows the workbook's language.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { PreviewPage } from "../../src/preview/PreviewPage";
import { createSampleWorkbook } from "../../src/preview/sample-workbook";
import { SETTINGS_KEY } from "../../src/preview/workbook-language";

jest.setTimeout(20_000);

async function renderPage() {
  const workbook = createSampleWorkbook();
  const utils = render(<PreviewPage workbook={workbook} locale="zh-CN" />);
  await screen.findByText(/^检查完成/, undefined, { timeout: 10_000 });
  return { workbook, ...utils };
}

/** A File as browsers have it (jsdom's has no arrayBuffer). */
function fileOf(bytes: Uint8Array<ArrayBuffer>, name: string, size = bytes.length): File {
  const file = new File([bytes], name);
  Object.defineProperty(file, "size", { value: size });
  Object.defineProperty(file, "arrayBuffer", {
    value: jest.fn(async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  });
  return file;
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByTestId("open-file"), { target: { files: [file] } });
}

describe("PreviewPage", () => {
  test("shows the sample workbook beside the pane, which checks it", async () => {
    await renderPage();
    expect(screen.getByRole("grid", { name: "工作表“2022年绩效目标”" })).toBeInTheDocument();
    expect(screen.getByRole("complementary", { name: "任务窗格" })).toBeInTheDocument();
    expect(screen.getByTestId("file-name")).toHaveTextContent("当前工作簿：绩效目标示例.xlsx");
    // The pane's marks are drawn in the grid.
    expect(document.querySelector('[data-cell="B2"][data-mark="error"]')).not.toBeNull();
  });

  test("a file that is not a workbook gets one sentence; the workbook stays", async () => {
    await renderPage();
    chooseFile(
      fileOf(
        Uint8Array.from("level1,level2\n", (ch) => ch.charCodeAt(0)),
        "指标.xlsx",
      ),
    );
    expect(
      await screen.findByText("文件“指标.xlsx”不是 .xlsx 工作簿，当前工作簿保持不变。"),
    ).toBeInTheDocument();
    expect(screen.getByTestId("file-name")).toHaveTextContent("绩效目标示例.xlsx");
    expect(screen.getByRole("grid", { name: "工作表“2022年绩效目标”" })).toBeInTheDocument();
  });

  test("a file over 20 MB is refused before it is read", async () => {
    await renderPage();
    const file = fileOf(new Uint8Array([0x50, 0x4b, 3, 4]), "大文件.xlsx", 25 * 1024 * 1024);
    chooseFile(file);
    expect(
      await screen.findByText("文件“大文件.xlsx”有 25 MB，超过预览能打开的 20 MB，当前工作簿保持不变。"),
    ).toBeInTheDocument();
    expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  test("the page speaks the language the workbook's settings choose", async () => {
    const { workbook } = await renderPage();
    act(() => {
      workbook.settings.set(SETTINGS_KEY, JSON.stringify(JSON.stringify({ lang: "en-US" })));
      workbook.notify({ kind: "settings", sheetId: null });
    });
    expect(screen.getByRole("button", { name: "Download .xlsx" })).toBeInTheDocument();
    expect(screen.getByRole("grid", { name: "Sheet “2022年绩效目标”" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en-US");
  });
});

describe("leaving with unsaved edits asks first", () => {
  afterEach(() => jest.restoreAllMocks());

  test("no edits: the sample comes back without a question", async () => {
    await renderPage();
    const confirm = jest.spyOn(window, "confirm").mockReturnValue(false);
    fireEvent.click(screen.getByRole("button", { name: "示例工作簿" }));
    expect(confirm).not.toHaveBeenCalled();
    expect(await screen.findByText("已换回示例工作簿。")).toBeInTheDocument();
  });

  test("an edit: another workbook replaces it only when the user says so; reload is asked by the browser", async () => {
    const { workbook } = await renderPage();
    const sheet = workbook.sheets[0];
    act(() => sheet.setValue(5, 4, "≥90%"));
    const unload = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    const confirm = jest.spyOn(window, "confirm").mockReturnValue(false);
    fireEvent.click(screen.getByRole("button", { name: "示例工作簿" }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining("有尚未下载的修改"));
    expect(screen.queryByText("已换回示例工作簿。")).toBeNull();
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole("button", { name: "示例工作簿" }));
    expect(await screen.findByText("已换回示例工作簿。")).toBeInTheDocument();
  });
});
