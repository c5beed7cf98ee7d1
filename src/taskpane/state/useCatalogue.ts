/**
 * The template catalogue the pane offers: the built-in one, merged with the organisation's own when
 * the workbook has a 指标模板 sheet (read from the last check, so it costs no request), with that
 * sheet's problems. Also which profile a table or a new table is written to.
 */
import { useMemo } from "react";
import type { Profile } from "../../core/profiles/schema";
import type { Settings } from "../../core/settings";
import {
  BUILTIN_CATALOGUE,
  mergeCatalogues,
  readCatalogueSheet,
  USER_CATALOGUE_SHEET,
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
}

export function useCatalogue(state: JixiaoState, actions: JixiaoActions): CatalogueState {
  const result = state.result;
  return useMemo(() => {
    // Recomputed whenever a check has read sheets again (`result` changes): the grid is from that read.
    const grid = result ? actions.lastGrid(USER_CATALOGUE_SHEET) : null;
    if (!grid) return { catalogue: BUILTIN_CATALOGUE, problems: [], ownItems: null, own: null };
    const own = readCatalogueSheet(grid);
    return {
      catalogue: mergeCatalogues(BUILTIN_CATALOGUE, own.catalogue),
      problems: own.problems,
      ownItems: own.catalogue.templates.length,
      own: own.catalogue,
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
