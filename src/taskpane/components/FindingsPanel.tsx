/**
 * 检查: the workbook's summary, filters, the findings at the selected cell, and every finding grouped
 * by table and severity. Clicking a finding selects its cell in Excel; fixes and suggestions are
 * buttons on the finding; each table offers its safe fixes at once.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  ActionButton,
  Checkbox,
  Dropdown,
  FocusZone,
  FocusZoneDirection,
  Icon,
  List,
  Text,
  useTheme,
  type IDropdownOption,
} from "@fluentui/react";
import { findingMessage, suggestionMessage } from "../../core/i18n/catalogue";
import type { Finding, Severity } from "../../core/report";
import { ALL_RULES } from "../../core/rules/index";
import { useI18n } from "../i18n/I18nProvider";
import {
  buildFindingsRows,
  findingKey,
  findingsAt,
  keyedFindings,
  ruleCounts,
  SEVERITY_ORDER,
  type FindingsFilter,
  type FindingsRow,
} from "../state/findings";
import type { JixiaoActions } from "../state/useJixiao";
import { rowTargetAt } from "../state/useRowEditor";
import { LibrarySuggestions } from "./LibrarySuggestions";
import type { PanelProps } from "../workbench/Workbench";
import { panelClasses, SEVERITY_ICON, severityColour, type PanelClasses } from "./styles";

/** Past this many rows the list renders only what is on screen. */
const VIRTUALIZE_OVER = 150;
const ALL_RULES_KEY = "*";

const RULE_TITLES = new Map(ALL_RULES.map((rule) => [rule.id, rule.docs]));

export function FindingsPanel({ state, actions }: PanelProps) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITY_ORDER));
  const [rule, setRule] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const result = state.result;
  const busy = state.busy !== null;

  const filter = useMemo<FindingsFilter>(() => ({ severities, rule }), [severities, rule]);
  const rows = useMemo(
    () => (result ? buildFindingsRows(result.report, result.tables, filter, collapsed) : []),
    [result, filter, collapsed],
  );
  const counts = useMemo(() => (result ? ruleCounts(result.report) : new Map<string, number>()), [result]);
  const here = useMemo(
    () => (result && state.selection ? findingsAt(result.report, state.selection) : []),
    [result, state.selection],
  );
  const hereKeys = useMemo(() => new Set(here.map(findingKey)), [here]);
  // The 三级指标 cell the user just typed into (Enter has moved the selection on): library suggestions.
  const typedTarget = useMemo(() => {
    const target = rowTargetAt(result, state.settings, state.lastEdit);
    const col = target?.table.columns.level3;
    return target && col !== undefined && state.lastEdit?.range.col === col && target.row.level3?.text.trim()
      ? target
      : null;
  }, [result, state.settings, state.lastEdit]);

  const toggle = useCallback((key: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  const ruleOptions = useMemo<IDropdownOption[]>(
    () => [
      { key: ALL_RULES_KEY, text: t("findings.allRules") },
      ...[...counts.entries()].map(([id, count]) => ({
        key: id,
        text: t("findings.ruleOption", { title: RULE_TITLES.get(id)?.[locale].title ?? id, count }),
      })),
    ],
    [counts, locale, t],
  );

  const stats = result?.report.stats;
  return (
    <section className={classes.panel} aria-labelledby="findings-heading">
      <Text as="h2" variant="mediumPlus" id="findings-heading" className={classes.heading}>
        {t("issues.heading")}
      </Text>
      <div className={classes.row}>
        <ActionButton
          iconProps={{ iconName: "Refresh" }}
          onClick={() => void actions.checkWorkbook()}
          disabled={busy}
        >
          {t("action.checkWorkbook")}
        </ActionButton>
        <ActionButton
          iconProps={{ iconName: "Page" }}
          onClick={() => void actions.checkSheet()}
          disabled={busy}
        >
          {t("action.checkSheet")}
        </ActionButton>
        <ActionButton
          iconProps={{ iconName: "ReportDocument" }}
          onClick={() => void actions.writeReviewSheet()}
          disabled={busy || !result}
        >
          {t("action.reviewSheet")}
        </ActionButton>
      </div>
      <Text block data-testid="findings-summary">
        {stats ? t("findings.summary", { ...stats }) : t("issues.empty")}
      </Text>
      {result?.readWithoutMerges.map(({ sheet, rows }) => (
        <Text block className={classes.subtle} key={`merges:${sheet}`} data-testid="read-without-merges">
          {t("findings.readWithoutMerges", { sheet, rows })}
        </Text>
      ))}
      {result && result.marksPending.length > 0 && (
        <div className={classes.row} data-testid="marks-pending">
          <Text block className={classes.subtle}>
            {t(
              result.marksPendingReason === "coauthors"
                ? "findings.marksPendingCoauthors"
                : "findings.marksPending",
              {
                // A few sheets by name; more by their number.
                sheets:
                  result.marksPending.length > 3
                    ? t("findings.sheetCount", { count: result.marksPending.length })
                    : result.marksPending.map((s) => `“${s}”`).join(locale === "zh-CN" ? "、" : ", "),
              },
            )}
          </Text>
          <ActionButton
            iconProps={{ iconName: "Refresh" }}
            onClick={() => void actions.checkWorkbook()}
            disabled={busy}
            title={result.marksPendingReason === "undo" ? t("action.updateMarksNote") : undefined}
          >
            {t("action.updateMarks")}
          </ActionButton>
        </div>
      )}
      {result && result.report.partial && (
        <Text block className={classes.subtle}>
          {t("findings.partial", { shown: result.report.diagnostics.length })}
        </Text>
      )}
      {stats && (
        <div role="group" aria-label={t("findings.filters")} className={classes.row}>
          {SEVERITY_ORDER.map((severity) => (
            <Checkbox
              key={severity}
              label={t("findings.severityFilter", {
                severity: t(`severity.${severity}`),
                count: stats[severity === "error" ? "errors" : severity === "warning" ? "warnings" : "infos"],
              })}
              checked={severities.has(severity)}
              onChange={(_, checked) =>
                setSeverities((current) => {
                  const next = new Set(current);
                  if (checked) next.add(severity);
                  else next.delete(severity);
                  return next;
                })
              }
            />
          ))}
          <Dropdown
            label={t("findings.ruleFilter")}
            options={ruleOptions}
            selectedKey={rule ?? ALL_RULES_KEY}
            onChange={(_, option) =>
              setRule(!option || option.key === ALL_RULES_KEY ? null : String(option.key))
            }
            styles={{ root: { flexGrow: 1, minWidth: 160 } }}
          />
        </div>
      )}
      {typedTarget && state.lastEdit && (
        <LibrarySuggestions
          key={`typed:${typedTarget.key}`}
          target={typedTarget}
          state={state}
          actions={actions}
          typed={{
            cell: `${state.lastEdit.sheet}!${state.lastEdit.address}`,
            onDismiss: actions.dismissLastEdit,
          }}
        />
      )}
      {state.selection && result && (
        <HereSection
          address={`${state.selection.sheet}!${state.selection.address}`}
          findings={here}
          actions={actions}
          busy={busy}
          classes={classes}
        />
      )}
      {result && rows.length === 0 && stats && stats.errors + stats.warnings + stats.infos > 0 && (
        <Text block className={classes.subtle}>
          {t("findings.noneMatch")}
        </Text>
      )}
      {result && stats && stats.errors + stats.warnings + stats.infos === 0 && (
        <Text block className={classes.subtle}>
          {stats.tables > 0 ? t("findings.noneAtAll") : t("findings.noTables")}
        </Text>
      )}
      {rows.length > 0 && (
        <FindingsList
          rows={rows}
          hereKeys={hereKeys}
          actions={actions}
          busy={busy}
          onToggle={toggle}
          classes={classes}
        />
      )}
    </section>
  );
}

function HereSection({
  address,
  findings,
  actions,
  busy,
  classes,
}: {
  address: string;
  findings: Finding[];
  actions: JixiaoActions;
  busy: boolean;
  classes: PanelClasses;
}) {
  const { t } = useI18n();
  // A cell chosen in the sheet brings its box into view, wherever the list was scrolled to.
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: "nearest" });
  }, [address]);
  return (
    <section
      ref={box}
      aria-labelledby="here-heading"
      aria-busy={busy}
      className={`${classes.card} ${busy ? classes.busy : ""}`}
      data-testid="here"
    >
      <Text as="h3" variant="medium" id="here-heading" className={classes.heading}>
        {t("findings.here", { cell: address })}
      </Text>
      {findings.length === 0 ? (
        <Text block className={classes.subtle}>
          {t("findings.hereNone")}
        </Text>
      ) : (
        <div role="list">
          {keyedFindings(findings).map(({ key, diagnostic }) => (
            <div role="listitem" key={key}>
              <FindingItem diagnostic={diagnostic} current={false} actions={actions} classes={classes} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

interface ListProps {
  rows: FindingsRow[];
  hereKeys: ReadonlySet<string>;
  actions: JixiaoActions;
  busy: boolean;
  onToggle: (key: string) => void;
  classes: PanelClasses;
}

/** One virtualised list of headings and findings; arrow keys move through it, Tab leaves it. */
function FindingsList({ rows, hereKeys, actions, busy, onToggle, classes }: ListProps) {
  const { t } = useI18n();
  const onRenderCell = useCallback(
    (row?: FindingsRow) => {
      if (!row) return null;
      switch (row.kind) {
        case "table":
          return <TableHeading row={row} actions={actions} onToggle={onToggle} classes={classes} />;
        case "severity":
          return <SeverityHeading row={row} onToggle={onToggle} classes={classes} />;
        case "finding":
          return (
            <FindingItem
              diagnostic={row.diagnostic}
              current={hereKeys.has(findingKey(row.diagnostic))}
              actions={actions}
              classes={classes}
            />
          );
      }
    },
    [actions, hereKeys, onToggle, classes],
  );
  return (
    // While a task runs the rows are dimmed and take no clicks (the hook would refuse a second task
    // anyway); marking the container, not each row, keeps a task from re-rendering every finding.
    <FocusZone
      direction={FocusZoneDirection.bidirectional}
      data-testid="findings-list"
      aria-busy={busy}
      className={busy ? classes.busy : undefined}
    >
      <List
        aria-label={t("findings.listLabel")}
        items={rows}
        onRenderCell={onRenderCell}
        getKey={(row) => row.key}
        onShouldVirtualize={() => rows.length > VIRTUALIZE_OVER}
        version={onRenderCell}
      />
    </FocusZone>
  );
}

const TableHeading = memo(function TableHeading({
  row,
  actions,
  onToggle,
  classes,
}: {
  row: Extract<FindingsRow, { kind: "table" }>;
  actions: JixiaoActions;
  onToggle: (key: string) => void;
  classes: PanelClasses;
}) {
  const { t } = useI18n();
  const name = row.title ?? t("findings.untitledTable", { sheet: row.sheet, cell: row.cell });
  return (
    <div style={{ paddingTop: 8 }}>
      <Text as="h3" variant="medium" className={classes.heading}>
        <button
          type="button"
          className={classes.plainButton}
          aria-expanded={!row.collapsed}
          onClick={() => onToggle(row.key)}
        >
          <Icon iconName={row.collapsed ? "ChevronRight" : "ChevronDown"} aria-hidden /> {name}
        </button>
      </Text>
      <div className={classes.row}>
        <Text variant="small" className={classes.subtle}>
          {t(row.listed ? "findings.tableCountsListed" : "findings.tableCounts", {
            sheet: row.sheet,
            errors: row.counts.error,
            warnings: row.counts.warning,
            infos: row.counts.info,
          })}
        </Text>
        {row.tableId && row.fixable > 0 && (
          <ActionButton
            iconProps={{ iconName: "Repair" }}
            onClick={() => void actions.fixAll(row.sheet, row.tableId!)}
            ariaLabel={t("findings.fixAllAria", { count: row.fixable, table: name })}
          >
            {t("findings.fixAll", { count: row.fixable })}
          </ActionButton>
        )}
      </div>
    </div>
  );
});

function SeverityHeading({
  row,
  onToggle,
  classes,
}: {
  row: Extract<FindingsRow, { kind: "severity" }>;
  onToggle: (key: string) => void;
  classes: PanelClasses;
}) {
  const { t } = useI18n();
  const theme = useTheme();
  return (
    <div>
      <Text as="h4" variant="small" className={classes.heading}>
        <button
          type="button"
          className={classes.plainButton}
          aria-expanded={!row.collapsed}
          onClick={() => onToggle(row.key)}
        >
          <Icon iconName={row.collapsed ? "ChevronRight" : "ChevronDown"} aria-hidden />{" "}
          <Icon
            iconName={SEVERITY_ICON[row.severity]}
            aria-hidden
            style={{ color: severityColour(theme, row.severity) }}
          />{" "}
          {t(row.listed ? "findings.severityGroupListed" : "findings.severityGroup", {
            severity: t(`severity.${row.severity}`),
            count: row.count,
          })}
        </button>
      </Text>
    </div>
  );
}

interface ItemProps {
  diagnostic: Finding;
  /** The finding is at the cell selected in Excel. */
  current: boolean;
  actions: JixiaoActions;
  classes: PanelClasses;
}

/** One finding: its severity (icon and word), cell and message; its fix and suggestions. */
const FindingItem = memo(function FindingItem({ diagnostic: d, current, actions, classes }: ItemProps) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const severity = t(`severity.${d.severity}`);
  return (
    <div
      className={current ? classes.current : undefined}
      aria-current={current || undefined}
      data-finding={`${d.sheet}!${d.cell}:${d.rule}`}
    >
      <button
        type="button"
        className={classes.plainButton}
        onClick={() => void actions.select(d.sheet, d.cell)}
        title={t("findings.goTo", { cell: d.cell })}
      >
        <Icon
          iconName={SEVERITY_ICON[d.severity]}
          aria-hidden
          style={{ color: severityColour(theme, d.severity), marginRight: 4 }}
        />
        <span className={classes.hidden}>{t("findings.severityPrefix", { severity })}</span>
        <strong>{d.cell}</strong> {findingMessage(d, locale)}
      </button>
      {(d.fix?.length ?? 0) + (d.suggestions?.length ?? 0) > 0 && (
        <div className={classes.row} style={{ paddingLeft: 22 }}>
          {d.fix && d.fix.length > 0 && (
            <ActionButton
              iconProps={{ iconName: "Repair" }}
              onClick={() => void actions.fix(d)}
              ariaLabel={t("findings.fixAria", { cell: d.cell })}
              styles={{ root: { height: 28 } }}
            >
              {t("findings.fix")}
            </ActionButton>
          )}
          {d.suggestions?.map((s, i) => (
            <ActionButton
              key={i}
              iconProps={{ iconName: "Lightbulb" }}
              onClick={() => void actions.applySuggestion(d, i)}
              styles={{ root: { height: 28 } }}
            >
              {suggestionMessage(d, s, locale)}
            </ActionButton>
          ))}
        </div>
      )}
    </div>
  );
}, sameItem);

/**
 * A row shows the same finding when its rule, place, message data, fix and suggestions are the
 * same: each check makes new objects, and this keeps a keystroke's check from re-rendering rows
 * that did not change (the actions find the finding afresh by rule and cell anyway).
 */
function sameItem(a: ItemProps, b: ItemProps): boolean {
  if (a.current !== b.current || a.actions !== b.actions || a.classes !== b.classes) return false;
  const x = a.diagnostic;
  const y = b.diagnostic;
  return (
    x === y ||
    (findingKey(x) === findingKey(y) &&
      x.severity === y.severity &&
      JSON.stringify(x.data) === JSON.stringify(y.data) &&
      (x.fix?.length ?? 0) === (y.fix?.length ?? 0) &&
      JSON.stringify(x.suggestions ?? []) === JSON.stringify(y.suggestions ?? []))
  );
}
