/**
 * What the pane knows about where it runs, as plain data: the boot file (index.tsx) or the preview
 * builds it, and the shell only renders it.
 */
export type HostDescription =
  | { kind: "connecting" }
  /** In an Office client: Office's own host and platform names ("Excel", "PC", "OfficeOnline" …). */
  | { kind: "office"; host: string; platform: string }
  | { kind: "preview" }
  | { kind: "outside"; reason: OutsideOfficeReason; timeoutSeconds?: number };

/** Why the pane decided it is not in Office. */
export type OutsideOfficeReason =
  /** office.js did not load (blocked, offline, or opened from disk). */
  | "no-office-js"
  /** office.js loaded and its onReady reported no host: a plain browser tab. */
  | "no-host"
  /** office.js's onReady did not answer in time. */
  | "timeout";

/** Office's theme colours (officeTheme of the Office context), as the boot file reads them. */
export interface PaneTheme {
  background: string;
  foreground: string;
  /** officeTheme.isDarkTheme where the host has it; else judged by the background. */
  dark?: boolean;
}
