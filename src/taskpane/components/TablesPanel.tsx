/**
 * 表格: every table the last check found — sheet, title, funding item, profile, layout, rows and
 * findings — and a button to jump to it. The table holding the selected cell is marked.
 */
import { useMemo } from "react";
import { DefaultButton, FocusZone, FocusZoneDirection, Text, useTheme } from "@fluentui/react";
import { rangeContains } from "../../core/grid";
import type { Table } from "../../core/model";
import { useI18n } from "../i18n/I18nProvider";
import { emptyCounts, type SeverityCounts } from "../state/findings";
import type { PanelProps } from "../workbench/Workbench";
import { panelClasses } from "./styles";

/** Where a jump lands: the title, else the header's first cell. */
export function tableAnchor(table: Table): string {
  return table.title?.cell ?? table.header.level1?.cell ?? Object.values(table.header)[0]?.cell ?? "A1";
}

export function TablesPanel({ state, actions }: PanelProps) {
  const { t } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const result = state.result;
  const counts = useMemo(() => {
    const byTable = new Map<string, SeverityCounts>();
    for (const d of result?.report.diagnostics ?? []) {
      if (!d.tableId) continue;
      const c = byTable.get(d.tableId) ?? emptyCounts();
      c[d.severity]++;
      byTable.set(d.tableId, c);
    }
    return byTable;
  }, [result]);
  const selection = state.selection;

  return (
    <section className={classes.panel} aria-labelledby="tables-heading">
      <Text as="h2" variant="mediumPlus" id="tables-heading" className={classes.heading}>
        {t("tables.heading")}
      </Text>
      {!result && <Text className={classes.subtle}>{t("issues.empty")}</Text>}
      {result && result.tables.length === 0 && (
        <Text className={classes.subtle}>{t("findings.noTables")}</Text>
      )}
      {result && result.tables.length > 0 && (
        <Text block className={classes.subtle}>
          {t("tables.count", { count: result.tables.length })}
        </Text>
      )}
      <FocusZone direction={FocusZoneDirection.vertical}>
        <ul
          style={{
            listStyle: "none",
            margin: 0,
            padding: 0,
            display: "flex",
            flexDirection: "column",
            gap: 6,
          }}
          aria-labelledby="tables-heading"
        >
          {result?.tables.map((table) => {
            const name =
              table.title?.text.trim() ||
              t("findings.untitledTable", { sheet: table.sheet, cell: tableAnchor(table) });
            const here =
              selection !== null &&
              selection.sheet === table.sheet &&
              rangeContains(table.bounds, selection.range.row, selection.range.col);
            const c = counts.get(table.id) ?? emptyCounts();
            const profile = result.report.profiles[table.id] ?? "";
            return (
              <li
                key={table.id}
                className={`${classes.card} ${here ? classes.current : ""}`}
                aria-current={here || undefined}
                data-table={table.id}
              >
                <Text block style={{ fontWeight: 600 }}>
                  {name}
                </Text>
                <Text block variant="small">
                  {t("tables.details", {
                    sheet: table.sheet,
                    item: table.fundingItem ?? t("tables.noItem"),
                    profile: profile === "2015" || profile === "2021" ? t(`profile.${profile}`) : profile,
                    layout: t(`layout.${table.layout}`),
                    rows: table.rows.length,
                  })}
                </Text>
                <Text block variant="small" className={classes.subtle}>
                  {t("tables.findings", { errors: c.error, warnings: c.warning, infos: c.info })}
                </Text>
                <DefaultButton
                  text={t("tables.goTo")}
                  ariaLabel={t("tables.goToAria", { table: name })}
                  onClick={() => void actions.select(table.sheet, tableAnchor(table))}
                  styles={{ root: { marginTop: 4, height: 28 } }}
                />
              </li>
            );
          })}
        </ul>
      </FocusZone>
    </section>
  );
}
