/**
 * The preview page: the workbook on the left (a toolbar to open a local .xlsx or download the edited
 * one, the grid, the sheet tabs), the real task pane on the right, running on the in-memory workbook
 * through the office.js fake. It runs in any browser, without Office.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { DefaultButton, MessageBar, MessageBarType, mergeStyleSets, Text } from "@fluentui/react";
import { App } from "../taskpane/App";
import { I18nProvider } from "../taskpane/i18n/I18nProvider";
import type { Lang } from "../core/i18n/lang";
import { MAX_XLSX_BYTES, readXlsx, writeXlsx, type XlsxReadError } from "../xlsx";
import type { LostName } from "../xlsx/lost-parts";
import { tooLarge } from "../xlsx/read-errors";
import { GridView } from "./GridView";
import type { ModelChangeKind, WorkbookModel } from "../workbook/workbook-model";
import { openDocument, type PreviewDocument, type PreviewExcel } from "./preview-document";
import { usePreviewText, type PreviewMessageId } from "./preview-messages";
import { createSampleWorkbook, SAMPLE_FILE_NAME } from "./sample-workbook";
import { columnWidths, excelWidth } from "./sheet-layout";
import type { GridNotice } from "./SheetGrid";
import { useWorkbookLanguage } from "./workbook-language";

// Excel's default task-pane width, so the preview shows the pane as people will see it.
const PANE_WIDTH = 350;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Below this width the pane goes under the workbook instead of beside it (a phone, a narrow window).
const NARROW = "@media (max-width: 760px)";

const classes = mergeStyleSets({
  page: { display: "flex", height: "100%", selectors: { [NARROW]: { flexDirection: "column" } } },
  workbook: {
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    borderRight: "1px solid #c8c6c4",
    selectors: { [NARROW]: { flex: "0 0 55%", borderRight: "none", borderBottom: "1px solid #c8c6c4" } },
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: 8,
    padding: "6px 10px",
    borderBottom: "1px solid #e1dfdd",
    background: "#faf9f8",
  },
  fileName: {
    flexGrow: 1,
    minWidth: 120,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  status: { color: "#605e5c" },
  grid: { flexGrow: 1, minHeight: 0 },
  pane: {
    width: PANE_WIDTH,
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    selectors: { [NARROW]: { width: "auto", flex: "1 1 0", overflow: "hidden" } },
  },
  fileInput: { display: "none" },
});

interface PageMessage {
  kind: "success" | "info" | "warning" | "error";
  id: PreviewMessageId;
  data?: Record<string, string | number>;
  /** What a download cannot keep: worded in the page's language when shown. */
  lost?: readonly LostName[];
}

const MESSAGE_TYPES = {
  success: MessageBarType.success,
  info: MessageBarType.info,
  warning: MessageBarType.warning,
  error: MessageBarType.error,
} as const;

/** "图表、宏（VBA）" / "charts, macros (VBA)". */
function lostList(lost: readonly LostName[], locale: Lang): string {
  return lost.map((name) => name[locale]).join(locale === "zh-CN" ? "、" : ", ");
}

/** The sentence for each reason a file cannot be opened (the command line's vocabulary, src/xlsx/read-errors.ts). */
function openErrorMessage(error: XlsxReadError): PreviewMessageId {
  switch (error.code) {
    case "EMPTY":
      return "open.error.empty";
    case "TOO_LARGE":
      return "open.error.tooLarge";
    case "NOT_ZIP":
      return "open.error.notXlsx";
    case "ENCRYPTED":
      return "open.error.encrypted";
    case "LEGACY_XLS":
      return "open.error.legacyXls";
    case "CORRUPT_ZIP":
      return "open.error.damaged";
    case "UNREADABLE":
      if (error.data.kind === "ods" || error.data.kind === "xlsb" || error.data.kind === "zip")
        return "open.error.otherFormat";
      return error.data.kind === "damaged" ? "open.error.damaged" : "open.error.unreadable";
    default:
      return "open.error.unreadable";
  }
}

/** Changes to the user's data that a download keeps and leaving would lose. */
const LOSABLE_CHANGES: ReadonlySet<ModelChangeKind> = new Set([
  "values",
  "formats",
  "structure",
  "merges",
  "sheets",
]);

/** Opens a workbook in the page (the sample, or a file with its bytes and what it cannot keep). */
type OpenWorkbook = (
  model: WorkbookModel,
  name: string,
  file?: { source: ArrayBuffer; lost: LostName[] },
) => void;

export interface PreviewPageProps {
  workbook: WorkbookModel;
  /** The file name a download of this workbook takes. */
  name?: string;
  /** The browser's language: the pane's and the page's until the workbook's settings say otherwise. */
  locale: Lang;
  /** Which Excel the in-memory workbook behaves as (preview-document.ts): one with undo support by default. */
  excel?: PreviewExcel;
}

export function PreviewPage({ workbook, name = SAMPLE_FILE_NAME, locale, excel = "undo" }: PreviewPageProps) {
  const [document_, setDocument] = useState<PreviewDocument>(() =>
    openDocument(workbook, name, undefined, excel),
  );
  const open = useCallback<OpenWorkbook>(
    (model, fileName, file) => setDocument(openDocument(model, fileName, file, excel)),
    [excel],
  );
  const language = useWorkbookLanguage(document_.fake.model);
  const pageLocale = language === "auto" ? locale : language;
  useEffect(() => {
    document.documentElement.lang = pageLocale;
  }, [pageLocale]);
  return (
    <I18nProvider locale={pageLocale}>
      <Layout document_={document_} onOpen={open} locale={locale} />
    </I18nProvider>
  );
}

function Layout({
  document_,
  onOpen,
  locale,
}: {
  document_: PreviewDocument;
  onOpen: OpenWorkbook;
  locale: Lang;
}) {
  const { t, locale: pageLocale } = usePreviewText();
  const [message, setMessage] = useState<PageMessage | null>(null);
  const [busy, setBusy] = useState<{ id: PreviewMessageId; name: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const onNotice = useCallback((notice: GridNotice) => setMessage({ kind: "error", ...notice }), []);

  // Edits since the workbook was opened or downloaded: what leaving would lose. The pane's own marks
  // and dropdowns are rebuilt by any check, so they do not count.
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => {
    setUnsaved(false);
    return document_.fake.model.subscribe((change) => {
      if (LOSABLE_CHANGES.has(change.kind)) setUnsaved(true);
    });
  }, [document_]);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [unsaved]);
  /** Asks before another workbook replaces one with unsaved edits; true to go on. */
  const mayReplace = () => !unsaved || window.confirm(t("leave.confirm", { name: document_.name }));

  const openFile = async (file: File) => {
    if (!mayReplace()) return;
    setMessage(null);
    const fail = (error: XlsxReadError) =>
      setMessage({
        kind: "error",
        id: openErrorMessage(error),
        data: { name: file.name, sizeMB: error.data.sizeMB ?? "", limitMB: error.data.limitMB ?? "" },
      });
    // Refused before it is read: a tab need not hold a file it will not open.
    if (file.size > MAX_XLSX_BYTES) return fail(tooLarge(file.size, MAX_XLSX_BYTES).error);
    setBusy({ id: "toolbar.opening", name: file.name });
    try {
      const source = await file.arrayBuffer();
      const result = await readXlsx(source);
      if (!result.ok) return fail(result.error);
      const { sheets, formulaCells, lost } = result.notes;
      onOpen(result.model, file.name.replace(/\.xls[xm]$/i, "") + ".xlsx", { source, lost });
      const data = { name: file.name, sheets, count: formulaCells };
      // What a download cannot keep is said now, before the user edits and relies on it.
      setMessage(
        lost.length > 0
          ? { kind: "warning", id: "open.doneLost", data, lost }
          : formulaCells > 0
            ? { kind: "info", id: "open.doneFormulas", data }
            : { kind: "success", id: "open.done", data },
      );
    } catch {
      fail({ code: "UNREADABLE", data: {} });
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    const model = document_.fake.model;
    setMessage(null);
    setBusy({ id: "toolbar.saving", name: document_.name });
    try {
      const widths = new Map(
        model.sheets.map((sheet) => {
          const used = sheet.usedRange(false);
          const count = used ? used.col + used.colCount : 0;
          return [sheet.name, columnWidths(sheet, count).map(excelWidth)] as const;
        }),
      );
      const data = await writeXlsx(model, { columnWidths: widths, source: document_.source });
      const url = URL.createObjectURL(new Blob([data], { type: XLSX_TYPE }));
      const link = document.createElement("a");
      link.href = url;
      link.download = document_.name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      // The download has started by now; the object URL is not needed past it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setUnsaved(false);
      setMessage(
        document_.lost.length > 0
          ? { kind: "warning", id: "download.doneLost", data: { name: document_.name }, lost: document_.lost }
          : {
              kind: "success",
              id: document_.source ? "download.doneFile" : "download.done",
              data: { name: document_.name },
            },
      );
    } catch {
      setMessage({ kind: "error", id: "download.failed" });
    } finally {
      setBusy(null);
    }
  };

  const backToSample = () => {
    if (!mayReplace()) return;
    onOpen(createSampleWorkbook(), SAMPLE_FILE_NAME);
    setMessage({ kind: "info", id: "open.sample" });
  };

  return (
    <div className={classes.page}>
      <main className={classes.workbook} aria-label={t("page.workbookLabel")}>
        <div className={classes.toolbar} role="group" aria-label={t("toolbar.label")}>
          <Text className={classes.fileName} data-testid="file-name">
            {t("toolbar.file", { name: document_.name })}
          </Text>
          {busy && (
            <Text className={classes.status} role="status">
              {t(busy.id, { name: busy.name })}
            </Text>
          )}
          <input
            ref={fileInput}
            type="file"
            accept={`.xlsx,${XLSX_TYPE}`}
            className={classes.fileInput}
            aria-label={t("toolbar.openLabel")}
            tabIndex={-1}
            data-testid="open-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void openFile(file);
            }}
          />
          <DefaultButton
            text={t("toolbar.open")}
            title={t("toolbar.openLabel")}
            disabled={busy !== null}
            onClick={() => fileInput.current?.click()}
          />
          <DefaultButton
            text={t("toolbar.download")}
            disabled={busy !== null}
            onClick={() => void download()}
          />
          <DefaultButton text={t("toolbar.sample")} disabled={busy !== null} onClick={backToSample} />
        </div>
        {message && (
          <MessageBar
            messageBarType={MESSAGE_TYPES[message.kind]}
            isMultiline
            onDismiss={() => setMessage(null)}
            dismissButtonAriaLabel={t("toolbar.dismiss")}
          >
            <span data-testid="page-message">
              {t(message.id, { ...message.data, lost: lostList(message.lost ?? [], pageLocale) })}
            </span>
          </MessageBar>
        )}
        <div className={classes.grid}>
          {/* Keyed like the pane: another workbook starts with a fresh view (scroll, editor). */}
          <GridView key={document_.id} fake={document_.fake} onNotice={onNotice} />
        </div>
      </main>
      <aside className={classes.pane} aria-label={t("page.paneLabel")}>
        <App key={document_.id} host={{ kind: "preview" }} locale={locale} excel={document_.host} />
      </aside>
    </div>
  );
}
