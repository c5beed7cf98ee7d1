/**
 * The template catalogue the pane offers: the built-in one, merged with the organisation's own when
 * the workbook has a 指标模板 sheet (read from the last check, so it costs no request), with that
 * sheet's problems; the organisation's own indicators for the library (指标模板 and 指标库). Also which
 * profile a table or a new table is written to.
 */
import { useMemo } from "react";
import type { OwnIndicators } from "../../core/library/user-library";
import type { Profile } from "../../core/profiles/schema";
import type { Settings } from "../../core/settings";
import {
  BUILTIN_CATALOGUE,
  mergeCatalogues,
  readCatalogueSheet,
  readLibrarySheet,
  USER_CATALOGUE_SHEET,
  USER_LIBRARY_SHEET,
  type Catalogue,
  type CatalogueProblem,
  type ProfileRef,
} from "../../core/templates/index";
import type { JixiaoActions, JixiaoState } from "./useJixiao";

export interface CatalogueState {
  catalogue: Catalogue;
  /** The 指标模板 sheet's problems (empty without one). */
  problems: CatalogueProblem[];
  /** How many items the workbook's own sheet supplies; null when it has none. */
  ownItems: number | null;
  /** The workbook's own catalogue alone (its 指标模板 sheet), null without one: the library takes its rows too. */
  own: Catalogue | null;
  /**
   * The organisation's own indicators for the library — its 指标模板 catalogue and its 指标库 sheet —
   * null when the workbook has neither (one object per check: the library's index is kept per object).
   */
  ownIndicators: OwnIndicators | null;
  /** How many indicators the 指标库 sheet supplies, and its problems; null without one. */
  ownLibrary: { rows: number; problems: CatalogueProblem[] } | null;
}

export function useCatalogue(state: JixiaoState, actions: JixiaoActions): CatalogueState {
  const result = state.result;
  return useMemo(() => {
    // Recomputed whenever a check has read sheets again (`result` changes): the grids are from that read.
    const grid = result ? actions.lastGrid(USER_CATALOGUE_SHEET) : null;
    const libraryGrid = result ? actions.lastGrid(USER_LIBRARY_SHEET) : null;
    const own = grid ? readCatalogueSheet(grid) : null;
    const library = libraryGrid ? readLibrarySheet(libraryGrid) : null;
    const ownIndicators =
      own || library ? { catalogue: own?.catalogue ?? null, library: library?.catalogue ?? null } : null;
    return {
      catalogue: own ? mergeCatalogues(BUILTIN_CATALOGUE, own.catalogue) : BUILTIN_CATALOGUE,
      problems: own?.problems ?? [],
      ownItems: own ? own.catalogue.templates.length : null,
      own: own?.catalogue ?? null,
      ownIndicators,
      ownLibrary: library
        ? {
            rows: library.catalogue.templates.reduce((n, t) => n + t.rows.length, 0),
            problems: library.problems,
          }
        : null,
    };
  }, [result, actions]);
}

export type ProfileChoice = "2015" | "2021" | "custom";

/** A profile choice as the planners take it; the organisation's profile when chosen and loaded. */
export function profileRef(choice: ProfileChoice, settings: Settings): ProfileRef {
  if (choice === "custom") return settings.customProfile ?? "2015";
  return choice;
}

/** The profile a checked table was read with (report.profiles), as the planners take it. */
export function tableProfileRef(id: string | undefined, settings: Settings): ProfileRef {
  if (id === "2015" || id === "2021") return id;
  const custom: Profile | null = settings.customProfile;
  return custom && custom.id === id ? custom : "2015";
}

/** The profile new tables start with: the setting, else what most checked tables use, else 2015. */
export function defaultProfileChoice(settings: Settings, profiles: Record<string, string>): ProfileChoice {
  if (settings.profile === "custom" && settings.customProfile) return "custom";
  if (settings.profile === "2015" || settings.profile === "2021") return settings.profile;
  const used = Object.values(profiles);
  const count = (id: string) => used.filter((p) => p === id).length;
  return count("2021") > count("2015") ? "2021" : "2015";
}
