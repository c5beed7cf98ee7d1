import { useMemo } from "react";
import { Icon, Link, Text, mergeStyleSets, useTheme, type ITheme } from "@fluentui/react";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageId } from "../i18n/messages";
import type { OutsideOfficeReason } from "../host";

const REASONS: Record<OutsideOfficeReason, MessageId> = {
  "no-office-js": "outside.reason.noOfficeJs",
  "no-host": "outside.reason.noHost",
  timeout: "outside.reason.timeout",
};

// Drawn like Fluent's warning MessageBar, without it: MessageBar brings Button and ContextualMenu
// (about 80 KiB) into the pane's first load, which this notice, shown before anything else, must not.
function noticeClasses(theme: ITheme) {
  const { semanticColors } = theme;
  return mergeStyleSets({
    notice: {
      display: "flex",
      gap: 8,
      padding: "8px 12px",
      background: semanticColors.warningBackground,
      color: semanticColors.messageText,
      borderRadius: 2,
    },
    icon: { fontSize: 16, lineHeight: 20, color: semanticColors.warningIcon, flexShrink: 0 },
    title: { fontWeight: 600 },
    line: { marginTop: 4 },
  });
}

export interface OutsideOfficeNoticeProps {
  reason: OutsideOfficeReason;
  timeoutSeconds?: number;
  previewUrl: string;
}

/** Says the page is not in Excel, why, and where to see the pane instead. */
export function OutsideOfficeNotice({ reason, timeoutSeconds, previewUrl }: OutsideOfficeNoticeProps) {
  const { t } = useI18n();
  const theme = useTheme();
  const classes = useMemo(() => noticeClasses(theme), [theme]);
  return (
    <div role="status" className={classes.notice} data-testid="outside-office">
      <Icon iconName="Warning" aria-hidden className={classes.icon} />
      <div>
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
      </div>
    </div>
  );
}
