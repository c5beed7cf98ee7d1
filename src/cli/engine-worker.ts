/**
 * The engine worker: a worker_threads entry (compiled to build/cli/engine-worker.js) that runs the
 * engine for the main thread, for one file (`check` of a single file, and `fix`) read in the
 * command's own process: the main thread reads the workbook; this worker loads the engine and warms
 * its JIT on a built-in workbook (warm-up.ts), round after round, until the Grids arrive; then checks
 * them, or runs fix's rounds, and posts plain results. (Batches, and files too large to read in the
 * command's own process, are read and checked in child processes instead: pool.ts, child.ts.)
 *
 * Results are plain data (structured clone): the file's report records, already worded, and its
 * summary counts (summary.ts). Nothing a file holds makes this throw; a bug is reported as the file
 * not being checked, and a crash or a time limit ends only this thread.
 */
import * as fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { Grid } from "../core/grid";
import { checkGrids, fixGrids, internalError, type EngineOptions } from "./engine";
import type { CellPosition, FixOutcome } from "./safe-fixes";
import { unreadFile, type CheckedFile } from "./summary";

export interface WorkerSetup {
  options: EngineOptions;
  /** Most warm-up rounds to run before the first job (0: none). */
  warmUpRounds: number;
}

export type Job =
  | { id: number; kind: "grids"; path: string; grids: Grid[] }
  | { id: number; kind: "fix"; grids: Grid[]; formulaCells: CellPosition[] };

export type Reply =
  | { kind: "ready" }
  | { kind: "checked"; id: number; result: CheckedFile }
  | { kind: "fixed"; id: number; outcome: FixOutcome }
  | { kind: "warmed"; rounds: number; ms: number; starved: boolean };

const setup = workerData as WorkerSetup;
const port = parentPort;
let jobsSeen = 0;
/** The warm-up so far: said (for JIXIAO_TIMING) when the first job ends it. */
const warm = { rounds: 0, started: 0, ended: 0, running: false, starved: false };

function run(job: Job): Reply {
  switch (job.kind) {
    case "grids":
      return { kind: "checked", id: job.id, result: checkGrids(job.path, job.grids, setup.options) };
    case "fix":
      return {
        kind: "fixed",
        id: job.id,
        outcome: fixGrids(job.grids, setup.options.profile, job.formulaCells),
      };
  }
}

/**
 * This thread's CPU time in ms (Linux: /proc/thread-self/stat, in clock ticks of 10 ms), or null
 * where it cannot be read.
 */
function threadCpuMs(): number | null {
  try {
    const stat = fs.readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/**
 * Warm-up pays only on a core that would otherwise idle: on a busy machine it takes the CPU the
 * main thread's read needs. So it starts only if this thread got most of a core while it started
 * (loading the engine), and goes on only while it still does (where that can be measured: Linux).
 */
const WARM_UP_MIN_SHARE = 0.75;
/** A share over less time than this says little (the clock ticks are 10 ms). */
const WARM_UP_PROBE_MS = 60;

/** This thread's share of a core since `since` (CPU and wall clock ms), or null if unknown. */
function coreShare(since: { cpu: number | null; at: number }): number | null {
  const elapsed = performance.now() - since.at;
  if (since.cpu === null || elapsed < WARM_UP_PROBE_MS) return null;
  const cpu = threadCpuMs();
  return cpu === null ? null : (cpu - since.cpu) / elapsed;
}

/** The thread's start: its CPU time is counted from 0 and performance.now() from its start. */
const THREAD_START = { cpu: threadCpuMs() === null ? null : 0, at: 0 };

function warmUp(): void {
  if (setup.warmUpRounds <= 0) return;
  // Loaded only here: pool workers never build the warm-up workbook.
  void import("./warm-up").then(({ warmUpGrids }) => {
    if (jobsSeen > 0) return;
    warm.started = performance.now();
    warm.running = true;
    const since = { cpu: threadCpuMs(), at: warm.started };
    const grids = warmUpGrids();
    const round = (): void => {
      const share = warm.rounds === 0 ? coreShare(THREAD_START) : coreShare(since);
      const starved = share !== null && share < WARM_UP_MIN_SHARE;
      if (jobsSeen > 0 || warm.rounds >= setup.warmUpRounds || starved) {
        warm.running = false;
        warm.ended = performance.now();
        warm.starved = starved;
        return;
      }
      checkGrids("warm-up", grids, setup.options);
      warm.rounds++;
      // Between rounds the event loop turns, so a job that has arrived stops the warm-up.
      setImmediate(round);
    };
    round();
  });
}

/** Jobs run one after another. */
let queue: Promise<void> = Promise.resolve();

async function handle(job: Job): Promise<void> {
  let reply: Reply;
  try {
    reply = run(job);
  } catch (error) {
    // A bug of ours outside the engine's own guard: the file is reported as not checked.
    if (job.kind === "fix") throw error;
    reply = {
      kind: "checked",
      id: job.id,
      result: unreadFile(job.path, internalError(error), setup.options.lang),
    };
  }
  port?.postMessage(reply);
}

if (port) {
  port.on("message", (job: Job) => {
    if (jobsSeen++ === 0 && warm.started > 0) {
      const ms = (warm.running ? performance.now() : warm.ended) - warm.started;
      port.postMessage({ kind: "warmed", rounds: warm.rounds, ms, starved: warm.starved } satisfies Reply);
    }
    // A failure that escapes handle() is unhandled, and so ends the thread, as a crash should.
    queue = queue.then(() => handle(job));
  });
  // Ready once the engine is loaded (it is, by now), so a job's time limit counts the job, not the start.
  port.postMessage({ kind: "ready" } satisfies Reply);
  warmUp();
}
