import { Text, mergeStyleSets } from "@fluentui/react";
import { useI18n } from "../i18n/I18nProvider";

const classes = mergeStyleSets({
  panel: { padding: "8px 12px", flexGrow: 1, overflowY: "auto" },
  heading: { margin: "0 0 8px", fontWeight: 600 },
  empty: { color: "#605e5c" },
});

/** The findings of the last check. Empty for now: the checking engine fills it in a later issue. */
export function IssuesPanel() {
  const { t } = useI18n();
  return (
    <section className={classes.panel} aria-labelledby="issues-heading">
      <Text as="h2" variant="mediumPlus" block id="issues-heading" className={classes.heading}>
        {t("issues.heading")}
      </Text>
      <Text as="p" block className={classes.empty}>
        {t("issues.empty")}
      </Text>
    </section>
  );
}
