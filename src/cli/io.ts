/** The process's streams and environment, behind one small interface the commands write to. */
import { fitEnd } from "./display-width";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** One status line on stderr, rewritten in place; "" clears it. Only used when stderr is a terminal. */
  progress(text: string): void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    progress: (text) => {
      // Under some pseudo-terminals the width reads as 0: assume the classic 80 columns then.
      const columns = process.stderr.columns;
      const width = columns !== undefined && columns > 20 ? columns - 1 : 79;
      process.stderr.write(`\r\u001b[K${fitEnd(text, width)}`);
    },
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
