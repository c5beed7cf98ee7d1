/**
 * 指标库 in the row editor: the library's indicators like what the row's 三级指标 cell holds (what the
 * user typed there stays as typed), refined in a search box; each shows its kind, the value tables
 * give it and how many published tables it was seen in (their titles on hover), and 填入 writes its
 * name and fills the row's empty cells only.
 */
import { useMemo, useState } from "react";
import { ActionButton, SearchBox, Spinner, SpinnerSize, Text, useTheme } from "@fluentui/react";
import { usualValue } from "../../core/library/fill";
import type { LibraryEntry } from "../../core/library/schema";
import { useI18n } from "../i18n/I18nProvider";
import { chooseEntry, useLibrary, useLibrarySearch } from "../state/useLibrary";
import type { JixiaoActions, JixiaoState } from "../state/useJixiao";
import type { RowTarget } from "../state/useRowEditor";
import { panelClasses } from "./styles";

export function LibrarySuggestions({
  target,
  state,
  actions,
}: {
  target: RowTarget;
  state: JixiaoState;
  actions: JixiaoActions;
}) {
  const { t } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const index = useLibrary();
  const [query, setQuery] = useState(() => target.row.level3?.text.trim() ?? "");
  const hits = useLibrarySearch(index, query);
  const busy = state.busy !== null;
  return (
    <div role="group" aria-labelledby="library-heading" data-testid="library">
      <Text as="h3" variant="medium" id="library-heading" block style={{ fontWeight: 600 }}>
        {t("library.heading")}
      </Text>
      <SearchBox
        placeholder={t("library.search")}
        ariaLabel={t("library.search")}
        value={query}
        onChange={(_, value) => setQuery(value ?? "")}
      />
      {!index ? (
        <Spinner size={SpinnerSize.small} label={t("library.loading")} labelPosition="right" />
      ) : query.trim() !== "" && hits.length === 0 ? (
        <Text block variant="small" className={classes.subtle}>
          {t("library.none", { query: query.trim() })}
        </Text>
      ) : (
        <ul style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={t("library.heading")}>
          {hits.map(({ entry }) => (
            <Suggestion
              key={entry.id}
              entry={entry}
              disabled={busy}
              onChoose={() => void chooseEntry(target, entry, actions)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function Suggestion({
  entry,
  disabled,
  onChoose,
}: {
  entry: LibraryEntry;
  disabled: boolean;
  onChoose: () => void;
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
  const meta = [t(`library.kind.${entry.kind}`), valueText, t("library.seen", { count: items.length })]
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
      <ActionButton
        iconProps={{ iconName: "CheckMark" }}
        onClick={onChoose}
        disabled={disabled}
        ariaLabel={t("library.chooseLabel", { name: entry.name })}
        title={t("library.chooseHint")}
      >
        {t("library.choose")}
      </ActionButton>
    </li>
  );
}
