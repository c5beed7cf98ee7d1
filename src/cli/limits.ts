/** The command line's limits on input, in one place (the README's command-line section cites them). */

/** The default size limit for one file, in MB (MiB); `--max-size` changes it. */
export const DEFAULT_MAX_SIZE_MB = 50;

/**
 * A workbook's parts may unpack to at most this many times the size limit (a zip-bomb guard): the
 * sizes its zip declares are checked before anything is inflated, and the bytes are counted while
 * each part is inflated (unpack.ts), so a zip that understates them is stopped too.
 */
export const UNPACKED_FACTOR = 10;

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
 * The default memory for checking one file, in MB (MiB): the V8 heap limit of the thread that reads
 * and checks it (resourceLimits.maxOldGenerationSizeMb); `--max-memory` changes it. A 10,000-row
 * workbook takes about 100 MB; a file that needs more than the limit is reported, not the process
 * killed. Each of a batch's `--jobs` threads may use this much.
 */
export const DEFAULT_MAX_MEMORY_MB = 2048;

/** The smallest --max-memory accepted: below it the engine cannot start. */
export const MIN_MAX_MEMORY_MB = 32;

/** The default time for checking one file, in seconds; `--timeout` changes it. */
export const DEFAULT_TIMEOUT_SECONDS = 300;
