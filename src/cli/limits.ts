/** The command line's limits on input, in one place (the README's command-line section cites them). */

/** The default size limit for one file, in MB (MiB); `--max-size` changes it. */
export const DEFAULT_MAX_SIZE_MB = 50;

/**
 * A workbook's parts may unpack to at most this many times the size limit (a zip-bomb guard): the
 * sizes its zip declares are checked before anything is inflated, and the bytes are counted while
 * each part is inflated (unpack.ts), so a zip that understates them is stopped too.
 */
export { UNPACKED_FACTOR } from "../xlsx/check-bytes";

/**
 * The default for `--max-cells`: the most cells and rows (each counts one) a workbook's sheets may
 * store, counted on their XML before any is parsed. A 10,000-row table workbook stores about 70,000;
 * reading and checking 2,000,000 takes about 5 s and 1.2 GB (README).
 */
export const DEFAULT_MAX_CELLS = 2_000_000;

/** The default for `--max-sheets`: 10,000 small sheets are read and checked in about 2 s. */
export const DEFAULT_MAX_SHEETS = 10_000;

/** Safe fixes are applied in rounds (a fix may reveal another); this many at most. */
export const MAX_FIX_PASSES = 10;

/**
 * The default memory for reading and checking one file in a child process, in MB (MiB): the V8
 * heap limit of that process (--max-old-space-size); `--max-memory` changes it. A 10,000-row
 * workbook takes about 100 MB; a file that needs more than the limit is reported as TOO_LARGE, not
 * the batch stopped. Each of a batch's `--jobs` children may use this much.
 */
export const DEFAULT_MAX_MEMORY_MB = 2048;

/** The smallest --max-memory accepted: below it a child process cannot load the reader and the engine. */
export const MIN_MAX_MEMORY_MB = 32;

/** The default time for checking one file, in seconds; `--timeout` changes it. */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/**
 * A file alone (`check` of one file, `fix`) is read in the command's own process, the quickest way,
 * while it unpacks to no more than this many MB and stores no more than IN_PROCESS_MAX_CELLS cells
 * and rows; past either, what was unpacked is dropped and the file is read and checked in a child
 * process under --max-memory and --timeout, as a batch's files are. Within both, a file takes at
 * most a few hundred MB and a few seconds to read (README, "Hostile files").
 */
export const IN_PROCESS_MAX_UNPACKED_MB = 32;
export const IN_PROCESS_MAX_CELLS = 300_000;
