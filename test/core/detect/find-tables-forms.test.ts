/**
 * findTables on the forms the corpus of real tables showed (test/corpus): each case is the shape
 * of a published table, cut down to what the reader has to get right.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { findTables } from "../../../src/core/detect/find-tables";

function grid(rows: CellValue[][]): Grid {
  return {
    sheet: "Sheet1",
    values: rows.map((line) => line.map((cell) => (cell === "" ? null : cell))),
    merges: [],
    origin: { row: 0, col: 0 },
  };
}

const only = (rows: CellValue[][]) => {
  const tables = findTables([grid(rows)]);
  expect(tables).toHaveLength(1);
  return tables[0];
};

describe("findTables on the forms of real tables", () => {
  it("tells a direction column (正向/反向) from the sign column by what they hold (井研 2023)", () => {
    const table = only([
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标方向"],
      ["产出指标", "数量指标", "发放人数", "≥", 230, "人", "正向"],
      ["", "成本指标", "人均报酬", "≤", 1200, "元", "反向"],
    ]);
    expect(table.columns.comparator).toBe(3);
    expect(table.columns.direction).toBe(6);
    expect(table.rows[1].direction?.text).toBe("反向");
  });

  it("also when 指标性质 holds the direction and 符号 the sign", () => {
    const table = only([
      ["一级指标", "二级指标", "三级指标", "指标性质", "符号", "指标值", "计量单位"],
      ["产出指标", "数量指标", "发放人数", "正向", "≥", 230, "人"],
    ]);
    expect([table.columns.direction, table.columns.comparator]).toEqual([3, 4]);
  });

  it("takes the fuller of two header rows of a self-evaluation, keeping 分值 from the upper (丽江 2020)", () => {
    const table = only([
      ["绩效指标", "", "", "年度指标值", "", "", "实际完成值", "分值", "得分"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "", "", ""],
      ["产出指标", "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19],
    ]);
    expect(table.headerRow).toBe(0);
    expect(table.columns).toMatchObject({
      level1: 0,
      level3: 2,
      comparator: 3,
      value: 4,
      unit: 5,
      weight: 7,
    });
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].parsed).toMatchObject({ kind: "quantity", comparator: "eq", number: 100 });
  });

  it("reads the target beside last year's actual value (黄石 2022)", () => {
    const table = only([
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "", "指标标准或依据"],
      ["", "", "", "", "2021年实际实现值", "预期2022年实现值", ""],
      ["", "产出指标", "数量指标", "主体班培训人次", "", "280人次", ""],
    ]);
    expect(table.columns.value).toBe(5);
    expect(table.rows[0].value?.text).toBe("280人次");
  });

  it("ends the table at 合计, an opinion or a signature in the left label column", () => {
    for (const end of ["合计", "财政部门审核意见", "财政资金管理科室(盖章) 年 月 日", "说明"]) {
      const table = only([
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["", "产出指标", "数量指标", "培训人次", "≥280人次", 60],
        [end, "", "", "", "", 100],
        ["", "", "", "另起一段文字", "", ""],
      ]);
      expect([end, table.rows.length]).toEqual([end, 1]);
    }
  });

  it("steps over a budget export's line of info columns only, inside the body (井研 2023)", () => {
    const table = only([
      ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
      ["820-马踏镇部门", "", "8827620.53", "", "", "", ""],
      ["820001-马踏镇人民政府", "村组干部报酬", "3309840", "产出指标", "数量指标", "发放人数", "≥230人"],
      ["", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
    ]);
    expect(table.rows.map((r) => r.level3?.text)).toEqual(["发放人数", "群众满意度"]);
  });

  it("reads 指标内容 as the name column, and a left 绩效指标 label as no column (青山 2020)", () => {
    const table = only([
      ["绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
      ["", "产出指标", "数量指标", "学校改造覆盖率", "100%"],
    ]);
    expect(table.columns.level3).toBe(3);
    expect(table.columns.description).toBeUndefined();
  });

  it("reads an outline (批复表 print) with its levels from the headings (石嘴山 2020)", () => {
    const table = only([
      ["项目", "指标值", "绩效金额"],
      [" 疾病预防控制中心", "", ""],
      ["  疫苗及美沙酮药物", "", 3000000],
      ["   产出指标", "", ""],
      ["    成本指标(必填硬性指标)", "", ""],
      ["     按照物价部门定价标准采购", "100%", ""],
      ["    数量指标(必填)", "", ""],
      ["     疫苗使用率", "100%", ""],
      ["   满意度指标", "", ""],
      ["    服务对象满意度指标(必填)", "", ""],
      ["     服务对象满意度", "100%", ""],
    ]);
    expect(table.outline).toBe(true);
    expect(table.rows).toHaveLength(10);
    const indicators = table.rows.filter((r) => !r.heading);
    expect(indicators.map((r) => [r.level1?.label, r.level2?.label, r.level3?.text.trim()])).toEqual([
      ["产出指标", "成本指标", "按照物价部门定价标准采购"],
      ["产出指标", "数量指标", "疫苗使用率"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度"],
    ]);
    expect(table.rows.filter((r) => r.heading).every((r) => r.placeholder)).toBe(true);
  });

  it("reads the first town's column as the value when the form names its columns by town (莆田 2025)", () => {
    const table = only([
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标方向", "笏石街道办", "埭头镇"],
      ["", "产出指标", "数量指标", "开展修复工程(个)", "≥", 1, 1],
      ["", "", "质量指标", "已建工程是否存在质量问题", "是/否", "否", "否"],
    ]);
    expect(table.columns.value).toBe(5);
    expect(table.rows[1].parsed).toEqual({ kind: "qualitative", text: "否" });
  });

  it("reads 预期指标值 split into 符号 | (number) | 单位 even when pasted without merges (成安 2020)", () => {
    const table = only([
      [
        "四、年度绩效指标完成情况",
        "一级指标",
        "二级指标",
        "三级指标",
        "预期指标值",
        "",
        "",
        "单项指标实际完成值",
        "自评得分",
        "",
      ],
      ["", "", "", "", "符号", "", "单位(文字描述)", "", "单项指标得分", "权重占比(%)"],
      ["", "产出指标", "质量指标", "申报对象覆盖率", ">=", 98, "%(百分比)", "100%", 25, 25],
    ]);
    expect(table.columns).toMatchObject({ comparator: 4, value: 5, unit: 6, weight: 9 });
    expect(table.rows[0].parsed).toMatchObject({ kind: "quantity", comparator: "ge", number: 98 });
  });

  it("counts a template's …… or 指标2 row as a placeholder row (廊坊 2019)", () => {
    const table = only([
      ["一级指标", "二级指标", "三级指标", "年度指标值"],
      ["产出指标", "数量指标", "指标1工程资金金额", "43.2"],
      ["", "", "指标2", ""],
      ["", "", "……", ""],
    ]);
    expect(table.rows.map((r) => r.placeholder)).toEqual([false, true, true]);
  });

  it("reads the year's columns, not the implementation period's beside them (青山 2020, 东莞 2022)", () => {
    const table = only([
      [
        "一级指标",
        "二级指标(长期)",
        "三级指标(长期)",
        "指标值(长期)",
        "二级指标(年度)",
        "三级指标(年度)",
        "指标值(年度)",
      ],
      ["产出指标", "数量指标", "", "", "数量指标", "重点建设工程安排数量", "≥2个"],
      ["", "质量指标", "", "", "质量指标", "重点建设工程验收合格率", "＝100%"],
    ]);
    expect(table.columns).toMatchObject({ level1: 0, level2: 4, level3: 5, value: 6 });
    expect(table.rows.map((r) => r.level3?.text)).toEqual(["重点建设工程安排数量", "重点建设工程验收合格率"]);
  });

  it("carries a level 2 down when the level-1 column is blank all along (大英 2022)", () => {
    const table = only([
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "", "成本指标", "助学金社会化发放率", "≥95%"],
      ["", "", "", "资金执行率", "100%"],
    ]);
    expect(table.rows.map((r) => [r.level2?.label, r.level2?.inherited])).toEqual([
      ["成本指标", false],
      ["成本指标", true],
    ]);
  });

  it("takes a self-evaluation's 预算设定指标值 as the target and ends at its score lines (南开 2018)", () => {
    const table = only([
      ["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
      ["产出指标", "质量指标", "设备验收合格率", "100%", "100%"],
      ["满意度指标", "服务对象满意度指标", "师生对仪器购置的满意度", "≥95%", "≥95%"],
      ["预算绩效评价结果", "考核节点进度完成率", "10分", "项目采购节约率", "10分"],
      ["", "预算编制准确度", "9分", "绩效评价结果", "29分"],
    ]);
    expect(table.columns.value).toBe(3);
    expect(table.rows).toHaveLength(2);
    expect(table.end).toBe("total");
  });

  it("reads a header whose closing bracket was lost in print (黄石三中 2023: 年初目标值(A)", () => {
    const table = only([
      ["一级指标", "二级指标", "三级指标", "年初目标值(A", "实际完成值(B"],
      ["产出指标", "数量指标", "维修改造校舍面积", "≥2000平方米", "2100平方米"],
    ]);
    expect(table.columns.value).toBe(3);
  });
});

describe("the goal as real forms give it", () => {
  const goalOf = (preamble: CellValue[][]) =>
    only([
      ...preamble,
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
      ["产出指标", "数量指标", "配备车辆数", "≥10辆", "10辆"],
    ]).goal;

  it.each([
    [
      "beside its label, whatever the period (湘潭 2023)",
      [["本年度绩效目标", "通过采购雾炮车降尘抑尘服务，全市空气质量达到优良"]],
    ],
    ["beside a starred label (浮梁 2026)", [["*年度绩效总目标", "保证林业局职能实现，保障人员经费。"]]],
    ["beside a label with a colon (甘孜 2023)", [["整体目标：", "组织协调推进全州食品安全重点工作"]]],
    [
      "on the line under a label alone (金寨 2021)",
      [["年度目标"], ["目标1:维护辖区各安置小区安全巡逻、环境卫生"]],
    ],
    [
      "under the year's heading of a row of headings (青山 2020)",
      [
        ["总体目标", "中期目标", "", "年度目标"],
        ["", "优化教育布局，推进综合改革", "", "按工作计划完成重点项目建设"],
      ],
    ],
    [
      "under 预期目标, not the result, on a self-evaluation; a score beside is no goal (遂宁 2021)",
      [
        ["年度目标完成情况", "预期目标", "", "目标实际完成情况", "20"],
        ["", "目标1:深入开展食品风险隐患排查整治。", "", "已完成", ""],
      ],
    ],
    ["under a numbered heading (慈溪 2023)", [["(一)中长期绩效目标"], ["坚持政府引导、家庭为主、多方参与"]]],
  ])("%s", (name, preamble) => {
    const goal = goalOf(preamble as CellValue[][]);
    // The year's goal: under 年度目标 where a row of headings names several periods.
    const expected = name.startsWith("under the year's heading")
      ? "按工作计划完成重点项目建设"
      : (preamble as CellValue[][]).flat().find((cell) => typeof cell === "string" && cell.length > 12);
    expect(goal?.value?.text).toBe(expected);
  });

  it("a short phrase ending in 目标 is a goal, not its heading", () => {
    expect(goalOf([["绩效目标", "本单位自定的目标"]])?.value?.text).toBe("本单位自定的目标");
  });

  it("a blank cell under the year's heading is a goal left empty (普陀 2022)", () => {
    const goal = goalOf([
      ["年度总体目标", "预期目标", "", "实际完成情况"],
      ["", "", "", "完成与委托运营方的结算"],
    ]);
    expect(goal?.label.text).toBe("预期目标");
    expect(goal?.value?.text ?? "").toBe("");
  });

  it("marks a self-evaluation by its column of results", () => {
    expect(only([["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值"]]).selfEvaluation).toBe(
      true,
    );
    expect(only([["一级指标", "二级指标", "三级指标", "指标值"]]).selfEvaluation).toBeUndefined();
  });
});
