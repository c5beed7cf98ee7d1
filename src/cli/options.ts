/**
 * Reading a command's arguments: Node's own parseArgs for the syntax, then each option's value
 * checked and turned into what the command needs. A bad argument is a UsageError: one line, exit 2.
 */
import * as fs from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { pickLang, type Lang } from "../core/i18n/lang";
import type { ProfileChoice } from "../core/lint";
import { cliMessage, type MessageId } from "./cli-messages";
import {
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_SHEETS,
  DEFAULT_MAX_SIZE_MB,
  DEFAULT_TIMEOUT_SECONDS,
  MIN_MAX_MEMORY_MB,
} from "./limits";
import type { ProcessLimits } from "./pool";
import type { ReadOptions } from "./read-workbook";
import { oneLine } from "./read-errors";
import type { MessageData } from "../core/report";

/** A mistake in how the command was called; main prints its message and exits 2. */
export class UsageError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly data: MessageData = {},
  ) {
    super(messageId);
  }
}

/** The language when --lang is not given: LC_ALL, then LC_MESSAGES, then LANG (POSIX order). */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  // The one picker (src/core/i18n/lang.ts), which loads no rule: the main thread leaves the rules to
  // the engine worker.
  return pickLang(tag);
}

export function parseLang(value: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (value === undefined) return langFromEnv(env);
  if (/^zh([-_].*)?$/i.test(value)) return "zh-CN";
  if (/^en([-_].*)?$/i.test(value)) return "en-US";
  throw new UsageError("usage.badLang");
}

/** --lang as early as it can be known, for wording a usage error found before the options are read. */
export function sniffLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined) {
      try {
        return parseLang(value, env);
      } catch {
        break;
      }
    }
  }
  return langFromEnv(env);
}

export type Format = "text" | "json";

export function parseFormat(value: string | undefined): Format {
  if (value === undefined || value === "text") return "text";
  if (value === "json") return "json";
  throw new UsageError("usage.badFormat");
}

export function parseMaxSize(value: string | undefined, defaultMB: number): number {
  if (value === undefined) return defaultMB * 1024 * 1024;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError("usage.badMaxSize");
  return Math.floor(mb * 1024 * 1024);
}

/** --jobs: how many files are checked at once (child processes); default one per CPU core. */
export function parseJobs(value: string | undefined, cores: number): number {
  if (value === undefined) return Math.max(1, cores);
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError("usage.badJobs");
  return jobs;
}

/** --max-cells, --max-sheets: a whole number of 1 or more. */
export function parseCount(
  value: string | undefined,
  defaultCount: number,
  error: "usage.badMaxCells" | "usage.badMaxSheets",
): number {
  if (value === undefined) return defaultCount;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(error);
  return count;
}

/** --max-memory, in MB: the heap limit of each child process that reads and checks a file. */
export function parseMaxMemory(value: string | undefined, defaultMB: number, minMB: number): number {
  if (value === undefined) return defaultMB;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb < minMB) throw new UsageError("usage.badMaxMemory", { min: minMB });
  return Math.floor(mb);
}

/** --timeout, in seconds, as milliseconds: the time one file may take to read and check. */
export function parseTimeout(value: string | undefined, defaultSeconds: number): number {
  if (value === undefined) return defaultSeconds * 1000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError("usage.badTimeout");
  return Math.ceil(seconds * 1000);
}

/**
 * auto, a built-in id, or a file holding a profile as JSON (checked by the profile schema, which is
 * loaded only then: it brings zod).
 */
export async function parseProfileOption(value: string | undefined): Promise<ProfileChoice> {
  if (value === undefined || value === "auto") return "auto";
  if (value === "2015" || value === "2021") return value;
  let text: string;
  try {
    text = fs.readFileSync(value, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") throw new UsageError("usage.badProfile", { value });
    throw new UsageError("usage.profileUnreadable", { file: value, reason: oneLine(error) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new UsageError("usage.profileUnreadable", { file: value, reason: oneLine(error) });
  }
  const { parseProfile } = await import("../core/profiles/schema");
  const result = parseProfile(json);
  if (!result.ok) throw new UsageError("usage.profileUnreadable", { file: value, reason: result.error });
  return result.profile;
}

/** --max-size, --max-cells and --max-sheets (check and fix). */
export function readOptions(values: Record<string, unknown>): ReadOptions {
  return {
    maxBytes: parseMaxSize(values["max-size"] as string | undefined, DEFAULT_MAX_SIZE_MB),
    maxCells: parseCount(values["max-cells"] as string | undefined, DEFAULT_MAX_CELLS, "usage.badMaxCells"),
    maxSheets: parseCount(
      values["max-sheets"] as string | undefined,
      DEFAULT_MAX_SHEETS,
      "usage.badMaxSheets",
    ),
  };
}

/** --max-memory and --timeout (check and fix). */
export function processLimits(values: Record<string, unknown>): ProcessLimits {
  return {
    maxMemoryMB: parseMaxMemory(
      values["max-memory"] as string | undefined,
      DEFAULT_MAX_MEMORY_MB,
      MIN_MAX_MEMORY_MB,
    ),
    timeoutMs: parseTimeout(values.timeout as string | undefined, DEFAULT_TIMEOUT_SECONDS),
  };
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** parseArgs, with its (English, technical) complaints turned into a usage error. */
export function parseCommandArgs(args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError("usage.bad", { reason: oneLine(error).replace(/\.\s.*$/, "") });
  }
}

export function usageText(lang: Lang, error: UsageError, command: string): string {
  return cliMessage(lang, error.messageId, { command, ...error.data });
}
