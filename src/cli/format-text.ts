/**
 * `check --format text`, after ESLint's "stylish": findings grouped by file, then sheet and table,
 * one line each (cell, severity, message, rule id) in aligned columns, then a summary. Colour
 * only when asked for (see colour.ts). Chinese characters take two columns on a terminal, so
 * alignment counts display width, not string length. Every text from a file (its name, sheet
 * names, titles, the cells quoted in messages) has its control characters shown as symbols, so a
 * workbook cannot drive the terminal (terminal-text.ts).
 */
import type { Lang } from "../core/i18n/catalogue";
import { cliMessage } from "./cli-messages";
import { displayWidth } from "./display-width";
import type { Palette } from "./colour";
import type { JsonDiagnostic, JsonFile, JsonSummary, JsonTable } from "./json-report";
import { boundedText, terminalSafe } from "./terminal-text";

export interface TextOptions {
  lang: Lang;
  palette: Palette;
  quiet?: boolean;
}

export function formatText(files: readonly JsonFile[], summary: JsonSummary, options: TextOptions): string {
  const out: string[] = [];
  for (const file of files) {
    if (file.error) continue; // said on stderr, one line, as it happened
    const block = formatFile(file, options);
    if (block.length > 0) out.push(block.join("\n"), "");
  }
  out.push(...formatSummary(summary, options));
  return out.join("\n") + "\n";
}

function formatFile(file: JsonFile, options: TextOptions): string[] {
  const { lang, palette: p } = options;
  const name = terminalSafe(file.path);
  if (file.tables.length === 0 && file.diagnostics.length === 0) {
    return [p.underline(name), `  ${p.dim(cliMessage(lang, "text.noTables"))}`];
  }
  if (file.diagnostics.length === 0) return [];
  const lines: string[] = [p.underline(name)];
  const tables = new Map(file.tables.map((table) => [table.id, table]));
  const cellWidth = Math.max(...file.diagnostics.map((d) => displayWidth(d.cell)));
  const severityWidth = Math.max(...file.diagnostics.map((d) => displayWidth(severityText(d, lang))));
  const messageWidth = Math.min(
    MAX_MESSAGE_WIDTH,
    Math.max(...file.diagnostics.map((d) => displayWidth(terminalSafe(d.message)))),
  );
  let group = "";
  for (const original of file.diagnostics) {
    const d = { ...original, sheet: terminalSafe(original.sheet), message: terminalSafe(original.message) };
    const key = `${original.sheet}\u0000${d.tableId ?? ""}`;
    if (key !== group) {
      group = key;
      lines.push(`  ${groupTitle(d, d.tableId ? tables.get(d.tableId) : undefined, options)}`);
    }
    const severity = severityText(d, lang);
    lines.push(
      [
        "    ",
        p.dim(padEnd(d.cell, cellWidth)),
        "  ",
        colourSeverity(d.severity, padEnd(severity, severityWidth), p),
        "  ",
        padEnd(d.message, messageWidth),
        "  ",
        p.dim(d.rule),
      ]
        .join("")
        .trimEnd(),
    );
  }
  if (file.partial)
    lines.push(
      `  ${p.yellow(cliMessage(lang, "summary.partial", { file: name, shown: file.diagnostics.length }))}`,
    );
  return lines;
}

/** Long messages are not padded past this, so one long line does not push every rule id off screen. */
const MAX_MESSAGE_WIDTH = 72;

function groupTitle(d: JsonDiagnostic, table: JsonTable | undefined, options: TextOptions): string {
  const { lang, palette: p } = options;
  const hidden = table?.hidden ? cliMessage(lang, "text.hiddenSheet") : "";
  const sheet = p.bold(d.sheet) + hidden;
  if (!table) return `${sheet} › ${p.dim(cliMessage(lang, "text.noTable"))}`;
  const title =
    table.title === null
      ? cliMessage(lang, "text.noTitle", { row: table.headerRow })
      : terminalSafe(boundedText(table.title));
  return `${sheet} › ${p.dim(table.id)} ${title}`;
}

function severityText(d: JsonDiagnostic, lang: Lang): string {
  return cliMessage(lang, `severity.${d.severity}`);
}

function colourSeverity(severity: JsonDiagnostic["severity"], text: string, p: Palette): string {
  if (severity === "error") return p.red(text);
  if (severity === "warning") return p.yellow(text);
  return p.cyan(text);
}

function formatSummary(summary: JsonSummary, options: TextOptions): string[] {
  const { lang, palette: p, quiet } = options;
  const lines: string[] = [];
  const problems = summary.errors + summary.warnings + summary.infos;
  const checked = cliMessage(lang, "summary.checked", {
    files: summary.files - summary.unreadable,
    tables: summary.tables,
    rows: summary.rows,
  });
  if (summary.files === summary.unreadable) {
    // Nothing was read: the lines on stderr said why.
  } else if (problems === 0 || (quiet && summary.errors === 0)) {
    const clean =
      quiet && problems > 0
        ? checked
        : cliMessage(lang, "summary.clean", {
            files: summary.files - summary.unreadable,
            tables: summary.tables,
          });
    // A tick only when every file was read: an unreadable file is not a clean one.
    lines.push(summary.unreadable > 0 ? clean : p.green(`✔ ${clean}`));
  } else {
    const counts = quiet
      ? cliMessage(lang, "summary.errorsOnly", { errors: summary.errors, hidden: problems - summary.errors })
      : cliMessage(lang, "summary.problems", {
          problems,
          errors: summary.errors,
          warnings: summary.warnings,
          infos: summary.infos,
        });
    const mark = summary.errors > 0 ? p.red : p.yellow;
    lines.push(mark(p.bold(`✖ ${counts}`)));
    lines.push(`  ${checked}`);
    if (summary.fixable > 0 && !quiet)
      lines.push(`  ${cliMessage(lang, "summary.fixable", { fixable: summary.fixable })}`);
  }
  if (summary.unreadable > 0)
    lines.push(p.red(cliMessage(lang, "summary.unreadable", { count: summary.unreadable })));
  return lines;
}

function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + " ".repeat(gap) : text;
}
