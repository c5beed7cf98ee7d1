import type { Grid } from "../../src/core/grid";
import type { WorkbookResult } from "../../src/excel/adapter";
import { LiveChecker } from "../../src/excel/live";
import { loadSeedTables, seedSheet, type SeedTable } from "../helpers/seed";
import { setUp } from "./helpers";

const SHEET = "绩效目标";
const DELAY = 40;

/** One sheet of about `rows` indicator rows: the seed's tables, stacked again and again. */
function bigSheet(rows: number): Grid {
  const seeds = loadSeedTables();
  const tables: SeedTable[] = [];
  for (let total = 0, i = 0; total < rows; i++) {
    tables.push(seeds[i % seeds.length]);
    total += seeds[i % seeds.length].rows;
  }
  return seedSheet(SHEET, tables, { mergeLevels: true }).grid;
}

// Fake timers: the coalescing wait passes when the test says, not on a busy machine's clock. The
// in-memory Excel keeps the real setTimeout for its events (api-core.ts), so `idle()` still works.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

async function settle(fake: ReturnType<typeof setUp>["fake"]) {
  await fake.idle();
  await jest.advanceTimersByTimeAsync(DELAY * 3);
  await fake.idle();
}

/**
 * A live checker over an in-memory Excel. By default an Excel that can undo an add-in's writes
 * (ExcelUndoApiAll), where live checks mark the sheet; `undoable: false` is the older host where any
 * write clears the user's undo stack, and live checks write nothing.
 */
function startLive(apiVersion: "1.9" | "1.17" | "1.20" = "1.17", grid = bigSheet(2000), undoable = true) {
  const env = setUp([grid], { apiVersion, undo: { addinWritesUndoable: undoable } });
  const results: WorkbookResult[] = [];
  const errors: unknown[] = [];
  const checks = jest.spyOn(env.adapter, "checkSheet");
  const live = new LiveChecker(
    env.host,
    env.adapter,
    { onResult: (r) => results.push(r), onError: (e) => errors.push(e) },
    DELAY,
  );
  return { ...env, live, results, errors, checks };
}

describe("LiveChecker", () => {
  it("checks once after an edit in a 2,000-row sheet and marks the new mistake", async () => {
    const { fake, live, checks, results, errors } = startLive();
    await live.start();
    expect(results[0].report.stats.rows).toBeGreaterThanOrEqual(2000);
    checks.mockClear();
    // 会议费's first table: 人均会议成本 (E9) is a cost; ≥ makes it a finding.
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toEqual([]);
    fake.user.edit(SHEET, "E9", "≥450元");
    await settle(fake);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toHaveLength(1);
    expect(
      results[results.length - 1].report.diagnostics.some(
        (d) => d.cell === "E9" && d.rule === "cost-upper-bound",
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    await live.stop();
  });

  it("coalesces a burst of 50 edits into one check", async () => {
    const { fake, live, checks } = startLive();
    await live.start();
    checks.mockClear();
    for (let i = 0; i < 50; i++) fake.user.edit(SHEET, `D${4 + i}`, `描述${i}`);
    await settle(fake);
    expect(checks).toHaveBeenCalledTimes(1);
    await live.stop();
  });

  it.each(["1.9", "1.17"] as const)(
    "does not re-check for its own writes (ExcelApi %s)",
    async (apiVersion) => {
      const { fake, live, checks, adapter, results } = startLive(
        apiVersion,
        seedSheet(SHEET, [loadSeedTables()[5]], { mergeLevels: true }).grid,
      );
      await live.start();
      const finding = results[0].report.diagnostics.find((d) => d.fix)!;
      await adapter.applyFix(finding);
      checks.mockClear();
      await settle(fake);
      expect(checks).not.toHaveBeenCalled();
      expect(fake.handlerErrors).toEqual([]);
      await live.stop();
    },
  );

  it("re-checks on a selection change, since pastes and dropdown picks may raise no change event", async () => {
    const { fake, live, checks } = startLive(
      "1.17",
      seedSheet(SHEET, [loadSeedTables()[0]], { mergeLevels: true }).grid,
    );
    await live.start();
    checks.mockClear();
    fake.user.paste(SHEET, "E9", [["≥450元"]]); // raises no change event on this platform
    await settle(fake);
    fake.user.select(SHEET, "E10");
    await settle(fake);
    expect(checks.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(checks.mock.calls.length).toBeLessThanOrEqual(2);
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toHaveLength(1);
    await live.stop();
  });

  it("a check that comes while the user is typing in a cell waits for them instead of failing", async () => {
    const { fake, live, results, errors } = startLive(
      "1.17",
      seedSheet(SHEET, [loadSeedTables()[0]], { mergeLevels: true }).grid,
    );
    await live.start();
    const seen = results.length;
    fake.user.edit(SHEET, "E9", "≥450元");
    // The user is already typing in another cell when the coalesced check starts.
    fake.user.enterCellEditMode(SHEET, "C5");
    await settle(fake);
    expect(errors).toEqual([]);
    expect(results.length).toBe(seen);
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toEqual([]);
    fake.user.leaveCellEditMode();
    await settle(fake);
    expect(errors).toEqual([]);
    expect(results.length).toBe(seen + 1);
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toHaveLength(1);
    await live.stop();
  });

  it("a selection change reads only the cells the user left, and checks nothing when they did not change", async () => {
    const { fake, live, checks } = startLive();
    await live.start();
    await settle(fake);
    checks.mockClear();
    fake.resetSyncCount();
    for (const cell of ["B5", "C6", "D7:E9", "F10"]) {
      fake.user.select(SHEET, cell);
      await settle(fake);
    }
    expect(checks).not.toHaveBeenCalled();
    // One small read per move (the cells left), never the 2,000-row sheet.
    expect(fake.syncCount).toBe(4);
    await live.stop();
  });

  it("a sheet activated again is not read again; one never read is checked", async () => {
    const { fake, live, checks, errors } = startLive("1.17", seedSheet(SHEET, [loadSeedTables()[0]]).grid);
    fake.user.addSheet("其他");
    fake.user.activate(SHEET);
    await live.start();
    await settle(fake);
    checks.mockClear();
    fake.user.activate("其他");
    await settle(fake);
    expect(checks.mock.calls.map((call) => call[0])).toEqual(["其他"]);
    checks.mockClear();
    fake.user.activate(SHEET);
    await settle(fake);
    fake.user.activate("其他");
    await settle(fake);
    expect(checks).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
    await live.stop();
  });

  it("a co-author's change is checked for the pane, but left to their add-in to mark", async () => {
    const { fake, live, results, errors } = startLive(
      "1.20",
      seedSheet(SHEET, [loadSeedTables()[0]], { mergeLevels: true }).grid,
    );
    await live.start();
    await settle(fake);
    const depth = fake.undo.depth;
    fake.coauthor.edit(SHEET, "E9", "≥450元");
    await settle(fake);
    const last = results[results.length - 1];
    expect(last.report.diagnostics.some((d) => d.cell === "E9" && d.rule === "cost-upper-bound")).toBe(true);
    // Not rewritten by every co-author's add-in: this one leaves the mark, and says it is behind.
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toEqual([]);
    expect(last.marksPending).toEqual([SHEET]);
    expect(last.marksPendingReason).toBe("coauthors");
    expect(fake.undo.depth).toBe(depth);
    // This user's own edit is marked as usual.
    fake.user.edit(SHEET, "E10", "≥450元");
    await settle(fake);
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toHaveLength(1);
    expect(errors).toEqual([]);
    await live.stop();
  });

  it("writes no stale marks when the sheet changes while it is being checked", async () => {
    const { fake, adapter } = setUp([seedSheet(SHEET, [loadSeedTables()[0]], { mergeLevels: true }).grid]);
    await adapter.checkSheet(SHEET);
    const marksBefore = fake.model.snapshot().sheets[0].conditionalFormats;
    const checking = adapter.checkSheet(SHEET);
    // The user edits while the read is in flight; the change event reaches the adapter before its write.
    fake.user.edit(SHEET, "E9", "≥450元");
    adapter.changes.userChanged(SHEET, "A1");
    const result = await checking;
    expect(result.stale).toBe(true);
    expect(fake.model.snapshot().sheets[0].conditionalFormats).toEqual(marksBefore);
  });
});

describe("LiveChecker.stop", () => {
  it("removes the handlers it added, through the context that added them", async () => {
    const { fake, live } = startLive(
      "1.17",
      seedSheet(SHEET, [loadSeedTables()[0]], { mergeLevels: true }).grid,
    );
    await live.start();
    expect(fake.handlerCount).toBe(5);
    await live.stop();
    expect(fake.handlerCount).toBe(0);
  });
});

describe("the user's undo history (Ctrl+Z) under live checking", () => {
  const meeting = () => seedSheet(SHEET, [loadSeedTables()[0]], { mergeLevels: true }).grid;
  const marksOf = (fake: ReturnType<typeof setUp>["fake"]) =>
    fake.model.snapshot().sheets[0].conditionalFormats.map((cf) => [cf.areas, cf.formula]);

  it("where Excel cannot undo an add-in's writes, 50 typed edits keep their undo steps: the live checks write nothing and say the marks are behind", async () => {
    const { fake, live, adapter, results, errors } = startLive("1.17", meeting(), false);
    await live.start();
    // Opening the pane found mistakes the sheet does not show yet: nothing written, the pane told.
    expect(results[0].report.stats.errors).toBeGreaterThan(0);
    expect(results[0].marksPending).toEqual([SHEET]);
    expect(marksOf(fake)).toEqual([]);
    for (let i = 0; i < 50; i++) {
      fake.user.edit(SHEET, "E9", i % 2 === 0 ? "≥450元" : "≤450元");
      await settle(fake);
    }
    expect(errors).toEqual([]);
    expect(fake.undo.clears).toBe(0);
    expect(fake.undo.depth).toBe(50);
    expect(marksOf(fake)).toEqual([]);
    expect(results[results.length - 1].marksPending).toEqual([SHEET]);
    // The user's own action (a check from the pane) writes the marks; on this host that is what clears.
    const checked = await adapter.checkSheet(SHEET);
    expect(checked.marksPending).toEqual([]);
    expect(marksOf(fake).length).toBeGreaterThan(0);
    expect(fake.undo.clears).toBe(1);
    await live.stop();
  });

  it("where Excel can undo them, typing, a live check and two Ctrl+Z restore the typed cell, and nothing is written again", async () => {
    const { fake, live, errors } = startLive("1.20", meeting(), true);
    await live.start();
    await settle(fake);
    const before = fake.model.sheet(SHEET).cell("E9").value;
    const marksBefore = marksOf(fake);
    const depthBefore = fake.undo.depth;
    fake.user.edit(SHEET, "E9", "≥450元");
    await settle(fake);
    // The mistake is marked, as one undoable step after the user's own.
    expect(fake.model.sheet(SHEET).cell("E9").conditionalFormats).toHaveLength(1);
    expect(fake.undo.depth).toBe(depthBefore + 2);
    expect(fake.user.undo()).toMatch(/^add-in: /);
    expect(fake.user.undo()).toBe(`user: edit ${SHEET}!E9`);
    await settle(fake);
    expect(fake.model.sheet(SHEET).cell("E9").value).toBe(before);
    // The check after the undo finds the marks as they were: it writes nothing, so no new step
    // pushes itself onto the stack and the user can go on pressing Ctrl+Z.
    expect(marksOf(fake)).toEqual(marksBefore);
    expect(fake.undo.depth).toBe(depthBefore);
    expect(fake.undo.clears).toBe(0);
    expect(errors).toEqual([]);
    await live.stop();
  });

  it("where Excel can undo them, live checks with every dropdown on never write a setting (which would clear the stack)", async () => {
    const { fake, live, adapter, errors } = startLive("1.20", meeting(), true);
    await adapter.saveSettings({ ...adapter.currentSettings(), dropdowns: "all" });
    await live.start();
    fake.user.edit(SHEET, "B9", "质量指标");
    await settle(fake);
    fake.user.edit(SHEET, "E9", "≥450元");
    await settle(fake);
    expect(errors).toEqual([]);
    expect(fake.undo.clears).toBe(0);
    // The dropdowns were written (undoable), their fingerprints kept in memory only.
    expect(fake.model.sheet(SHEET).cell("B9").validation?.rule?.list).toBeTruthy();
    expect(fake.model.settings.has("jixiao.dropdowns")).toBe(false);
    await live.stop();
  });
});
