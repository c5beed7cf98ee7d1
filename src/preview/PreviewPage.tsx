import { mergeStyleSets } from "@fluentui/react";
import { App } from "../taskpane/App";
import { I18nProvider, useI18n } from "../taskpane/i18n/I18nProvider";
import type { LocaleId } from "../taskpane/i18n/messages";
import { GridView } from "./GridView";
import type { MemoryWorkbook } from "./memory-workbook";

// Excel's default task-pane width, so the preview shows the pane as people will see it.
const PANE_WIDTH = 350;

const classes = mergeStyleSets({
  page: { display: "flex", height: "100%" },
  grid: { flexGrow: 1, minWidth: 0, borderRight: "1px solid #c8c6c4" },
  pane: { width: PANE_WIDTH, flexShrink: 0, display: "flex", flexDirection: "column" },
});

/** The workbook on the left, the task pane on the right, as in Excel. */
export function PreviewPage({ workbook, locale }: { workbook: MemoryWorkbook; locale: LocaleId }) {
  return (
    <I18nProvider locale={locale}>
      <Layout workbook={workbook} locale={locale} />
    </I18nProvider>
  );
}

function Layout({ workbook, locale }: { workbook: MemoryWorkbook; locale: LocaleId }) {
  const { t } = useI18n();
  return (
    <div className={classes.page}>
      <main className={classes.grid}>
        <GridView workbook={workbook} />
      </main>
      <aside className={classes.pane} aria-label={t("preview.paneLabel")}>
        <App host={{ kind: "preview" }} locale={locale} />
      </aside>
    </div>
  );
}
