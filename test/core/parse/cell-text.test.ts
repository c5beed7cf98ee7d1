/**
 * Numbers as Excel shows them under the formats its Format Cells dialog offers (数字, 货币, 会计专用,
 * 百分比, 科学记数, 文本, 自定义): the text a person reads is the text findings quote.
 */
import { cellText } from "../../../src/core/parse/cell-text";
import { parseValue } from "../../../src/core/parse/parse-value";

describe("cellText: numbers as Excel displays them", () => {
  it.each([
    // 百分比 (percentage), with its decimal places
    [0.95, "0%", "95%"],
    [0.95, "0.00%", "95.00%"],
    [0.955, "0.0%", "95.5%"],
    [0.95, "#,##0.00%", "95.00%"],
    [12.5, "#,##0%", "1,250%"],
    // 数值 (number), with decimals, thousands and negative sections
    [1234.5, "0.00", "1234.50"],
    [1234.5, "#,##0.00", "1,234.50"],
    [1234.5, "#,##0", "1,235"],
    [1234.5, "#,##0.00_);[Red](#,##0.00)", "1,234.50"],
    [0.5, "#.##", ".5"],
    [2, "0.0#", "2.0"],
    // 货币 (currency) and custom literals
    [1234.5, "¥#,##0.00;¥-#,##0.00", "¥1,234.50"],
    [95, '0"人"', "95人"],
    [0.95, '"≥"0%', "≥95%"],
    [0.95, '"≥"0.0%', "≥95.0%"],
    [0.95, '0.00" %"', "0.95 %"],
    // 常规, 文本, 科学记数: the plain number
    [0.95, "General", "0.95"],
    [0.95, "@", "0.95"],
    [95000, "0.00E+00", "95000"],
    [0.1 + 0.2, null, "0.3"],
    // 日期 (date)
    [44926, "yyyy-mm-dd", "2022-12-31"],
    [44926, 'yyyy"年"m"月"d"日"', "2022-12-31"],
  ] as const)("%p under %j reads %j", (value, format, shown) => {
    expect(cellText(value, format)).toBe(shown);
  });
});

describe("parseValue reads number cells as they are shown", () => {
  it("a fraction under a percentage format is that percentage", () => {
    for (const format of ["0%", "0.00%", "0.0%", "#,##0.00%", "0.00%;[Red]-0.00%"])
      expect([format, parseValue(0.95, { numberFormat: format })]).toMatchObject([
        format,
        { kind: "quantity", number: 95, unit: { canonical: "%" } },
      ]);
  });

  it("a currency format gives the unit 元", () => {
    expect(parseValue(1234.5, { numberFormat: "¥#,##0.00" })).toMatchObject({
      kind: "quantity",
      number: 1234.5,
      unit: { canonical: "元" },
    });
  });
});
