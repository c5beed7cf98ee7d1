/**
 * The pane's Fluent theme from Office's theme colours (handed over as plain data by the boot file):
 * light Office themes keep Fluent's default palette on Office's background; dark ones get a dark
 * palette whose neutrals run from Office's background to its text colour, so every control stays
 * readable.
 */
import { createTheme, type IPalette, type ITheme } from "@fluentui/react";
import type { PaneTheme } from "./host";

/** Relative luminance (WCAG) of a #rrggbb colour; null for anything else. */
export function luminance(colour: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** Office says so (isDarkTheme, newer hosts), or its background is dark. */
export function isDark(theme: PaneTheme): boolean {
  if (typeof theme.dark === "boolean") return theme.dark;
  const lum = luminance(theme.background);
  return lum !== null && lum < 0.2;
}

const DARK_PALETTE: Partial<IPalette> = {
  themePrimary: "#479ef5",
  themeLighterAlt: "#03060a",
  themeLighter: "#0b1927",
  themeLight: "#152f49",
  themeTertiary: "#2b5f93",
  themeSecondary: "#3f8bd7",
  themeDarkAlt: "#5aa8f6",
  themeDark: "#75b6f7",
  themeDarker: "#9bcaf9",
  neutralLighterAlt: "#2b2b2b",
  neutralLighter: "#333333",
  neutralLight: "#414141",
  neutralQuaternaryAlt: "#4a4a4a",
  neutralQuaternary: "#515151",
  neutralTertiaryAlt: "#6f6f6f",
  neutralTertiary: "#b3b3b3",
  neutralSecondary: "#cfcfcf",
  neutralSecondaryAlt: "#cfcfcf",
  neutralPrimaryAlt: "#e3e3e3",
  neutralPrimary: "#f3f3f3",
  neutralDark: "#f8f8f8",
  black: "#ffffff",
  white: "#242424",
};

const valid = (colour: string | undefined) => (colour && luminance(colour) !== null ? colour : undefined);

/** The Fluent theme for Office's colours; Fluent's default when there are none (the preview, tests). */
export function paneTheme(theme: PaneTheme | undefined): ITheme {
  if (!theme) return createTheme({});
  if (!isDark(theme)) {
    return createTheme({ palette: { white: valid(theme.background) ?? "#ffffff" } });
  }
  const background = valid(theme.background) ?? DARK_PALETTE.white!;
  const text = valid(theme.foreground) ?? DARK_PALETTE.neutralPrimary!;
  return createTheme({
    palette: { ...DARK_PALETTE, white: background, neutralPrimary: text },
    isInverted: true,
  });
}
