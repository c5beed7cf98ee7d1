// Boots the preview: the task pane in a plain browser, next to an in-memory workbook that behaves as
// Excel does for the add-in (src/preview/office), preloaded with a sample of the seed's tables.
import "../taskpane/fluent-config"; // first: Fluent must see its configuration before it loads
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerBundledIcons } from "../taskpane/fluent-icons";
import { pickLang } from "../core/i18n/lang";
import { PreviewPage } from "./PreviewPage";
import { createSampleWorkbook } from "./sample-workbook";
import { previewExcelFrom } from "./preview-document";

registerBundledIcons();
const locale = pickLang(navigator.language);
document.documentElement.lang = locale;
createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <PreviewPage
      workbook={createSampleWorkbook()}
      locale={locale}
      excel={previewExcelFrom(location.search)}
    />
  </StrictMode>,
);
