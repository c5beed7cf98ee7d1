import { fireEvent, screen } from "@testing-library/react";
import { inExcel, renderPane } from "./helpers/pane";
import { seedSheets } from "./helpers/workbook";

/** "role:name" of the focused element, as a screen reader would announce it (roughly). */
function nameOf(el: Element | null): string {
  if (!el) return "";
  const input = el instanceof HTMLInputElement ? el : null;
  const role = el.getAttribute("role") ?? (input ? input.type : el.tagName.toLowerCase());
  const name = el.getAttribute("aria-label") ?? input?.labels?.[0]?.textContent ?? el.textContent ?? "";
  return `${role}:${name.trim()}`;
}

/**
 * jsdom lays nothing out, and Fluent's FocusZone moves focus by geometry: stack every element in
 * document order, one line each, as a single column of rows reads on screen.
 */
function stackElementsInDocumentOrder(): () => void {
  const original = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const index = [...document.querySelectorAll("*")].indexOf(this);
    return {
      top: index * 20,
      bottom: index * 20 + 18,
      left: 0,
      right: 300,
      width: 300,
      height: 18,
      x: 0,
      y: index * 20,
      toJSON: () => ({}),
    } as DOMRect;
  };
  // Fluent skips elements it takes for invisible (offsetHeight 0, no offsetParent), as all are in jsdom.
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetHeight")!;
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 18 });
  return () => {
    Element.prototype.getBoundingClientRect = original;
    Object.defineProperty(HTMLElement.prototype, "offsetHeight", height);
  };
}

/** Arrow keys as a browser sends them: Fluent v8's FocusZone reads the legacy `which`, which userEvent leaves out. */
function arrowDown(): void {
  fireEvent.keyDown(document.activeElement!, { key: "ArrowDown", code: "ArrowDown", which: 40, keyCode: 40 });
}

const afterAllRestore: (() => void)[] = [];
afterEach(() => afterAllRestore.splice(0).forEach((restore) => restore()));

test("Tab reaches every control of the findings panel, in reading order, then the list as one stop", async () => {
  const { user } = await renderPane({ grids: seedSheets().slice(0, 1) });
  const reached: string[] = [];
  const list = screen.getByTestId("findings-list");
  for (let i = 0; i < 20 && !list.contains(document.activeElement); i++) {
    await user.tab();
    reached.push(nameOf(document.activeElement));
  }
  expect(reached.slice(0, -1)).toEqual([
    "button:关闭消息",
    "tab:检查",
    "button:检查整个工作簿",
    "button:检查当前工作表",
    "button:生成审核意见表",
    "checkbox:错误（5）",
    "checkbox:警告（0）",
    "checkbox:提示（3）",
    "combobox:全部规则",
  ]);
  // The list is one tab stop; its first control is the first table's heading.
  expect(document.activeElement).toHaveAttribute("aria-expanded", "true");
  expect(document.activeElement).toHaveTextContent("1、2022年度会议费项目绩效目标表");
});

test("arrow keys move through the findings; Enter on one selects its cell in Excel", async () => {
  const { fake, user } = await renderPane({ grids: seedSheets().slice(0, 1) });
  const restore = stackElementsInDocumentOrder();
  afterAllRestore.push(restore);
  const list = screen.getByTestId("findings-list");
  while (!list.contains(document.activeElement)) await user.tab();
  arrowDown();
  expect(document.activeElement).toHaveTextContent("错误（5）");
  arrowDown();
  expect(document.activeElement).toHaveTextContent("B2 绩效目标仍是模板占位文字");
  await user.keyboard("{Enter}");
  await inExcel(fake, () => undefined);
  expect(fake.model.sheet("会议费").selection).toMatchObject({ row: 1, col: 1 });
});

test("icon-only and repeated buttons carry labels for screen readers", async () => {
  await renderPane();
  for (const button of screen.getAllByRole("button")) {
    const name = (button.getAttribute("aria-label") ?? button.textContent ?? "").trim();
    expect([button.className, name]).not.toEqual([button.className, ""]);
  }
  expect(screen.getAllByRole("button", { name: /^修复 [A-Z]+\d+$/ }).length).toBeGreaterThan(0);
});
