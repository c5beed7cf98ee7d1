/**
 * 模板: search the catalogue by funding item or alias, preview an item's standard rows for a profile
 * and layout, insert it as a new table at the selected cell, or add the rows a table lacks.
 */
import { useMemo } from "react";
import {
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  FocusZone,
  FocusZoneDirection,
  Link,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  SearchBox,
  Text,
  TextField,
  useTheme,
  type IDropdownOption,
} from "@fluentui/react";
import type { Layout } from "../../core/model";
import { problemText, type PlacedRow, type TemplateSource } from "../../core/templates/index";
import { useI18n } from "../i18n/I18nProvider";
import { useTemplates } from "../state/useTemplates";
import { useLibrary } from "../state/useLibrary";
import type { LibraryIndex } from "../../core/library/search";
import { LibraryBrowser } from "./LibraryBrowser";
import type { ProfileChoice } from "../state/useCatalogue";
import type { PanelProps } from "../workbench/Workbench";
import { panelClasses } from "./styles";

export default function TemplatesPanel({ state, actions }: PanelProps) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const { view, act } = useTemplates(state, actions);
  // Where each template row comes from: the library's sources of the same indicator.
  const library = useLibrary(view.catalogue.ownIndicators);
  const busy = state.busy !== null;
  const item = view.item;

  const customProfile = state.settings.customProfile;
  const profileOptions = useMemo<IDropdownOption[]>(
    () => [
      { key: "2015", text: t("profile.2015") },
      { key: "2021", text: t("profile.2021") },
      ...(customProfile
        ? [
            {
              key: "custom",
              text: t("profile.customNamed", { name: customProfile.name[locale === "zh-CN" ? "zh" : "en"] }),
            },
          ]
        : []),
    ],
    [customProfile, locale, t],
  );
  const layoutOptions = useMemo(
    () => [
      { key: "combined", text: t("layout.combinedLong") },
      { key: "split", text: t("layout.splitLong") },
    ],
    [t],
  );
  const tables = state.result?.tables;
  const tableOptions = useMemo<IDropdownOption[]>(
    () =>
      (tables ?? []).map((table) => ({
        key: table.id,
        text:
          table.title?.text.trim() ||
          t("findings.untitledTable", { sheet: table.sheet, cell: table.title?.cell ?? "" }),
      })),
    [tables, t],
  );
  const selection = state.selection;
  const yearValid = /^\d{4}$/.test(view.year);

  return (
    <section className={classes.panel} aria-labelledby="templates-heading">
      <Text as="h2" variant="mediumPlus" id="templates-heading" className={classes.heading}>
        {t("templates.heading")}
      </Text>
      {view.catalogue.ownItems !== null && (
        <Text block className={classes.subtle}>
          {t("templates.ownCatalogue", { count: view.catalogue.ownItems })}
        </Text>
      )}
      {view.catalogue.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {t("templates.catalogueProblems", { count: view.catalogue.problems.length })}
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {view.catalogue.problems.map((problem, i) => (
              <li key={i}>
                {problem.row !== undefined
                  ? t("templates.problemAtRow", { row: problem.row, text: problemText(problem, locale) })
                  : problemText(problem, locale)}
              </li>
            ))}
          </ul>
        </MessageBar>
      )}
      <SearchBox
        placeholder={t("templates.search")}
        ariaLabel={t("templates.search")}
        value={view.query}
        onChange={(_, value) => act.setQuery(value ?? "")}
      />
      <Text block variant="small" className={classes.subtle} aria-live="polite">
        {t("templates.matches", { count: view.matches.length })}
      </Text>
      <FocusZone direction={FocusZoneDirection.vertical}>
        <ul
          aria-label={t("templates.listLabel")}
          style={{ listStyle: "none", margin: 0, padding: 0, maxHeight: 180, overflowY: "auto" }}
        >
          {view.matches.map((template) => {
            const chosen = template.id === item?.id;
            return (
              <li key={template.id}>
                <button
                  type="button"
                  className={`${classes.plainButton} ${chosen ? classes.current : ""}`}
                  aria-pressed={chosen}
                  onClick={() => act.choose(template.id)}
                >
                  <strong>{template.name}</strong>
                  {template.aliases.length > 0 && (
                    <span className={classes.subtle}>
                      {" "}
                      {t("templates.aliases", { aliases: template.aliases.join("、") })}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      </FocusZone>
      {item && (
        <>
          <div className={classes.row}>
            <Dropdown
              label={t("templates.profile")}
              options={profileOptions}
              selectedKey={view.profile}
              onChange={(_, option) => option && act.setProfile(option.key as ProfileChoice)}
              styles={{ root: { minWidth: 150, flexGrow: 1 } }}
            />
            <TextField
              label={t("templates.year")}
              value={view.year}
              onChange={(_, value) => act.setYear(value ?? "")}
              errorMessage={yearValid ? undefined : t("templates.badYear")}
              styles={{ root: { width: 90 } }}
              inputMode="numeric"
            />
          </div>
          <ChoiceGroup
            label={t("templates.layout")}
            selectedKey={view.layout}
            options={layoutOptions}
            onChange={(_, option) => option && act.setLayout(option.key as Layout)}
          />
          <Preview
            rows={view.preview}
            library={library}
            layout={view.layout}
            caption={t("templates.preview", { item: item.name, count: view.preview.length })}
            classes={classes}
          />
          <ItemSources
            sources={item.sources}
            own={view.catalogue.own?.templates.some((own) => own.name === item.name) ?? false}
            classes={classes}
          />
          <Text as="h3" variant="medium" className={classes.heading}>
            {t("templates.insertHeading")}
          </Text>
          {/* Where the rows go is promised only where they can go: beside a refusal it would mislead. */}
          {!view.blockedBy && !view.splitBlock && (
            <Text block variant="small" className={classes.subtle}>
              {selection
                ? t("templates.insertWhere", {
                    cell: `${selection.sheet}!${selection.address}`,
                    rows: view.preview.length + 3,
                  })
                : t("templates.noSelection")}
            </Text>
          )}
          {view.splitBlock && (
            <Text block variant="small" role="note">
              {t("templates.wouldSplitBlock", { range: view.splitBlock })}
            </Text>
          )}
          {view.blockedBy && (
            <Text block variant="small" role="note">
              {t("templates.wouldSplit", {
                table: view.blockedBy.title?.text.trim() ?? view.blockedBy.sheet,
              })}
            </Text>
          )}
          <PrimaryButton
            text={t("templates.insert")}
            disabled={busy || !selection || !yearValid || view.blockedBy !== null || view.splitBlock !== null}
            onClick={() => void act.insertTable()}
          />
          <Text as="h3" variant="medium" className={classes.heading}>
            {t("templates.addHeading")}
          </Text>
          {tableOptions.length === 0 ? (
            <Text block variant="small" className={classes.subtle}>
              {t("findings.noTables")}
            </Text>
          ) : (
            <>
              <Dropdown
                label={t("templates.targetTable")}
                options={tableOptions}
                selectedKey={view.target?.id ?? null}
                placeholder={t("templates.chooseTable")}
                onChange={(_, option) => option && act.setTarget(String(option.key))}
              />
              {view.target && (
                <Text block variant="small">
                  {view.missing.length === 0
                    ? t("templates.noneMissing", { item: item.name })
                    : t("templates.missing", {
                        count: view.missing.length,
                        names: view.missing.map((r) => r.name).join("、"),
                      })}
                </Text>
              )}
              <DefaultButton
                text={t("templates.addMissing")}
                disabled={busy || !view.target || view.missing.length === 0}
                onClick={() => void act.addMissingRows()}
              />
            </>
          )}
        </>
      )}
      <LibraryBrowser state={state} actions={actions} />
    </section>
  );
}

/** Where the item's rows come from: the published tables (linked), or a note that nothing published stands behind them. */
function ItemSources({
  sources,
  own,
  classes,
}: {
  sources: readonly TemplateSource[];
  own: boolean;
  classes: ReturnType<typeof panelClasses>;
}) {
  const { t } = useI18n();
  if (sources.length === 0)
    return (
      <Text block variant="small" className={classes.subtle} data-testid="template-sources">
        {t(own ? "templates.sourcesOwn" : "templates.sourcesNone")}
      </Text>
    );
  return (
    <div data-testid="template-sources">
      <Text block variant="small" className={classes.subtle}>
        {t("templates.sourcesHeading")}
      </Text>
      <ul className={classes.sourceList}>
        {sources.map((source) => (
          <li key={source.id}>
            <Text variant="small">
              {source.url ? (
                <Link href={source.url} target="_blank" rel="noreferrer">
                  {source.title}
                </Link>
              ) : (
                source.title
              )}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Preview({
  rows,
  library,
  layout,
  caption,
  classes,
}: {
  rows: PlacedRow[];
  library: LibraryIndex | null;
  layout: Layout;
  caption: string;
  classes: ReturnType<typeof panelClasses>;
}) {
  const { t, locale } = useI18n();
  const split = layout === "split";
  const seenAs = (name: string): string | undefined => {
    const entry = library?.byName(name);
    if (!entry) return undefined;
    const items = [...new Set(entry.sources.map((s) => s.item))];
    return t("library.seenAs", {
      count: items.length,
      sources: items.join(locale === "zh-CN" ? "；" : "; "),
    });
  };
  return (
    <div style={{ overflowX: "auto", maxHeight: 260, overflowY: "auto" }} tabIndex={0} aria-label={caption}>
      <table className={classes.table} data-testid="template-preview">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("column.level1")}</th>
            <th scope="col">{t("column.level2")}</th>
            <th scope="col">{t("column.level3")}</th>
            {split && <th scope="col">{t("column.comparator")}</th>}
            <th scope="col">{t("column.value")}</th>
            {split && <th scope="col">{t("column.unit")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const previous = rows[i - 1];
            const newLevel1 = !previous || previous.level1 !== row.level1;
            const newLevel2 = newLevel1 || previous.level2 !== row.level2;
            const qualitative = row.comparator === "定性";
            const seen = seenAs(row.name);
            return (
              <tr key={`${row.source}:${row.name}`}>
                <td>{newLevel1 ? row.level1 : ""}</td>
                <td>{newLevel2 ? row.level2 : ""}</td>
                <td title={seen}>{row.name}</td>
                {split ? (
                  <>
                    <td>{row.comparator}</td>
                    <td>{String(row.value)}</td>
                    <td>{qualitative ? "" : row.unit}</td>
                  </>
                ) : (
                  <td>{qualitative ? String(row.value) : `${row.comparator}${row.value}${row.unit}`}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
