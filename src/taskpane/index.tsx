// Boots the task pane: waits for Office, describes the host, renders the shell. The only pane file
// that names Office: everything it learns is handed to <App> as plain data.
import "./fluent-config"; // first: Fluent must see its configuration before it loads
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { registerBundledIcons } from "./fluent-icons";
import type { HostDescription } from "./host";
import { pickLocale, type LocaleId } from "./i18n/messages";

// Office answers in well under a second when it is there; past this the pane says it is not.
const OFFICE_READY_TIMEOUT_MS = 5000;

function render(root: Root, host: HostDescription, locale: LocaleId): void {
  document.documentElement.lang = locale;
  root.render(
    <StrictMode>
      <App host={host} locale={locale} />
    </StrictMode>,
  );
}

async function boot(): Promise<void> {
  registerBundledIcons();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const browserLocale = pickLocale(navigator.language);
  // office.js is a classic script from Microsoft's CDN: when it is blocked or offline, Office is undefined.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(root, { kind: "outside", reason: "no-office-js" }, browserLocale);
    return;
  }
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
  const officeLocale = pickLocale(Office.context.displayLanguage || navigator.language);
  render(root, { kind: "office", host: String(info.host), platform: String(info.platform) }, officeLocale);
}

void boot();
