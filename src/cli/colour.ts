/**
 * Colour for the text report: on when stdout is a terminal, off under NO_COLOR (no-color.org) or a
 * dumb terminal; FORCE_COLOR (any value but 0 / false) turns it on even into a pipe.
 */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export function wantsColour(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return !/^(0|false|no)$/i.test(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOUR: Palette = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};

const same = (text: string): string => text;

export const PLAIN: Palette = {
  red: same,
  yellow: same,
  green: same,
  cyan: same,
  dim: same,
  bold: same,
  underline: same,
};

export function palette(on: boolean): Palette {
  return on ? COLOUR : PLAIN;
}
