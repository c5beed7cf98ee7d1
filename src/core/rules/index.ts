/**
 * The rule registry: every rule module, sorted by id. A parity test holds that every file in this
 * folder is registered here, tested under test/core/rules and documented in docs/rules.md.
 */
import { costUpperBound } from "./cost-upper-bound";
import { internalError } from "./internal-error";
import type { Rule } from "./rule";
import { strayWhitespace } from "./stray-whitespace";
import { valueEmpty } from "./value-empty";

/** The rules the engine runs, kept sorted by id (a test holds it so). */
export const RULES: readonly Rule[] = [costUpperBound, strayWhitespace, valueEmpty];

/** Every rule id the engine can report: the rules and the engine's own internal-error. */
export const ALL_RULES: readonly Rule[] = [...RULES, internalError];
