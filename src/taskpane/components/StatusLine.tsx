import { Text, mergeStyleSets } from "@fluentui/react";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageId } from "../i18n/messages";
import type { HostDescription } from "../host";

const PLATFORM_NAMES: Record<string, MessageId> = {
  PC: "platform.PC",
  Mac: "platform.Mac",
  OfficeOnline: "platform.OfficeOnline",
  iOS: "platform.iOS",
  Android: "platform.Android",
};

const classes = mergeStyleSets({
  status: { padding: "6px 12px" },
});

/** The pane's last line: which host it is connected to. */
export function StatusLine({ host }: { host: HostDescription }) {
  const { t } = useI18n();
  return (
    <div className={classes.status} role="status" aria-label={t("status.label")} data-testid="status-line">
      <Text variant="small">{statusText(host, t)}</Text>
    </div>
  );
}

function statusText(host: HostDescription, t: ReturnType<typeof useI18n>["t"]): string {
  switch (host.kind) {
    case "connecting":
      return t("status.connecting");
    case "office":
      return t("status.excel", {
        host: host.host,
        platform: t(PLATFORM_NAMES[host.platform] ?? "platform.unknown"),
      });
    case "preview":
      return t("status.preview");
    case "outside":
      return t("status.outside");
  }
}
