/**
 * The shape of a rule (after ESLint's): one module per stable id, with its default severity, tags,
 * docs in both languages, message ids, whether it fixes or suggests, and a check that reports.
 */
import type { Classified } from "./facts";
import type { Edit } from "../edits";
import type { Field, Table } from "../model";
import type { ProfileIndex } from "../profiles/profile-index";
import type { Profile, Severity } from "../profiles/schema";
import type { Texts } from "../i18n/lang";
import type { MessageData, Suggestion } from "../report";

export interface RuleDocs {
  /** One line: what the rule finds. */
  title: string;
  /** Why a reviewer cares, and what to write instead. */
  description: string;
}

export type { Lang } from "../i18n/lang";

/** A text in both languages (the catalogues' one shape: src/core/i18n/define.ts). */
export type LocalisedText = Texts;

export interface Rule {
  id: string;
  severity: Severity;
  /** Topic tags for filtering in the pane and the docs: structure, value, unit, cost, text, basis … */
  tags: readonly string[];
  /** The rows of DOMAIN §5 the rule implements. */
  catalogue: readonly number[];
  docs: { "zh-CN": RuleDocs; "en-US": RuleDocs };
  /**
   * The rule's messages by id, in both languages, with `{placeholders}` filled from the report's
   * data. Kept beside the check so a rule is one file; `src/core/i18n` assembles the catalogues.
   */
  messages: Readonly<Record<string, LocalisedText>>;
  /** "fix": some findings carry safe fixes; "suggestion": only changes the user must accept. */
  fixable: "fix" | "suggestion" | null;
  check(context: RuleContext): void;
}

export interface ReportInput {
  /** The cell the finding is about. */
  at: Pick<Field, "row" | "col">;
  messageId: string;
  data?: MessageData;
  fix?: Edit[];
  suggestions?: Suggestion[];
}

export interface LintSettings {
  /** Lowest satisfaction target (in %) accepted without comment. */
  satisfactionFloor: number;
}

export interface RuleContext {
  table: Table;
  profile: Profile;
  index: ProfileIndex;
  settings: LintSettings;
  /** The table's rows with their levels resolved against the profile and their names classified. */
  rows: readonly Classified[];
  report(input: ReportInput): void;
}
