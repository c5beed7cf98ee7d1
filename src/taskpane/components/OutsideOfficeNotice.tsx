import { Link, MessageBar, MessageBarType, Text, mergeStyleSets } from "@fluentui/react";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageId } from "../i18n/messages";
import type { OutsideOfficeReason } from "../host";

const REASONS: Record<OutsideOfficeReason, MessageId> = {
  "no-office-js": "outside.reason.noOfficeJs",
  "no-host": "outside.reason.noHost",
  timeout: "outside.reason.timeout",
};

const classes = mergeStyleSets({
  title: { fontWeight: 600 },
  line: { marginTop: 4 },
});

// MessageBar pads a link that ends a line, as if it followed a sentence; ours is a line of its own.
const MESSAGE_BAR_STYLES = { innerText: { selectors: { "& span a:last-child": { paddingLeft: 0 } } } };

export interface OutsideOfficeNoticeProps {
  reason: OutsideOfficeReason;
  timeoutSeconds?: number;
  previewUrl: string;
}

/** Says the page is not in Excel, why, and where to see the pane instead. */
export function OutsideOfficeNotice({ reason, timeoutSeconds, previewUrl }: OutsideOfficeNoticeProps) {
  const { t } = useI18n();
  return (
    <MessageBar
      messageBarType={MessageBarType.warning}
      isMultiline
      styles={MESSAGE_BAR_STYLES}
      data-testid="outside-office"
    >
      <Text as="strong" block className={classes.title}>
        {t("outside.title")}
      </Text>
      <Text block className={classes.line}>
        {t("outside.body")}
      </Text>
      <Text block className={classes.line} data-testid="outside-reason">
        {t(REASONS[reason], { seconds: timeoutSeconds ?? "" })}
      </Text>
      <Text block className={classes.line}>
        <Link href={previewUrl}>{t("outside.previewLink")}</Link>
      </Text>
    </MessageBar>
  );
}
