/**
 * `check` over many files: a pool of engine workers (engine-worker.ts, "file" jobs), one per core
 * by default (`--jobs`). Each worker reads one workbook with exceljs and checks it, then takes the
 * next, so at most one workbook per worker is in memory, and the files' findings come back as
 * plain records. Results are handed on with their file's index; check.ts puts them in input order.
 *
 * A worker that crashes, runs out of its memory (`--max-memory`, its heap limit) or its time
 * (`--timeout`) ends alone: its file is reported with a one-line error (UNREADABLE, TOO_LARGE,
 * TIMEOUT), a new worker takes its place, and the batch goes on. Where no worker can be had, the
 * files are read and checked one by one in the main thread.
 */
import type { Worker } from "node:worker_threads";
import {
  STARTUP_ALLOWANCE_MS,
  startWorker,
  stoppedError,
  timeoutError,
  type ThreadLimits,
} from "./engine-client";
import type { Reply, WorkerSetup } from "./engine-worker";
import type { ReadError } from "./read-errors";
import { unreadFile, type CheckedFile } from "./summary";

export interface PoolOptions {
  /** Workers at most (never more than there are files). */
  jobs: number;
  setup: WorkerSetup;
  limits: ThreadLimits;
  useWorkers: boolean;
}

/** Checks every file, calling `done` once per file (in the order they finish) with its index. */
export async function checkFiles(
  files: readonly string[],
  options: PoolOptions,
  done: (index: number, result: CheckedFile) => void,
): Promise<void> {
  if (files.length === 0) return;
  const first = options.useWorkers ? startWorker(options.setup, options.limits) : null;
  if (!first) return checkInMainThread(files, options.setup, done);
  await new Pool(files, options, done).run(first);
}

/** The same work without workers: one file at a time, read and checked in the main thread. */
async function checkInMainThread(
  files: readonly string[],
  setup: WorkerSetup,
  done: (index: number, result: CheckedFile) => void,
): Promise<void> {
  const { readGrids } = await import("./read-workbook");
  const { checkGrids } = await import("./engine");
  for (const [index, file] of files.entries()) {
    const read = await readGrids(file, setup.read);
    done(
      index,
      read.ok
        ? checkGrids(file, read.value, setup.options)
        : unreadFile(file, read.error, setup.options.lang),
    );
  }
}

/** Files a worker is sent at once: the one it checks and the next, so it never waits for the main thread. */
const SENT_AHEAD = 2;

/** One worker of the pool and the files it holds. */
interface Slot {
  worker: Worker;
  /** The indexes of the files sent to it, in order: it checks the first, the others wait unread. */
  jobs: number[];
  /**
   * The first job's time limit, from when it starts, or from when the worker is ready (until then
   * it runs with STARTUP_ALLOWANCE_MS more, so a worker that never gets ready is stopped too).
   */
  timer: NodeJS.Timeout | null;
  /** The worker has loaded the reader and the engine. */
  ready: boolean;
}

class Pool {
  private next = 0;
  /** Files sent to a worker that stopped before it came to them: they go out again first. */
  private readonly again: number[] = [];
  private finished = 0;
  private resolve: () => void = () => {};
  /** The slots with a worker. */
  private readonly live = new Set<Slot>();

  constructor(
    private readonly files: readonly string[],
    private readonly options: PoolOptions,
    private readonly done: (index: number, result: CheckedFile) => void,
  ) {}

  run(first: Worker): Promise<void> {
    const finished = new Promise<void>((resolve) => (this.resolve = resolve));
    const size = Math.max(1, Math.min(this.options.jobs, this.files.length));
    for (let i = 0; i < size; i++) {
      const worker = i === 0 ? first : startWorker(this.options.setup, this.options.limits);
      if (!worker) break; // fewer threads than asked for: the ones there are take all the files
      this.live.add(this.attach({ worker, jobs: [], timer: null, ready: false }));
    }
    // Every worker gets its first file before any gets a second.
    for (const slot of this.live) this.assign(slot, 1);
    for (const slot of this.live) this.assign(slot);
    return finished.then(() => {
      for (const slot of this.live) this.retire(slot);
    });
  }

  private attach(slot: Slot): Slot {
    const { worker } = slot;
    worker.on("message", (reply: Reply) => {
      if (slot.worker !== worker) return;
      if (reply.kind === "ready") {
        slot.ready = true;
        this.stopTimer(slot);
        this.startTimer(slot);
      }
      if (reply.kind !== "checked" || reply.id !== slot.jobs[0]) return;
      this.stopTimer(slot);
      slot.jobs.shift();
      this.finish(reply.id, reply.result);
      this.startTimer(slot);
      this.assign(slot);
    });
    worker.on("error", (error) => this.replace(slot, worker, stoppedError(error, this.options.limits)));
    worker.on("exit", (code) =>
      this.replace(slot, worker, stoppedError(new Error(`exit code ${code}`), this.options.limits)),
    );
    return slot;
  }

  private takeFile(): number | null {
    if (this.again.length > 0) return this.again.shift()!;
    return this.next < this.files.length ? this.next++ : null;
  }

  /** Sends a worker files until it holds `upTo` (or there are none left). */
  private assign(slot: Slot, upTo = SENT_AHEAD): void {
    while (slot.jobs.length < upTo) {
      const index = this.takeFile();
      if (index === null) return;
      slot.jobs.push(index);
      slot.worker.postMessage({ id: index, kind: "file", path: this.files[index] });
      if (slot.jobs.length === 1) this.startTimer(slot);
    }
  }

  private startTimer(slot: Slot): void {
    if (slot.timer || slot.jobs.length === 0) return;
    const worker = slot.worker;
    const ms = this.options.limits.timeoutMs + (slot.ready ? 0 : STARTUP_ALLOWANCE_MS);
    slot.timer = setTimeout(() => this.replace(slot, worker, timeoutError(this.options.limits)), ms);
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private finish(index: number, result: CheckedFile): void {
    this.done(index, result);
    if (++this.finished === this.files.length) this.resolve();
  }

  /**
   * A worker stopped (or is stopped, out of time): the file it was checking is reported with why,
   * the files waiting behind it go out again, and a fresh worker takes the slot while files remain.
   * Events of a worker already replaced are ignored.
   */
  private replace(slot: Slot, worker: Worker, why: ReadError): void {
    if (slot.worker !== worker) return;
    this.retire(slot);
    const [failed, ...waiting] = slot.jobs;
    slot.jobs = [];
    this.again.unshift(...waiting);
    if (failed !== undefined)
      this.finish(failed, unreadFile(this.files[failed], why, this.options.setup.options.lang));
    if (this.finished === this.files.length) return;
    const fresh =
      this.again.length > 0 || this.next < this.files.length
        ? startWorker(this.options.setup, this.options.limits)
        : null;
    if (!fresh) {
      // No new thread to be had (or nothing left to give it): the other workers take the files
      // left, or, when none is left, the main thread does.
      this.live.delete(slot);
      if (this.live.size === 0) void this.drainInMainThread();
      return;
    }
    slot.worker = fresh;
    slot.ready = false;
    this.attach(slot);
    this.assign(slot);
  }

  private async drainInMainThread(): Promise<void> {
    const rest: number[] = [];
    for (let index = this.takeFile(); index !== null; index = this.takeFile()) rest.push(index);
    await checkInMainThread(
      rest.map((index) => this.files[index]),
      this.options.setup,
      (i, result) => this.finish(rest[i], result),
    );
  }

  private retire(slot: Slot): void {
    this.stopTimer(slot);
    const worker = slot.worker;
    worker.removeAllListeners();
    worker.on("error", () => {}); // late news from a thread we are done with
    worker.unref();
    void worker.terminate();
  }
}
