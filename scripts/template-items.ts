/**
 * The funding items whose templates are built from published tables (scripts/build-templates.ts): each
 * item's id, the name a finance officer gives it, the names titles use for it, and the tables
 * (test/corpus/tables/<id>) its rows are read from. Ours here: only the names; the rows, values and
 * goals are the tables'. Grouped by sector, in the order the templates panel lists them.
 */
export interface TemplateItemSpec {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Corpus entries the item's rows come from, first the one whose goal sentence it takes. */
  tables: readonly string[];
  /** A goal of our own where the tables' is about one county's project (rare: say why). */
  goal?: string;
  /**
   * Library indicators (by name) that fill a group the item's tables lack, chosen for fitting this
   * spending; the universal ones (服务对象满意度, 成本控制率) come after them.
   */
  complete?: readonly string[];
}

/*
 * Corpus tables not made into items, because fewer than three of their rows are ones a reviewer
 * passes, or a group the framework requires has no fitting library indicator (see `npm run library --
 * --notes`): 金寨 物业管理 (every name keeps the template's 指标1:), 青神 工资性支出, 井研 村组干部报酬
 * and 基层组织活动经费, 临邑 公用经费, 宁晋 助学金, 永德 营养改善, 宁河 民办园房租, 慈溪 婴幼儿照护,
 * 石嘴山 疫苗, 昭化 特困家庭 and 麻风病防治, 浮梁 林业, 施甸 新型经营主体, 成安 高龄津贴, 大英 文明城市
 * and 交通执法, 廊坊 暖通, 奉节 加工园, 乌海 再生资源, 淮北 农村文化, 霍邱 科技特派员, 金安 残疾人康复,
 * 舒城 以工代赈, 东莞 联网路 and 物业, 鄂州 科普, 黄石 海绵城市申报 and 三中维修, 青山 科技研发, 甘孜 食品安全,
 * 河北区法院 办案业务费, 湘潭 雾炮车 and 六安 农产品质检 (no fitting effect or timeliness row), 南岳
 * 扶贫基础设施 and 大英 孤儿助学金 (more than three groups to complete), 黄石 共享工程 (rows named by
 * their values: 一个存储备份器, ≥360天服务读者), 金安 网球公开赛 (no effect row a reviewer passes), and the partial or template-only tables (濉溪, 遂宁, 岳阳楼, 湖北残联, 新洲, 临海, 潼南).
 */
export const TEMPLATE_ITEMS: readonly TemplateItemSpec[] = [
  // administration and purchased services
  {
    id: "commissioned-work",
    name: "委托业务费",
    aliases: ["委托业务项目", "委托业务经费"],
    tables: ["anhui-guichi-2022-weituoyewu"],
  },
  // education
  {
    id: "weak-school-improvement",
    name: "薄弱学校改造",
    aliases: ["农村义务教育薄弱学校改造补助资金", "薄弱学校改造补助资金"],
    tables: ["hubei-qingshan-2020-boruoxuexiaogaizao"],
    complete: ["工程设计使用年限"],
  },
  // health
  {
    id: "vector-control",
    name: "病媒防治",
    aliases: ["病媒生物防制", "病媒防治环境卫生清洁"],
    tables: ["tianjin-xiqing-2020-bingmeifangzhi"],
  },
  // agriculture and rural revitalisation
  {
    id: "high-standard-farmland",
    name: "高标准农田建设",
    aliases: ["高标准农田建设项目", "高标准农田"],
    tables: ["hunan-yueyang-2022-gaobiaozhunnongtian"],
  },
  {
    id: "water-conservancy",
    name: "水利专项资金",
    aliases: ["水利专项", "水利建设资金"],
    tables: ["fujian-putian-xiuyu-2025-shuilizhuanxiang"],
    complete: ["群众生产生活条件改善状况"],
  },
  {
    id: "reservoir-gauges",
    name: "小型水库水标尺",
    aliases: ["水库水标尺制作安装", "小型水库水标尺制作安装"],
    tables: ["sichuan-zhongjiang-2022-shuibiaochi"],
  },
  {
    id: "water-conservation-forest",
    name: "水源涵养林建设",
    aliases: ["水源涵养林"],
    tables: ["ningxia-yuanzhou-2022-shuiyuanhanyanglin"],
    complete: ["项目(工程)验收合格率"],
  },
  {
    id: "grain-reserve",
    name: "储备粮管理",
    aliases: ["县级储备粮", "地方储备粮", "储备粮"],
    tables: ["hunan-hengshan-2020-chubeiliang"],
  },
  // civil affairs and subsidies paid to people
  {
    id: "rent-relief-subsidy",
    name: "减免房租补贴",
    aliases: ["国有企业减免房租补贴", "房租减免补贴"],
    tables: ["tianjin-xiqing-2020-guoqifangzubutie"],
  },
  // transport, urban management, construction and environment
  {
    id: "orchard-roads",
    name: "产业路建设",
    aliases: ["果园路", "果园路建设"],
    tables: ["shaanxi-qingjian-2021-guoyuanlu"],
    complete: ["群众生产生活条件改善状况"],
  },
  // culture, tourism and sport
  {
    id: "museum-free-admission",
    name: "博物馆纪念馆免费开放",
    aliases: ["博物馆免费开放", "博物馆纪念馆免费开放补助资金"],
    tables: ["gansu-jiayuguan-2023-bowuguanmianfeikaifang"],
  },
  {
    id: "sports-venue-operation",
    name: "体育场馆委托运营",
    aliases: ["体育中心委托运营", "体育场馆运营"],
    tables: ["shanghai-putuo-2022-jiesuanfeiyong"],
  },
  // science, Party work, public security and justice
  {
    id: "party-school-classes",
    name: "党校主体班",
    aliases: ["主体班", "主体班培训"],
    tables: ["hubei-huangshi-2022-zhutiban"],
    complete: ["培训人员获奖情况"],
  },
  {
    id: "satellite-enforcement",
    name: "自然资源卫片执法",
    aliases: ["卫片执法", "卫片执法补助经费"],
    tables: ["yunnan-lijiang-gucheng-2020-weipianzhifa"],
    complete: ["组织执法检查次数"],
  },
  // more kinds of spending
  {
    id: "fire-equipment",
    name: "消防设备改造",
    aliases: ["库房消防设备改造", "消防设施改造"],
    tables: ["henan-puyang-2021-danganguanxiaofang"],
    complete: ["设备使用年限"],
  },
  {
    id: "lab-equipment",
    name: "实验室仪器设备购置",
    aliases: ["仪器设备购置", "实验室建设"],
    tables: ["tianjin-nankai-2018-yiqishebeigouzhi"],
    complete: ["设备使用年限"],
  },
];
