import { useState } from "react";
import { getTheme, mergeStyleSets } from "@fluentui/react";
import { columnName, type CellValue } from "../core/grid";
import { useI18n } from "../taskpane/i18n/I18nProvider";
import type { MemoryWorkbook } from "./memory-workbook";

// Shown even when a sheet is smaller, so the view reads as a spreadsheet.
const MIN_ROWS = 20;
const MIN_COLS = 8;

const classes = mergeStyleSets({
  view: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minWidth: 0,
    background: "#fff",
    fontFamily: getTheme().fonts.medium.fontFamily,
  },
  scroller: { flexGrow: 1, overflow: "auto" },
  table: { borderCollapse: "collapse", fontSize: 12, fontFamily: "inherit" },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 2, background: "#f3f2f1" },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    background: "#f3f2f1",
    border: "1px solid #e1dfdd",
    fontWeight: 400,
    color: "#605e5c",
    minWidth: 72,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    background: "#f3f2f1",
    border: "1px solid #e1dfdd",
    fontWeight: 400,
    color: "#605e5c",
    padding: "0 6px",
    textAlign: "right",
  },
  cell: {
    border: "1px solid #edebe9",
    padding: "2px 6px",
    height: 20,
    maxWidth: 240,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right" },
  tabs: { display: "flex", gap: 2, borderTop: "1px solid #e1dfdd", background: "#f3f2f1", padding: "0 8px" },
  tab: {
    border: "none",
    background: "transparent",
    padding: "6px 12px",
    cursor: "pointer",
    fontFamily: "inherit",
    selectors: { '&[aria-selected="true"]': { background: "#fff", fontWeight: 600, color: "#107c41" } },
  },
  empty: { padding: 12, color: "#605e5c" },
});

/** The preview's stand-in for Excel's grid: the active sheet's values and the sheet tabs. */
export function GridView({ workbook }: { workbook: MemoryWorkbook }) {
  const { t } = useI18n();
  const [activeSheet, setActiveSheet] = useState(workbook.activeSheetName);

  const selectSheet = (name: string) => {
    workbook.activate(name);
    setActiveSheet(name);
  };

  return (
    <div className={classes.view}>
      <div className={classes.scroller}>
        {activeSheet === null ? (
          <p className={classes.empty}>{t("preview.emptySheet")}</p>
        ) : (
          <SheetTable
            values={workbook.getValues(activeSheet)}
            label={t("preview.gridLabel", { sheet: activeSheet })}
          />
        )}
      </div>
      <div className={classes.tabs} role="tablist" aria-label={t("preview.sheetTabs")}>
        {workbook.sheetNames.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === activeSheet}
            className={classes.tab}
            onClick={() => selectSheet(name)}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}

function SheetTable({ values, label }: { values: CellValue[][]; label: string }) {
  const rowCount = Math.max(values.length, MIN_ROWS);
  const colCount = Math.max(MIN_COLS, ...values.map((row) => row.length));
  const columns = Array.from({ length: colCount }, (_, col) => col);
  return (
    <table className={classes.table} aria-label={label}>
      <thead>
        <tr>
          <th className={classes.corner} />
          {columns.map((col) => (
            <th key={col} scope="col" className={classes.columnHeader}>
              {columnName(col)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rowCount }, (_, row) => (
          <tr key={row}>
            <th scope="row" className={classes.rowHeader}>
              {row + 1}
            </th>
            {columns.map((col) => {
              const value = values[row]?.[col] ?? null;
              const text = value === null ? "" : String(value);
              return (
                <td
                  key={col}
                  className={typeof value === "number" ? `${classes.cell} ${classes.number}` : classes.cell}
                  title={text || undefined}
                >
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
