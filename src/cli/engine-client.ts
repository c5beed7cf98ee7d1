/**
 * The main thread's side of the engine worker (engine-worker.ts): for one file (`check` of a single
 * file, and `fix`) read in the command's own process, an Engine that checks or fixes the Grids the
 * main thread has read. Where a core is free for it, the worker starts first, so the engine loads
 * and warms up on another core while the main thread reads the workbook.
 *
 * The worker only ever sees Grids of a file within the in-process limits (limits.ts): it is not
 * where hostile bytes are parsed (that is the read, in the main thread, bounded by the limits, or
 * in a child process for anything larger: pool.ts). So it runs without a heap limit of its own: a
 * worker thread's heap limit is enforced on a best-effort basis and can abort the whole process when
 * reached (nodejs/node#47224, see child.ts); --timeout still applies to its job.
 *
 * Where no worker can be had (the compiled worker file missing, a Worker that cannot be made), or
 * none is wanted (no free core for one file, or JIXIAO_WORKER=never), the engine runs in the main
 * thread, loaded only then; the output is the same either way. A worker that fails while it holds a
 * job fails that job only: the file is reported as not checked (its time limit or the crash named),
 * never a stack trace.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { Grid } from "../core/grid";
import type { EngineOptions } from "./engine";
import type { Job, Reply, WorkerSetup } from "./engine-worker";
import { oneLine, type ReadError } from "./read-errors";
import type { CellPosition, FixOutcome } from "./safe-fixes";
import { unreadFile, type CheckedFile } from "./summary";

/** build/cli/engine-worker.js, beside this file once compiled. */
export const WORKER_FILE = path.join(__dirname, "engine-worker.js");

/** A worker's start (loading the engine) is not counted in a job's --timeout, up to this. */
export const STARTUP_ALLOWANCE_MS = 30_000;

/** What one file's engine job may take on its thread. */
export interface ThreadLimits {
  /** The time one job may take before its thread is stopped. */
  timeoutMs: number;
}

/**
 * JIXIAO_WORKER: "never" runs everything in the main thread (the same output; for comparison and
 * debugging), "always" puts one file's engine on a worker even on a busy machine; unset, it goes
 * there when a core is free. Batches, and files past the in-process limits, always use child
 * processes unless "never".
 */
function workerSetting(env: NodeJS.ProcessEnv): "never" | "always" | "auto" {
  const value = env.JIXIAO_WORKER;
  return value === "never" || value === "always" ? value : "auto";
}

export function workersAllowed(env: NodeJS.ProcessEnv): boolean {
  return workerSetting(env) !== "never";
}

/**
 * Whether a core is free for an engine worker beside the main thread and V8's own helper threads
 * (the concurrent compiler and garbage collector, which a single-threaded process already runs on
 * a second core): at least three cores, and the 1-minute load average (which counts this command's
 * own recent work too) leaves two of them idle. os.loadavg() is [0, 0, 0] where the system does not
 * say (Windows).
 */
export function coreFree(cores = os.availableParallelism(), load = os.loadavg()[0]): boolean {
  return cores >= 3 && load <= cores - 2;
}

/**
 * For one file (check of a single file, fix): the engine on a worker, loading and warming up while
 * the main thread reads, pays only when a core is free for it. Where none is, the worker's start
 * and warm-up take their CPU from the read, and the engine runs in the main thread instead: on the
 * two-core machine this was measured on, the worker was 0.05–0.2 s slower in every condition tried.
 */
export function engineOnWorker(env: NodeJS.ProcessEnv): boolean {
  const setting = workerSetting(env);
  return setting === "always" || (setting === "auto" && coreFree());
}

/** A new engine worker, or null when none can be had. */
function startWorker(setup: WorkerSetup): Worker | null {
  if (!fs.existsSync(WORKER_FILE)) return null;
  try {
    return new Worker(WORKER_FILE, { workerData: setup });
  } catch {
    return null;
  }
}

/** Why a worker stopped, as the error its file is reported with. */
function stoppedError(error: unknown): ReadError {
  return { code: "UNREADABLE", data: { kind: "crashed", reason: oneLine(error) } };
}

function timeoutError(limits: ThreadLimits): ReadError {
  return { code: "TIMEOUT", data: { seconds: String(limits.timeoutMs / 1000) } };
}

/** A job that did not finish: its thread stopped, or ran out of time or memory. */
export class EngineStopped extends Error {
  constructor(readonly error: ReadError) {
    super(`engine stopped: ${error.code}`);
  }
}

/** The engine for one file at a time. */
export interface Engine {
  /** Finds and lints the tables; a failure is the file reported as not checked. */
  check(file: string, grids: Grid[]): Promise<CheckedFile>;
  /** fix's rounds of safe fixes; rejects with EngineStopped when its thread fails. */
  fix(grids: Grid[], formulaCells: CellPosition[]): Promise<FixOutcome>;
  /** Ends the worker (also in the middle of its warm-up). */
  close(): void;
  /** Where the engine ran, and how long the warm-up ran before the job came (JIXIAO_TIMING). */
  describe(): string;
}

/** Starts the engine: a worker warming up, or the main thread when there is no worker to be had. */
export function startEngine(setup: WorkerSetup, limits: ThreadLimits, useWorker: boolean): Engine {
  const worker = useWorker ? startWorker(setup) : null;
  return worker ? new WorkerEngine(worker, limits, setup.options) : new InProcessEngine(setup.options);
}

class InProcessEngine implements Engine {
  constructor(private readonly options: EngineOptions) {}

  async check(file: string, grids: Grid[]): Promise<CheckedFile> {
    const { checkGrids } = await import("./engine");
    return checkGrids(file, grids, this.options);
  }

  async fix(grids: Grid[], formulaCells: CellPosition[]): Promise<FixOutcome> {
    const { fixGrids } = await import("./engine");
    return fixGrids(grids, this.options.profile, formulaCells);
  }

  close(): void {}

  describe(): string {
    return "main thread";
  }
}

/** A job as the client words it; the id is added when it is sent. */
type JobRequest = Job extends infer J ? (J extends Job ? Omit<J, "id"> : never) : never;

type Pending = { resolve: (reply: Reply) => void; reject: (error: EngineStopped) => void };

class WorkerEngine implements Engine {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped: ReadError | null = null;
  private warmed = "";
  private ready = false;
  /** Time limits of jobs sent before the worker was ready: they start when it is. */
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly worker: Worker,
    private readonly limits: ThreadLimits,
    private readonly options: EngineOptions,
  ) {
    worker.on("message", (reply: Reply) => {
      if (reply.kind === "ready") {
        this.ready = true;
        for (const start of this.waiting.splice(0)) start();
      }
      if (reply.kind === "warmed")
        this.warmed = `, ${reply.rounds} warm-up rounds in ${Math.round(reply.ms)} ms`;
      if (reply.kind !== "checked" && reply.kind !== "fixed") return;
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      pending?.resolve(reply);
    });
    worker.on("error", (error) => this.fail(stoppedError(error)));
    worker.on("exit", (code) => this.fail(stoppedError(new Error(`exit code ${code}`))));
  }

  private fail(error: ReadError): void {
    this.stopped ??= error;
    for (const pending of this.pending.values()) pending.reject(new EngineStopped(this.stopped));
    this.pending.clear();
  }

  private request(job: JobRequest): Promise<Reply> {
    if (this.stopped) return Promise.reject(new EngineStopped(this.stopped));
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const startTimer = (ms: number): void => {
        if (settled) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.fail(timeoutError(this.limits));
          void this.worker.terminate();
        }, ms);
      };
      // The worker's start is not counted in the job's time (but it may not take for ever).
      if (this.ready) startTimer(this.limits.timeoutMs);
      else {
        startTimer(this.limits.timeoutMs + STARTUP_ALLOWANCE_MS);
        this.waiting.push(() => startTimer(this.limits.timeoutMs));
      }
      const done = (settle: () => void): void => {
        settled = true;
        clearTimeout(timer);
        settle();
      };
      this.pending.set(id, {
        resolve: (reply) => done(() => resolve(reply)),
        reject: (error) => done(() => reject(error)),
      });
      this.worker.postMessage({ ...job, id } as Job);
    });
  }

  async check(file: string, grids: Grid[]): Promise<CheckedFile> {
    try {
      const reply = await this.request({ kind: "grids", path: file, grids });
      if (reply.kind === "checked") return reply.result;
      throw new Error(`unexpected reply ${reply.kind}`);
    } catch (error) {
      const why = error instanceof EngineStopped ? error.error : stoppedError(error);
      return unreadFile(file, why, this.options.lang);
    }
  }

  async fix(grids: Grid[], formulaCells: CellPosition[]): Promise<FixOutcome> {
    const reply = await this.request({ kind: "fix", grids, formulaCells });
    if (reply.kind === "fixed") return reply.outcome;
    throw new Error(`unexpected reply ${reply.kind}`);
  }

  close(): void {
    this.fail({ code: "UNREADABLE", data: { kind: "crashed", reason: "closed" } });
    this.worker.removeAllListeners();
    this.worker.on("error", () => {}); // a late error of a thread we are done with is nobody's business
    this.worker.unref();
    void this.worker.terminate();
  }

  describe(): string {
    return `engine worker${this.warmed}`;
  }
}
