/** What the pane says about how a sheet was read, when Excel would not give all of it at once. */
import { screen } from "@testing-library/react";
import { renderPane } from "./helpers/pane";
import { seedGrid } from "./helpers/workbook";

test("a row with more merged areas than Excel returns is read without them, and the pane says so", async () => {
  const crowded = {
    sheet: "合并很多",
    values: [Array.from({ length: 1200 }, (_, c) => (c % 2 === 0 ? `项${c}` : null))],
    merges: Array.from({ length: 600 }, (_, i) => ({ row: 0, col: i * 2, rowCount: 1, colCount: 2 })),
    origin: { row: 0, col: 0 },
  };
  await renderPane({ grids: [seedGrid("会议费"), crowded] });
  expect(await screen.findByTestId("read-without-merges")).toHaveTextContent(
    "“合并很多”有 1 行的合并单元格太多，Excel 一次读不出（最多 512 个），这些行按未合并读取",
  );
});
