/**
 * Issue 9, "nothing lost" (b): `fix` changes only the cells its fixes name, cell by cell through a
 * real .xlsx round trip. fast-check makes workbooks of one to three of the seed's real tables
 * (test/helpers/seed.ts) with mechanical slips injected (tabs, trailing and full-width spaces,
 * trailing 、，；, >= and 不低于 for ≥, ≥95 with no % on a rate, short level labels), and the
 * user's own content around and on them: fills, fonts, borders, number formats and alignment on any
 * cell (the slipped ones too), merged areas, dropdowns, formulas (one on a slipped table cell, which
 * fix must leave alone), notes, rich text, other sheets (hidden ones, and before the table's),
 * column widths and row heights. Each is written with exceljs, mended by `fix`, and both files read
 * back with exceljs: every cell a fix does not name has the same value, style, number format and
 * note; every named cell holds the fix's value (and keeps its style); merges, dropdowns, widths,
 * heights, and the sheets' order and visibility are as they were.
 *
 * CASES runs go through the `fix` command in this process (runFix, its engine in this thread), and
 * BINARY_CASES through the real binary; together they take about 15 s on a two-core machine.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runFix } from "../../src/cli/fix";
import type { Io } from "../../src/cli/io";
import { toCellValue } from "../../src/cli/read-workbook";
import type { CellValue } from "../../src/core/grid";
import { loadSeedTables, seedSheet } from "../helpers/seed";
import { ensureCliBuilt, runCli } from "./helpers/run-cli";
import { addGridSheet, newWorkbook, validationModel } from "./helpers/workbooks";

/** Workbooks mended in this process, and by the real binary. */
const CASES = 100;
const BINARY_CASES = 10;

const SEEDS = loadSeedTables();
let dir: string;
let caseNumber = 0;

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-fix-property-"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// ---- the workbooks ----

/** Table columns (seed layout): 一级, 二级, 三级, 描述, 指标值, 依据. */
const LEVEL2 = 1;
const NAME = 2;
const DESCRIPTION = 3;
const VALUE = 4;
const BASIS = 5;

const FAULTS = [
  "tab",
  "trailingSpaces",
  "fullWidthSpace",
  "trailingPunctuation",
  "comparatorAscii",
  "comparatorWords",
  "percentMissing",
  "shortLevel2",
  "richTextSpace",
] as const;
type Fault = (typeof FAULTS)[number];

const fault = fc.record({
  row: fc.nat(),
  fault: fc.constantFrom(...FAULTS),
  col: fc.constantFrom(NAME, DESCRIPTION, BASIS),
});

const colour = fc.constantFrom("FFFF0000", "FF00B050", "FFDDEBF7", "FF7F7F7F", "FFFFFF00");
const style = fc.record(
  {
    font: fc.record({
      bold: fc.boolean(),
      italic: fc.boolean(),
      size: fc.constantFrom(9, 11, 14),
      color: fc.record({ argb: colour }),
    }),
    fill: colour.map((argb) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } })),
    border: fc.constantFrom("thin", "double", "dashed").map((kind) => ({
      top: { style: kind as ExcelJS.BorderStyle },
      bottom: { style: kind as ExcelJS.BorderStyle, color: { argb: "FF0000FF" } },
    })),
    numFmt: fc.constantFrom("0.00%", "#,##0", "yyyy年m月d日", "@", '0.0"万元"'),
    alignment: fc.record({
      wrapText: fc.boolean(),
      horizontal: fc.constantFrom("left" as const, "center" as const),
    }),
  },
  { requiredKeys: [] },
);
const at = (rows: number, cols: number) =>
  fc.record({ r: fc.integer({ min: 1, max: rows }), c: fc.integer({ min: 1, max: cols }) });

/** Merged areas of the user's own, in the columns right of the tables (J to M), none overlapping. */
const MERGES = ["J2:K3", "L5:N5", "J8:J11", "K14:L15", "M20:M21"];

const workbookSpec = fc.record({
  tables: fc.uniqueArray(fc.nat(SEEDS.length - 1), { minLength: 1, maxLength: 3 }),
  mergeLevels: fc.boolean(),
  top: fc.nat(3),
  faults: fc.array(fault, { minLength: 1, maxLength: 12 }),
  styles: fc.array(fc.record({ cell: at(60, 14), style }), { maxLength: 20 }),
  merges: fc.subarray(MERGES),
  dropdowns: fc.array(
    fc.record({ cell: at(60, 8), list: fc.constantFrom('"产出指标,效益指标"', '"是,否"') }),
    { maxLength: 6 },
  ),
  formulas: fc.array(
    fc.record({
      r: fc.integer({ min: 1, max: 40 }),
      c: fc.integer({ min: 9, max: 14 }),
      result: fc.integer(),
    }),
    { maxLength: 4 },
  ),
  formulaOnSlip: fc.boolean(),
  notes: fc.array(
    fc.record({ cell: at(60, 14), text: fc.constantFrom("请核实", "审核意见：依据不足", "note") }),
    { maxLength: 4 },
  ),
  richText: fc.array(at(40, 14), { maxLength: 3 }),
  otherSheets: fc.array(
    fc.record({
      hidden: fc.boolean(),
      before: fc.boolean(),
      values: fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 6 }),
    }),
    { maxLength: 2 },
  ),
  widths: fc.array(
    fc.record({ c: fc.integer({ min: 1, max: 14 }), width: fc.integer({ min: 4, max: 60 }) }),
    { maxLength: 5 },
  ),
  heights: fc.array(
    fc.record({ r: fc.integer({ min: 1, max: 60 }), height: fc.integer({ min: 12, max: 40 }) }),
    { maxLength: 4 },
  ),
});
type Spec = typeof workbookSpec extends fc.Arbitrary<infer T> ? T : never;

const SHEET = "绩效目标";

/** A slip in a cell's text, or null where this slip does not fit the row. */
function slip(
  kind: Fault,
  line: (CellValue | ExcelJS.CellValue)[],
  col: number,
): [number, ExcelJS.CellValue] | null {
  const text = (c: number): string | null => (typeof line[c] === "string" ? (line[c] as string) : null);
  switch (kind) {
    case "tab":
      return text(col) ? [col, `${text(col)}\t`] : null;
    case "trailingSpaces":
      return text(col) ? [col, `${text(col)}  `] : null;
    case "fullWidthSpace":
      return text(col) ? [col, `\u3000${text(col)}`] : null;
    case "trailingPunctuation":
      return text(NAME) ? [NAME, `${text(NAME)}${["、", "，", "；"][col % 3]}`] : null;
    case "comparatorAscii": {
      const value = text(VALUE);
      return value && /^[≥≤]\d/.test(value) ? [VALUE, value.replace("≥", ">=").replace("≤", "<=")] : null;
    }
    case "comparatorWords": {
      const value = text(VALUE);
      return value && /^[≥≤]\d/.test(value)
        ? [VALUE, value.replace("≥", "不低于").replace("≤", "不高于")]
        : null;
    }
    case "percentMissing": {
      const value = text(VALUE);
      const name = text(NAME) ?? "";
      return value && /^≥\d+%$/.test(value) && /率|度/.test(name) ? [VALUE, value.slice(0, -1)] : null;
    }
    case "shortLevel2": {
      const level2 = text(LEVEL2);
      return level2 && /^(数量|质量|时效|成本)指标$/.test(level2)
        ? [LEVEL2, level2.replace("指标", "")]
        : null;
    }
    case "richTextSpace":
      return text(col)
        ? [col, { richText: [{ text: text(col)!, font: { bold: true } }, { text: " " }] }]
        : null;
  }
}

/** The workbook a spec describes, written to a file; returns the sheet row of each table's first body row. */
async function writeWorkbook(spec: Spec, file: string): Promise<void> {
  const tables = spec.tables.map((i) => SEEDS[i]);
  const { grid, headerRows } = seedSheet(SHEET, tables, {
    mergeLevels: spec.mergeLevels,
    at: { row: spec.top, col: 0 },
  });
  const workbook = newWorkbook();
  const before = spec.otherSheets.filter((other) => other.before);
  const after = spec.otherSheets.filter((other) => !other.before);
  const addOther = (other: Spec["otherSheets"][number], i: number, where: string): void => {
    const sheet = workbook.addWorksheet(`附表${where}${i + 1}`, {
      state: other.hidden ? "hidden" : "visible",
    });
    other.values.forEach((value, c) => (sheet.getCell(1, c + 1).value = value));
    sheet.getCell("A3").value = "  说明 ";
  };
  before.forEach((other, i) => addOther(other, i, "甲"));
  const sheet = addGridSheet(workbook, grid);
  after.forEach((other, i) => addOther(other, i, "乙"));

  // Body rows (0-based grid rows) of every table, for the slips.
  const bodies: number[] = [];
  headerRows.forEach((header, t) => {
    for (let i = 1; i <= tables[t].body.length; i++) bodies.push(header - spec.top + i);
  });
  const slipped: { r: number; c: number }[] = [];
  for (const one of spec.faults) {
    const r = bodies[one.row % bodies.length];
    const line = grid.values[r];
    const change = slip(one.fault, line, one.col);
    if (!change) continue;
    const [c, value] = change;
    const cell = sheet.getCell(spec.top + r + 1, c + 1);
    if (cell.isMerged && cell.master !== cell) continue; // a covered cell of a merged level: Excel shows nothing there
    cell.value = value;
    line[c] = typeof value === "string" ? value : toCellValue(value);
    slipped.push({ r: spec.top + r + 1, c: c + 1 });
  }
  if (spec.formulaOnSlip) {
    // A slip that is a formula's cached result: fix must leave the formula alone.
    const r = spec.top + bodies[0] + 1;
    sheet.getCell(r, BASIS + 1).value = { formula: '"年初工作要点 "', result: "年初工作要点 " };
  }
  for (const { cell, style: s } of spec.styles)
    Object.assign(sheet.getCell(cell.r, cell.c), JSON.parse(JSON.stringify(s)));
  for (const range of spec.merges) {
    sheet.mergeCells(range);
    sheet.getCell(range.split(":")[0]).value = `合并 ${range}`;
  }
  for (const { cell, list } of spec.dropdowns)
    sheet.getCell(cell.r, cell.c).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
    };
  for (const { r, c, result } of spec.formulas) {
    const target = sheet.getCell(r, c);
    if (!target.isMerged) target.value = { formula: `ROW()*${Math.abs(result) % 100}`, result };
  }
  for (const { cell, text } of spec.notes) sheet.getCell(cell.r, cell.c).note = text;
  for (const { r, c } of spec.richText) {
    const target = sheet.getCell(r, c);
    if (target.value === null && !target.isMerged)
      target.value = { richText: [{ text: "红", font: { color: { argb: "FFFF0000" } } }, { text: "字 " }] };
  }
  for (const { c, width } of spec.widths) sheet.getColumn(c).width = width;
  for (const { r, height } of spec.heights) sheet.getRow(r).height = height;
  await workbook.xlsx.writeFile(file);
}

// ---- mending and comparing ----

interface FixJson {
  fixes: { rule: string; sheet: string; cell: string; from: CellValue; to: CellValue }[];
  skipped: { sheet: string; cell: string }[];
}

/** runFix in this process, its output gathered as the process would print it. */
async function fixInProcess(input: string, output: string): Promise<{ code: number; json: FixJson }> {
  let out = "";
  const io: Io = {
    out: (text) => void (out += text),
    err: () => {},
    progress: () => {},
    env: { JIXIAO_WORKER: "never", LANG: "en_US.UTF-8" },
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await runFix([input, "-o", output, "--format", "json"], io);
  return { code, json: JSON.parse(out) as FixJson };
}

function fixInBinary(input: string, output: string): { code: number; json: FixJson } {
  const run = runCli(["fix", input, "-o", output, "--format", "json"]);
  return { code: run.code ?? -1, json: JSON.parse(run.stdout) as FixJson };
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function cellsOf(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => void cells.set(cell.address, cell)),
  );
  return cells;
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

/** Everything fix must keep, and the mended cells as the fixes say; throws (with where) on the first difference. */
function assertOnlyFixedCellsChanged(
  input: ExcelJS.Workbook,
  output: ExcelJS.Workbook,
  result: FixJson,
): void {
  // A cell mended twice (a later round mends what an earlier one wrote): from the first, to the last.
  const mended = new Map<string, { from: CellValue; to: CellValue }>();
  for (const fix of result.fixes) {
    const key = `${fix.sheet}!${fix.cell}`;
    mended.set(key, { from: mended.get(key)?.from ?? fix.from, to: fix.to });
  }
  expect(output.worksheets.map((s) => [s.name, s.state])).toEqual(
    input.worksheets.map((s) => [s.name, s.state]),
  );
  for (const before of input.worksheets) {
    const after = output.getWorksheet(before.name)!;
    expect([before.name, [...after.model.merges].sort()]).toEqual([
      before.name,
      [...before.model.merges].sort(),
    ]);
    expect(plain(validationModel(after))).toEqual(plain(validationModel(before)));
    expect(after.columns?.map((c) => c.width)).toEqual(before.columns?.map((c) => c.width));
    for (let r = 1; r <= before.rowCount; r++)
      expect([r, after.getRow(r).height]).toEqual([r, before.getRow(r).height]);
    const a = cellsOf(before);
    const b = cellsOf(after);
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(address);
      const y = b.get(address);
      // A cell a merge covers shows its top-left cell's value (exceljs reads it so): the top-left's fix is its own.
      const master = (y ?? x)?.master?.address ?? address;
      const fix = mended.get(`${before.name}!${master}`);
      const where = `${before.name}!${address}`;
      if (fix) {
        expect([where, toCellValue(x?.value)]).toEqual([where, fix.from]);
        expect([where, toCellValue(y?.value)]).toEqual([where, fix.to]);
      } else {
        expect([where, plain(y?.value)]).toEqual([where, plain(x?.value)]);
      }
      expect([where, plain(y?.style)]).toEqual([where, plain(x?.style)]);
      expect([where, y?.numFmt]).toEqual([where, x?.numFmt]);
      expect([where, plain(y?.note)]).toEqual([where, plain(x?.note)]);
    }
  }
}

async function mendAndCompare(
  spec: Spec,
  mend: (
    input: string,
    output: string,
  ) => Promise<{ code: number; json: FixJson }> | { code: number; json: FixJson },
): Promise<void> {
  const n = ++caseNumber;
  const input = path.join(dir, `in-${n}.xlsx`);
  const output = path.join(dir, `out-${n}.xlsx`);
  await writeWorkbook(spec, input);
  const before = fs.readFileSync(input);
  const { code, json } = await mend(input, output);
  expect([0, 1]).toContain(code);
  expect(fs.readFileSync(input).equals(before)).toBe(true);
  if (spec.formulaOnSlip) expect(json.skipped.length).toBeGreaterThan(0);
  assertOnlyFixedCellsChanged(await read(input), await read(output), json);
  fs.rmSync(input);
  fs.rmSync(output);
}

test(`fix changes only the cells its fixes name (${CASES} workbooks, in process)`, async () => {
  let fixes = 0;
  await fc.assert(
    fc.asyncProperty(workbookSpec, async (spec) => {
      await mendAndCompare(spec, async (input, output) => {
        const result = await fixInProcess(input, output);
        fixes += result.json.fixes.length;
        return result;
      });
    }),
    { numRuns: CASES },
  );
  // The slips were there to be mended: on average more than one fix a workbook.
  expect(fixes).toBeGreaterThan(CASES);
}, 300_000);

test(`the same through the real binary (${BINARY_CASES} workbooks)`, async () => {
  await fc.assert(
    fc.asyncProperty(workbookSpec, (spec) => mendAndCompare(spec, fixInBinary)),
    { numRuns: BINARY_CASES },
  );
}, 120_000);
