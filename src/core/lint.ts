/**
 * lint: the tables in, a Report out. Each table is checked against its profile by every rule;
 * bad data never throws, and a rule that crashes becomes one internal-error finding while the
 * other rules still run.
 */
import type { Table } from "./model";
import { BUILTIN_PROFILES, type BuiltinProfileId } from "./profiles/builtin";
import { ProfileIndex } from "./profiles/profile-index";
import type { Profile, Severity, SeveritySetting } from "./profiles/schema";
import { countSeverity, emptyStats, type Finding, type Report } from "./report";
import { classifyRows } from "./rules/facts";
import { RULES } from "./rules/index";
import { internalError } from "./rules/internal-error";
import type { LintSettings, ReportInput, Rule } from "./rules/rule";
import { toA1 } from "./grid";

/** "auto" picks per table from its own labels; a built-in id or a profile object forces one. */
export type ProfileChoice = "auto" | BuiltinProfileId | Profile;

export interface LintOptions {
  profile?: ProfileChoice;
  /** The profile "auto" uses when a table's labels do not tell. */
  fallbackProfile?: BuiltinProfileId;
  /** Rule id → severity or "off", over the profile's and the rules' own. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** Overrides the profile's satisfaction floor (in %). */
  satisfactionFloor?: number;
  /** Keep at most this many diagnostics (the stats still count all). */
  maxDiagnostics?: number;
  /** The rules to run; all registered rules by default. */
  rules?: readonly Rule[];
  /**
   * Each table's profile, in the tables' order, when the caller has already worked them out (the
   * Excel adapter needs them for the dropdowns too); by default profileFor each table.
   */
  tableProfiles?: readonly Profile[];
}

export const DEFAULT_MAX_DIAGNOSTICS = 10_000;

const indexCache = new WeakMap<Profile, ProfileIndex>();

export function profileIndex(profile: Profile): ProfileIndex {
  let index = indexCache.get(profile);
  if (!index) {
    index = new ProfileIndex(profile);
    indexCache.set(profile, index);
  }
  return index;
}

/** The profile a table is checked against under a choice. */
export function profileFor(
  table: Table,
  choice: ProfileChoice = "auto",
  fallback: BuiltinProfileId = "2015",
): Profile {
  if (typeof choice === "object") return choice;
  if (choice === "auto") return BUILTIN_PROFILES[table.profileGuess ?? fallback];
  return BUILTIN_PROFILES[choice];
}

export function lint(tables: readonly Table[], options: LintOptions = {}): Report {
  const rules = options.rules ?? RULES;
  const found: { order: number; diagnostic: Finding }[] = [];
  const stats = emptyStats();
  const profiles: Record<string, string> = {};

  tables.forEach((table, tableOrder) => {
    stats.tables++;
    stats.rows += table.rows.length;
    const profile =
      options.tableProfiles?.[tableOrder] ?? profileFor(table, options.profile, options.fallbackProfile);
    profiles[table.id] = profile.id;
    const index = profileIndex(profile);
    const settings: LintSettings = {
      satisfactionFloor: options.satisfactionFloor ?? profile.satisfactionFloor,
    };
    const rows = classifyRows(table, index);
    const anchor = table.header.level1 ??
      table.header.level3 ??
      table.header.value ?? { row: table.headerRow, col: table.bounds.col };

    for (const rule of rules) {
      const severity = severityOf(rule, profile, options.severities);
      if (severity === "off") continue;
      const reported: Finding[] = [];
      const report = (input: ReportInput) => reported.push(toDiagnostic(rule.id, severity, table, input));
      try {
        rule.check({ table, profile, index, settings, rows, report });
      } catch (error) {
        // What the rule reported before crashing is dropped: it may be half a judgement.
        reported.length = 0;
        reported.push(
          toDiagnostic(internalError.id, internalError.severity, table, {
            at: anchor,
            messageId: "crashed",
            data: { rule: rule.id, reason: error instanceof Error ? error.message : String(error) },
          }),
        );
      }
      for (const diagnostic of reported) found.push({ order: tableOrder, diagnostic });
    }
  });

  found.sort(compareFound);
  const diagnostics = found.map((entry) => entry.diagnostic);
  for (const diagnostic of diagnostics) countSeverity(stats, diagnostic.severity);
  const cap = options.maxDiagnostics ?? DEFAULT_MAX_DIAGNOSTICS;
  const partial = diagnostics.length > cap;
  return { diagnostics: partial ? diagnostics.slice(0, cap) : diagnostics, stats, partial, profiles };
}

function severityOf(
  rule: Rule,
  profile: Profile,
  overrides: Readonly<Record<string, SeveritySetting>> | undefined,
): Severity | "off" {
  return overrides?.[rule.id] ?? profile.severities[rule.id] ?? rule.severity;
}

function toDiagnostic(rule: string, severity: Severity, table: Table, input: ReportInput): Finding {
  const diagnostic: Finding = {
    rule,
    severity,
    sheet: table.sheet,
    cell: toA1(input.at.row, input.at.col),
    row: input.at.row,
    col: input.at.col,
    tableId: table.id,
    messageId: input.messageId,
    data: input.data ?? {},
  };
  if (input.fix && input.fix.length > 0) diagnostic.fix = input.fix;
  if (input.suggestions && input.suggestions.length > 0) diagnostic.suggestions = input.suggestions;
  return diagnostic;
}

/** Table by table (in workbook order), then row, column, rule and message. */
function compareFound(
  x: { order: number; diagnostic: Finding },
  y: { order: number; diagnostic: Finding },
): number {
  const a = x.diagnostic;
  const b = y.diagnostic;
  return (
    x.order - y.order ||
    a.row - b.row ||
    a.col - b.col ||
    compareText(a.rule, b.rule) ||
    compareText(a.messageId, b.messageId)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
