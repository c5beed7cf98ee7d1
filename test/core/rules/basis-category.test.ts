import { BUILTIN_PROFILE_INPUTS } from "../../../src/core/profiles/builtin";
import { ProfileSchema } from "../../../src/core/profiles/schema";
import { basisCategory } from "../../../src/core/rules/basis-category";
import { testRule } from "../../helpers/rule-tester";

const categorised = ProfileSchema.parse({
  ...BUILTIN_PROFILE_INPUTS["2015"],
  id: "categorised",
  basis: {
    categories: ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"],
    requireCategory: true,
  },
});
const row = (basis: string | number) => ["产出指标", "数量指标", "组织会议次数", "", "≥6次", basis];

testRule(basisCategory, {
  valid: [
    { name: "free text under a profile that does not require categories", rows: [row("年初工作要点")] },
    { name: "a category", options: { profile: categorised }, rows: [row("计划标准")] },
    {
      name: "category：text, full- or half-width colon",
      options: { profile: categorised },
      rows: [row("计划标准：年初工作要点"), row("行业标准: 会议费管理办法")],
    },
    { name: "a blank basis is basis-missing's", options: { profile: categorised }, rows: [row("")] },
  ],
  invalid: [
    {
      name: "the seed's free text",
      options: { profile: categorised },
      rows: [row("年初工作要点"), row("合同约定")],
      errors: [
        ["F4", "noCategory"],
        ["F5", "noCategory"],
      ],
    },
    {
      name: "a category run into its text without a colon",
      options: { profile: categorised },
      rows: [row("计划标准年初工作要点")],
      errors: [["F4", "noCategory"]],
    },
    {
      name: "a word that is not a category",
      options: { profile: categorised },
      rows: [row("标准：年初工作要点")],
      errors: [["F4", "noCategory"]],
    },
    {
      name: "a number",
      options: { profile: categorised },
      rows: [row(2021)],
      errors: [["F4", "noCategory"]],
    },
  ],
});
