/**
 * The preview's stand-in for Excel's window: the active sheet as a grid (SheetGrid.tsx) and the sheet
 * tabs. It reads the office.js fake's WorkbookModel, re-rendering when the model says it changed, and
 * acts only through the fake's simulated user, so the pane hears of it as it would in Excel.
 */
import { useEffect, useState } from "react";
import { getTheme, mergeStyleSets } from "@fluentui/react";
import type { FakeExcel } from "./office/fake-excel";
import type { WorkbookModel } from "../workbook/workbook-model";
import { usePreviewText } from "./preview-messages";
import { SheetGrid, type GridNotice } from "./SheetGrid";

const classes = mergeStyleSets({
  view: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minWidth: 0,
    background: "#fff",
    fontFamily: getTheme().fonts.medium.fontFamily,
  },
  tabs: {
    display: "flex",
    flexShrink: 0,
    gap: 2,
    overflowX: "auto",
    borderTop: "1px solid #c8c6c4",
    background: "#f3f2f1",
    padding: "0 8px",
  },
  tab: {
    flexShrink: 0,
    border: "none",
    borderBottom: "2px solid transparent",
    background: "transparent",
    padding: "5px 14px",
    fontSize: 12,
    color: "#323130",
    cursor: "pointer",
    fontFamily: "inherit",
    selectors: {
      ":hover": { background: "#edebe9" },
      ":focus-visible": { outline: "2px solid #0078d4", outlineOffset: -2 },
      '&[aria-selected="true"]': {
        background: "#fff",
        fontWeight: 600,
        color: "#107c41",
        borderBottomColor: "#107c41",
      },
    },
  },
  empty: { padding: 12, color: "#605e5c", flexGrow: 1 },
});

/** A number that changes whenever the workbook does (the model changes in place). */
export function useModelVersion(model: WorkbookModel): number {
  const [version, setVersion] = useState(0);
  useEffect(() => model.subscribe(() => setVersion((v) => v + 1)), [model]);
  return version;
}

export function GridView({ fake, onNotice }: { fake: FakeExcel; onNotice: (notice: GridNotice) => void }) {
  const { t } = usePreviewText();
  const model = fake.model;
  const version = useModelVersion(model);
  const visible = model.sheets.filter((sheet) => sheet.visibility === "Visible");
  const active = model.activeSheet() ?? visible[0];

  return (
    <div className={classes.view}>
      {active ? (
        <SheetGrid key={active.id} fake={fake} sheet={active} version={version} onNotice={onNotice} />
      ) : (
        <p className={classes.empty}>{t("grid.noSheet")}</p>
      )}
      <div className={classes.tabs} role="tablist" aria-label={t("grid.sheetTabs")}>
        {visible.map((sheet) => (
          <button
            key={sheet.id}
            type="button"
            role="tab"
            aria-selected={sheet === active}
            className={classes.tab}
            onClick={() => {
              if (sheet !== model.activeSheet()) fake.user.activate(sheet.name);
            }}
          >
            {sheet.name}
          </button>
        ))}
      </div>
    </div>
  );
}
