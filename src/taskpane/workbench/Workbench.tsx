/**
 * The pane at work: the state hook, the task bar (progress, cancel), the last message, and the
 * panels as tabs. The findings panel comes with this chunk; the others load when first opened.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import {
  DefaultButton,
  MessageBar,
  MessageBarType,
  Pivot,
  PivotItem,
  ProgressIndicator,
  Spinner,
  mergeStyleSets,
  useTheme,
} from "@fluentui/react";
import type { ExcelHost } from "../../excel/host";
import { FindingsPanel } from "../components/FindingsPanel";
import { TablesPanel } from "../components/TablesPanel";
import { visuallyHidden } from "../components/styles";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageId } from "../i18n/messages";
import type { Lang } from "../../core/i18n/lang";
import type { PaneMessageKind } from "../state/pane-messages";
import { useJixiao, type Busy, type JixiaoActions, type JixiaoState, type TaskId } from "../state/useJixiao";

const TemplatesPanel = lazy(
  () => import(/* webpackChunkName: "templates", webpackPrefetch: true */ "../components/TemplatesPanel"),
);
const RowEditorPanel = lazy(
  () => import(/* webpackChunkName: "row-editor", webpackPrefetch: true */ "../components/RowEditorPanel"),
);
const SettingsPanel = lazy(
  () => import(/* webpackChunkName: "settings", webpackPrefetch: true */ "../components/SettingsPanel"),
);

export interface PanelProps {
  state: JixiaoState;
  actions: JixiaoActions;
}

type PanelKey = "findings" | "templates" | "rowEditor" | "tables" | "settings";

const TASK_LABELS: Readonly<Record<TaskId, MessageId>> = {
  checkSheet: "task.checkSheet",
  checkWorkbook: "task.checkWorkbook",
  select: "task.select",
  fix: "task.fix",
  suggestion: "task.fix",
  fixAll: "task.fixAll",
  insertTable: "task.insertTable",
  addRows: "task.addRows",
  editRow: "task.editRow",
  saveSettings: "task.saveSettings",
  reviewSheet: "task.reviewSheet",
};

const MESSAGE_TYPES: Readonly<Record<PaneMessageKind, MessageBarType>> = {
  error: MessageBarType.error,
  warning: MessageBarType.warning,
  success: MessageBarType.success,
  info: MessageBarType.info,
};

const classes = mergeStyleSets({
  root: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  bars: { padding: "4px 12px 0", display: "flex", flexDirection: "column", gap: 4 },
  busy: { display: "flex", alignItems: "flex-end", gap: 8 },
  progress: { flexGrow: 1, minWidth: 0 },
  pivot: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  hidden: visuallyHidden,
});

export default function Workbench({
  excel,
  onLanguage,
}: {
  excel: ExcelHost;
  onLanguage: (language: "auto" | Lang) => void;
}) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const { state, actions } = useJixiao(excel, locale);
  const [tab, setTab] = useState<PanelKey>("findings");
  const language = state.settings.lang;
  useEffect(() => onLanguage(language), [language, onLanguage]);

  const pivotStyles = useMemo(
    () => ({
      // Five tabs fit one row of a 350-pixel pane in either language (tighter than Fluent's own
      // spacing); in a still narrower pane they wrap rather than hide behind a menu.
      root: {
        padding: "0 2px",
        whiteSpace: "normal" as const,
        borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      },
      link: { padding: "0 6px", marginRight: 0 },
      linkIsSelected: { padding: "0 6px", marginRight: 0 },
      itemContainer: { flexGrow: 1, minHeight: 0, overflowY: "auto" as const },
    }),
    [theme],
  );
  const loading = <Spinner label={t("status.loading")} styles={{ root: { padding: 16 } }} />;
  const props: PanelProps = { state, actions };

  return (
    <div className={classes.root}>
      <div className={classes.bars}>
        {state.busy && <TaskBar busy={state.busy} onCancel={actions.cancel} />}
        {state.message && (
          <MessageBar
            messageBarType={MESSAGE_TYPES[state.message.kind]}
            isMultiline
            onDismiss={actions.dismissMessage}
            dismissButtonAriaLabel={t("action.dismiss")}
          >
            {t(state.message.id, state.message.data)}
          </MessageBar>
        )}
      </div>
      <div role="status" aria-live="polite" className={classes.hidden}>
        {state.busy ? t(TASK_LABELS[state.busy.task]) : state.liveChecking ? t("task.liveCheck") : ""}
      </div>
      <Pivot
        className={classes.pivot}
        styles={pivotStyles}
        selectedKey={tab}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as PanelKey)}
        aria-label={t("tabs.label")}
      >
        <PivotItem itemKey="findings" headerText={t("tabs.findings")}>
          <FindingsPanel {...props} />
        </PivotItem>
        <PivotItem itemKey="templates" headerText={t("tabs.templates")}>
          <Suspense fallback={loading}>
            <TemplatesPanel {...props} />
          </Suspense>
        </PivotItem>
        <PivotItem itemKey="rowEditor" headerText={t("tabs.rowEditor")}>
          <Suspense fallback={loading}>
            <RowEditorPanel {...props} />
          </Suspense>
        </PivotItem>
        <PivotItem itemKey="tables" headerText={t("tabs.tables")}>
          <TablesPanel {...props} />
        </PivotItem>
        <PivotItem itemKey="settings" headerText={t("tabs.settings")}>
          <Suspense fallback={loading}>
            <SettingsPanel {...props} />
          </Suspense>
        </PivotItem>
      </Pivot>
    </div>
  );
}

/** What runs now, how far it is, and (for a workbook check) a way to stop it. */
function TaskBar({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  const { t } = useI18n();
  const progress = busy.progress;
  const percent = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={classes.busy} data-testid="task-bar">
      <ProgressIndicator
        className={classes.progress}
        label={t(TASK_LABELS[busy.task])}
        description={
          progress ? t("task.progress", { done: progress.done, total: progress.total }) : undefined
        }
        percentComplete={percent}
      />
      {busy.cancellable && <DefaultButton text={t("action.cancel")} onClick={onCancel} />}
    </div>
  );
}
