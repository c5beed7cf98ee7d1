/**
 * The command line's entry: `jixiao <command> [arguments]`. Dispatches to a command, turns a usage
 * error into one line and exit 2, and never shows a stack trace for anything a user did (set
 * JIXIAO_DEBUG=1 to see one for a bug of ours).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cliMessage, helpText } from "./cli-messages";
import { EXIT_OK, EXIT_TROUBLE } from "./exit-codes";
import { processIo, type Io } from "./io";
import { sniffLang, usageText, UsageError } from "./options";
import { oneLine } from "./read-errors";
import { terminalSafe } from "./terminal-text";

type Command = (args: readonly string[], io: Io) => Promise<number>;

/** Commands load their modules when run, so `--help` and `templates` do not pay for exceljs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import("./check")).runCheck,
  fix: async () => (await import("./fix")).runFix,
  template: async () => (await import("./template")).runTemplate,
  templates: async () => (await import("./template")).runTemplates,
  library: async () => (await import("./library")).runLibrary,
};

export function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const lang = sniffLang(argv, io.env);
  const [command, ...args] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(helpText(lang, version()) + "\n");
    return command === undefined ? EXIT_TROUBLE : EXIT_OK;
  }
  if (command === "--version" || command === "-v") {
    io.out(version() + "\n");
    return EXIT_OK;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`jixiao: ${terminalSafe(cliMessage(lang, "usage.unknownCommand", { command }))}\n`);
    return EXIT_TROUBLE;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(helpText(lang, version()) + "\n");
    return EXIT_OK;
  }
  try {
    const runCommand = await load();
    return await runCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`jixiao ${command}: ${terminalSafe(usageText(lang, error, command))}\n`);
      return EXIT_TROUBLE;
    }
    if (io.env.JIXIAO_DEBUG) throw error;
    io.err(
      `jixiao ${command}: internal error: ${terminalSafe(oneLine(error))} (JIXIAO_DEBUG=1 shows details)\n`,
    );
    return EXIT_TROUBLE;
  }
}

/** Runs as the process: bin/jixiao.js calls this. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  // `jixiao check … | head` closes the pipe early; that is not an error worth a trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_TROUBLE;
    },
  );
}
