// Boots the task pane: waits for Office, describes the host, renders the shell. The only pane file
// that names Office: everything it learns is handed to <App> as plain data (and Excel as an
// ExcelHost built by src/excel).
import "./fluent-config"; // first: Fluent must see its configuration before it loads
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { officeHost, type ExcelHost } from "../excel/host";
import { App, preloadWorkbench } from "./App";
import { registerBundledIcons } from "./fluent-icons";
import type { HostDescription, PaneTheme } from "./host";
import { pickLang, type Lang } from "../core/i18n/lang";

// Office answers in well under a second when it is there; past this the pane says it is not.
const OFFICE_READY_TIMEOUT_MS = 5000;

interface Connection {
  excel: ExcelHost;
  theme?: PaneTheme;
}

function render(root: Root, host: HostDescription, locale: Lang, connection?: Connection): void {
  document.documentElement.lang = locale;
  root.render(
    <StrictMode>
      <App host={host} locale={locale} excel={connection?.excel} theme={connection?.theme} />
    </StrictMode>,
  );
}

/** Office's theme colours, where the host offers them (not every Excel does). */
function officeTheme(): PaneTheme | undefined {
  const theme = Office.context.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  if (!theme?.bodyBackgroundColor) return undefined;
  return {
    background: theme.bodyBackgroundColor,
    foreground: theme.bodyForegroundColor,
    dark: typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : undefined,
  };
}

async function boot(): Promise<void> {
  registerBundledIcons();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const browserLocale = pickLang(navigator.language);
  // office.js is a classic script from Microsoft's CDN: when it is blocked or offline, Office is undefined.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(root, { kind: "outside", reason: "no-office-js" }, browserLocale);
    return;
  }
  // The engine and panels download while Office gets ready.
  preloadWorkbench();
  render(root, { kind: "connecting" }, browserLocale);
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) {
      render(
        root,
        { kind: "outside", reason: "timeout", timeoutSeconds: OFFICE_READY_TIMEOUT_MS / 1000 },
        browserLocale,
      );
    }
  }, OFFICE_READY_TIMEOUT_MS);
  // A late answer still wins over the timeout notice.
  const info = await Office.onReady();
  answered = true;
  clearTimeout(timer);
  if (!info.host) {
    render(root, { kind: "outside", reason: "no-host" }, browserLocale);
    return;
  }
  const officeLocale = pickLang(Office.context.displayLanguage || navigator.language);
  render(root, { kind: "office", host: String(info.host), platform: String(info.platform) }, officeLocale, {
    excel: officeHost(),
    theme: officeTheme(),
  });
}

void boot();
