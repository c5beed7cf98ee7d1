/**
 * A child process of the command line (compiled to build/cli/child.js and started by pool.ts with
 * child_process.fork): it reads and checks files, or runs `fix` on one, one job at a time, as the
 * parent sends them over the IPC channel, and sends back plain records. It runs with the V8 heap
 * limit --max-memory gives (--max-old-space-size), so a file that needs more ends this process,
 * and only this one: the parent reports that file as TOO_LARGE and starts another child. A crash
 * or a hang ends it the same way (the parent kills a child past --timeout).
 *
 * Why processes and not worker threads: a worker thread's heap limit (resourceLimits) is enforced
 * on a best-effort basis, and with some allocation shapes V8 aborts the whole process when a
 * worker reaches it ("FATAL ERROR: Reached heap limit", exit 134: nodejs/node#47224, open; a
 * documentation change saying so is proposed in nodejs/node#65019). One hostile workbook could then
 * end a reviewer's batch of a thousand. A process's heap limit ends that process.
 *
 * The first message is the setup; every later one a job. Nothing a file holds makes this throw; a
 * bug that escapes is written to stderr as one line the parent reads (CRASH_PREFIX) before exiting.
 */
import type { EngineOptions } from "./engine";
import type { FixFileResult } from "./fix-file";
import { oneLine } from "./read-errors";
import type { ReadOptions } from "./read-workbook";
import { unreadFile, type CheckedFile } from "./summary";

export interface ChildSetup {
  options: EngineOptions;
  read: ReadOptions;
}

export type ChildJob =
  { kind: "check"; id: number; path: string } | { kind: "fix"; id: number; input: string; output: string };

export type ChildMessage = { kind: "setup"; setup: ChildSetup } | ChildJob;

export type ChildReply =
  | { kind: "ready" }
  | { kind: "checked"; id: number; result: CheckedFile }
  | { kind: "fixed"; id: number; result: FixFileResult };

/** How a child says, on stderr, why it is about to exit. */
export const CRASH_PREFIX = "jixiao-child-crashed: ";

/** The exit code of a child that crashed (a bug) rather than ran out of memory or was killed. */
export const CRASH_EXIT_CODE = 70;

function send(reply: ChildReply): void {
  process.send?.(reply);
}

process.on("uncaughtException", (error) => {
  process.stderr.write(`${CRASH_PREFIX}${oneLine(error)}\n`);
  process.exit(CRASH_EXIT_CODE);
});
process.on("unhandledRejection", (error) => {
  process.stderr.write(`${CRASH_PREFIX}${oneLine(error)}\n`);
  process.exit(CRASH_EXIT_CODE);
});
// The parent is gone, or done with this child.
process.on("disconnect", () => process.exit(0));

// Loaded at once, while the setup is on its way: the reader and the engine are what every job needs.
const modules = Promise.all([import("./read-workbook"), import("./engine")]);
let setup: ChildSetup | null = null;
/** Jobs run one after another: the parent sends the next file ahead, and it waits here, unread. */
let queue: Promise<void> = Promise.resolve();

async function check(job: Extract<ChildJob, { kind: "check" }>, jobSetup: ChildSetup): Promise<ChildReply> {
  const [{ readGrids }, { checkGrids, internalError }] = await modules;
  const { lang } = jobSetup.options;
  let result: CheckedFile;
  const started = performance.now();
  try {
    const read = await readGrids(job.path, jobSetup.read);
    const readMs = performance.now() - started;
    result = read.ok
      ? checkGrids(job.path, read.value, jobSetup.options)
      : unreadFile(job.path, read.error, lang);
    result.timing = { find: 0, lint: 0, format: 0, ...result.timing, read: readMs };
  } catch (error) {
    // A bug of ours outside the engine's own guard: the file is reported as not checked.
    result = unreadFile(job.path, internalError(error), lang);
  }
  return { kind: "checked", id: job.id, result };
}

async function fix(job: Extract<ChildJob, { kind: "fix" }>, jobSetup: ChildSetup): Promise<ChildReply> {
  const [, { fixGrids }] = await modules;
  const { fixFile } = await import("./fix-file");
  const { lang, profile } = jobSetup.options;
  const result = await fixFile(
    job.input,
    job.output,
    { lang, read: jobSetup.read, here: false },
    (grids, cells) => Promise.resolve(fixGrids(grids, profile, cells)),
  );
  if (!result.ok && "handOver" in result) throw new Error("a child does not hand files over");
  return { kind: "fixed", id: job.id, result };
}

process.on("message", (message: ChildMessage) => {
  if (message.kind === "setup") {
    setup = message.setup;
    void modules.then(() => send({ kind: "ready" }));
    return;
  }
  const jobSetup = setup;
  if (!jobSetup) throw new Error("a job before the setup");
  // A failure that escapes is uncaught, and so ends the process, as a crash should.
  queue = queue.then(async () =>
    send(message.kind === "check" ? await check(message, jobSetup) : await fix(message, jobSetup)),
  );
});
