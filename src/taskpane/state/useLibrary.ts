/**
 * The indicator library in the pane: loaded on first use, after Office has answered (the row editor
 * that asks for it is only shown then), from a chunk of its own, so the pane's first load does not
 * carry it; then searched as the user types, and chosen for a row.
 */
import { useEffect, useMemo, useState } from "react";
import { planLibraryFill } from "../../core/library/fill";
import type { LibraryEntry } from "../../core/library/schema";
import type { LibraryHit, LibraryIndex } from "../../core/library/search";
import { libraryWithOwn, type OwnIndicators } from "../../core/library/user-library";
import type { JixiaoActions } from "./useJixiao";
import { writeRowEdit, type RowTarget } from "./useRowEditor";

interface LibraryModules {
  entries: readonly LibraryEntry[];
  Index: typeof LibraryIndex;
}

let loading: Promise<LibraryModules> | null = null;

export function loadLibrary(): Promise<LibraryModules> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "library" */ "../../core/library/library-data"),
    import(/* webpackChunkName: "library" */ "../../core/library/search"),
  ]).then(([data, search]) => ({ entries: data.LIBRARY_ENTRIES, Index: search.LibraryIndex }));
  return loading;
}

/**
 * The library once loaded (null meanwhile, or when it could not be loaded), with the organisation's
 * own indicators — the rows of the workbook's 指标模板 and 指标库 sheets — when it has them.
 */
export function useLibrary(own: OwnIndicators | null = null): LibraryIndex | null {
  const [modules, setModules] = useState<LibraryModules | null>(null);
  useEffect(() => {
    let live = true;
    loadLibrary().then(
      (loaded) => live && setModules(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => (modules ? indexFor(modules, own) : null), [modules, own]);
}

let builtinIndex: LibraryIndex | null = null;
const ownIndexes = new WeakMap<OwnIndicators, LibraryIndex>();

/**
 * One index per set of own indicators, shared by every part of the pane that searches (the row
 * editor, the 检查 card, the 模板 tab): building one is a pass over every entry.
 */
function indexFor(modules: LibraryModules, own: OwnIndicators | null): LibraryIndex {
  if (!own) return (builtinIndex ??= new modules.Index(modules.entries));
  let index = ownIndexes.get(own);
  if (!index) {
    index = new modules.Index(libraryWithOwn(modules.entries, own));
    ownIndexes.set(own, index);
  }
  return index;
}

/** At most this many suggestions: the pane is narrow. */
export const SUGGESTIONS = 8;

export function useLibrarySearch(index: LibraryIndex | null, query: string): LibraryHit[] {
  return useMemo(() => (index ? index.search(query, SUGGESTIONS) : []), [index, query]);
}

/** Writes the chosen entry into the row: its name and the row's empty cells (core/library/fill.ts). */
export function chooseEntry(
  target: RowTarget,
  entry: LibraryEntry,
  actions: JixiaoActions,
): Promise<boolean> {
  return writeRowEdit(
    actions,
    target,
    (table, row, grid) => planLibraryFill(table, row, entry, target.profile, grid),
    () => ({ kind: "success", id: "library.filled", data: { name: entry.name } }),
  );
}
