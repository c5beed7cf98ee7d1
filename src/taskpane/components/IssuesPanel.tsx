import { Text, mergeStyleSets, useTheme } from "@fluentui/react";
import { useI18n } from "../i18n/I18nProvider";

const classes = mergeStyleSets({
  panel: { padding: "8px 12px", flexGrow: 1, overflowY: "auto" },
  heading: { margin: "0 0 8px", fontWeight: 600 },
});

/** The findings panel when the pane has no workbook to check (outside Office): it says there are none yet. */
export function IssuesPanel() {
  const { t } = useI18n();
  const { semanticColors } = useTheme();
  return (
    <section className={classes.panel} aria-labelledby="issues-heading">
      <Text as="h2" variant="mediumPlus" block id="issues-heading" className={classes.heading}>
        {t("issues.heading")}
      </Text>
      <Text as="p" block styles={{ root: { color: semanticColors.bodySubtext } }}>
        {t("issues.empty")}
      </Text>
    </section>
  );
}
