/**
 * The templates panel's state: the search over the catalogue (name, alias, id), the chosen item,
 * profile, layout and year, the preview rows, and the two writes — a new table at the selection
 * (rows inserted, nothing overwritten) and the missing standard rows of a table.
 */
import { useMemo, useState } from "react";
import { rangeContains, toA1, type CellRange } from "../../core/grid";
import type { Layout, Table } from "../../core/model";
import {
  findTemplate,
  missingRows,
  nameKey,
  newTableHeight,
  insertionSplit,
  InsertionRefused,
  nextTableNumber,
  planAddMissingRows,
  planNewTable,
  templateRows,
  type PlacedRow,
  type Template,
} from "../../core/templates/index";
import type { Edit } from "../../core/edits";
import {
  defaultProfileChoice,
  profileRef,
  tableProfileRef,
  useCatalogue,
  type CatalogueState,
  type ProfileChoice,
} from "./useCatalogue";
import type { JixiaoActions, JixiaoState } from "./useJixiao";
import type { PaneMessage } from "./pane-messages";

export interface TemplatesState {
  catalogue: CatalogueState;
  query: string;
  matches: Template[];
  item: Template | null;
  profile: ProfileChoice;
  layout: Layout;
  year: string;
  /** The item's rows for the chosen profile, as a new table would have them. */
  preview: PlacedRow[];
  /** The table the missing rows go into: the one holding the selection, or the one chosen. */
  target: Table | null;
  /** Rows of the item the target table lacks. */
  missing: PlacedRow[];
  /** Why a new table cannot go where the cursor is (it would split a table); null when it can. */
  blockedBy: Table | null;
  /** A block of the user's cells (or a merged area) rows inserted at the selection would split, as "E1:F3". */
  splitBlock: string | null;
}

export interface TemplatesActions {
  setQuery(query: string): void;
  choose(id: string): void;
  setProfile(profile: ProfileChoice): void;
  setLayout(layout: Layout): void;
  setYear(year: string): void;
  setTarget(tableId: string): void;
  insertTable(): Promise<boolean>;
  addMissingRows(): Promise<boolean>;
}

/** Items whose name, an alias or the id contain the query (normalised as names are compared). */
export function searchCatalogue(templates: readonly Template[], query: string): Template[] {
  const key = nameKey(query).toLowerCase();
  if (key === "") return [...templates];
  return templates.filter((t) =>
    [t.id, t.name, ...t.aliases].some((name) => nameKey(name).toLowerCase().includes(key)),
  );
}

/** A table whose rows a whole-row insert at this row would split (the title row itself is fine). */
export function tableSplitAt(tables: readonly Table[], sheet: string, row: number): Table | null {
  return (
    tables.find((t) => t.sheet === sheet && row > t.bounds.row && row < t.bounds.row + t.bounds.rowCount) ??
    null
  );
}

/** "E1:F3" */
function rangeText(range: CellRange): string {
  return `${toA1(range.row, range.col)}:${toA1(range.row + range.rowCount - 1, range.col + range.colCount - 1)}`;
}

const insertedRows = (edits: readonly Edit[]) =>
  edits.reduce((n, e) => n + (e.kind === "insertRows" ? e.count : 0), 0);

export function useTemplates(
  state: JixiaoState,
  actions: JixiaoActions,
): { view: TemplatesState; act: TemplatesActions } {
  const catalogue = useCatalogue(state, actions);
  const result = state.result;
  const settings = state.settings;
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const [profileChoice, setProfile] = useState<ProfileChoice | null>(null);
  const [layout, setLayout] = useState<Layout>("combined");
  const [yearText, setYear] = useState<string | null>(null);
  const [targetId, setTarget] = useState<string | null>(null);
  const [refusedBlock, setRefusedBlock] = useState<{ sheet: string; row: number; range: string } | null>(
    null,
  );

  const matches = useMemo(() => searchCatalogue(catalogue.catalogue.templates, query), [catalogue, query]);
  const tables = useMemo(() => result?.tables ?? [], [result]);
  const selection = state.selection;
  const selectedTable = useMemo(
    () =>
      selection
        ? (tables.find(
            (t) =>
              t.sheet === selection.sheet &&
              rangeContains(t.bounds, selection.range.row, selection.range.col),
          ) ?? null)
        : null,
    [tables, selection],
  );
  const target = tables.find((t) => t.id === targetId) ?? selectedTable ?? null;
  // The item: the one chosen, else the one the target table is for, else the first match.
  const item =
    (chosen ? (catalogue.catalogue.templates.find((t) => t.id === chosen) ?? null) : null) ??
    (target?.fundingItem ? findTemplate(catalogue.catalogue, target.fundingItem) : null) ??
    matches[0] ??
    null;
  const profile = profileChoice ?? defaultProfileChoice(settings, result?.report.profiles ?? {});
  const ref = profileRef(profile, settings);
  const year = yearText ?? String(commonYear(tables) ?? new Date().getFullYear());
  const preview = useMemo(() => (item ? templateRows(item, ref) : []), [item, ref]);
  const targetProfile = target ? tableProfileRef(result?.report.profiles[target.id], settings) : ref;
  const missing = useMemo(
    () => (item && target ? missingRows(target, item, { profile: targetProfile }) : []),
    [item, target, targetProfile],
  );
  const blockedBy = selection ? tableSplitAt(tables, selection.sheet, selection.range.row) : null;
  // What the insert would split: from the sheet as last read where the check kept it, else from a
  // refusal at this very place (the insert reads the sheet afresh and checks again either way).
  const lastGrid = selection && !blockedBy ? actions.lastGrid(selection.sheet) : null;
  const block = lastGrid && selection ? insertionSplit(lastGrid, selection.range.row) : null;
  const refusedHere =
    refusedBlock &&
    selection &&
    refusedBlock.sheet === selection.sheet &&
    refusedBlock.row === selection.range.row
      ? refusedBlock.range
      : null;
  const splitBlock = block ? rangeText(block) : refusedHere;

  const view: TemplatesState = {
    catalogue,
    query,
    matches,
    item,
    profile,
    layout,
    year,
    preview,
    target,
    missing,
    blockedBy,
    splitBlock,
  };

  const act: TemplatesActions = {
    setQuery,
    choose: setChosen,
    setProfile,
    setLayout,
    setYear,
    setTarget,
    insertTable: async () => {
      if (!item) return false;
      const yearNumber = Number(year);
      if (!Number.isInteger(yearNumber) || yearNumber < 1900 || yearNumber > 2200) return false;
      return actions.applyPlan(
        "insertTable",
        null,
        (fresh, at) => {
          const split = tableSplitAt(fresh.tables, fresh.sheet, at.row);
          if (split) {
            return {
              refused: {
                kind: "warning",
                id: "templates.wouldSplit",
                data: { table: split.title?.text.trim() || toA1(split.headerRow, split.bounds.col) },
              },
            };
          }
          // The user's own block of cells, or a merged area, anywhere along the inserted rows.
          const block = insertionSplit(fresh.grid, at.row);
          if (block) {
            setRefusedBlock({ sheet: fresh.sheet, row: at.row, range: rangeText(block) });
            const refused: PaneMessage = {
              kind: "warning",
              id: "templates.wouldSplitBlock",
              data: { range: rangeText(block) },
            };
            return { refused };
          }
          return planNewTable(item, {
            profile: ref,
            layout,
            anchor: { sheet: fresh.sheet, row: at.row, col: at.col },
            year: yearNumber,
            number: nextTableNumber(fresh.tables.filter((t) => t.sheet === fresh.sheet)),
            insertRows: true,
            dropdowns: settings.dropdowns !== "off",
          });
        },
        (edits) => ({
          kind: "success",
          id: "templates.inserted",
          data: { item: item.name, rows: newTableHeight(item, ref) - 3, inserted: insertedRows(edits) },
        }),
      );
    },
    addMissingRows: async () => {
      if (!item || !target) return false;
      const headerRow = target.headerRow;
      const id = target.id;
      return actions.applyPlan(
        "addRows",
        target.sheet,
        (fresh) => {
          const table =
            fresh.tables.find((t) => t.id === id && t.headerRow === headerRow) ??
            fresh.tables.find((t) => t.headerRow === headerRow);
          if (!table) return { refused: { kind: "warning", id: "templates.tableGone" } };
          let edits: Edit[];
          try {
            edits = planAddMissingRows(table, item, {
              profile: targetProfile,
              grid: fresh.grid,
              dropdowns: settings.dropdowns !== "off",
            });
          } catch (error) {
            // Rows would cut a merged area reaching into the table from beside it: say where.
            if (!(error instanceof InsertionRefused)) throw error;
            const refused: PaneMessage = {
              kind: "warning",
              id: "templates.wouldSplitBlock",
              data: { range: rangeText(error.range) },
            };
            return { refused };
          }
          if (edits.length === 0)
            return { refused: { kind: "info", id: "templates.nothingMissing", data: { item: item.name } } };
          return edits;
        },
        (edits) => ({
          kind: "success",
          id: "templates.rowsAdded",
          data: { count: insertedRows(edits), item: item.name },
        }),
      );
    },
  };
  return { view, act };
}

/** The year most tables are for, so a new table matches the workbook. */
function commonYear(tables: readonly Table[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}
