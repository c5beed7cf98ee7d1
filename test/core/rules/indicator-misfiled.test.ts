import { BUILTIN_PROFILE_INPUTS } from "../../../src/core/profiles/builtin";
import { ProfileSchema } from "../../../src/core/profiles/schema";
import { indicatorMisfiled } from "../../../src/core/rules/indicator-misfiled";
import { testRule } from "../../helpers/rule-tester";

/** A provincial form (Hunan 2023) that files the satisfaction level 2 under 效益指标. */
const satisfactionUnderEffect = (() => {
  const base = BUILTIN_PROFILE_INPUTS["2015"];
  const level1 = base.level1
    .filter((l1) => l1.role !== "satisfaction")
    .map((l1) =>
      l1.role === "effect"
        ? { ...l1, level2: [...l1.level2, { label: "服务对象满意度指标", role: "satisfaction" as const }] }
        : l1,
    );
  return ProfileSchema.parse({ ...base, id: "hunan-2023", level1 });
})();

testRule(indicatorMisfiled, {
  valid: [
    { name: "timeliness under 时效指标", rows: [["产出指标", "时效指标", "设备购置及时性", "", "及时", ""]] },
    {
      name: "satisfaction under 满意度指标",
      rows: [["满意度指标", "服务对象满意度指标", "招待对象满意度", "", "≥95%", ""]],
    },
    {
      name: "a duration of an effect is not a deadline",
      rows: [["效益指标", "可持续影响指标", "可持续影响时限", "", "长期", ""]],
    },
    {
      name: "a survey count is not a satisfaction",
      rows: [["产出指标", "数量指标", "满意度调查次数", "", "≥1次", ""]],
    },
    {
      name: "a profile that files satisfaction under 效益指标",
      options: { profile: satisfactionUnderEffect },
      rows: [["效益指标", "服务对象满意度指标", "服务对象满意度", "", "≥95%", ""]],
    },
    { name: "unknown labels say nothing", rows: [["其他", "其他", "服务对象满意度", "", "≥95%", ""]] },
  ],
  invalid: [
    {
      name: "under 服务对象满意度指标, rows that measure no satisfaction (霍邱 2022, 衡山 2020)",
      rows: [
        ["满意度指标", "服务对象满意度指标", "群众创业热情高涨", "", "创业热情高涨", ""],
        ["", "", "因粮食市场波动引起的粮食安全事件发生数", "", "0起", ""],
        ["", "", "服务对象满意度", "", "≥90%", ""],
        ["", "", "群众认可度", "", "≥90%", ""],
      ],
      errors: [
        ["C4", "notSatisfaction"],
        ["C5", "notSatisfaction"],
      ],
    },
    {
      name: "2021: a benefit under 社会成本指标 / 生态环境成本指标 (嘉峪关 2023)",
      options: { profile: "2021" },
      rows: [
        ["成本指标", "社会成本指标", "对当地文物保护、文化传承影响", "", "长远", ""],
        ["", "生态环境成本指标", "提升博物馆绿化水平", "", "提升", ""],
        ["", "经济成本指标", "提升改造工程成本", "", "≤30万元", ""],
      ],
      errors: [
        ["C4", "benefitAsCost"],
        ["C5", "benefitAsCost"],
      ],
    },
    {
      name: "the seed's 印刷及时性 under 质量指标",
      rows: [["产出指标", "质量指标", "印刷及时性", "反映材料印刷是否及时", "及时", "年初工作安排"]],
      errors: [["C4", "timeliness"]],
    },
    {
      name: "the seed's 系统安装/维护及时性 under 成本指标",
      rows: [["产出指标", "成本指标", "系统安装/维护及时性", "", "及时性", ""]],
      errors: [["C4", "timeliness"]],
    },
    {
      name: "a satisfaction under 社会效益指标",
      rows: [["效益指标", "社会效益指标", "群众满意度", "", "≥90%", ""]],
      errors: [["C4", "satisfaction"]],
    },
    {
      name: "2021: a timeliness under 经济成本指标",
      options: { profile: "2021" },
      rows: [["成本指标", "经济成本指标", "经费下发及时率", "", "≥95%", ""]],
      errors: [["C4", "timeliness"]],
    },
    {
      name: "a profile that files satisfaction under 效益指标: 满意度指标 as a level 1 is unknown, 产出 is wrong",
      options: { profile: satisfactionUnderEffect },
      rows: [["产出指标", "质量指标", "服务对象满意度", "", "≥95%", ""]],
      errors: [["C4", "satisfaction"]],
    },
  ],
});

// A count of work done under quality (大英 2019, 六安 2024 in the corpus); defect counts stay.
testRule(indicatorMisfiled, {
  valid: [
    {
      name: "defects and incidents counted under quality",
      rows: [
        ["产出指标", "质量指标", "安全责任事故发生次数", "", "＝0次", ""],
        ["", "", "质量问题投诉", "", "≤2件", ""],
      ],
    },
    {
      name: "a pass rate under quality",
      rows: [["产出指标", "质量指标", "设备验收合格率", "", "＝100%", ""]],
    },
    { name: "a count under quantity", rows: [["产出指标", "数量指标", "仪器维修维护", "", "≥4次", ""]] },
  ],
  invalid: [
    {
      name: "work done counted under quality, with or without a comparator",
      rows: [
        ["产出指标", "质量指标", "实验室仪器维修维护", "", "≥4次", ""],
        ["", "", "查处道路交通违法行为", "", "3000起", ""],
      ],
      errors: [
        ["C4", "countAsQuality"],
        ["C5", "countAsQuality"],
      ],
    },
  ],
});
