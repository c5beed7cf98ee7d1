/** The command line's limits on input, in one place (the README's command-line section cites them). */

/** The default size limit for one file, in MB (MiB); `--max-size` changes it. */
export const DEFAULT_MAX_SIZE_MB = 50;

/** A workbook's parts may unpack to at most this many times the size limit (a zip-bomb guard). */
export const UNPACKED_FACTOR = 10;

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
