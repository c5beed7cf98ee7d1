/**
 * Running the command line as a process while measuring it: wall time, and resident memory from
 * /proc (Linux), sampled every few milliseconds over the whole process tree (the command and the
 * child processes it starts): the largest sum seen, and the largest single process seen (the
 * kernel's own high-water mark, VmHWM, of each, so a peak between samples is not missed for one
 * process). Where /proc is missing the memory figures are null.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { BIN, ROOT } from "./run-cli";

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** The largest resident memory of the process tree at one time (sum of its processes), MiB. */
  treePeakMiB: number | null;
  /** The largest resident memory any one process of the tree reached (VmHWM), MiB. */
  processPeakMiB: number | null;
}

const PROC = "/proc";

function status(pid: number): string | null {
  try {
    return fs.readFileSync(`${PROC}/${pid}/status`, "utf8");
  } catch {
    return null;
  }
}

function kib(text: string, field: "VmRSS" | "VmHWM"): number {
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
}

/** The process and its descendants, from each thread's `children` list (or, without it, every ppid). */
export function processTree(root: number): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    const pid = tree[i];
    let children: number[] | null = null;
    try {
      children = fs
        .readdirSync(`${PROC}/${pid}/task`)
        .flatMap((task) => fs.readFileSync(`${PROC}/${pid}/task/${task}/children`, "utf8").split(" "))
        .filter((text) => text.trim() !== "")
        .map(Number);
    } catch {
      children = null;
    }
    if (children === null) {
      children = [];
      for (const entry of fs.readdirSync(PROC)) {
        if (!/^\d+$/.test(entry)) continue;
        const text = status(Number(entry));
        if (text && Number(/PPid:\s+(\d+)/.exec(text)?.[1]) === pid) children.push(Number(entry));
      }
    }
    for (const child of children) if (!tree.includes(child)) tree.push(child);
  }
  return tree;
}

export interface MeasureOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Sampling period, ms. */
  every?: number;
  /** Kill the process tree after this many ms (a hang must fail the test, not stall it). */
  killAfterMs?: number;
  /** Another build of the command line (bin/jixiao.js of another checkout), to compare. */
  bin?: string;
}

/** Runs `node bin/jixiao.js …args` to completion, measuring it. */
export function measureCli(args: readonly string[], options: MeasureOptions = {}): Promise<Measured> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.JIXIAO_DEBUG;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const withProc = fs.existsSync(`${PROC}/self/status`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd ?? ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let treePeak = 0;
    const hwm = new Map<number, number>();
    const sample = (): void => {
      if (!withProc || child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        const text = status(pid);
        if (!text) continue;
        sum += kib(text, "VmRSS");
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, kib(text, "VmHWM")));
      }
      treePeak = Math.max(treePeak, sum);
    };
    const timer = setInterval(sample, options.every ?? 10);
    const killer = options.killAfterMs
      ? setTimeout(() => {
          if (child.pid === undefined) return;
          for (const pid of processTree(child.pid).reverse()) {
            try {
              process.kill(pid, "SIGKILL");
            } catch {
              // gone already
            }
          }
        }, options.killAfterMs)
      : null;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      const seconds = (performance.now() - started) / 1000;
      const processPeak = Math.max(0, ...hwm.values());
      resolve({
        code,
        signal,
        stdout,
        stderr,
        seconds,
        treePeakMiB: withProc ? Math.round(treePeak / 1024) : null,
        processPeakMiB: withProc ? Math.round(processPeak / 1024) : null,
      });
    });
  });
}
