/**
 * The rule registry: every rule module, sorted by id. A parity test holds that every file in this
 * folder is registered here, tested under test/core/rules and documented in docs/rules.md.
 */
import { basisCategory } from "./basis-category";
import { basisMissing } from "./basis-missing";
import { comparatorMissing } from "./comparator-missing";
import { comparatorNonstandard } from "./comparator-nonstandard";
import { costNotAmount } from "./cost-not-amount";
import { costQualitative } from "./cost-qualitative";
import { costUpperBound } from "./cost-upper-bound";
import { descriptionMissing } from "./description-missing";
import { directionMismatch } from "./direction-mismatch";
import { duplicateIndicator } from "./duplicate-indicator";
import { expectedLevel2Missing } from "./expected-level2-missing";
import { goalMissing } from "./goal-missing";
import { groupNotContiguous } from "./group-not-contiguous";
import { indicatorMisfiled } from "./indicator-misfiled";
import { indicatorPlaceholder } from "./indicator-placeholder";
import { indicatorTaskList } from "./indicator-task-list";
import { levelLabelUnknown } from "./level-label-unknown";
import { levelLabelVariant } from "./level-label-variant";
import { level1Missing } from "./level1-missing";
import { level2Legacy } from "./level2-legacy";
import { level2Misplaced } from "./level2-misplaced";
import { percentNotRate } from "./percent-not-rate";
import { percentTarget } from "./percent-target";
import { placeholderRow } from "./placeholder-row";
import { quantityQualitative } from "./quantity-qualitative";
import { rateWordValue } from "./rate-word-value";
import { strayPunctuation } from "./stray-punctuation";
import { strayWhitespace } from "./stray-whitespace";
import { unitMismatch } from "./unit-mismatch";
import { unitMissing } from "./unit-missing";
import { unitUnknown } from "./unit-unknown";
import { vagueValue } from "./vague-value";
import { valueEmpty } from "./value-empty";
import { valueTypeMismatch } from "./value-type-mismatch";
import { valueUnreadable } from "./value-unreadable";
import { weightsSum } from "./weights-sum";
import { internalError } from "./internal-error";
import type { Rule } from "./rule";

/** The rules the engine runs, kept sorted by id (a test holds it so). */
export const RULES: readonly Rule[] = [
  basisCategory,
  basisMissing,
  comparatorMissing,
  comparatorNonstandard,
  costNotAmount,
  costQualitative,
  costUpperBound,
  descriptionMissing,
  directionMismatch,
  duplicateIndicator,
  expectedLevel2Missing,
  goalMissing,
  groupNotContiguous,
  indicatorMisfiled,
  indicatorPlaceholder,
  indicatorTaskList,
  levelLabelUnknown,
  levelLabelVariant,
  level1Missing,
  level2Legacy,
  level2Misplaced,
  percentNotRate,
  percentTarget,
  placeholderRow,
  quantityQualitative,
  rateWordValue,
  strayPunctuation,
  strayWhitespace,
  unitMismatch,
  unitMissing,
  unitUnknown,
  vagueValue,
  valueEmpty,
  valueTypeMismatch,
  valueUnreadable,
  weightsSum,
];

/** Every rule id the engine can report: the rules and the engine's own internal-error. */
export const ALL_RULES: readonly Rule[] = [...RULES, internalError];
