/**
 * Which sector a table is in, read off its title (its project or funding item) by words that name the
 * sector; the library's build and an organisation's own entries read it the same way.
 */
import type { Sector } from "./schema";

/** Words of a table's title (its project or funding item) that say which sector it is in; first match wins. */
export const SECTOR_WORDS: readonly [Sector, RegExp][] = [
  ["congress-cppcc", /人大|政协|代表|委员|立法|视察议政|常委会/],
  ["party", /党建|党员|党校|组织部|宣传部|统战|纪检|党委|党组|党费/],
  ["education", /教育|学校|学生|教师|助学|学前|幼儿|义务教育|高中|职业教育|校园|课后/],
  ["health", /卫生|医疗|医院|疾控|健康|防疫|疫苗|计生|中医|妇幼|公共卫生/],
  [
    "agriculture",
    /农业|农村|农田|乡村|种植|养殖|畜牧|林业|林草|水利|渔业|粮食|储备粮|耕地|扶贫|衔接|振兴|农机|水产|防汛|灌溉/,
  ],
  ["civil-affairs", /民政|养老|救助|低保|残疾|殡葬|社会福利|儿童|优抚|退役军人|老年|高龄|社区/],
  ["transport", /交通|公路|道路|客运|运输|航道|桥梁|公交|农村公路/],
  ["urban", /城市|城管|市政|环卫|环境卫生|园林|绿化|路灯|垃圾|供水|排水|燃气|物业|暖通|供暖|雾炮/],
  ["environment", /环保|生态环境|污染|大气|水环境|再生资源|节能|碳/],
  ["culture-tourism", /文化|旅游|文物|博物馆|图书馆|体育|广电|非遗|演出|文艺/],
  ["science", /科技|科学|研发|创新|特派员|专利|科普/],
  ["security-justice", /公安|司法|法院|检察|执法|监狱|禁毒|消防|应急|安全生产|法律援助|综治|政法/],
  ["it", /信息化|信息系统|网络|专网|数据|软件|平台|系统运维|电子政务|智慧/],
  ["construction", /建设|工程|改造|修缮|维修|新建|基建|装修/],
  ["subsidies", /补贴|补助|津贴|奖励|资助|抚恤|救济|助学金/],
  ["services", /购买服务|委托|服务项目|外包|咨询|审计|评估|培训/],
  ["administration", /会议|接待|招待|办公|差旅|公务|业务费|运行|日常|机关/],
];

export function sectorsOf(title: string): Sector[] {
  const found = SECTOR_WORDS.filter(([, words]) => words.test(title)).map(([sector]) => sector);
  return found.length > 0 ? found.slice(0, 2) : ["other"];
}
