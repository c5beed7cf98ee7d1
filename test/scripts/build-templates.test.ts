/**
 * scripts/build-templates.ts: the templates built from published tables. (The catalogue's tests hold
 * the built items to the lint and their evidence; these hold the build itself.)
 */
import { buildLibrary, tableOccurrences } from "../../scripts/build-library";
import { buildTemplates } from "../../scripts/build-templates";
import type { TemplateItemSpec } from "../../scripts/template-items";

const entries = buildLibrary();
const occurrences = tableOccurrences();

const farmland: TemplateItemSpec = {
  id: "high-standard-farmland",
  name: "高标准农田建设",
  aliases: [],
  tables: ["hunan-yueyang-2022-gaobiaozhunnongtian"],
};

test("an item's rows are its table's, with the values it wrote where a reviewer passes them", () => {
  const { inputs } = buildTemplates(entries, occurrences, [farmland]);
  const [item] = inputs;
  const own = occurrences.filter((o) => o.tableId === farmland.tables[0]).map((o) => o.name);
  for (const row of item.rows) expect(own).toContain(row.name);
  expect(item.rows.find((r) => r.name === "财政资金补助")).toMatchObject({
    comparator: "≤",
    value: 1600,
    unit: "元/亩",
  });
  expect(item.sources).toEqual([
    expect.objectContaining({
      id: "hunan-yueyang-2022-gaobiaozhunnongtian",
      url: expect.stringMatching(/^http/),
    }),
  ]);
});

test("rows the reviewer's key flags for the indicator itself are left out, and the notes say why", () => {
  const { notes } = buildTemplates(entries, occurrences, [
    {
      id: "party",
      name: "党校主体班",
      aliases: [],
      tables: ["hubei-huangshi-2022-zhutiban"],
      complete: ["培训人员获奖情况"],
    },
  ]);
  expect(notes.some((note) => /left out|completed/.test(note))).toBe(true);
});

test("a missing group is completed only with an indicator the item names or a universal one, and an item that cannot be built stops the build", () => {
  // 雾炮车: its satisfaction row sits under 效益 (a regional form), so its effect group is empty; nothing named fills it.
  const dust: TemplateItemSpec = {
    id: "dust-suppression",
    name: "雾炮车降尘抑尘服务",
    aliases: [],
    tables: ["hunan-xiangtan-2023-wupaoche"],
  };
  expect(() => buildTemplates(entries, occurrences, [dust])).toThrow(
    /cannot be built[\s\S]*dust-suppression/,
  );
  const named = buildTemplates(entries, occurrences, [{ ...dust, complete: ["清扫保洁覆盖率"] }]);
  expect(named.inputs[0].rows.map((r) => r.name)).toContain("清扫保洁覆盖率");
  expect(named.inputs[0].sources?.map((s) => s.id)).toContain("tianjin-xiqing-2020-bingmeifangzhi");
});
