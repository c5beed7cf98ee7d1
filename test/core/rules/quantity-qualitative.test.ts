import { quantityQualitative } from "../../../src/core/rules/quantity-qualitative";
import { testRule } from "../../helpers/rule-tester";

const SPLIT_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"];

testRule(quantityQualitative, {
  valid: [
    { name: "a count", rows: [["产出指标", "数量指标", "组织会议次数", "", "≥6次", ""]] },
    {
      name: "words under 质量指标",
      rows: [["产出指标", "质量指标", "机要保密系统正常运转", "", "正常", ""]],
    },
    { name: "money under 成本指标", rows: [["产出指标", "成本指标", "代表活动经费", "", "≤20万元", ""]] },
    {
      name: "a rate with words (rate-word-value's)",
      rows: [["产出指标", "数量指标", "设备安装完成率", "", "完成", ""]],
    },
    {
      name: "2021: a count under 数量指标",
      options: { profile: "2021" },
      rows: [["产出指标", "数量指标", "出具报告份数", "", "≥1份", ""]],
    },
  ],
  invalid: [
    {
      name: "the seed's 保障红机电话通讯: 畅通",
      rows: [["产出指标", "数量指标", "保障红机电话通讯", "", "畅通", "年初工作安排"]],
      errors: [["E4", "qualitative"]],
    },
    {
      name: "the seed's 代表活动经费 ≥20万元 under 数量指标",
      rows: [["产出指标", "数量指标", "代表活动经费", "向各县区下拨年度代表活动经费", "≥20万元", "工作要求"]],
      errors: [["E4", "moneyAmount"]],
    },
    {
      name: "an inherited 数量指标 group",
      rows: [
        ["产出指标", "数量指标", "门户网站维护数量", "", "≥1次", ""],
        ["", "", "保障视频会议召开", "", "顺利", ""],
      ],
      errors: [["E5", "qualitative"]],
    },
    {
      name: "split layout: money points at the unit cell",
      header: SPLIT_HEADER,
      rows: [["产出指标", "数量指标", "代表活动经费", "≥", 20, "万元"]],
      errors: [["F4", "moneyAmount"]],
    },
    {
      name: "2021: words under 数量指标",
      options: { profile: "2021" },
      rows: [["产出指标", "数量指标", "保障视频会议召开", "", "顺利", ""]],
      errors: [["E4", "qualitative"]],
    },
  ],
});
