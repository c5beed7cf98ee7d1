/**
 * Files read and checked (or fixed) in child processes (child.ts): for `check` over many files a
 * pool of children, one per core by default (`--jobs`), each reading and checking one workbook at
 * a time, then taking the next, so memory holds one workbook per child; for one file past the
 * in-process limits (`check` of one file, `fix`), a pool of one. Results come back as plain
 * records over the IPC channel, each with its file's index; check.ts puts them in input order.
 *
 * Each child runs with the V8 heap limit of `--max-memory` (--max-old-space-size). A child that
 * runs out of it, crashes, or runs past `--timeout` (it is killed) ends alone: its file is reported
 * with a one-line error (TOO_LARGE, UNREADABLE, TIMEOUT), the files it held but had not begun go
 * to the others, a new child takes its place, and the batch goes on. Out of memory is told from the
 * child's end: V8's "heap out of memory" on its stderr, or the abort (SIGABRT, exit 134) that follows
 * it. Why processes and not worker threads: child.ts.
 *
 * Where no child can be had (the compiled child missing, a fork that fails), or none is wanted
 * (JIXIAO_WORKER=never), the work is done in this process, one file at a time: the same output.
 */
import { fork, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CRASH_PREFIX, type ChildJob, type ChildReply, type ChildSetup } from "./child";
import type { FixFileResult } from "./fix-file";
import { type ReadError } from "./read-errors";
import { unreadFile, type CheckedFile } from "./summary";
import { tempPath } from "./temp-path";

/** build/cli/child.js, beside this file once compiled. */
export const CHILD_FILE = path.join(__dirname, "child.js");

/** A child's start (Node, the reader and the engine loading) is not counted in a file's --timeout, up to this. */
export const STARTUP_ALLOWANCE_MS = 30_000;

/** What one file may take, in the process that reads and checks it. */
export interface ProcessLimits {
  /** The child's V8 heap limit, in MB (--max-old-space-size). */
  maxMemoryMB: number;
  /** The time one file may take before its child is killed. */
  timeoutMs: number;
}

export interface PoolOptions {
  /** Children at most (never more than there are files). */
  jobs: number;
  setup: ChildSetup;
  limits: ProcessLimits;
  /** False: everything in this process (JIXIAO_WORKER=never). */
  useChildren: boolean;
}

export function memoryError(limits: ProcessLimits): ReadError {
  return { code: "TOO_LARGE", data: { limit: "memory", limitMB: String(limits.maxMemoryMB) } };
}

export function timeoutError(limits: ProcessLimits): ReadError {
  return { code: "TIMEOUT", data: { seconds: String(limits.timeoutMs / 1000) } };
}

/** V8's words when a heap reaches its limit. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

/** Why a child ended before it was done, as the error its file is reported with. */
export function childEndError(
  end: { code: number | null; signal: NodeJS.Signals | null; stderr: string },
  limits: ProcessLimits,
): ReadError {
  if (OUT_OF_MEMORY.test(end.stderr) || end.signal === "SIGABRT" || end.code === 134)
    return memoryError(limits);
  const crash = end.stderr.split("\n").find((line) => line.startsWith(CRASH_PREFIX));
  const reason = crash
    ? crash.slice(CRASH_PREFIX.length)
    : end.signal
      ? `killed by ${end.signal}`
      : `exit code ${end.code}`;
  return { code: "UNREADABLE", data: { kind: "crashed", reason } };
}

/** Checks every file, calling `done` once per file (in the order they finish) with its index. */
export async function checkFiles(
  files: readonly string[],
  options: PoolOptions,
  done: (index: number, result: CheckedFile) => void,
): Promise<void> {
  if (files.length === 0) return;
  const lang = options.setup.options.lang;
  const jobs: Job[] = files.map((file) => ({ kind: "check", path: file }));
  await runJobs(jobs, options, {
    reply: (index, reply) => {
      if (reply.kind === "checked") done(index, reply.result);
    },
    failed: (index, error) => done(index, unreadFile(files[index], error, lang)),
    here: async (indexes) => {
      const { readGrids } = await import("./read-workbook");
      const { checkGrids } = await import("./engine");
      for (const index of indexes) {
        const read = await readGrids(files[index], options.setup.read);
        done(
          index,
          read.ok
            ? checkGrids(files[index], read.value, options.setup.options)
            : unreadFile(files[index], read.error, lang),
        );
      }
    },
  });
}

/** `fix` of one file in a child process (or, where none can be had, in this one). */
export async function fixInChild(
  input: string,
  output: string,
  options: PoolOptions,
): Promise<FixFileResult> {
  let result: FixFileResult | null = null;
  await runJobs([{ kind: "fix", input, output }], options, {
    reply: (_index, reply) => {
      if (reply.kind === "fixed") result = reply.result;
    },
    failed: (_index, error, pid) => {
      // A child that ended while it wrote leaves its temporary file: it goes.
      if (pid !== undefined) fs.rmSync(tempPath(output, pid), { force: true });
      result = { ok: false, error };
    },
    here: async () => {
      const { fixFile } = await import("./fix-file");
      const { fixGrids } = await import("./engine");
      const { lang, profile } = options.setup.options;
      const fixed = await fixFile(
        input,
        output,
        { lang, read: options.setup.read, here: false },
        (grids, cells) => Promise.resolve(fixGrids(grids, profile, cells)),
      );
      result = "handOver" in fixed ? { ok: false, error: { code: "UNREADABLE", data: {} } } : fixed;
    },
  });
  return (
    result ?? { ok: false, error: { code: "UNREADABLE", data: { kind: "crashed", reason: "no result" } } }
  );
}

type Job = ChildJob extends infer J ? (J extends ChildJob ? Omit<J, "id"> : never) : never;

interface Handlers {
  /** A child's answer for the job at `index`. */
  reply(index: number, reply: ChildReply): void;
  /** The job at `index` did not finish: its child ended (pid: that child's). */
  failed(index: number, error: ReadError, pid?: number): void;
  /** Jobs no child can be had for: done in this process. */
  here(indexes: number[]): Promise<void>;
}

async function runJobs(jobs: readonly Job[], options: PoolOptions, handlers: Handlers): Promise<void> {
  if (!options.useChildren || !fs.existsSync(CHILD_FILE)) {
    await handlers.here(jobs.map((_, i) => i));
    return;
  }
  await new Pool(jobs, options, handlers).run();
}

/** Jobs a child is sent at once: the one it works on and the next, so it never waits for this process. */
const SENT_AHEAD = 2;
/** How much of a child's stderr is kept, to tell why it ended. */
const STDERR_KEPT = 8 * 1024;

/** One child of the pool and the jobs it holds. */
interface Slot {
  child: ChildProcess;
  /** The indexes of the jobs sent to it, in order: it works on the first, the others wait untouched. */
  jobs: number[];
  /**
   * The first job's time limit, from when it starts, or from when the child is ready (until then it
   * runs with STARTUP_ALLOWANCE_MS more, so a child that never gets ready is stopped too).
   */
  timer: NodeJS.Timeout | null;
  /** The child has loaded the reader and the engine. */
  ready: boolean;
  /** The end of what the child wrote on stderr. */
  stderr: string;
}

class Pool {
  private next = 0;
  /** Jobs sent to a child that ended before it came to them: they go out again first. */
  private readonly again: number[] = [];
  private finished = 0;
  private resolve: () => void = () => {};
  private readonly live = new Set<Slot>();
  private drained = false;

  constructor(
    private readonly jobs: readonly Job[],
    private readonly options: PoolOptions,
    private readonly handlers: Handlers,
  ) {}

  run(): Promise<void> {
    const finished = new Promise<void>((resolve) => (this.resolve = resolve));
    const size = Math.max(1, Math.min(this.options.jobs, this.jobs.length));
    for (let i = 0; i < size; i++) {
      const slot = this.startSlot();
      if (slot) this.live.add(slot);
    }
    if (this.live.size === 0) void this.drainHere();
    // Every child gets its first job before any gets a second.
    for (const slot of this.live) this.assign(slot, 1);
    for (const slot of this.live) this.assign(slot);
    return finished.then(() => {
      for (const slot of this.live) this.retire(slot, false);
    });
  }

  private startSlot(): Slot | null {
    const child = this.fork();
    return child ? this.attach({ child, jobs: [], timer: null, ready: false, stderr: "" }) : null;
  }

  private fork(): ChildProcess | null {
    try {
      const child = fork(CHILD_FILE, [], {
        // Only the heap limit: not this process's own flags (an --inspect, a --max-old-space-size).
        execArgv: [`--max-old-space-size=${this.options.limits.maxMemoryMB}`],
        // A library that prints to stdout must not mix into the report.
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        serialization: "json",
      });
      child.send({ kind: "setup", setup: this.options.setup });
      return child;
    } catch {
      return null;
    }
  }

  private attach(slot: Slot): Slot {
    const { child } = slot;
    child.stderr?.setEncoding("utf8").on("data", (text: string) => {
      if (slot.child === child) slot.stderr = (slot.stderr + text).slice(-STDERR_KEPT);
    });
    child.on("message", (reply: ChildReply) => {
      if (slot.child !== child) return;
      if (reply.kind === "ready") {
        slot.ready = true;
        this.stopTimer(slot);
        this.startTimer(slot);
        return;
      }
      if (reply.id !== slot.jobs[0]) return;
      this.stopTimer(slot);
      slot.jobs.shift();
      this.handlers.reply(reply.id, reply);
      this.count();
      this.startTimer(slot);
      this.assign(slot);
    });
    child.on("error", () => {
      // A child that could not be started at all: this slot is given up, its jobs go to the others.
      if (child.pid === undefined && slot.child === child) this.giveUp(slot);
      // Otherwise (a message that could not be sent to a child that has ended) its end says why.
    });
    child.on("close", (code: number | null, signal: NodeJS.Signals | null) => {
      if (slot.child !== child) return;
      this.replace(slot, childEndError({ code, signal, stderr: slot.stderr }, this.options.limits));
    });
    return slot;
  }

  private takeJob(): number | null {
    if (this.again.length > 0) return this.again.shift()!;
    return this.next < this.jobs.length ? this.next++ : null;
  }

  /** Sends a child jobs until it holds `upTo` (or there are none left). */
  private assign(slot: Slot, upTo = SENT_AHEAD): void {
    while (slot.jobs.length < upTo) {
      const index = this.takeJob();
      if (index === null) return;
      slot.jobs.push(index);
      slot.child.send({ ...this.jobs[index], id: index } as ChildJob);
      if (slot.jobs.length === 1) this.startTimer(slot);
    }
  }

  private startTimer(slot: Slot): void {
    if (slot.timer || slot.jobs.length === 0) return;
    const child = slot.child;
    const ms = this.options.limits.timeoutMs + (slot.ready ? 0 : STARTUP_ALLOWANCE_MS);
    slot.timer = setTimeout(() => {
      if (slot.child === child) this.replace(slot, timeoutError(this.options.limits));
    }, ms);
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private count(): void {
    if (++this.finished === this.jobs.length) this.resolve();
  }

  /**
   * A child ended (or is killed, out of time): the job it was on is reported with why, the jobs
   * waiting behind it go out again, and a fresh child takes the slot while jobs remain. Events of a
   * child already replaced are ignored.
   */
  private replace(slot: Slot, why: ReadError): void {
    const pid = slot.child.pid;
    this.retire(slot, true);
    const [failed, ...waiting] = slot.jobs;
    slot.jobs = [];
    this.again.unshift(...waiting);
    if (failed !== undefined) {
      this.handlers.failed(failed, why, pid);
      this.count();
    }
    if (this.finished === this.jobs.length) return;
    if (this.again.length === 0 && this.next >= this.jobs.length) {
      this.live.delete(slot);
      return;
    }
    const child = this.fork();
    if (!child) return this.giveUp(slot);
    slot.child = child;
    slot.ready = false;
    slot.stderr = "";
    this.attach(slot);
    this.assign(slot);
  }

  /** No child to be had for this slot: the others take its jobs, or, when none is left, this process. */
  private giveUp(slot: Slot): void {
    this.retire(slot, true);
    this.again.unshift(...slot.jobs);
    slot.jobs = [];
    this.live.delete(slot);
    if (this.live.size === 0) void this.drainHere();
    else for (const other of this.live) this.assign(other);
  }

  private async drainHere(): Promise<void> {
    if (this.drained) return;
    this.drained = true;
    const rest: number[] = [];
    for (let index = this.takeJob(); index !== null; index = this.takeJob()) rest.push(index);
    await this.handlers.here(rest);
    for (let i = 0; i < rest.length; i++) this.count();
  }

  /** Done with a child: let it go (it exits when its channel closes), or kill it (`kill`). */
  private retire(slot: Slot, kill: boolean): void {
    this.stopTimer(slot);
    const { child } = slot;
    child.removeAllListeners("message");
    child.removeAllListeners("close");
    child.on("error", () => {}); // late news from a child we are done with
    if (kill && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    if (child.connected) child.disconnect();
  }
}
