/**
 * Loaded with NODE_OPTIONS=--require by the command line's tests only (test/cli/workers.test.ts), so
 * that production code carries no test hook: makes a child process or an engine thread crash — an
 * uncaught exception, as a bug in the engine or a library would — or hang, when it comes to a named
 * file, so the tests see a batch survive it and the time limit at work.
 * - JIXIAO_TEST_CRASH_ON=<file name>: crash on that file.
 * - JIXIAO_TEST_HANG_ON=<file name>: spin on that file until the parent kills the process.
 * In a child process the file is met when it is read (the job starts then; the parent sends jobs
 * ahead); in an engine thread when its job arrives (a one-file run has one). The command's own
 * process is left alone.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { isMainThread, parentPort } = require("worker_threads");

const CRASH_ON = process.env.JIXIAO_TEST_CRASH_ON;
const HANG_ON = process.env.JIXIAO_TEST_HANG_ON;

function meet(file, crash) {
  const name = path.basename(String(file));
  if (CRASH_ON && name === CRASH_ON) crash(new Error(`test crash on ${CRASH_ON}`));
  if (HANG_ON && name === HANG_ON) for (;;); // until the parent kills the process
}

if (CRASH_ON || HANG_ON) {
  if (!isMainThread && parentPort) {
    // Registered before the engine thread's own listener: thrown here, it is unhandled and ends the thread.
    parentPort.on("message", (job) => {
      if (job && job.kind !== "fix" && typeof job.path === "string")
        meet(job.path, (error) => {
          throw error;
        });
    });
  } else if (isMainThread && typeof process.send === "function") {
    const readFileSync = fs.readFileSync;
    fs.readFileSync = function (file, ...rest) {
      // Uncaught on the next tick: the reader's own error handling never sees it.
      meet(file, (error) =>
        process.nextTick(() => {
          throw error;
        }),
      );
      return readFileSync.call(this, file, ...rest);
    };
  }
}
