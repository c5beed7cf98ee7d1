import { Spinner, SpinnerSize, Text, mergeStyleSets } from "@fluentui/react";
import { I18nProvider, useI18n } from "./i18n/I18nProvider";
import type { LocaleId } from "./i18n/messages";
import type { HostDescription } from "./host";
import { IssuesPanel } from "./components/IssuesPanel";
import { OutsideOfficeNotice } from "./components/OutsideOfficeNotice";
import { StatusLine } from "./components/StatusLine";

export interface AppProps {
  host: HostDescription;
  locale: LocaleId;
  /** Where the outside-Office notice sends people; the preview page sits next to taskpane.html. */
  previewUrl?: string;
}

const classes = mergeStyleSets({
  shell: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
  header: { padding: "12px 12px 8px", borderBottom: "1px solid #e1dfdd" },
  title: { margin: 0, fontWeight: 600 },
  subtitle: { color: "#605e5c" },
  notice: { padding: "8px 12px 0" },
});

/** The task pane's shell, the same in Excel and in the preview: it knows the host only as data. */
export function App({ host, locale, previewUrl = "preview.html" }: AppProps) {
  return (
    <I18nProvider locale={locale}>
      <Shell host={host} previewUrl={previewUrl} />
    </I18nProvider>
  );
}

function Shell({ host, previewUrl }: { host: HostDescription; previewUrl: string }) {
  const { t } = useI18n();
  return (
    <div className={classes.shell}>
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
      {host.kind === "connecting" ? (
        <Spinner size={SpinnerSize.large} label={t("status.connecting")} styles={{ root: { flexGrow: 1 } }} />
      ) : (
        <IssuesPanel />
      )}
      <StatusLine host={host} />
    </div>
  );
}
