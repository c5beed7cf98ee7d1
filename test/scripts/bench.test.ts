import { Bench, formatTable, median, roundFigure } from "../../bench/bench";
import { localScripts } from "../../bench/bundle.bench";

describe("median", () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])("median(%j) = %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test("has no median of nothing", () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("roundFigure", () => {
  test.each([
    [0.04, 0],
    [1.26, 1.3],
    [99.94, 99.9],
    [100.4, 100],
    [1234.5, 1235],
  ])("%d → %d", (value, expected) => {
    expect(roundFigure(value)).toBe(expected);
  });
});

describe("Bench", () => {
  test("time records the median of the timed runs after the warm-up runs", async () => {
    const durations = [50, 50, 1, 30, 2]; // two warm-up runs, then three timed runs
    let call = 0;
    const clock = jest.spyOn(performance, "now");
    let now = 0;
    clock.mockImplementation(() => now);
    const b = new Bench();
    const value = await b.time(
      "x.ms",
      () => {
        now += durations[call++];
      },
      { runs: 3, warmup: 2 },
    );
    clock.mockRestore();
    expect(call).toBe(5);
    expect(value).toBe(2);
    expect(b.results()).toEqual({ "x.ms": 2 });
  });

  test("rejects a run count that is not a whole positive number and a figure that is not finite", async () => {
    const b = new Bench();
    await expect(b.time("x", () => undefined, { runs: 0 })).rejects.toThrow(RangeError);
    expect(() => b.record("y", Number.NaN)).toThrow(RangeError);
  });

  test("marks figures over budget, and figures without one as ok", () => {
    const b = new Bench();
    b.record("a.KiB", 460);
    b.budget("a.KiB", 450);
    b.record("b.ms", 12.5);
    b.budget("b.ms", 20);
    b.record("c.count", 3);
    expect(b.rows()).toEqual([
      { name: "a.KiB", value: 460, budget: 450, ok: false },
      { name: "b.ms", value: 12.5, budget: 20, ok: true },
      { name: "c.count", value: 3, budget: null, ok: true },
    ]);
    expect(formatTable(b.rows()).split("\n")).toEqual([
      "figure   value  budget  status",
      "a.KiB      460     450    OVER",
      "b.ms      12.5      20      ok",
      "c.count      3       -      ok",
    ]);
  });

  test("marks a figure under its lower bound (atLeast) as UNDER", () => {
    const b = new Bench();
    b.record("kept", 49);
    b.atLeast("kept", 50);
    b.record("all", 50);
    b.atLeast("all", 50);
    expect(b.rows()).toEqual([
      { name: "kept", value: 49, budget: null, floor: 50, ok: false },
      { name: "all", value: 50, budget: null, floor: 50, ok: true },
    ]);
    expect(formatTable(b.rows()).split("\n")).toEqual([
      "figure  value  budget  status",
      "kept       49     ≥50   UNDER",
      "all        50     ≥50      ok",
    ]);
  });
});

describe("localScripts", () => {
  test("lists the page's own scripts, quoted or not, and skips the CDN's", () => {
    const html =
      "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>" +
      '<script defer src=taskpane.1234abcd.js></script><script src="vendor.js"></script>' +
      "<script type=module src='/chunk.js'></script><script src=//cdn.example.com/x.js></script><script>inline()</script>";
    expect(localScripts(html)).toEqual(["taskpane.1234abcd.js", "vendor.js", "/chunk.js"]);
  });
});
