/**
 * The workbook the preview opens with: three of the seed's real 2022 tables (public sample data from
 * a people's congress standing committee's department targets: 会议费, 视察议政业务费, 招待费) on one
 * sheet, laid out as a finance officer's workbook has them — title merged across, goal row, header,
 * indicator rows with each 一级指标 merged over its group, a blank row after each table. The cells are
 * the seed's CSV cells exactly, stray tabs and spaces included (test/preview/sample-workbook.test.ts).
 */
import { findTables } from "../core/detect/find-tables";
import type { CellRange, CellValue, Grid } from "../core/grid";
import { dropdownsFor } from "../core/templates/dropdowns";
import { inlineListSource } from "../core/templates/list-sheet";
import { DEFAULT_PROMPT, WorkbookModel } from "../workbook/workbook-model";

export const SAMPLE_SHEET_NAME = "2022年绩效目标";
/** What the download is called while the sample is open. */
export const SAMPLE_FILE_NAME = "绩效目标示例.xlsx";

export interface SampleTable {
  /** The seed file it comes from (shared/reference/seed-tables). */
  file: string;
  title: string;
  fundingItem: string;
  header: string[];
  body: string[][];
}

export const SAMPLE_TABLES: readonly SampleTable[] = [
  {
    file: "01_会议费.csv",
    title: "1、2022年度会议费项目绩效目标表",
    fundingItem: "会议费",
    header: ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    body: [
      ["产出指标", "数量指标", "组织会议次数", "组织会议次数", "≥6次", "年初工作要点"],
      ["", "数量指标", "参与会议人数", "参与会议人数", "≥500人", "年初工作要点"],
      ["", "数量指标", "会议持续天数", "会议持续天数", "≥5天", "年初工作要点"],
      ["", "质量指标", "参会人员出勤率", "参会人员出勤率", "≥95%", "年初工作要点"],
      ["", "时效指标", "会议开展及时性", "会议开展及时性", "及时", "年初工作要点"],
      ["", "成本指标", "人均会议成本", "人均会议成本", "≤450元", "年初工作要点"],
      ["效益指标", "经济效益指标", "听取财政局报告", "听取财政局报告", "≥1个", "年初工作要点"],
      ["", "经济效益指标", "听取市政府工作报告", "听取市政府工作报告", "≥1个", "年初工作要点"],
      ["", "社会效益指标", "提升社会影响力", "提升社会影响力", "有效提升", "年初工作要点"],
      ["", "社会效益指标", "选举结果公开", "选举结果公开", "公开告知", "年初工作要点"],
      ["", "社会效益指标", "收集代表建议", "收集代表建议", "收集整理", "年初工作要点"],
      ["", "生态效益指标", "生态效益指标", "生态效益指标", "显著增强", "年初工作要点"],
      ["", "可持续影响指标", "可持续影响指标", "可持续影响指标", "长期规划", "年初工作要点"],
      [
        "满意度指标",
        "服务对象满意度指标",
        "参会人员满意度",
        "参会代表、与会工作人员满意度",
        "≥95%",
        "年初工作要点",
      ],
    ],
  },
  {
    file: "04_视察议政业务费.csv",
    title: "4、2022年度视察议政业务费绩效目标表",
    fundingItem: "视察议政业务费",
    header: ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    body: [
      ["产出指标", "数量指标", "订阅《公民与法治》", "订阅《公民与法治》数量", "≥8000本", "工作要求"],
      ["", "数量指标", "订阅《中国人大》", "订阅《中国人大》数量", "≥8000本", "工作要求"],
      ["", "数量指标", "代表活动经费", "向各县区下拨年度代表活动经费", "≥20万元", "工作要求"],
      ["", "质量指标", "代表订阅覆盖率", "代表订阅覆盖率", "≥95%", "工作要求"],
      ["", "质量指标", "县区订阅覆盖率", "县区订阅覆盖率", "≥95%", "工作要求"],
      ["", "质量指标", "代表开展活动", "组织代表开展活动", "≥2次", "工作要求"],
      ["", "时效指标", "订阅杂志及时性", "订阅杂志及时性", "及时性", "工作要求"],
      ["", "时效指标", "订阅报刊及时性", "订阅报刊及时性", "及时性", "工作要求"],
      ["", "时效指标", "经费下发及时率", "经费下发及时率", "及时率", "工作要求"],
      ["", "成本指标", "订阅杂志价格", "订阅杂志价格", "≥5万元", "工作要求"],
      ["", "成本指标", "订阅报刊价格", "订阅报刊价格", "≥5万元", "工作要求"],
      ["", "成本指标", "代表活动经费", "代表活动经费", "≥20万元", "工作要求"],
      ["效益指标", "社会效益指标", "社会效益指标", "拓宽代表了解社情民意渠道", "拓宽渠道", "工作要求"],
      ["", "社会效益指标", "社会效益指标", "提高代表履职能力", "提高能力", "工作要求"],
      ["", "可持续影响指标", "可持续影响指标", "为我市长期可持续发展建言献策", "长期影响", "工作要求"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "代表满意度", "≥95", "工作要求"],
    ],
  },
  {
    file: "06_招待费.csv",
    title: "6、2022年度招待费项目绩效目标表",
    fundingItem: "招待费",
    header: ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    body: [
      ["产出指标", "数量指标", "接待人次", "实际招待/接待人次", "≥50人次", "接待费管理办法 "],
      ["", "数量指标", "接待天数", "实际/招待接待天数", "≥5天", "接待费管理办法 "],
      [
        "",
        "质量指标",
        "接待经费使用合规性",
        "招待经费专款专用，按照相关资金使用办法合理合规支出",
        "合规\t",
        "接待费管理办法 ",
      ],
      ["", "质量指标", "接待规模达标率", "接待服务的等级达到相关的标准", "≥100%", "接待费管理办法 "],
      ["", "时效指标", "招待及时率", "组织招待服务工作及时，满足服务对象的需求", "≥100%", "接待费管理办法 "],
      [
        "",
        "成本指标",
        "接待成本控制率",
        "成本控制率=实际支出金额/预算下达数*100%",
        "≤100%",
        "接待费管理办法 ",
      ],
      ["", "成本指标", "招待费人均标准", "招待费用人均标准", "≤80元", "接待费管理办法 "],
      [
        "效益指标",
        "社会效益指标",
        "提高接待服务质量",
        "提高服务质量，满足接待人员各项生活工作需求",
        "提高",
        "接待费管理办法 ",
      ],
      ["", "社会效益指标", "保障工作正常开展", "保障接待人员来承顺利开展各项工作", "保障", "接待费管理办法 "],
      [
        "",
        "社会效益指标",
        "弘扬承德好客文化",
        "对来访人员提供高质量的接待，给人宾至如归的感觉，可以很好地传播和弘扬我市好客文化",
        "弘扬文化",
        "接待费管理办法 ",
      ],
      [
        "满意度指标",
        "服务对象满意度指标",
        "招待对象满意度",
        "招待对象对服务情况的满意程度",
        "≥100%",
        "接待费管理办法 ",
      ],
    ],
  },
];

const WIDTH = 6;

/** The sample sheet as the engine's Grid: values and merged areas. */
export function sampleGrid(tables: readonly SampleTable[] = SAMPLE_TABLES): Grid {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const put = (cells: readonly string[]): number => {
    const line = new Array<CellValue>(WIDTH).fill(null);
    cells.forEach((value, i) => (line[i] = value === "" ? null : value));
    rows.push(line);
    return rows.length - 1;
  };
  const mergeGroup = (from: number, to: number) => {
    if (to > from) merges.push({ row: from, col: 0, rowCount: to - from + 1, colCount: 1 });
  };
  for (const table of tables) {
    const titleRow = put([table.title]);
    merges.push({ row: titleRow, col: 0, rowCount: 1, colCount: WIDTH });
    const goalRow = put(["绩效目标", "1.目标内容1"]);
    merges.push({ row: goalRow, col: 1, rowCount: 1, colCount: WIDTH - 1 });
    put(table.header);
    let groupStart = -1;
    table.body.forEach((line, i) => {
      const row = put(line);
      if (line[0] !== "") {
        if (groupStart >= 0) mergeGroup(groupStart, row - 1);
        groupStart = row;
      }
      if (i === table.body.length - 1) mergeGroup(groupStart, row);
    });
    put([]);
  }
  return { sheet: SAMPLE_SHEET_NAME, values: rows, merges, origin: { row: 0, col: 0 } };
}

/**
 * The sample as a workbook. Its tables carry the dropdown lists the add-in gives a table it inserts,
 * so a person trying the preview finds them where a table made with the add-in has them (the pane
 * adds none to tables it did not insert unless asked: settings.ts).
 */
export function createSampleWorkbook(): WorkbookModel {
  const grid = sampleGrid();
  const model = WorkbookModel.fromGrids([grid]);
  const sheet = model.sheet(SAMPLE_SHEET_NAME);
  for (const table of findTables([grid])) {
    for (const edit of dropdownsFor(table, "2015")) {
      if (edit.kind !== "setValidation") continue;
      // The built-in profile's lists are short; the test of the sample holds them inline.
      const source = inlineListSource(edit.list);
      if (source === null)
        throw new Error(`A built-in list is too long to be inline: ${edit.list.join(",")}`);
      sheet.validations.push({
        areas: [{ ...edit.range }],
        rule: { list: { inCellDropDown: true, source } },
        errorAlert: {
          showAlert: edit.strict,
          style: edit.strict ? "Stop" : "Information",
          title: "",
          message: "",
        },
        ignoreBlanks: true,
        prompt: { ...DEFAULT_PROMPT },
      });
    }
  }
  return model;
}
