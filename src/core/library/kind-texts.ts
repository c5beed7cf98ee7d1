/** The kinds of indicator, as the pane and the command line name them (one catalogue for both). */
import { defineCatalogue } from "../i18n/define";
import type { Lang } from "../i18n/lang";
import type { IndicatorKind } from "./schema";

export const KIND_TEXTS = defineCatalogue<IndicatorKind>({
  count: { "zh-CN": "数量", "en-US": "count" },
  rate: { "zh-CN": "比率", "en-US": "rate" },
  cost: { "zh-CN": "成本", "en-US": "cost" },
  deadline: { "zh-CN": "时效", "en-US": "deadline" },
  satisfaction: { "zh-CN": "满意度", "en-US": "satisfaction" },
  qualitative: { "zh-CN": "定性", "en-US": "qualitative" },
  other: { "zh-CN": "其他", "en-US": "other" },
});

export function kindName(lang: Lang, kind: IndicatorKind): string {
  return KIND_TEXTS.text(lang, kind);
}
