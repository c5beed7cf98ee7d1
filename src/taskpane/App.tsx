import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from "react";
import {
  mergeStyleSets,
  Spinner,
  SpinnerSize,
  Text,
  ThemeProvider,
  useTheme,
  type ITheme,
} from "@fluentui/react";
import type { ExcelHost } from "../excel/host";
import { I18nProvider, useI18n } from "./i18n/I18nProvider";
import type { Lang } from "../core/i18n/lang";
import type { HostDescription, PaneTheme } from "./host";
import { IssuesPanel } from "./components/IssuesPanel";
import { OutsideOfficeNotice } from "./components/OutsideOfficeNotice";
import { StatusLine } from "./components/StatusLine";
import { paneTheme } from "./theme";

export interface AppProps {
  host: HostDescription;
  locale: Lang;
  /**
   * The Excel the pane works on: office.js's in Excel (officeHost()), the in-memory workbook's in
   * the preview and in tests. Without one the pane shows its shell only.
   */
  excel?: ExcelHost;
  /** Office's theme colours; Fluent's light theme when absent. */
  theme?: PaneTheme;
  /** Where the outside-Office notice sends people; the preview page sits next to taskpane.html. */
  previewUrl?: string;
}

// The workbench (state, engine, panels) is its own chunk: the shell paints at once, and outside
// Office the engine is never loaded. The boot file starts the download while Office gets ready.
const loadWorkbench = () => import(/* webpackChunkName: "workbench" */ "./workbench/Workbench");
const Workbench = lazy(loadWorkbench);

/** Starts loading the workbench now (the boot file calls it before waiting for Office). */
export function preloadWorkbench(): void {
  void loadWorkbench().catch(() => undefined);
}

/** The task pane, the same in Excel and in the preview: it knows the host only as data. */
export function App({ host, locale, excel, theme, previewUrl = "preview.html" }: AppProps) {
  // The workbook's language setting, once read: "auto" follows Office's (or the browser's) language.
  const [language, setLanguage] = useState<"auto" | Lang>("auto");
  const fluentTheme = useMemo(() => paneTheme(theme), [theme]);
  return (
    <ThemeProvider theme={fluentTheme} style={{ height: "100%" }}>
      <I18nProvider locale={language === "auto" ? locale : language}>
        <Shell host={host} excel={excel} previewUrl={previewUrl} onLanguage={setLanguage} />
      </I18nProvider>
    </ThemeProvider>
  );
}

function shellClasses(theme: ITheme) {
  const { semanticColors, palette } = theme;
  return mergeStyleSets({
    shell: {
      display: "flex",
      flexDirection: "column",
      height: "100%",
      minHeight: 0,
      background: semanticColors.bodyBackground,
      color: semanticColors.bodyText,
    },
    header: { padding: "12px 12px 8px", borderBottom: `1px solid ${semanticColors.bodyDivider}` },
    title: { margin: 0, fontWeight: 600 },
    subtitle: { color: semanticColors.bodySubtext },
    notice: { padding: "8px 12px 0" },
    main: { flexGrow: 1, minHeight: 0, display: "flex", flexDirection: "column" },
    status: { borderTop: `1px solid ${semanticColors.bodyDivider}`, background: palette.neutralLighterAlt },
  });
}

interface ShellProps {
  host: HostDescription;
  excel?: ExcelHost;
  previewUrl: string;
  onLanguage: (language: "auto" | Lang) => void;
}

function Shell({ host, excel, previewUrl, onLanguage }: ShellProps) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => shellClasses(theme), [theme]);
  const connected = host.kind === "office" || host.kind === "preview";
  let main: ReactNode;
  if (host.kind === "connecting") {
    main = (
      <Spinner size={SpinnerSize.large} label={t("status.connecting")} styles={{ root: { flexGrow: 1 } }} />
    );
  } else if (connected && excel) {
    const loading = (
      <Spinner size={SpinnerSize.large} label={t("status.loading")} styles={{ root: { flexGrow: 1 } }} />
    );
    main = (
      <LoadFailure message={t("status.loadFailed")}>
        <Suspense fallback={loading}>
          <Workbench excel={excel} onLanguage={onLanguage} />
        </Suspense>
      </LoadFailure>
    );
  } else {
    main = <IssuesPanel />;
  }
  return (
    <div className={classes.shell} lang={locale}>
      <header className={classes.header}>
        <Text as="h1" variant="xLarge" block className={classes.title}>
          {t("app.title")}
        </Text>
        <Text variant="small" block className={classes.subtitle}>
          {t("app.subtitle")}
        </Text>
      </header>
      {host.kind === "outside" && (
        <div className={classes.notice}>
          <OutsideOfficeNotice
            reason={host.reason}
            timeoutSeconds={host.timeoutSeconds}
            previewUrl={previewUrl}
          />
        </div>
      )}
      <div className={classes.main}>{main}</div>
      <div className={classes.status}>
        <StatusLine host={host} />
      </div>
    </div>
  );
}

/** If the workbench's chunk cannot be loaded (the network dropped), say so instead of a blank pane. */
class LoadFailure extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Text block role="alert" styles={{ root: { padding: 12 } }}>
        {this.props.message}
      </Text>
    );
  }
}
