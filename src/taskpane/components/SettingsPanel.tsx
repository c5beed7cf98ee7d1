/**
 * 设置: the framework (auto, 2015, 2021 or the organisation's own file), marks and dropdowns, the
 * pane's language, the satisfaction floor and each rule's severity. Saved into the workbook, so
 * the choices travel with the file.
 */
import { useMemo, useRef } from "react";
import {
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Text,
  TextField,
  Toggle,
  useTheme,
  type IDropdownOption,
} from "@fluentui/react";
import type { SeveritySetting } from "../../core/profiles/schema";
import { RULES } from "../../core/rules/index";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { useI18n } from "../i18n/I18nProvider";
import { useSettingsForm } from "../state/useSettingsForm";
import type { PanelProps } from "../workbench/Workbench";
import { panelClasses } from "./styles";

export default function SettingsPanel({ state, actions }: PanelProps) {
  const { t, locale } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => panelClasses(theme), [theme]);
  const form = useSettingsForm(state, actions);
  const fileInput = useRef<HTMLInputElement>(null);
  const { settings } = form;
  const busy = state.busy !== null;
  const profileName = settings.customProfile?.name[locale === "zh-CN" ? "zh" : "en"];

  const profileOptions = useMemo<IDropdownOption[]>(
    () => [
      { key: "auto", text: t("settings.profileAuto") },
      { key: "2015", text: t("profile.2015") },
      { key: "2021", text: t("profile.2021") },
      { key: "custom", text: t("settings.profileCustom") },
    ],
    [t],
  );
  const dropdownOptions = useMemo<IDropdownOption[]>(
    () => [
      { key: "inserted", text: t("settings.dropdownsInserted") },
      { key: "all", text: t("settings.dropdownsAll") },
      { key: "off", text: t("settings.dropdownsOff") },
    ],
    [t],
  );
  const languageOptions = useMemo<IDropdownOption[]>(
    () => [
      { key: "auto", text: t("settings.languageAuto") },
      { key: "zh-CN", text: "中文" },
      { key: "en-US", text: "English" },
    ],
    [t],
  );
  // One list per rule: its default severity is named in the first option.
  const severityOptions = useMemo(
    () =>
      new Map(
        RULES.map((rule) => [
          rule.id,
          [
            {
              key: "default",
              text: t("settings.severityDefault", { severity: t(`severity.${rule.severity}`) }),
            },
            { key: "error", text: t("severity.error") },
            { key: "warning", text: t("severity.warning") },
            { key: "info", text: t("severity.info") },
            { key: "off", text: t("severity.off") },
          ] as IDropdownOption[],
        ]),
      ),
    [t],
  );

  return (
    <section className={classes.panel} aria-labelledby="settings-heading">
      <Text as="h2" variant="mediumPlus" id="settings-heading" className={classes.heading}>
        {t("settings.heading")}
      </Text>
      <Text block variant="small" className={classes.subtle}>
        {t("settings.savedWithWorkbook")}
      </Text>
      <Dropdown
        label={t("settings.profile")}
        options={profileOptions}
        selectedKey={settings.profile}
        onChange={(_, option) => option && form.change({ profile: option.key as Settings["profile"] })}
      />
      {settings.profile === "custom" && (
        <div className={classes.row}>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label={t("settings.profileFile")}
            style={{ display: "none" }}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void form.loadProfileFile(file);
            }}
          />
          <DefaultButton text={t("settings.profileFile")} onClick={() => fileInput.current?.click()} />
          <Text variant="small" className={classes.subtle}>
            {profileName ? t("settings.profileLoaded", { name: profileName }) : t("settings.profileNone")}
          </Text>
        </div>
      )}
      {form.fileProblem && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {t(form.fileProblem.id, form.fileProblem.data)}
        </MessageBar>
      )}
      <Toggle
        label={t("settings.marks")}
        checked={settings.marks}
        onText={t("settings.on")}
        offText={t("settings.off")}
        onChange={(_, checked) => form.change({ marks: checked === true })}
      />
      <Dropdown
        label={t("settings.dropdowns")}
        options={dropdownOptions}
        selectedKey={settings.dropdowns}
        onChange={(_, option) => option && form.change({ dropdowns: option.key as Settings["dropdowns"] })}
      />
      <Dropdown
        label={t("settings.language")}
        options={languageOptions}
        selectedKey={settings.lang}
        onChange={(_, option) => option && form.change({ lang: option.key as Settings["lang"] })}
      />
      <TextField
        label={t("settings.floor")}
        description={t("settings.floorHint")}
        value={form.floor}
        suffix="%"
        inputMode="decimal"
        onChange={(_, value) => form.setFloor(value ?? "")}
        errorMessage={form.floorInvalid ? t("settings.floorBad") : undefined}
      />
      <Text as="h3" variant="medium" className={classes.heading} id="severities-heading">
        {t("settings.severities")}
      </Text>
      <div
        role="group"
        aria-labelledby="severities-heading"
        style={{ display: "flex", flexDirection: "column", gap: 6 }}
      >
        {RULES.map((rule) => (
          <Dropdown
            key={rule.id}
            label={rule.docs[locale].title}
            title={rule.id}
            options={severityOptions.get(rule.id)!}
            selectedKey={settings.severities[rule.id] ?? "default"}
            onChange={(_, option) =>
              option && form.setSeverity(rule.id, option.key as SeveritySetting | "default")
            }
          />
        ))}
      </div>
      <div
        className={classes.row}
        style={{
          position: "sticky",
          bottom: 0,
          padding: "8px 0",
          background: theme.semanticColors.bodyBackground,
        }}
      >
        <PrimaryButton
          text={t("settings.save")}
          disabled={busy || !form.dirty || form.floorInvalid}
          onClick={() => void form.save()}
        />
        <DefaultButton text={t("settings.discard")} disabled={!form.dirty} onClick={form.discard} />
        <DefaultButton text={t("settings.defaults")} onClick={() => form.restoreDefaults(DEFAULT_SETTINGS)} />
      </div>
    </section>
  );
}
