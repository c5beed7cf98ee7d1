/** DESIGN.md's exit codes, the same for every command. */

/** No errors (warnings and infos allowed). */
export const EXIT_OK = 0;
/** Errors found (for fix: errors remain after mending). */
export const EXIT_ERRORS = 1;
/** A usage error, or a file that could not be read (the other files are still checked). */
export const EXIT_TROUBLE = 2;
