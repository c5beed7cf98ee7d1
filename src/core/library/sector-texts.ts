/** The sectors of spending, as the pane, the command line and docs/library.md name them. */
import { defineCatalogue } from "../i18n/define";
import type { Sector } from "./schema";

export const SECTOR_TEXTS = defineCatalogue<Sector>({
  education: { "zh-CN": "教育", "en-US": "education" },
  health: { "zh-CN": "卫生健康", "en-US": "health" },
  agriculture: {
    "zh-CN": "农业农村、乡村振兴、水利林业",
    "en-US": "agriculture and rural revitalisation",
  },
  "civil-affairs": { "zh-CN": "民政", "en-US": "civil affairs" },
  transport: { "zh-CN": "交通", "en-US": "transport" },
  urban: { "zh-CN": "城市管理", "en-US": "urban management" },
  "culture-tourism": { "zh-CN": "文化旅游", "en-US": "culture and tourism" },
  science: { "zh-CN": "科技", "en-US": "science" },
  "security-justice": { "zh-CN": "公安司法、应急", "en-US": "public security and justice" },
  "congress-cppcc": { "zh-CN": "人大政协", "en-US": "people's congresses and CPPCC" },
  party: { "zh-CN": "党建", "en-US": "Party work" },
  it: { "zh-CN": "信息化", "en-US": "IT systems" },
  construction: { "zh-CN": "工程建设", "en-US": "construction" },
  services: { "zh-CN": "购买服务", "en-US": "purchased services" },
  subsidies: { "zh-CN": "补贴补助", "en-US": "subsidies paid to people" },
  environment: { "zh-CN": "生态环境", "en-US": "environment" },
  administration: { "zh-CN": "机关运行", "en-US": "administration" },
  other: { "zh-CN": "其他", "en-US": "other" },
});
