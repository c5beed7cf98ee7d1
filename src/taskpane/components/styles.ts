/** Styles shared by the panels, from the current Fluent theme (light or dark). */
import { mergeStyleSets, type ITheme } from "@fluentui/react";
import type { Severity } from "../../core/report";

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  error: "ErrorBadge",
  warning: "Warning",
  info: "Info",
};

/** Text hidden on screen but read by screen readers. */
export const visuallyHidden = {
  position: "absolute",
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

export function severityColour(theme: ITheme, severity: Severity): string {
  const { semanticColors, palette } = theme;
  if (severity === "error") return semanticColors.errorIcon;
  if (severity === "warning") return theme.isInverted ? palette.yellow : semanticColors.warningIcon;
  return semanticColors.infoIcon;
}

export function panelClasses(theme: ITheme) {
  const { semanticColors, palette } = theme;
  const focus = {
    outline: `2px solid ${palette.themePrimary}`,
    outlineOffset: -2,
  };
  return mergeStyleSets({
    panel: { padding: "8px 12px 16px", display: "flex", flexDirection: "column", gap: 8 },
    heading: { margin: "4px 0 0", fontWeight: 600 },
    subtle: { color: semanticColors.bodySubtext },
    sourceList: { margin: "2px 0 8px", paddingLeft: 18 },
    row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "4px 12px" },
    hidden: visuallyHidden,
    /** A plain button that reads as text and shows focus: list rows, table links. */
    plainButton: {
      display: "block",
      width: "100%",
      textAlign: "left",
      font: "inherit",
      color: "inherit",
      background: "transparent",
      border: "none",
      padding: "4px 6px",
      cursor: "pointer",
      borderRadius: 2,
      selectors: {
        ":hover": { background: semanticColors.listItemBackgroundHovered },
        ":focus-visible": focus,
        ":disabled": { cursor: "default", color: semanticColors.disabledText },
      },
    },
    card: {
      border: `1px solid ${semanticColors.bodyDivider}`,
      borderRadius: 2,
      padding: 8,
      background: semanticColors.bodyBackground,
    },
    /** A region a running task makes inert for the moment. */
    busy: { opacity: 0.6, pointerEvents: "none" },
    current: {
      background: semanticColors.listItemBackgroundChecked,
      boxShadow: `inset 3px 0 0 ${palette.themePrimary}`,
    },
    table: {
      borderCollapse: "collapse",
      width: "100%",
      fontSize: 12,
      selectors: {
        "th, td": {
          border: `1px solid ${semanticColors.bodyDivider}`,
          padding: "2px 4px",
          textAlign: "left",
          verticalAlign: "top",
        },
        th: { background: palette.neutralLighter, fontWeight: 600 },
        caption: { textAlign: "left", fontWeight: 600, padding: "4px 0" },
      },
    },
  });
}

export type PanelClasses = ReturnType<typeof panelClasses>;
