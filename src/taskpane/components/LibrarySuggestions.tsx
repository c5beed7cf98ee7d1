/**
 * 指标库 in the row editor: the library's indicators like what the row's 三级指标 cell holds (what the
 * user typed there stays as typed), refined in a search box; each shows its kind, the value tables
 * give it and how many published tables it was seen in (their titles on hover), and 填入 writes its
 * name and fills the row's empty cells only.
 */
import { useMemo, useState } from "react";
import { ActionButton, IconButton, SearchBox, Spinner, SpinnerSize, Text, useTheme } from "@fluentui/react";
import { usualValue } from "../../core/library/fill";
import { kindName } from "../../core/library/kind-texts";
import type { LibraryEntry } from "../../core/library/schema";
import { useI18n } from "../i18n/I18nProvider";
import { useCatalogue } from "../state/useCatalogue";
import { chooseEntry, useLibrary, useLibrarySearch } from "../state/useLibrary";
import type { JixiaoActions, JixiaoState } from "../state/useJixiao";
import type { RowTarget } from "../state/useRowEditor";
import { panelClasses } from "./styles";

export function LibrarySuggestions({
  target,
  state,
  actions,
  typed,
}: {
  target: RowTarget;
  state: JixiaoState;
  actions: JixiaoActions;
  /**
   * Shown in 检查 for the 三级指标 cell the user just typed into: no search box, the first three
   * matches, a heading that names the cell, and a way to put it away.
   */
  typed?: { cell: string; onDismiss: () => void };
}) {
  const { t } = useI18n();
  const index = useLibrary(useCatalogue(state, actions).ownIndicators);
  const typedText = target.row.level3?.text.trim() ?? "";
  const [query, setQuery] = useState(typedText);
  const hits = useLibrarySearch(index, typed ? typedText : query).slice(0, typed ? 3 : undefined);
  const busy = state.busy !== null;
  // What was typed is already a library indicator: nothing to offer in the 检查 card.
  if (typed && (hits.length === 0 || hits[0].entry.name === typedText)) return null;
  const choose = (entry: LibraryEntry) => {
    void chooseEntry(target, entry, actions).then((written) => written && typed?.onDismiss());
  };
  return (
    <div role="group" aria-labelledby="library-heading" data-testid={typed ? "library-typed" : "library"}>
      <div style={{ display: "flex", alignItems: "center" }}>
        <Text as="h3" variant="medium" id="library-heading" block style={{ fontWeight: 600, flex: 1 }}>
          {typed ? t("library.typedHeading", { text: typedText, cell: typed.cell }) : t("library.heading")}
        </Text>
        {typed && (
          <IconButton
            iconProps={{ iconName: "Cancel" }}
            title={t("library.dismiss")}
            ariaLabel={t("library.dismiss")}
            onClick={typed.onDismiss}
          />
        )}
      </div>
      {!typed && (
        <SearchBox
          placeholder={t("library.search")}
          ariaLabel={t("library.search")}
          value={query}
          onChange={(_, value) => setQuery(value ?? "")}
        />
      )}
      <LibraryList
        loaded={index !== null}
        entries={hits.map((hit) => hit.entry)}
        label={t("library.heading")}
        empty={!typed && query.trim() !== "" ? t("library.none", { query: query.trim() }) : null}
        disabled={busy}
        onChoose={choose}
      />
    </div>
  );
}

/**
 * Library indicators as a list: a spinner until the library is loaded, `empty` (when given) for no
 * entry, and 填入 on each when they can be chosen.
 */
export function LibraryList({
  loaded,
  entries,
  label,
  empty,
  disabled = false,
  onChoose,
}: {
  loaded: boolean;
  entries: readonly LibraryEntry[];
  label: string;
  empty: string | null;
  disabled?: boolean;
  onChoose?: (entry: LibraryEntry) => void;
}) {
  const { t } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  if (!loaded) return <Spinner size={SpinnerSize.small} label={t("library.loading")} labelPosition="right" />;
  if (entries.length === 0 && empty !== null)
    return (
      <Text block variant="small" className={classes.subtle}>
        {empty}
      </Text>
    );
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={label}>
      {entries.map((entry) => (
        <Suggestion
          key={entry.id}
          entry={entry}
          disabled={disabled}
          onChoose={onChoose && (() => onChoose(entry))}
        />
      ))}
    </ul>
  );
}

/** One library indicator: its name, kind, usual value and the tables it was seen in (titles on hover); 填入 when it can be chosen. */
export function Suggestion({
  entry,
  disabled = false,
  onChoose,
}: {
  entry: LibraryEntry;
  disabled?: boolean;
  onChoose?: () => void;
}) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const value = usualValue(entry);
  const valueText = value
    ? value.comparator === "定性"
      ? String(value.value)
      : `${value.comparator}${value.value}${value.unit}`
    : "";
  const items = [...new Set(entry.sources.map((s) => s.item))];
  const meta = [kindName(locale, entry.kind), valueText, t("library.seen", { count: items.length })]
    .filter((part) => part !== "")
    .join(" · ");
  return (
    <li
      data-library-entry={entry.name}
      style={{ display: "flex", alignItems: "center", gap: 8, padding: "4px 0" }}
      title={t("library.sources", { sources: items.join(locale === "zh-CN" ? "；" : "; ") })}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Text block style={{ fontWeight: 600 }}>
          {entry.name}
        </Text>
        <Text block variant="small" className={classes.subtle}>
          {meta}
        </Text>
      </div>
      {onChoose && (
        <ActionButton
          iconProps={{ iconName: "CheckMark" }}
          onClick={onChoose}
          disabled={disabled}
          ariaLabel={t("library.chooseLabel", { name: entry.name })}
          title={t("library.chooseHint")}
        >
          {t("library.choose")}
        </ActionButton>
      )}
    </li>
  );
}
