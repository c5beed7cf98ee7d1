/** Renders the whole pane against the in-memory workbook and waits for its first workbook check. */
import { act, render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { Grid } from "../../../src/core/grid";
import { App } from "../../../src/taskpane/App";
import type { Lang } from "../../../src/core/i18n/lang";
import { fakeWorkbook, seedSheets } from "./workbook";

// The whole pane against a real workbook: a role query by name walks a large Fluent DOM in jsdom
// (0.5–1 s each), and the full suite runs many files at once on two cores.
jest.setTimeout(30_000);

export interface PaneOptions {
  grids?: Grid[];
  locale?: Lang;
  syncDelayMs?: number;
  beforeSync?: () => Promise<void>;
  /** Wait for the first workbook check to end (default true). */
  waitForCheck?: boolean;
  /**
   * Whether this Excel can undo the add-in's writes (ExcelUndoApiAll). By default it can, and the pane
   * marks the sheet as the user types; `false` is the older host, where only the user's actions write.
   */
  undoable?: boolean;
}

export async function renderPane(options: PaneOptions = {}) {
  const { fake, host } = fakeWorkbook(options.grids ?? seedSheets(), {
    syncDelayMs: options.syncDelayMs,
    beforeSync: options.beforeSync,
    undo: { addinWritesUndoable: options.undoable ?? true },
  });
  // jsdom's getComputedStyle over Fluent's hundreds of style rules makes userEvent's pointer-events
  // check take a second a click; what it guards against (clicks through overlays) is not at stake here.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const utils = render(<App host={{ kind: "preview" }} locale={options.locale ?? "zh-CN"} excel={host} />);
  if (options.waitForCheck !== false) await checked(options.locale ?? "zh-CN");
  return { fake, host, user, ...utils };
}

/** Waits until a workbook check has ended (its message is shown). */
export async function checked(locale: Lang = "zh-CN"): Promise<void> {
  // A check ends with its summary, or with the word that no table was found.
  await screen.findByText(
    locale === "zh-CN" ? /^(检查完成|没有找到绩效目标表)/ : /^(Checked:|No target table found)/,
    undefined,
    {
      timeout: 5000,
    },
  );
}

/** The finding rows of the list for a sheet and cell (and rule). */
export function findingRows(sheet: string, cell: string, rule?: string): HTMLElement[] {
  const list = screen.getByTestId("findings-list");
  return [...list.querySelectorAll<HTMLElement>("[data-finding]")].filter((el) =>
    el.dataset.finding!.startsWith(`${sheet}!${cell}:${rule ?? ""}`),
  );
}

export function findingRow(sheet: string, cell: string, rule?: string): HTMLElement {
  const rows = findingRows(sheet, cell, rule);
  if (rows.length !== 1) throw new Error(`${rows.length} finding rows for ${sheet}!${cell} ${rule ?? ""}`);
  return rows[0];
}

export async function openTab(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  await user.click(screen.getByRole("tab", { name }));
}

export { within };

/** Something the person does in Excel, and the events it raises, inside act (the pane updates). */
export async function inExcel(fake: { idle(): Promise<void> }, doIt: () => unknown): Promise<void> {
  await act(async () => {
    doIt();
    await fake.idle();
  });
}
