import type { CellValue } from "../core/grid";
import { MemoryWorkbook } from "./memory-workbook";

export const SAMPLE_SHEET_NAME = "2022年绩效目标";

/**
 * One real table for the preview: 2022 meeting fees (会议费) of a public body, from the project's
 * public seed tables: its title row, its goal row, then header and indicator rows.
 */
export const MEETING_FEE_TABLE: CellValue[][] = [
  ["1、2022年度会议费项目绩效目标表"],
  ["绩效目标", "1.目标内容1"],
  ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
  ["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", "年初工作要点"],
  [null, "数量指标", "参与会议人数", "参与会议人数", "≥500人", "年初工作要点"],
  [null, "数量指标", "会议持续天数", "会议持续天数", "≥5天", "年初工作要点"],
  [null, "质量指标", "参会人员出勤率", "参会人员出勤率", "≥95%", "年初工作要点"],
  [null, "时效指标", "会议开展及时性", "会议开展及时性", "及时", "年初工作要点"],
  [null, "成本指标", "人均会议成本", "人均会议成本", "≤450元", "年初工作要点"],
  ["效益指标", "经济效益指标", "听取财政局报告", "听取财政局报告", "≥1个", "年初工作要点"],
  [null, "经济效益指标", "听取市政府工作报告", "听取市政府工作报告", "≥1个", "年初工作要点"],
  [null, "社会效益指标", "提升社会影响力", "提升社会影响力", "有效提升", "年初工作要点"],
  [null, "社会效益指标", "选举结果公开", "选举结果公开", "公开告知", "年初工作要点"],
  [null, "社会效益指标", "收集代表建议", "收集代表建议", "收集整理", "年初工作要点"],
  [null, "生态效益指标", "生态效益指标", "生态效益指标", "显著增强", "年初工作要点"],
  [null, "可持续影响指标", "可持续影响指标", "可持续影响指标", "长期规划", "年初工作要点"],
  [
    "满意度指标",
    "服务对象满意度指标",
    "参会人员满意度",
    "参会代表、与会工作人员满意度",
    "≥95%",
    "年初工作要点",
  ],
];

/** The workbook the preview opens with. */
export function createSampleWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.addSheet(SAMPLE_SHEET_NAME, MEETING_FEE_TABLE);
  return workbook;
}
