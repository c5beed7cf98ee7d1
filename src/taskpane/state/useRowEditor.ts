/**
 * The row editor's state: which indicator row the selection is on (and its table and profile), the
 * form for it (levels, name, description, value, basis) started from the row as read, the choices
 * each field offers (level 2 by level 1, units by the name), and the write, which sends only the
 * fields the user changed.
 */
import { useMemo, useState } from "react";
import { rangeContains } from "../../core/grid";
import type { IndicatorRow, Table } from "../../core/model";
import type { Profile } from "../../core/profiles/schema";
import type { Edit } from "../../core/edits";
import type { Grid } from "../../core/grid";
import {
  planRowEdit,
  readRowForEdit,
  type RowEditInput,
  type RowEditProblem,
  type RowEditResult,
  type RowValue,
} from "../../core/row-edit";
import type { PaneMessage } from "./pane-messages";
import { level2Choices, resolveProfile } from "../../core/templates/index";
import { TEMPLATE_COMPARATORS } from "../../core/templates/schema";
import { suggestUnits } from "../../core/unit-suggestions";
import type { MessageId } from "../i18n/messages";
import { tableProfileRef, useCatalogue } from "./useCatalogue";
import type { JixiaoActions, JixiaoState, PaneSelection } from "./useJixiao";

export interface RowTarget {
  table: Table;
  row: IndicatorRow;
  profile: Profile;
  /** Changes whenever the row's content does, so the form restarts from what the sheet holds. */
  key: string;
}

/** The indicator row at a cell (a selection, the cell last typed into), if there is one. */
export function rowTargetAt(
  result: JixiaoState["result"],
  settings: JixiaoState["settings"],
  at: PaneSelection | null,
): RowTarget | null {
  if (!result || !at) return null;
  const { row: r, col: c } = at.range;
  const table = result.tables.find((t) => t.sheet === at.sheet && rangeContains(t.bounds, r, c));
  const row = table?.rows.find((x) => x.row === r);
  if (!table || !row) return null;
  const profile = resolveProfile(tableProfileRef(result.report.profiles[table.id], settings));
  return { table, row, profile, key: `${table.sheet}!${row.row}|${JSON.stringify(readRowForEdit(row))}` };
}

/** The indicator row under the selection, if the selection is on one. */
export function useRowTarget(state: JixiaoState): RowTarget | null {
  const { result, selection, settings } = state;
  return useMemo(() => rowTargetAt(result, settings, selection), [result, selection, settings]);
}

/** The form as typed: the number is text until it is written. */
export interface RowForm {
  level1: string;
  level2: string;
  name: string;
  description: string;
  comparator: RowValue["comparator"];
  /** The number (as typed) of a quantity, or the text of a 定性 value. */
  value: string;
  unit: string;
  basis: string;
}

export const PROBLEM_MESSAGES: Readonly<Record<RowEditProblem, MessageId>> = {
  levelMerged: "rowEditor.problem.levelMerged",
  noColumn: "rowEditor.problem.noColumn",
  badValue: "rowEditor.problem.badValue",
  emptyText: "rowEditor.problem.emptyText",
};

function formOf(row: IndicatorRow): RowForm {
  const read = readRowForEdit(row);
  return {
    level1: read.level1,
    level2: read.level2,
    name: read.name,
    description: read.description,
    comparator: read.value.comparator,
    value: String(read.value.value),
    unit: read.value.unit,
    basis: read.basis,
  };
}

/** "１２,５００" → 12500; NaN for anything that is not one number. */
export function readNumber(text: string): number {
  const folded = text
    .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, "");
  return folded === "" ? Number.NaN : Number(folded);
}

/** Only what the user changed, so cells they did not touch are never rewritten. */
export function changedInput(initial: RowForm, form: RowForm): RowEditInput {
  const input: RowEditInput = {};
  if (form.level1 !== initial.level1) input.level1 = form.level1;
  if (form.level2 !== initial.level2) input.level2 = form.level2;
  if (form.name !== initial.name) input.name = form.name;
  if (form.description !== initial.description) input.description = form.description;
  if (form.basis !== initial.basis) input.basis = form.basis;
  if (form.comparator !== initial.comparator || form.value !== initial.value || form.unit !== initial.unit) {
    const qualitative = form.comparator === "定性";
    input.value = {
      comparator: form.comparator,
      value: qualitative ? form.value : readNumber(form.value),
      unit: qualitative ? "" : form.unit,
    };
  }
  return input;
}

export function useRowForm(target: RowTarget, state: JixiaoState, actions: JixiaoActions) {
  const catalogue = useCatalogue(state, actions);
  const [initial] = useState(() => formOf(target.row));
  const [form, setForm] = useState<RowForm>(initial);
  const { profile } = target;

  const level1Options = useMemo(
    () =>
      withCurrent(
        profile.level1.map((l1) => l1.label),
        form.level1,
      ),
    [profile, form.level1],
  );
  const level2Options = useMemo(
    () => withCurrent(level2Choices(profile, form.level1), form.level2),
    [profile, form.level1, form.level2],
  );
  const units = useMemo(() => suggestUnits(form.name, catalogue.catalogue), [form.name, catalogue]);
  const input = changedInput(initial, form);
  const dirty = Object.keys(input).length > 0;
  const numberInvalid =
    form.comparator !== "定性" && form.value.trim() !== "" && !Number.isFinite(readNumber(form.value));

  const update = (patch: Partial<RowForm>) =>
    setForm((current) => {
      const next = { ...current, ...patch };
      // A new level 1 brings its own level-2 list: keep the label only if the new list has it.
      if (patch.level1 !== undefined && patch.level1 !== current.level1) {
        const choices = level2Choices(profile, patch.level1);
        if (!choices.includes(next.level2)) next.level2 = choices[0] ?? "";
      }
      // A number is no qualitative text, nor the reverse: crossing between them starts the value afresh.
      if (
        patch.comparator !== undefined &&
        (patch.comparator === "定性") !== (current.comparator === "定性")
      ) {
        next.value = "";
        if (patch.comparator === "定性") next.unit = "";
      }
      return next;
    });

  const apply = () =>
    writeRowEdit(
      actions,
      target,
      (freshTable, freshRow, grid) => planRowEdit(freshTable, freshRow, input, { grid }),
      (edits) => ({ kind: "success", id: "rowEditor.written", data: { count: edits.length } }),
    );

  return {
    form,
    update,
    reset: () => setForm(initial),
    apply,
    dirty,
    numberInvalid,
    level1Options,
    level2Options,
    units,
    basisOptions: profile.basis.categories,
    comparators: TEMPLATE_COMPARATORS,
    /** A level cell merged over several rows cannot be changed from here (planRowEdit refuses it). */
    mergedLevels: mergedLevels(target, actions),
  };
}

/**
 * Writes an edit of the target row, planned on the sheet as read afresh (the same table and row found
 * again by their place): refused in one sentence when the row is gone, cannot be written, or nothing
 * would change.
 */
export function writeRowEdit(
  actions: JixiaoActions,
  target: RowTarget,
  plan: (table: Table, row: IndicatorRow, grid: Grid) => RowEditResult,
  success: (edits: Edit[]) => PaneMessage,
): Promise<boolean> {
  const { table, row } = target;
  return actions.applyPlan(
    "editRow",
    table.sheet,
    (fresh) => {
      const freshTable = fresh.tables.find(
        (t) => t.headerRow === table.headerRow && t.bounds.col === table.bounds.col,
      );
      const freshRow = freshTable?.rows.find((r) => r.row === row.row);
      if (!freshTable || !freshRow) return { refused: { kind: "warning", id: "rowEditor.rowGone" } };
      const planned = plan(freshTable, freshRow, fresh.grid);
      if (!planned.ok) return { refused: { kind: "warning", id: PROBLEM_MESSAGES[planned.problem] } };
      if (planned.edits.length === 0) return { refused: { kind: "info", id: "rowEditor.nothingChanged" } };
      return planned.edits;
    },
    success,
  );
}

function withCurrent(options: readonly string[], current: string): string[] {
  return current === "" || options.includes(current) ? [...options] : [current, ...options];
}

function mergedLevels(target: RowTarget, actions: JixiaoActions): { level1: boolean; level2: boolean } {
  const grid = actions.lastGrid(target.table.sheet);
  const merged = (col: number | undefined) =>
    col !== undefined &&
    (grid?.merges ?? []).some(
      (m) =>
        m.rowCount > 1 && m.col <= col && col < m.col + m.colCount && rangeContains(m, target.row.row, col),
    );
  return { level1: merged(target.table.columns.level1), level2: merged(target.table.columns.level2) };
}
