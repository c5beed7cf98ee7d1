/**
 * 行编辑: the indicator row under the selection as a form — level 1 and the level-2 list it allows,
 * the name, the comparator with number and unit (units suggested by the name), the basis (a list of
 * categories, free text allowed) — written back to the row's cells in its table's layout.
 */
import { useMemo } from "react";
import {
  ComboBox,
  DefaultButton,
  Dropdown,
  PrimaryButton,
  Text,
  TextField,
  useTheme,
  type IComboBoxOption,
  type IDropdownOption,
} from "@fluentui/react";
import { KNOWN_UNITS } from "../../core/units";
import { useI18n } from "../i18n/I18nProvider";
import { useRowForm, useRowTarget, type RowTarget } from "../state/useRowEditor";
import type { JixiaoActions, JixiaoState } from "../state/useJixiao";
import type { PanelProps } from "../workbench/Workbench";
import { LibrarySuggestions } from "./LibrarySuggestions";
import { panelClasses } from "./styles";

export default function RowEditorPanel({ state, actions }: PanelProps) {
  const { t } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const target = useRowTarget(state);
  return (
    <section className={classes.panel} aria-labelledby="row-editor-heading">
      <Text as="h2" variant="mediumPlus" id="row-editor-heading" className={classes.heading}>
        {t("rowEditor.heading")}
      </Text>
      {target ? (
        <>
          {target.table.columns.level3 !== undefined && (
            <LibrarySuggestions
              key={`library:${target.key}`}
              target={target}
              state={state}
              actions={actions}
            />
          )}
          <RowForm key={target.key} target={target} state={state} actions={actions} />
        </>
      ) : (
        <Text block className={classes.subtle}>
          {state.selection
            ? t("rowEditor.notARow", { cell: `${state.selection.sheet}!${state.selection.address}` })
            : t("rowEditor.noSelection")}
        </Text>
      )}
    </section>
  );
}

function RowForm({
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
  const editor = useRowForm(target, state, actions);
  const { form, update } = editor;
  const busy = state.busy !== null;
  const qualitative = form.comparator === "定性";
  const { table, row } = target;
  const columns = table.columns;
  const tableName = table.title?.text.trim() || table.sheet;

  const unitOptions = useMemo<IComboBoxOption[]>(() => {
    const seen = new Set<string>();
    const options: IComboBoxOption[] = [];
    for (const unit of [...editor.units, ...KNOWN_UNITS]) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      options.push({ key: unit, text: unit });
    }
    return options;
  }, [editor.units]);
  const level1Options = useMemo<IDropdownOption[]>(
    () => editor.level1Options.map((label) => ({ key: label, text: label })),
    [editor.level1Options],
  );
  const level2Options = useMemo<IDropdownOption[]>(
    () => editor.level2Options.map((label) => ({ key: label, text: label })),
    [editor.level2Options],
  );
  const comparatorOptions = useMemo<IDropdownOption[]>(
    () => editor.comparators.map((c) => ({ key: c, text: c === "定性" ? t("rowEditor.qualitative") : c })),
    [editor.comparators, t],
  );
  const basisOptions = useMemo<IComboBoxOption[]>(
    () => editor.basisOptions.map((category) => ({ key: category, text: category })),
    [editor.basisOptions],
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void editor.apply();
      }}
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
      aria-describedby="row-editor-where"
    >
      <Text block variant="small" id="row-editor-where" className={classes.subtle}>
        {t("rowEditor.where", {
          table: tableName,
          sheet: table.sheet,
          row: row.row + 1,
          layout: t(`layout.${table.layout}`),
        })}
      </Text>
      {columns.level1 !== undefined && (
        <Dropdown
          label={t("column.level1")}
          options={level1Options}
          selectedKey={form.level1 || null}
          onChange={(_, option) => option && update({ level1: String(option.key) })}
          disabled={editor.mergedLevels.level1}
        />
      )}
      {editor.mergedLevels.level1 && (
        <Text block variant="small" className={classes.subtle}>
          {t("rowEditor.levelMergedHint")}
        </Text>
      )}
      {columns.level2 !== undefined && (
        <Dropdown
          label={t("column.level2")}
          options={level2Options}
          selectedKey={form.level2 || null}
          onChange={(_, option) => option && update({ level2: String(option.key) })}
          disabled={editor.mergedLevels.level2}
        />
      )}
      {columns.level3 !== undefined && (
        <TextField
          label={t("column.level3")}
          value={form.name}
          onChange={(_, value) => update({ name: value ?? "" })}
        />
      )}
      {columns.description !== undefined && (
        <TextField
          label={t("column.description")}
          value={form.description}
          multiline
          autoAdjustHeight
          onChange={(_, value) => update({ description: value ?? "" })}
        />
      )}
      <div className={classes.row} role="group" aria-label={t("column.value")}>
        <Dropdown
          label={t("column.comparator")}
          options={comparatorOptions}
          selectedKey={form.comparator}
          onChange={(_, option) => option && update({ comparator: option.key as typeof form.comparator })}
          styles={{ root: { width: 96 } }}
        />
        {qualitative ? (
          <TextField
            label={t("rowEditor.valueText")}
            value={form.value}
            onChange={(_, value) => update({ value: value ?? "" })}
            styles={{ root: { flexGrow: 1 } }}
          />
        ) : (
          <>
            <TextField
              label={t("rowEditor.number")}
              value={form.value}
              inputMode="decimal"
              onChange={(_, value) => update({ value: value ?? "" })}
              errorMessage={editor.numberInvalid ? t("rowEditor.badNumber") : undefined}
              styles={{ root: { width: 96 } }}
            />
            <ComboBox
              label={t("column.unit")}
              options={unitOptions}
              allowFreeform
              autoComplete="on"
              text={form.unit}
              onChange={(_, option, __, value) =>
                update({ unit: option ? String(option.key) : (value ?? "").trim() })
              }
              styles={{ root: { width: 110 } }}
            />
          </>
        )}
      </div>
      {!qualitative && editor.units.length > 0 && (
        <div className={classes.row} role="group" aria-label={t("rowEditor.unitSuggestions")}>
          <Text variant="small" className={classes.subtle}>
            {t("rowEditor.unitSuggestions")}
          </Text>
          {editor.units.slice(0, 5).map((unit) => (
            <DefaultButton
              key={unit}
              text={unit}
              ariaLabel={t("rowEditor.useUnit", { unit })}
              onClick={() => update({ unit })}
              styles={{ root: { minWidth: 0, height: 24, padding: "0 6px" } }}
            />
          ))}
        </div>
      )}
      {columns.basis !== undefined && (
        <ComboBox
          label={t("column.basis")}
          options={basisOptions}
          allowFreeform
          autoComplete="on"
          text={form.basis}
          onChange={(_, option, __, value) => update({ basis: option ? String(option.key) : (value ?? "") })}
        />
      )}
      <div className={classes.row}>
        <PrimaryButton
          type="submit"
          text={t("rowEditor.apply")}
          disabled={busy || !editor.dirty || editor.numberInvalid}
        />
        <DefaultButton text={t("rowEditor.reset")} disabled={!editor.dirty} onClick={editor.reset} />
      </div>
    </form>
  );
}
