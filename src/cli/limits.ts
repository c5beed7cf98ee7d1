/** The command line's limits on input, in one place (the README's command-line section cites them). */

/** The default size limit for one file, in MB (MiB); `--max-size` changes it. */
export const DEFAULT_MAX_SIZE_MB = 50;

/** A workbook's parts may unpack to at most this many times the size limit (a zip-bomb guard). */
export const UNPACKED_FACTOR = 10;

/** Safe fixes are applied in rounds (a fix may reveal another); this many at most. */
export const MAX_FIX_PASSES = 10;
