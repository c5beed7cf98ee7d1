/**
 * findTables: recognise the 预算绩效目标表 in a workbook's grids and read each into the table
 * model. A table is anchored on its header row (DOMAIN §1's column words); the rows above give
 * its title, info and goal, the rows below its indicators until a blank row, a notes or totals
 * row, the next table, or the sheet's end.
 *
 * Why one file of some 900 lines: it is one algorithm (the header, then what lies above and below it)
 * whose steps share the grid's reading helpers; the words it looks for are in header-words.ts and
 * title.ts, and each form it reads has a test in test/core/detect.
 */
import {
  cellAt,
  gridEndCol,
  gridEndRow,
  MergeIndex,
  numberFormatAt,
  toA1,
  type CellValue,
  type Grid,
} from "../grid";
import type { ColumnKey, Field, IndicatorRow, InfoItem, LevelField, Table } from "../model";
import { cellText } from "../parse/cell-text";
import { parseSplitValue, parseValue } from "../parse/parse-value";
import { isTemplateMarker } from "../template-marks";
import { hasText, normaliseLabel } from "../text";
import { BUDGET_EXECUTION } from "../vocabulary";
import { COLUMN_WORDS, isActualColumn, MAX_HEADER_CHARS, matchHeaderWord } from "./header-words";
import { guessProfile } from "./profile-guess";
import { looksLikeTitle, parseTitle } from "./title";

/**
 * An organisation's sheet of standard rows (its own template catalogue, read by
 * src/core/templates/user-catalogue.ts): it looks like a table but is not a submission.
 */
export const USER_CATALOGUE_SHEET = "指标模板";
/** An organisation's own indicator library (one list of indicators): the pane's library reads it. */
export const USER_LIBRARY_SHEET = "指标库";

export interface FindTablesOptions {
  /** Stop after this many tables (a guard for hostile workbooks). */
  maxTables?: number;
  /** Table ids are this prefix and a number ("t1", "t2" …); a host checking sheets one by one gives each sheet its own. */
  idPrefix?: string;
}

/** How far above a header we look for its title, info and goal rows (blank rows not counted). */
const MAX_PREAMBLE_ROWS = 12;

const GOAL_LABELS = new Set(
  [
    "绩效目标",
    "年度绩效目标",
    "年度目标",
    "总体目标",
    "项目绩效目标",
    "年度总体目标",
    "实施期绩效目标",
    "绩效目标内容",
    "整体绩效目标",
    "项目年度绩效目标",
    "年度绩效目标内容",
    "部门整体绩效目标",
  ].map(normaliseLabel),
);

const INFO_LABELS = new Set(
  [
    "项目名称",
    "项目编码",
    "项目代码",
    "主管部门",
    "主管部门及代码",
    "实施单位",
    "部门名称",
    "单位名称",
    "预算单位",
    "项目负责人",
    "负责人",
    "联系电话",
    "联系人",
    "资金总额",
    "项目资金",
    "年度资金总额",
    "资金情况",
    "预算金额",
    "财政拨款",
    "其中：财政拨款",
    "其中:财政拨款",
    "其他资金",
    "资金来源",
    "项目属性",
    "项目类型",
    "项目类别",
    "项目期限",
    "实施期限",
    "预算年度",
    "年度",
    "填报单位",
    "金额单位",
    "单位",
  ].map(normaliseLabel),
);

const NOTES_START = /^(?:填报说明|填表说明|说明(?:[:：]|$)|注[:：]|注\d|附注|备注[:：])/;
const TOTAL_LABELS = new Set(["合计", "总计", "小计", "合计分值", "总分", "总分值", "合计得分"]);
/**
 * What follows the indicators on a filed form, in the left label column or the first: the finance
 * bureau's opinion, the signatures, a self-evaluation's conclusions or scores (预算绩效评价结果). The
 * table ends there.
 */
const FORM_END =
  /^(?:\S{0,12}(?:审核|审批|初审|审查|复核)意见|\S{0,12}绩效评价结果|填表人|填报人|单位负责人|项目负责人|财务负责人|评价结论|存在问题|改进措施|自评结论|其他需要说明|\S{0,16}\(盖章\))/;

type Columns = Partial<Record<ColumnKey, number>>;

interface HeaderMatch {
  row: number;
  /** Rows the header occupies (2 when a sub-header row splits a merged 指标值 cell). */
  height: number;
  columns: Columns;
  firstCol: number;
  lastCol: number;
  /** Every column headed by a sign or direction word (指标性质, 指标方向, 符号 …), left to right. */
  signCols: number[];
  /** An outline table (see Table.outline): levels come from heading lines in the name column. */
  outline?: true;
  /**
   * The header row's leftmost filled cell: left of the indicator columns it may head info columns
   * (单位名称, 项目名称, 年度目标) or a left label (绩效指标) whose cells end the table (合计, 总分).
   */
  leftCol: number;
}

/** Read access to one grid with merges resolved and per-cell text. */
class SheetReader {
  readonly merges: MergeIndex;
  readonly endRow: number;
  readonly endCol: number;

  constructor(readonly grid: Grid) {
    this.merges = new MergeIndex(grid.merges);
    this.endRow = gridEndRow(grid);
    this.endCol = gridEndCol(grid);
  }

  get startRow(): number {
    return this.grid.origin.row;
  }

  get startCol(): number {
    return this.grid.origin.col;
  }

  raw(row: number, col: number): CellValue {
    // A cell covered by a merge reads as empty, as in Excel, whatever a host put there.
    if (this.merges.isCovered(row, col)) return null;
    return cellAt(this.grid, row, col);
  }

  text(row: number, col: number): string {
    const value = this.raw(row, col);
    if (value === null) return "";
    if (typeof value === "string") return value;
    return cellText(value, numberFormatAt(this.grid, row, col));
  }

  field(row: number, col: number): Field {
    return { row, col, cell: toA1(row, col), raw: this.raw(row, col), text: this.text(row, col) };
  }

  private readonly headerWords = new Map<string, ColumnKey | null>();

  /** matchHeaderWord, remembered per text: every row is asked, and rows repeat their labels and values. */
  headerWord(text: string): ColumnKey | null {
    if (text.length > MAX_HEADER_CHARS) return null; // long texts (descriptions) are never header words
    let key = this.headerWords.get(text);
    if (key === undefined) {
      key = matchHeaderWord(text);
      this.headerWords.set(text, key);
    }
    return key;
  }

  /** The first non-blank column between two columns (inclusive), or -1; allocates nothing for string cells. */
  firstFilled(row: number, fromCol: number, toCol: number): number {
    const line = this.grid.values[row - this.grid.origin.row];
    if (!line) return -1;
    const last = Math.min(toCol, this.grid.origin.col + line.length - 1);
    for (let col = Math.max(fromCol, this.grid.origin.col); col <= last; col++) {
      if (this.isFilled(line[col - this.grid.origin.col], row, col)) return col;
    }
    return -1;
  }

  /** How many cells between two columns are non-blank, counting no further than `limit`. */
  countFilled(row: number, fromCol: number, toCol: number, limit: number): number {
    const line = this.grid.values[row - this.grid.origin.row];
    if (!line) return 0;
    let count = 0;
    const last = Math.min(toCol, this.grid.origin.col + line.length - 1);
    for (let col = Math.max(fromCol, this.grid.origin.col); col <= last && count < limit; col++) {
      if (this.isFilled(line[col - this.grid.origin.col], row, col)) count++;
    }
    return count;
  }

  private isFilled(value: CellValue | undefined, row: number, col: number): boolean {
    if (value === null || value === undefined || value === "") return false;
    if (this.merges.isCovered(row, col)) return false;
    return typeof value !== "string" || hasText(value);
  }

  /** The row's non-blank cells between two columns (inclusive), left to right. */
  filled(row: number, fromCol: number, toCol: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const line = this.grid.values[row - this.grid.origin.row];
    if (!line) return out;
    const last = Math.min(toCol, this.grid.origin.col + line.length - 1);
    for (let col = Math.max(fromCol, this.grid.origin.col); col <= last; col++) {
      const value = line[col - this.grid.origin.col];
      if (value === null || value === undefined || value === "") continue;
      const text = this.text(row, col);
      if (hasText(text)) out.push({ col, text });
    }
    return out;
  }
}

export function findTables(grids: readonly Grid[], options: FindTablesOptions = {}): Table[] {
  const maxTables = options.maxTables ?? Number.POSITIVE_INFINITY;
  const tables: Table[] = [];
  for (const grid of grids) {
    if (tables.length >= maxTables) break;
    const sheet = normaliseLabel(grid.sheet);
    if (sheet === USER_CATALOGUE_SHEET || sheet === USER_LIBRARY_SHEET) continue;
    const reader = new SheetReader(grid);
    let boundary = reader.startRow; // first row the next table's preamble may use
    let row = reader.startRow;
    while (row < reader.endRow && tables.length < maxTables) {
      const header = matchHeaderRow(reader, row);
      if (!header) {
        row++;
        continue;
      }
      const table = readTable(reader, header, boundary, `${options.idPrefix ?? "t"}${tables.length + 1}`);
      tables.push(table);
      const after = nextScanRow(table, header);
      boundary = after;
      row = after;
    }
  }
  return tables;
}

/** Where scanning resumes after a table: at the row that ended it when that row starts the next table. */
function nextScanRow(table: Table, header: HeaderMatch): number {
  const afterBody = Math.max(table.lastRow, header.row + header.height - 1) + 1;
  if (table.end === "nextTable") return afterBody;
  if (table.end === "notes" && table.notes) return table.notes.row + 1;
  return afterBody + 1;
}

/**
 * A header row names the value column and at least one indicator-name column, and its header
 * words are at least half of its filled cells (so prose mentioning 指标值 is not a header).
 */
function matchHeaderRow(reader: SheetReader, row: number): HeaderMatch | null {
  // Every body row is asked whether it starts the next table: answer most without allocating.
  if (!mayBeHeader(reader, row)) return null;
  const cells = reader.filled(row, reader.startCol, reader.endCol - 1);
  if (cells.length < 2) return null;
  const columns = matchColumns(cells);
  if (!columns) return null;
  nameColumnOfForm(cells, columns);
  let outline = false;
  if (columns.level1 === undefined && columns.level2 === undefined && columns.level3 === undefined) {
    const col = outlineNameColumn(reader, row, cells);
    if (col >= 0) {
      columns.level3 = col;
      outline = true;
    }
  }
  if (columns.value === undefined) valueBesideSign(reader, row, cells, columns);
  const matched = Object.keys(columns).length;
  if (columns.value === undefined) return null;
  if (columns.level1 === undefined && columns.level2 === undefined && columns.level3 === undefined)
    return null;
  // Columns of what was achieved (实际完成值, 得分) are part of such forms, not prose: not counted.
  const counted = cells.filter(({ text }) => !isActualColumn(text) || matchHeaderWord(text) !== null).length;
  if (matched < 2 || (matched * 2 < counted && !outline)) return null;

  let height = 1;
  const sub = matchSubHeader(reader, row, columns) ?? matchFullerHeaderBelow(reader, row, columns);
  if (sub) {
    Object.assign(columns, sub);
    height = 2;
  }
  const cols = Object.values(columns) as number[];
  const signCols = cells
    .filter(({ text }) => {
      const key = matchHeaderWord(text);
      return key === "comparator" || key === "direction";
    })
    .map(({ col }) => col);
  for (const key of ["comparator", "direction"] as const) {
    const col = sub?.[key];
    if (col !== undefined && !signCols.includes(col)) signCols.push(col);
  }
  signCols.sort((a, b) => a - b);
  const leftCol = Math.min(cells[0].col, ...cols);
  const match: HeaderMatch = {
    row,
    height,
    columns,
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
    signCols,
    leftCol,
  };
  if (outline) match.outline = true;
  return match;
}

/**
 * Self-evaluation forms head their columns in two full rows: 绩效指标 | 年度指标值 | 实际完成值 |
 * 分值 above 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位. When the row below holds
 * only header words, names a level column and the value, sign or unit, it is the header proper:
 * its columns win, and the upper row keeps the columns the lower one leaves blank (分值 …).
 */
function matchFullerHeaderBelow(reader: SheetReader, row: number, columns: Columns): Columns | null {
  const below = row + 1;
  if (below >= reader.endRow) return null;
  const cells = reader.filled(below, reader.startCol, reader.endCol - 1);
  if (cells.length < 3) return null;
  const lower: Columns = {};
  for (const { col, text } of cells) {
    const key = matchHeaderWord(text);
    if (!key) return null;
    if (lower[key] === undefined) lower[key] = col;
  }
  const names = lower.level1 !== undefined || lower.level2 !== undefined;
  const values = lower.value !== undefined || lower.comparator !== undefined || lower.unit !== undefined;
  if (!names || !values) return null;
  const taken = new Set(cells.map((c) => c.col));
  for (const key of Object.keys(columns) as ColumnKey[]) {
    const col = columns[key]!;
    if (lower[key] !== undefined || taken.has(col)) delete columns[key];
  }
  return lower;
}

const DIRECTION_WORDS = new Set(["正向", "反向", "正向指标", "反向指标", "中性", "正", "反"]);

/** How many rows below the header are sampled to tell a sign column from a direction column. */
const SIGN_SAMPLE_ROWS = 60;

/**
 * 指标性质 / 指标方向 hold the sign (≥ ≤ ＝ 定性) in some forms and the direction (正向 / 反向) in
 * others, and some forms have both. Each such column is read by what its body cells hold: the one
 * holding 正向/反向 is the direction, the other the comparator.
 */
function resolveSignColumns(reader: SheetReader, header: HeaderMatch): void {
  const { columns, signCols } = header;
  if (signCols.length === 0) return;
  const first = header.row + header.height;
  const last = Math.min(reader.endRow, first + SIGN_SAMPLE_ROWS) - 1;
  let direction: number | undefined;
  let comparator: number | undefined;
  for (const col of signCols) {
    let directions = 0;
    let others = 0;
    for (let row = first; row <= last; row++) {
      const text = normaliseLabel(reader.text(row, col));
      if (text === "") continue;
      if (DIRECTION_WORDS.has(text)) directions++;
      else others++;
    }
    const named = matchHeaderWord(reader.text(header.row, col) || reader.text(header.row + 1, col));
    if (directions > others || (named === "direction" && directions + others === 0)) {
      if (direction === undefined) direction = col;
    } else if (comparator === undefined || columns.comparator === col) {
      comparator = col;
    }
  }
  delete columns.comparator;
  delete columns.direction;
  if (comparator !== undefined) columns.comparator = comparator;
  if (direction !== undefined) columns.direction = direction;
}

/** A cheap first test of a header row: some cell names the value column and some cell a name column. */
function mayBeHeader(reader: SheetReader, row: number): boolean {
  const line = reader.grid.values[row - reader.grid.origin.row];
  if (!line) return false;
  let value = false;
  let name = false;
  for (const cell of line) {
    if (typeof cell !== "string") continue;
    const key = reader.headerWord(cell);
    // A sign column stands in for an unnamed value column (see valueBesideSign).
    if (key === "value" || key === "comparator") value = true;
    else if (key === "level1" || key === "level2" || key === "level3") name = true;
    else if (cell.length <= 6 && OUTLINE_NAME_WORDS.has(normaliseLabel(cell))) name = true;
    if (value && name) return true;
  }
  return false;
}

/** The name column's header in an outline table (项目 | 指标值 | 绩效金额). */
const OUTLINE_NAME_WORDS = new Set(["项目", "项目名称", "项目/指标", "项目及指标", "名称"]);

/** Level labels as an outline's headings write them, with a note in brackets: 成本指标(必填硬性指标). */
const OUTLINE_LEVEL1 = /^(产出|效益|效果|满意度|成本)指标$/;
const OUTLINE_LEVEL2 =
  /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|社会公众或服务对象满意度|满意度|经济成本|社会成本|生态环境成本)指标$/;
/** How far below the header an outline's first level-1 heading may be (unit and project lines come first). */
const OUTLINE_LOOKAHEAD = 8;

function outlineLabel(text: string): string {
  return normaliseLabel(text).replace(/\([^()]*\)$/, "");
}

/**
 * An outline header: no level column, but a 项目 column whose cells below turn to a level-1
 * heading within a few rows. Returns that column, or -1.
 */
function outlineNameColumn(
  reader: SheetReader,
  row: number,
  cells: readonly { col: number; text: string }[],
): number {
  for (const { col, text } of cells) {
    if (!OUTLINE_NAME_WORDS.has(normaliseLabel(text))) continue;
    for (let r = row + 1; r <= row + OUTLINE_LOOKAHEAD && r < reader.endRow; r++)
      if (OUTLINE_LEVEL1.test(outlineLabel(reader.text(r, col)))) return col;
  }
  return -1;
}

/**
 * Transfer-payment forms give one target column per town or county, headed by its name, right of
 * the sign column (指标方向 | 笏石街道办 | 埭头镇, 莆田 2025): the first of them is read as the value.
 */
function valueBesideSign(
  reader: SheetReader,
  row: number,
  cells: readonly { col: number; text: string }[],
  columns: Columns,
): void {
  const sign = columns.comparator;
  if (sign === undefined || (columns.level1 === undefined && columns.level2 === undefined)) return;
  const next = cells.find((c) => c.col > sign);
  if (!next || next.col !== sign + 1 || matchHeaderWord(next.text) !== null || isActualColumn(next.text))
    return;
  // The column must hold values below: a number or a value's text in the first body rows.
  for (let r = row + 1; r <= row + 3 && r < reader.endRow; r++) {
    const text = reader.text(r, next.col);
    if (/\d/.test(text)) {
      columns.value = next.col;
      return;
    }
  }
}

/**
 * Forms differ in which column names the indicator. 绩效指标 left of 一级指标 is the form's left
 * label, not the name column; where no column is headed 三级指标 (or a synonym), 指标内容 / 指标说明
 * right of the level columns holds the names (湖北 and 湖南 forms: 一级指标 | 二级指标 | 指标内容 | 指标值).
 */
function nameColumnOfForm(cells: readonly { col: number; text: string }[], columns: Columns): void {
  const levelCol = columns.level1 ?? columns.level2;
  if (levelCol === undefined) return;
  if (columns.level3 !== undefined && columns.level3 < levelCol) {
    const text = cells.find((c) => c.col === columns.level3)?.text ?? "";
    const word = normaliseLabel(text).replace(/\([^()]*\)$/, "");
    if (word === "绩效指标" || word === "绩效指标名称") delete columns.level3;
  }
  if (columns.level3 === undefined && columns.description !== undefined && columns.description > levelCol) {
    columns.level3 = columns.description;
    delete columns.description;
  }
}

/**
 * A column of the whole implementation period beside the year's (二级指标(长期) | … | 二级指标(年度),
 * 实施周期指标值 | 当年度指标值): the year's targets are the ones filed and checked.
 */
const LONG_TERM_COLUMN = /长期|中期|实施周期|绩效期/;

/**
 * Column of each key; when a key is named twice the more specific word wins (三级指标 over 绩效指标),
 * and the year's column over the implementation period's.
 */
function matchColumns(cells: readonly { col: number; text: string }[]): Columns | null {
  const columns: Columns = {};
  const rank: Partial<Record<ColumnKey, number>> = {};
  for (const { col, text } of cells) {
    const key = matchHeaderWord(text);
    if (!key) continue;
    const wordRank = COLUMN_WORDS[key].indexOf(normaliseLabel(text));
    const score =
      (wordRank < 0 ? COLUMN_WORDS[key].length : wordRank) + (LONG_TERM_COLUMN.test(text) ? 1000 : 0);
    if (columns[key] === undefined || score < rank[key]!) {
      columns[key] = col;
      rank[key] = score;
    }
  }
  return Object.keys(columns).length > 0 ? columns : null;
}

/**
 * Integrated-system exports sometimes split a merged 指标值 header into 指标性质 / 指标值 /
 * 计量单位 on the row below. Such a row holds only header words, under merged or blank cells.
 */
function matchSubHeader(reader: SheetReader, row: number, columns: Columns): Columns | null {
  const below = row + 1;
  if (below >= reader.endRow) return null;
  const cells = reader.filled(below, reader.startCol, reader.endCol - 1);
  if (cells.length < 2) return null;
  const sub: Columns = {};
  for (const { col, text } of cells) {
    const key = matchHeaderWord(text);
    // What was achieved last year or this year sits beside the target: not a column we read.
    if (!key && isActualColumn(text)) continue;
    if (!key) return null;
    const above = reader.merges.areaAt(row, col);
    const underMergedHeader = above !== null && above.colCount > 1;
    // Pasted without its merges, 预期指标值 still stands over the first of its parts (符号).
    const underValueHeader =
      columns.value === col && (key === "comparator" || key === "unit" || key === "value");
    if (!underMergedHeader && !underValueHeader && hasText(reader.text(row, col))) return null;
    sub[key] = col;
  }
  const keys = Object.keys(sub) as ColumnKey[];
  if (!keys.some((key) => key === "value" || key === "comparator" || key === "unit")) return null;
  // The merged 指标值 over 符号 | (blank) | 单位: its number sits in the part left unnamed.
  const parent = columns.value;
  if (parent !== undefined && sub.value === undefined && keys.some((key) => sub[key] === parent)) {
    const taken = new Set(Object.values(sub));
    const end = Math.max(...(Object.values(sub) as number[]));
    for (let col = parent + 1; col < end; col++) {
      if (!taken.has(col) && !hasText(reader.text(below, col))) {
        sub.value = col;
        break;
      }
    }
  }
  // A parent header word over the sub-header (the merged 指标值) is replaced by the sub-columns.
  for (const key of Object.keys(sub) as ColumnKey[]) delete columns[key];
  return sub;
}

function readTable(reader: SheetReader, header: HeaderMatch, boundary: number, id: string): Table {
  resolveSignColumns(reader, header);
  const { columns, firstCol, lastCol } = header;
  const headerFields: Partial<Record<ColumnKey, Field>> = {};
  for (const [key, col] of Object.entries(columns) as [ColumnKey, number][]) {
    const fieldRow =
      header.height === 2 && !hasText(reader.text(header.row, col)) ? header.row + 1 : header.row;
    headerFields[key] = reader.field(fieldRow, col);
  }

  const preamble = readPreamble(reader, header, boundary);
  const body = readBody(reader, header);
  const titleInfo = preamble.title ? parseTitle(preamble.title.text) : { fundingItem: null, year: null };
  const projectName = preamble.info.find((item) => item.label === "项目名称")?.value?.text;
  const fundingItem = titleInfo.fundingItem ?? (projectName ? normaliseLabel(projectName) : null);

  const top = preamble.topRow ?? header.row;
  const firstRow = header.row + header.height;
  const lastRow = body.rows.length > 0 ? body.rows[body.rows.length - 1].row : firstRow - 1;
  const layout = columns.comparator !== undefined || columns.unit !== undefined ? "split" : "combined";
  return {
    id,
    sheet: reader.grid.sheet,
    sheetHidden: reader.grid.hidden === true,
    title: preamble.title,
    fundingItem,
    year: titleInfo.year,
    info: preamble.info,
    goal: preamble.goal,
    headerRow: header.row,
    header: headerFields,
    columns,
    layout,
    rows: body.rows,
    firstRow,
    lastRow,
    bounds: {
      row: top,
      col: firstCol,
      rowCount: Math.max(lastRow, header.row + header.height - 1) - top + 1,
      colCount: lastCol - firstCol + 1,
    },
    end: body.end,
    notes: body.notes,
    profileGuess: guessProfile(body.rows),
    ...(header.outline ? { outline: true as const } : {}),
    ...(scoresBudgetExecution(reader, header, boundary) ? { scoresBudgetExecution: true as const } : {}),
    ...(reportsResults(reader, header) ? { selfEvaluation: true as const } : {}),
  };
}

/** A self-evaluation: its header has a column of results beside the targets (实际完成值, 完成值, 得分). */
function reportsResults(reader: SheetReader, header: HeaderMatch): boolean {
  for (let row = header.row; row < header.row + header.height; row++)
    for (const { text } of reader.filled(row, reader.startCol, reader.endCol - 1))
      if (
        text.length <= MAX_HEADER_CHARS &&
        /实际完成|完成值|完成指标值|实际值|^得分/.test(normaliseLabel(text))
      )
        return true;
  return false;
}

/**
 * Self-evaluation forms give 10 points to budget execution (执行率 in the funding rows above the
 * indicators) and 90 to the indicators (绩效指标(90分)): weights-sum then expects 90.
 */
function scoresBudgetExecution(reader: SheetReader, header: HeaderMatch, boundary: number): boolean {
  const from = Math.max(boundary, header.row - MAX_PREAMBLE_ROWS);
  for (let row = from; row < header.row + header.height; row++) {
    for (const { text } of reader.filled(row, reader.startCol, reader.endCol - 1)) {
      if (text.length > MAX_HEADER_CHARS * 2) continue;
      const label = normaliseLabel(text);
      if (BUDGET_EXECUTION.test(label) || (row >= header.row && /90分/.test(label))) return true;
    }
  }
  return false;
}

interface Preamble {
  title: Field | null;
  info: InfoItem[];
  goal: Table["goal"];
  topRow: number | null;
}

/**
 * Reads upwards from the header: goal and info rows, then the title. A row it does not know (the
 * goal's text under a row of goal labels, a 项目概况 line, a funding line of a self-evaluation) is
 * passed over; the title, the previous table's end (`boundary`) or MAX_PREAMBLE_ROWS ends it.
 */
function readPreamble(reader: SheetReader, header: HeaderMatch, boundary: number): Preamble {
  const result: Preamble = { title: null, info: [], goal: null, topRow: null };
  let seen = 0;
  for (let row = header.row - 1; row >= boundary && seen < MAX_PREAMBLE_ROWS; row--) {
    const cells = distinctTexts(reader.filled(row, reader.startCol, reader.endCol - 1));
    if (cells.length === 0) continue;
    seen++;
    const at = cells.findIndex((cell) => isGoalLabel(cell.text));
    if (at >= 0 && at <= 1) {
      if (!result.goal) {
        result.goal = goalOf(reader, row, cells, at, header.row);
        result.topRow = row;
      }
      continue;
    }
    const info = readInfoRow(reader, row, cells);
    if (info.length > 0) {
      result.info.unshift(...info);
      result.topRow = row;
      continue;
    }
    if (cells.length === 1 && looksLikeTitle(cells[0].text)) {
      result.title = reader.field(row, cells[0].col);
      result.topRow = row;
      // A title is the top of a table.
      break;
    }
  }
  return result;
}

/**
 * The goal of a row that names it: the text beside the label (绩效目标 | 通过…), or — where the row is a
 * row of goal headings (总体目标 | 中期目标 | 年度目标; 年度总体目标 | 预期目标 | 实际完成情况) — the text
 * under the year's heading on the row below.
 */
function goalOf(
  reader: SheetReader,
  row: number,
  cells: readonly { col: number; text: string }[],
  at: number,
  headerRow: number,
): NonNullable<Table["goal"]> {
  const label = reader.field(row, cells[at].col);
  // Beside it: the goal, unless the row is a row of headings (预期目标 | 实际完成情况 | 20), where a
  // number is a score, not the goal.
  const headingRow = cells.some(
    (cell, i) => i !== at && (isGoalLabel(cell.text) || isOutcomeLabel(cell.text)),
  );
  const beside = cells
    .slice(at + 1)
    .find(
      (cell) =>
        !isGoalLabel(cell.text) &&
        !isOutcomeLabel(cell.text) &&
        (!headingRow || /[\u4e00-\u9fa5A-Za-z]/.test(cell.text)),
    );
  if (beside) return { label, value: reader.field(row, beside.col) };
  // A heading alone (年度目标, its text on the next line: 金寨 2021), or a row of headings.
  const headings = cells.slice(at).filter((cell) => isGoalLabel(cell.text));
  const heading = headings.find((cell) => YEAR_GOAL.test(normaliseLabel(cell.text))) ?? headings[0];
  const below =
    row + 1 < headerRow ? distinctTexts(reader.filled(row + 1, reader.startCol, reader.endCol - 1)) : [];
  // The text under that heading (a blank one is a goal left empty, 普陀 2022).
  const area = reader.merges.areaAt(row + 1, heading.col);
  const under = below.find((cell) => cell.col === (area ? area.col : heading.col));
  if (below.length > 0 && !below.some((cell) => isGoalLabel(cell.text) || isInfoLabel(cell.text)))
    return {
      label: reader.field(row, heading.col),
      value: under ? reader.field(row + 1, under.col) : reader.field(row + 1, heading.col),
    };
  return { label, value: null };
}

/** A heading of a goal: 绩效目标, 本年度绩效目标, 年度总体目标, 整体目标：, 年度绩效目标(文字), 年度主要目标和成果. */
function isGoalLabel(text: string): boolean {
  const label = normaliseLabel(text)
    .replace(/^\*+/, "")
    // a heading's numbering: (一)中长期绩效目标, 一、年度目标, 1.绩效目标
    .replace(/^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、])/, "")
    .replace(/[:：]$/, "")
    .replace(/\([^()]*\)?$/, "");
  if (GOAL_LABELS.has(label)) return true;
  return label.length <= 12 && GOAL_WORDS.test(label) && !/完成|指标|投入|实际|说明/.test(label);
}

/** The year's own goal among goal headings (年度目标, 预期目标, 年初设定目标), rather than the whole period's. */
const YEAR_GOAL = /年度目标|预期目标|年初设定目标|当年/;
/**
 * What a goal heading looks like beyond the known labels: a period or scope, 总体/主要, 绩效, 目标, and
 * 内容/描述/和成果 (本年度绩效目标, 年度绩效总目标, 中长期绩效目标, 年初设定目标, 年度主要目标和成果).
 */
const GOAL_WORDS =
  /^(?:本|当)?(?:年度|年|实施期|实施周期|中长期|中期|长期|整体|总体|项目年度|项目|部门整体|部门|预期|年初设定|年初)?(?:总体|主要)?(?:绩效)?(?:总)?目标(?:内容|描述|总体描述|和成果)?$/;

/** The outcome column of a self-evaluation's goal headings (实际完成情况): never the goal itself. */
function isOutcomeLabel(text: string): boolean {
  const label = normaliseLabel(text);
  return label.length <= 12 && /完成情况|实际完成|完成目标/.test(label);
}

function isInfoLabel(text: string): boolean {
  return INFO_LABELS.has(normaliseLabel(text).replace(/[:：]$/, ""));
}

/** Label–value pairs on one row: "项目名称 | 会议费 | 主管部门 | 市人大常委会". Also "单位：万元". */
function readInfoRow(
  reader: SheetReader,
  row: number,
  cells: readonly { col: number; text: string }[],
): InfoItem[] {
  const items: InfoItem[] = [];
  for (let i = 0; i < cells.length; i++) {
    const label = normaliseLabel(cells[i].text).replace(/[:：]$/, "");
    if (INFO_LABELS.has(label)) {
      const next = cells[i + 1];
      const nextIsLabel = next !== undefined && isInfoLabel(next.text);
      items.push({
        label,
        labelField: reader.field(row, cells[i].col),
        value: next && !nextIsLabel ? reader.field(row, next.col) : null,
      });
      if (next && !nextIsLabel) i++;
      continue;
    }
    const colon = /^([^:：]{2,8})[:：](.+)$/.exec(normaliseLabel(cells[i].text));
    if (colon && INFO_LABELS.has(colon[1])) {
      items.push({
        label: colon[1],
        labelField: reader.field(row, cells[i].col),
        value: reader.field(row, cells[i].col),
      });
      continue;
    }
    // A row with anything else is not an info row.
    return [];
  }
  return items;
}

/** Pasted tables repeat a merged title's text across cells: keep the first of each run. */
function distinctTexts(cells: { col: number; text: string }[]): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (const cell of cells) {
    if (out.length > 0 && out[out.length - 1].text === cell.text) continue;
    out.push(cell);
  }
  return out;
}

interface Body {
  rows: IndicatorRow[];
  end: Table["end"];
  notes: Field | null;
}

function readBody(reader: SheetReader, header: HeaderMatch): Body {
  const { columns, firstCol, lastCol, leftCol } = header;
  const rows: IndicatorRow[] = [];
  const outline: OutlineState = { level1: null, level2: null, level1Indent: null };
  let previous: IndicatorRow | null = null;
  for (let row = header.row + header.height; row < reader.endRow; row++) {
    const firstFilled = reader.firstFilled(row, firstCol, lastCol);
    // Left of the indicator columns: a left label (合计 there ends the table) or info columns.
    const leftFilled = leftCol < firstCol ? reader.firstFilled(row, leftCol, firstCol - 1) : -1;
    const opening = leftFilled >= 0 ? leftFilled : firstFilled;
    if (opening >= 0) {
      const first = normaliseLabel(reader.text(row, opening));
      if (NOTES_START.test(first)) return { rows, end: "notes", notes: reader.field(row, opening) };
      if (TOTAL_LABELS.has(first) || FORM_END.test(first)) return { rows, end: "total", notes: null };
    }
    if (firstFilled < 0) {
      // A row blank but for cells covered by a merge from above is still inside the table; so is a
      // row with only info columns (a department's subtotal line in a budget-system export).
      if (leftFilled >= 0) continue;
      if (!coveredFromAbove(reader, row, columns)) return { rows, end: "blank", notes: null };
    } else {
      if (startsNextTable(reader, row, firstCol, lastCol)) return { rows, end: "nextTable", notes: null };
    }
    const indicator: IndicatorRow = header.outline
      ? readOutlineRow(reader, row, columns, outline)
      : readRow(reader, row, columns, previous);
    rows.push(indicator);
    previous = indicator;
  }
  return { rows, end: "sheetEnd", notes: null };
}

function coveredFromAbove(reader: SheetReader, row: number, columns: Columns): boolean {
  for (const col of Object.values(columns) as number[]) {
    const area = reader.merges.areaAt(row, col);
    if (area && area.row < row) {
      // Only level cells merge down over a group; a merged value cell would be odd but is still content.
      return true;
    }
  }
  return false;
}

function startsNextTable(reader: SheetReader, row: number, firstCol: number, lastCol: number): boolean {
  // Titles and goal rows have one or two texts; an indicator row has more, so skip the work for it.
  if (reader.countFilled(row, firstCol, lastCol, 3) <= 2) {
    const distinct = distinctTexts(reader.filled(row, firstCol, lastCol));
    if (distinct.length === 1 && looksLikeTitle(distinct[0].text)) return true;
    if (distinct.length <= 2 && isGoalLabel(distinct[0].text)) return true;
  }
  return matchHeaderRow(reader, row) !== null;
}

function readRow(
  reader: SheetReader,
  row: number,
  columns: Columns,
  previous: IndicatorRow | null,
): IndicatorRow {
  const field = (key: ColumnKey): Field | null => {
    const col = columns[key];
    return col === undefined ? null : reader.field(row, col);
  };
  const level1 = levelField(reader, row, columns.level1, previous?.level1 ?? null);
  // Level 2 carries down only within the same level-1 group (a level-1 column left blank all along,
  // as 大英 2022 files it, is one group).
  const sameGroup = level1 === null || level1.inherited || level1.label === "";
  const level2 = levelField(reader, row, columns.level2, sameGroup ? (previous?.level2 ?? null) : null);

  const level3 = field("level3");
  const description = field("description");
  const value = field("value");
  const comparator = field("comparator");
  const direction = field("direction");
  const unit = field("unit");
  const valueType = field("valueType");
  const basis = field("basis");
  const weight = field("weight");
  const scoring = field("scoring");
  const remarks = field("remarks");

  const context = { numberFormat: value ? numberFormatAt(reader.grid, row, value.col) : null };
  const parsed =
    comparator || unit
      ? parseSplitValue(
          { comparator: comparator?.raw ?? null, value: value?.raw ?? null, unit: unit?.raw ?? null },
          context,
        )
      : parseValue(value?.raw ?? null, context);

  // A name that is only the template's stand-in (……, 指标2) does not make the row an indicator.
  const named = level3 !== null && hasText(level3.text) && !isTemplateMarker(level3.text);
  const content = [
    description,
    value,
    comparator,
    direction,
    unit,
    valueType,
    basis,
    weight,
    scoring,
    remarks,
  ];
  const placeholder = !named && !content.some((f) => f !== null && hasText(f.text));
  return {
    row,
    level1,
    level2,
    level3,
    description,
    value,
    comparator,
    direction,
    unit,
    valueType,
    basis,
    weight,
    scoring,
    remarks,
    parsed,
    placeholder,
  };
}

interface OutlineState {
  level1: LevelField | null;
  level2: LevelField | null;
  /** Leading spaces of the level-1 headings: a deeper 成本指标 is a level 2 (2015's place for it). */
  level1Indent: number | null;
}

function leadingSpaces(text: string): number {
  let n = 0;
  while (n < text.length && (text[n] === " " || text[n] === "\u3000" || text[n] === "\t")) n++;
  return n;
}

/**
 * One line of an outline: a level heading (it sets the level for the lines below it and is a
 * heading row), a unit's or project's line above the first heading (a heading row without
 * levels), or an indicator whose levels are the headings above it.
 */
function readOutlineRow(
  reader: SheetReader,
  row: number,
  columns: Columns,
  state: OutlineState,
): IndicatorRow {
  const nameCol = columns.level3!;
  const text = reader.text(row, nameCol);
  const label = outlineLabel(text);
  const indent = leadingSpaces(text);
  const heading = (level: LevelField | null, level2: LevelField | null): IndicatorRow => ({
    ...readRow(reader, row, { ...columns, level3: undefined, level1: undefined, level2: undefined }, null),
    level1: level,
    level2,
    level3: null,
    placeholder: true,
    heading: true,
  });
  const own = (): LevelField => ({
    ...reader.field(row, nameCol),
    label,
    inherited: false,
    source: toA1(row, nameCol),
  });
  const isLevel1 =
    OUTLINE_LEVEL1.test(label) && (state.level1Indent === null || indent <= state.level1Indent);
  if (isLevel1) {
    state.level1 = own();
    state.level2 = null;
    state.level1Indent = indent;
    return heading(state.level1, null);
  }
  if (OUTLINE_LEVEL2.test(label) && state.level1 !== null) {
    state.level2 = own();
    return heading(inheritedAt(state.level1, row), state.level2);
  }
  if (state.level1 === null) return heading(null, null);
  const indicator = readRow(reader, row, { ...columns, level1: undefined, level2: undefined }, null);
  return {
    ...indicator,
    level1: inheritedAt(state.level1, row),
    level2: state.level2 ? inheritedAt(state.level2, row) : null,
  };
}

/** A heading's label carried down to a row below it, as a merged level cell is. */
function inheritedAt(source: LevelField, row: number): LevelField {
  const cell = toA1(row, source.col);
  return {
    row,
    col: source.col,
    cell,
    raw: null,
    text: "",
    label: source.label,
    inherited: true,
    source: source.cell,
  };
}

/** A level cell with its label; a blank cell takes the label of the group above, if any. */
function levelField(
  reader: SheetReader,
  row: number,
  col: number | undefined,
  above: LevelField | null,
): LevelField | null {
  if (col === undefined) return null;
  const cell = toA1(row, col);
  const raw = reader.raw(row, col);
  const text = reader.text(row, col);
  if (hasText(text))
    return { row, col, cell, raw, text, label: normaliseLabel(text), inherited: false, source: cell };
  if (above && above.label !== "")
    return { row, col, cell, raw, text, label: above.label, inherited: true, source: above.source };
  return { row, col, cell, raw, text, label: "", inherited: false, source: cell };
}
