/**
 * The benchmark API handed to every `bench/*.bench.ts` file (`export default async function (b: Bench)`).
 * A figure is a number under a dotted name (`bundle.taskpaneKiB`, `check.meetingFeeMs`): a median
 * time from `time`, or any measured value from `record`. A budget is an upper bound the table
 * marks OVER when exceeded (or, from `atLeast`, a lower bound marked UNDER when missed); budgets
 * report, they never fail a run.
 */
export interface TimeOptions {
  /** Timed runs; the figure is their median. */
  runs?: number;
  /** Untimed runs first, to warm the JIT and caches. */
  warmup?: number;
}

export interface FigureRow {
  name: string;
  value: number;
  budget: number | null;
  /** The lower bound (`atLeast`), when the figure has one instead of an upper bound. */
  floor?: number;
  ok: boolean;
}

export class Bench {
  private readonly figures = new Map<string, number>();
  private readonly budgets = new Map<string, number>();
  private readonly floors = new Map<string, number>();

  /** Times `fn` and records the median in milliseconds; returns it. */
  async time(name: string, fn: () => unknown, { runs = 10, warmup = 2 }: TimeOptions = {}): Promise<number> {
    if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`${name}: runs must be a whole number ≥ 1`);
    for (let i = 0; i < warmup; i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await fn();
      samples.push(performance.now() - start);
    }
    const value = roundFigure(median(samples));
    this.record(name, value);
    return value;
  }

  /** Records a figure that is not a time (a size, a count). */
  record(name: string, value: number): void {
    if (!Number.isFinite(value))
      throw new RangeError(`${name}: figure must be a finite number, got ${value}`);
    this.figures.set(name, value);
  }

  /** Declares that a figure should stay at or under `max`. */
  budget(name: string, max: number): void {
    this.budgets.set(name, max);
  }

  /** Declares that a figure should stay at or above `min` (a count of things kept, say). */
  atLeast(name: string, min: number): void {
    this.floors.set(name, min);
  }

  /** The figures in the order recorded, each with its budget and whether it is within it. */
  rows(): FigureRow[] {
    return [...this.figures].map(([name, value]) => {
      const floor = this.floors.get(name);
      if (floor !== undefined) return { name, value, budget: null, floor, ok: value >= floor };
      const budget = this.budgets.get(name) ?? null;
      return { name, value, budget, ok: budget === null || value <= budget };
    });
  }

  /** The figures as one flat object, name → number (bench/results.json). */
  results(): Record<string, number> {
    return Object.fromEntries(this.figures);
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Whole figures from 100 up, one decimal below: precise enough to compare, short enough to read. */
export function roundFigure(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** The rows as an aligned text table: figure, value, budget, ok/OVER. */
export function formatTable(rows: readonly FigureRow[]): string {
  const lines = [
    ["figure", "value", "budget", "status"],
    ...rows.map((row) => [
      row.name,
      String(row.value),
      row.floor !== undefined ? `≥${row.floor}` : row.budget === null ? "-" : String(row.budget),
      row.ok ? "ok" : row.floor !== undefined ? "UNDER" : "OVER",
    ]),
  ];
  const widths = lines[0].map((_, col) => Math.max(...lines.map((line) => line[col].length)));
  return lines
    .map((line) =>
      line
        .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
