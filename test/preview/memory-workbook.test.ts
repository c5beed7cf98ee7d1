import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import {
  createSampleWorkbook,
  MEETING_FEE_TABLE,
  SAMPLE_SHEET_NAME,
} from "../../src/preview/sample-workbook";

describe("MemoryWorkbook", () => {
  test("keeps sheets in tab order and activates the first one added", () => {
    const workbook = new MemoryWorkbook();
    expect(workbook.activeSheetName).toBeNull();
    workbook.addSheet("甲");
    workbook.addSheet("乙", [["x"]]);
    expect(workbook.sheetNames).toEqual(["甲", "乙"]);
    expect(workbook.activeSheetName).toBe("甲");
    workbook.activate("乙");
    expect(workbook.activeSheetName).toBe("乙");
  });

  test("rejects a duplicate sheet and an unknown one", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("S");
    expect(() => workbook.addSheet("S")).toThrow(/already exists/);
    expect(() => workbook.activate("T")).toThrow(/No sheet named "T"/);
    expect(() => workbook.getValues("T")).toThrow(/No sheet named "T"/);
  });

  test("writes a block anywhere, growing the sheet, and reads cells back", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("S", [["a"]]);
    workbook.setValues("S", 2, 1, [
      [1, true],
      [null, "d"],
    ]);
    expect(workbook.getValues("S")).toEqual([["a"], [], [null, 1, true], [null, null, "d"]]);
    expect(workbook.getCell("S", 2, 2)).toBe(true);
    expect(workbook.getCell("S", 9, 9)).toBeNull();
  });

  test("hands out copies, so callers cannot change it behind its back", () => {
    const rows = [["a", "b"]];
    const workbook = new MemoryWorkbook();
    workbook.addSheet("S", rows);
    rows[0][0] = "changed";
    workbook.getValues("S")[0][1] = "changed";
    expect(workbook.getValues("S")).toEqual([["a", "b"]]);
  });

  test("gives the engine a Grid of a sheet", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("S", [["a", null, 3]]);
    expect(workbook.toGrid("S")).toEqual({
      sheet: "S",
      values: [["a", null, 3]],
      merges: [],
      origin: { row: 0, col: 0 },
    });
  });
});

describe("the preview's sample workbook", () => {
  test("holds the 2022 meeting-fee table: title, goal, header and 14 indicator rows", () => {
    const workbook = createSampleWorkbook();
    expect(workbook.sheetNames).toEqual([SAMPLE_SHEET_NAME]);
    const values = workbook.getValues(SAMPLE_SHEET_NAME);
    expect(values[0]).toEqual(["1、2022年度会议费项目绩效目标表"]);
    expect(values[1]).toEqual(["绩效目标", "1.目标内容1"]);
    expect(values[2]).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "绩效指标描述",
      "指标值",
      "指标值确定依据",
    ]);
    expect(values).toHaveLength(3 + 14);
    expect(values).toEqual(MEETING_FEE_TABLE);
  });
});
