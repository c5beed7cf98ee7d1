/**
 * 模板 › 指标库: the whole library by spending type (sector) and by text, for someone choosing what to
 * measure for a kind of spending; each indicator with the tables it was seen in.
 */
import { useMemo, useState } from "react";
import { Dropdown, SearchBox, Text, useTheme, type IDropdownOption } from "@fluentui/react";
import type { Sector } from "../../core/library/schema";
import { SECTOR_TEXTS } from "../../core/library/sector-texts";
import { problemText } from "../../core/templates/index";
import { useI18n } from "../i18n/I18nProvider";
import { useCatalogue } from "../state/useCatalogue";
import { useLibrary } from "../state/useLibrary";
import type { JixiaoActions, JixiaoState } from "../state/useJixiao";
import { LibraryList } from "./LibrarySuggestions";
import { panelClasses } from "./styles";

const ALL = "*";
/** Shown at once: the pane is narrow; a search narrows further. */
const SHOWN = 12;

export function LibraryBrowser({ state, actions }: { state: JixiaoState; actions: JixiaoActions }) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const catalogue = useCatalogue(state, actions);
  const index = useLibrary(catalogue.ownIndicators);
  const ownLibrary = catalogue.ownLibrary;
  const [sector, setSector] = useState<Sector | null>(null);
  const [query, setQuery] = useState("");
  const sectorOptions = useMemo<IDropdownOption[]>(
    () => [
      { key: ALL, text: t("library.allSectors") },
      ...SECTOR_TEXTS.ids.map((id) => ({ key: id, text: SECTOR_TEXTS.text(locale, id) })),
    ],
    [locale, t],
  );
  const shown = useMemo(() => {
    if (!index) return [];
    const inSector = (sectors: readonly Sector[]) => sector === null || sectors.includes(sector);
    const hits =
      query.trim() === ""
        ? index.all().map((entry) => ({ entry }))
        : index.search(query, Number.MAX_SAFE_INTEGER);
    return hits.filter((hit) => inSector(hit.entry.sectors)).slice(0, SHOWN);
  }, [index, query, sector]);
  return (
    <section aria-labelledby="library-browser-heading" data-testid="library-browser">
      <Text as="h3" variant="medium" id="library-browser-heading" className={classes.heading}>
        {t("library.browserHeading")}
      </Text>
      {ownLibrary && (
        <Text block variant="small" className={classes.subtle} data-testid="own-library">
          {t("library.ownSheet", { count: ownLibrary.rows })}
          {ownLibrary.problems.length > 0 &&
            " " +
              t("library.ownSheetProblems", {
                count: ownLibrary.problems.length,
                row: ownLibrary.problems[0].row ?? "",
                first: problemText(ownLibrary.problems[0], locale),
              })}
        </Text>
      )}
      <Dropdown
        label={t("library.sector")}
        options={sectorOptions}
        selectedKey={sector ?? ALL}
        onChange={(_, option) => setSector(!option || option.key === ALL ? null : (option.key as Sector))}
      />
      <SearchBox
        placeholder={t("library.search")}
        ariaLabel={t("library.search")}
        value={query}
        onChange={(_, value) => setQuery(value ?? "")}
      />
      <LibraryList
        loaded={index !== null}
        entries={shown.map((hit) => hit.entry)}
        label={t("library.browserHeading")}
        empty={t("library.noneInSector")}
      />
    </section>
  );
}
