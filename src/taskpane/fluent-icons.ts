import { registerIcons } from "@fluentui/react";

/**
 * The icons the pane shows — its own and those Fluent's controls draw (dropdown chevrons, checkbox
 * tick, message-bar symbols, search box) — by icon-font file and code point, as
 * @fluentui/font-icons-mdl2 defines them (a test holds this table to that package). Registering
 * these few instead of all 2,000 keeps 40 KiB off the pane's first load; only the font files of
 * these subsets are ever fetched, from dist/fonts/ (copied there by webpack), never from a CDN.
 */
export const BUNDLED_ICONS: Readonly<
  Record<string, { font: string; icons: Readonly<Record<string, string>> }>
> = {
  FabricMDL2Icons: {
    font: "fabric-icons-a13498cf.woff",
    icons: {
      ChevronDown: "\uE70D",
      ChevronUp: "\uE70E",
      ChevronRight: "\uE76C",
      Info: "\uE946",
      Clear: "\uE894",
      Search: "\uE721",
      CheckMark: "\uE73E",
      More: "\uE712",
      Cancel: "\uE711",
      Page: "\uE7C3",
    },
  },
  "FabricMDL2Icons-0": { font: "fabric-icons-0-467ee27f.woff", icons: { Refresh: "\uE72C" } },
  "FabricMDL2Icons-1": { font: "fabric-icons-1-4d521695.woff", icons: { Warning: "\uE7BA" } },
  "FabricMDL2Icons-2": {
    font: "fabric-icons-2-63c99abf.woff",
    icons: { Repair: "\uE90F", Completed: "\uE930" },
  },
  "FabricMDL2Icons-3": {
    font: "fabric-icons-3-089e217a.woff",
    icons: { ReportDocument: "\uE9F9", ErrorBadge: "\uEA39" },
  },
  "FabricMDL2Icons-4": { font: "fabric-icons-4-a656cc0a.woff", icons: { Lightbulb: "\uEA80" } },
  "FabricMDL2Icons-5": { font: "fabric-icons-5-f95ba260.woff", icons: { Blocked2: "\uECE4" } },
  "FabricMDL2Icons-6": { font: "fabric-icons-6-ef6fd590.woff", icons: { DoubleChevronUp: "\uEDBD" } },
  "FabricMDL2Icons-7": { font: "fabric-icons-7-2b97bb99.woff", icons: { DoubleChevronDown: "\uEE04" } },
};

/** Registers the pane's icons with the font files webpack copies into dist/fonts/. Call once per page, before the first render. */
export function registerBundledIcons(): void {
  const base = new URL("fonts/", document.baseURI).href;
  for (const [family, subset] of Object.entries(BUNDLED_ICONS)) {
    registerIcons(
      {
        style: {
          MozOsxFontSmoothing: "grayscale",
          WebkitFontSmoothing: "antialiased",
          fontStyle: "normal",
          fontWeight: "normal",
          speak: "none",
        },
        fontFace: { fontFamily: `"${family}"`, src: `url('${base}${subset.font}') format('woff')` },
        icons: subset.icons,
      },
      { disableWarnings: true },
    );
  }
}
