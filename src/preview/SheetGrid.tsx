/**
 * One sheet of the in-memory workbook as a spreadsheet: column letters, row numbers, cell text,
 * merged areas drawn merged, the user's fills, the add-in's marks (from the conditional formats),
 * a dropdown on a selected cell with a list, links that go where they point. Only the rows and
 * columns in view are rendered, so a sheet of thousands of rows scrolls smoothly.
 *
 * Everything a person does goes through the fake's simulated user (select, edit, pick, clear), which
 * raises the events the pane listens to, as Excel would; the view only reads the model.
 *
 * Keyboard: the grid is one tab stop (role="grid", aria-activedescendant on the active cell); arrow
 * keys move, Enter or F2 edits, typing starts an edit, Escape cancels it, Delete clears, Alt+Down
 * opens a dropdown, Ctrl+Enter follows a link.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { flushSync } from "react-dom";
import { getTheme, mergeStyleSets } from "@fluentui/react";
import { type CellRange, columnName, rangesOverlap, toA1 } from "../core/grid";
import { cellKey, marksInWindow, type CellMark } from "./cell-marks";
import { arrowDirection, moveFrom, selectionAt, type Direction } from "./grid-keys";
import { formatLocal, parseAddress } from "../workbook/address";
import type { FakeExcel } from "./office/fake-excel";

import type { Hyperlink, SheetModel } from "../workbook/workbook-model";
import { usePreviewText, type PreviewMessageId } from "./preview-messages";
import {
  cellText,
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  sheetLayout,
  textWidth,
  viewWindow,
  type SheetLayout,
} from "./sheet-layout";

export interface GridNotice {
  id: PreviewMessageId;
  data?: Record<string, string | number>;
}

interface SheetGridProps {
  fake: FakeExcel;
  sheet: SheetModel;
  /** Bumped whenever the workbook changes. */
  version: number;
  onNotice: (notice: GridNotice) => void;
}

interface Editing {
  row: number;
  col: number;
  text: string;
  original: string;
  /** "enter": started by typing, arrow keys finish it; "edit": Enter/F2/double-click, arrow keys move the caret. */
  mode: "enter" | "edit";
}

/** Used where the viewport cannot be measured (jsdom). */
const FALLBACK_VIEWPORT = { width: 1024, height: 720 };
const GRID_LINE = "#e1dfdd";
const HEADER_BACKGROUND = "#f3f2f1";
const SELECTION = "#107c41";
/** How many columns a title or note may run into while the cells beside it are empty. */
const MAX_OVERFLOW_COLUMNS = 8;

const classes = mergeStyleSets({
  scroller: {
    position: "relative",
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    outline: "none",
    fontSize: 12,
    // Fluent's face first (Segoe UI where there is one), then a system sans-serif, never a serif.
    fontFamily: getTheme().fonts.medium.fontFamily,
    background: "#fff",
    selectors: {
      ":focus-visible": { boxShadow: `inset 0 0 0 2px #0078d4` },
      ":focus-visible .jx-selection": { boxShadow: `0 0 0 1px #fff, 0 0 0 3px ${SELECTION}` },
    },
  },
  headerRow: {
    position: "sticky",
    top: 0,
    zIndex: 5,
    height: HEADER_HEIGHT,
    background: HEADER_BACKGROUND,
  },
  corner: {
    position: "sticky",
    left: 0,
    zIndex: 6,
    width: ROW_HEADER_WIDTH,
    height: HEADER_HEIGHT,
    boxSizing: "border-box",
    background: HEADER_BACKGROUND,
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid #c8c6c4`,
  },
  columnHeader: {
    position: "absolute",
    top: 0,
    height: HEADER_HEIGHT,
    boxSizing: "border-box",
    lineHeight: `${HEADER_HEIGHT - 1}px`,
    textAlign: "center",
    color: "#484644",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid #c8c6c4`,
    userSelect: "none",
  },
  body: { position: "relative" },
  row: { position: "absolute", left: 0, height: ROW_HEIGHT },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 4,
    width: ROW_HEADER_WIDTH,
    height: ROW_HEIGHT,
    boxSizing: "border-box",
    padding: "0 6px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    textAlign: "right",
    color: "#484644",
    background: HEADER_BACKGROUND,
    borderRight: `1px solid #c8c6c4`,
    borderBottom: `1px solid ${GRID_LINE}`,
    userSelect: "none",
  },
  headerActive: { background: "#d2d0ce", color: "#201f1e", fontWeight: 600 },
  cell: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    padding: "0 5px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    color: "#201f1e",
    cursor: "cell",
  },
  merged: { display: "flex", alignItems: "center", lineHeight: "normal" },
  mergedText: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minWidth: 0,
    flexGrow: 1,
  },
  number: { textAlign: "right" },
  centre: { textAlign: "center" },
  overflowing: { overflow: "visible", zIndex: 1 },
  overflowText: {
    position: "absolute",
    top: 0,
    left: 0,
    bottom: 1,
    padding: "0 5px",
    boxSizing: "border-box",
    overflow: "hidden",
    textOverflow: "ellipsis",
    background: "#fff",
    pointerEvents: "none",
  },
  link: { color: "#0563c1", textDecoration: "underline", cursor: "pointer" },
  selection: {
    position: "absolute",
    zIndex: 3,
    boxSizing: "border-box",
    border: `2px solid ${SELECTION}`,
    pointerEvents: "none",
  },
  editor: {
    position: "absolute",
    zIndex: 7,
    boxSizing: "border-box",
    margin: 0,
    padding: "0 4px",
    border: `2px solid ${SELECTION}`,
    font: "inherit",
    fontSize: 12,
    outline: "none",
    background: "#fff",
    boxShadow: "0 2px 6px rgba(0,0,0,0.2)",
  },
  dropdown: {
    position: "absolute",
    zIndex: 3,
    width: 20,
    height: ROW_HEIGHT,
    boxSizing: "border-box",
    padding: 0,
    fontSize: 12,
    cursor: "pointer",
    selectors: { ":focus-visible": { outline: "2px solid #0078d4" } },
  },
  hidden: {
    position: "absolute",
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** A DOM id for a cell; sheet ids carry braces, which are fine in ids but not in selectors. */
function cellId(sheet: SheetModel, row: number, col: number): string {
  return `jx-${sheet.id.replace(/[^\w-]/g, "")}-${row}-${col}`;
}

/** The place a workbook link points at: "'Sheet 1'!A1", "Sheet1!B2:C3" or "A1" (this sheet). */
function linkTarget(link: Hyperlink, sheet: SheetModel): { sheet: string; range: CellRange } | null {
  const reference = link.documentReference?.replace(/^#/, "");
  if (!reference) return null;
  const parsed = parseAddress(reference);
  if (!parsed) return null;
  return { sheet: parsed.sheet ?? sheet.name, range: parsed.range };
}

export function SheetGrid({ fake, sheet, version, onNotice }: SheetGridProps) {
  const { t } = usePreviewText();
  const scroller = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLInputElement>(null);
  const dropdown = useRef<HTMLSelectElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [editing, setEditing] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  editingRef.current = editing;

  // The layout is read from the model, which changes in place: `version` says when.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layout = useMemo(() => sheetLayout(sheet), [sheet, version]);
  const win = viewWindow(layout, scroll, viewport);
  const winRange: CellRange = {
    row: win.firstRow,
    col: win.firstCol,
    rowCount: win.lastRow - win.firstRow + 1,
    colCount: win.lastCol - win.firstCol + 1,
  };
  const active = sheet.activeCell;
  const activeArea = sheet.mergeAt(active.row, active.col) ?? {
    row: active.row,
    col: active.col,
    rowCount: 1,
    colCount: 1,
  };
  const selection = sheet.selection;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0 && element.clientHeight > 0)
        setViewport({ width: element.clientWidth, height: element.clientHeight });
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Bring the active cell into view when it moves (by keyboard, by the pane, by a link).
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const top = activeArea.row * ROW_HEIGHT;
    const bottom = top + activeArea.rowCount * ROW_HEIGHT;
    const left = layout.lefts[Math.min(activeArea.col, layout.colCount)] ?? 0;
    const right = layout.lefts[Math.min(activeArea.col + activeArea.colCount, layout.colCount)] ?? left;
    const height = element.clientHeight - HEADER_HEIGHT;
    const width = element.clientWidth - ROW_HEADER_WIDTH;
    if (height <= 0 || width <= 0) return;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (bottom > element.scrollTop + height) element.scrollTop = Math.min(top, bottom - height);
    if (left < element.scrollLeft) element.scrollLeft = left;
    else if (right > element.scrollLeft + width) element.scrollLeft = Math.min(left, right - width);
    // Only a move of the active cell scrolls: not every change of the workbook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active.row, active.col, sheet]);

  useEffect(() => {
    if (editing) editor.current?.focus();
  }, [editing]);

  const focusGrid = useCallback(() => scroller.current?.focus({ preventScroll: true }), []);

  const select = useCallback(
    (row: number, col: number) => fake.user.select(sheet.name, selectionAt(sheet, row, col).address),
    [fake, sheet],
  );

  const move = useCallback(
    (direction: Direction, steps = 1) => {
      const to = moveFrom(sheet, sheet.activeCell, direction, steps);
      select(to.row, to.col);
    },
    [sheet, select],
  );

  const followLink = useCallback(
    (link: Hyperlink) => {
      const target = linkTarget(link, sheet);
      if (target) {
        const to = fake.model.findSheet(target.sheet);
        if (!to || to.visibility !== "Visible") {
          onNotice({ id: "grid.linkMissing", data: { target: target.sheet } });
          return;
        }
        // A link to one cell of a merged area selects the area, as a click on it does.
        const { range } = target;
        const address =
          range.rowCount === 1 && range.colCount === 1
            ? selectionAt(to, range.row, range.col).address
            : formatLocal(range);
        fake.user.select(to.name, address);
        return;
      }
      if (link.address && /^(https?|mailto):/i.test(link.address))
        window.open(link.address, "_blank", "noopener");
    },
    [fake, sheet, onNotice],
  );

  const startEdit = useCallback(
    (mode: Editing["mode"], initial?: string) => {
      const { row, col } = sheet.activeCell;
      const original = cellText(sheet.value(row, col), sheet.numberFormat(row, col));
      setEditing({ row, col, original, text: initial ?? original, mode });
    },
    [sheet],
  );

  /** Writes the editor's text as the person's typing (validation, events), then moves as asked. */
  const commit = useCallback(
    (then: Direction | null) => {
      const current = editingRef.current;
      if (!current) return;
      editingRef.current = null;
      setEditing(null);
      const address = toA1(current.row, current.col);
      if (current.text !== current.original) {
        const result = fake.user.edit(sheet.name, address, current.text);
        if (!result.accepted) {
          onNotice(
            result.reason === "protected"
              ? { id: "grid.refused.protected", data: { cell: address } }
              : { id: "grid.refused.validation", data: { value: current.text, cell: address } },
          );
        }
        // Excel's Enter moves down, which the simulated user's edit has done.
        if (then && then !== "down") {
          const to = moveFrom(sheet, { row: current.row, col: current.col }, then);
          select(to.row, to.col);
        }
      } else if (then) {
        const to = moveFrom(sheet, { row: current.row, col: current.col }, then);
        select(to.row, to.col);
      }
      focusGrid();
    },
    [fake, sheet, select, onNotice, focusGrid],
  );

  const cancel = useCallback(() => {
    editingRef.current = null;
    setEditing(null);
    focusGrid();
  }, [focusGrid]);

  const activeLink = sheet.hyperlink(active.row, active.col);
  const activeList = (() => {
    const entry = sheet.validationAt(active.row, active.col);
    if (!entry?.rule?.list?.inCellDropDown) return null;
    return sheet.listItems(entry);
  })();

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || editingRef.current) return;
    const direction = arrowDirection(event.key);
    if (direction === "down" && event.altKey) {
      if (dropdown.current) {
        event.preventDefault();
        dropdown.current.focus();
        try {
          dropdown.current.showPicker();
        } catch {
          // Not every browser lets a script open a select; it is focused, and Alt+Down opens it there.
        }
      }
      return;
    }
    if (direction) {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) {
        // To the last row (column) with data, and from there to the end of what is shown.
        const used = sheet.usedRange(true);
        const lastRow = used ? used.row + used.rowCount - 1 : 0;
        const lastCol = used ? used.col + used.colCount - 1 : 0;
        const edge = {
          up: { row: 0, col: active.col },
          down: { row: active.row < lastRow ? lastRow : layout.rowCount - 1, col: active.col },
          left: { row: active.row, col: 0 },
          right: { row: active.row, col: active.col < lastCol ? lastCol : layout.colCount - 1 },
        }[direction];
        select(edge.row, edge.col);
      } else move(direction);
      return;
    }
    const page = Math.max(1, Math.floor((viewport.height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    switch (event.key) {
      case "PageDown":
      case "PageUp":
        event.preventDefault();
        move(event.key === "PageDown" ? "down" : "up", page);
        return;
      case "Home":
        event.preventDefault();
        select(event.ctrlKey || event.metaKey ? 0 : active.row, 0);
        return;
      case "Enter":
        event.preventDefault();
        if ((event.ctrlKey || event.metaKey) && activeLink) followLink(activeLink);
        else startEdit("edit");
        return;
      case "F2":
        event.preventDefault();
        startEdit("edit");
        return;
      case "Delete":
      case "Backspace":
        event.preventDefault();
        fake.user.clear(sheet.name, formatLocal(activeArea));
        return;
      case "Process":
        // An input method (pinyin, wubi…) starts composing after this keydown: the editor must be
        // there and focused before this handler returns, so that the composition lands in it.
        flushSync(() => startEdit("enter", ""));
        editor.current?.focus();
        return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit("enter", event.key);
    }
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const current = editingRef.current;
    if (!current) return;
    if (event.nativeEvent.isComposing) return;
    if (event.key === "Enter") {
      event.preventDefault();
      commit(event.shiftKey ? "up" : "down");
    } else if (event.key === "Tab") {
      event.preventDefault();
      commit(event.shiftKey ? "left" : "right");
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    } else if (current.mode === "enter") {
      const direction = arrowDirection(event.key);
      if (direction) {
        event.preventDefault();
        commit(direction);
      }
    }
  };

  const cellFromEvent = (event: MouseEvent): { row: number; col: number } | null => {
    const element = (event.target as HTMLElement).closest<HTMLElement>("[data-row]");
    if (!element) return null;
    return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
  };

  const onBodyMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const target = event.target as HTMLElement;
    if (target.closest("[data-link]") || target.closest("select") || target.closest("input")) return;
    const cell = cellFromEvent(event);
    if (!cell) return;
    if (editingRef.current) commit(null);
    select(cell.row, cell.col);
    focusGrid();
    event.preventDefault();
  };

  const onBodyDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const cell = cellFromEvent(event);
    if (!cell || (event.target as HTMLElement).closest("[data-link]")) return;
    startEdit("edit");
  };

  // ---- what is in view ----
  const marks = marksInWindow(sheet, winRange);
  const windowMerges = sheet.merges.filter((m) => rangesOverlap(m, winRange));
  const covered = new Map<number, CellRange>();
  for (const m of windowMerges) {
    const rowEnd = Math.min(m.row + m.rowCount, win.lastRow + 1);
    const colEnd = Math.min(m.col + m.colCount, win.lastCol + 1);
    for (let r = Math.max(m.row, win.firstRow); r < rowEnd; r++)
      for (let c = Math.max(m.col, win.firstCol); c < colEnd; c++) covered.set(cellKey(r, c), m);
  }
  const rows = new Set<number>();
  for (let r = win.firstRow; r <= win.lastRow; r++) rows.add(r);
  for (const m of windowMerges) if (m.row < win.firstRow) rows.add(m.row);
  const sortedRows = [...rows].sort((a, b) => a - b);
  const activeId = cellId(sheet, activeArea.row, activeArea.col);
  const activeRendered =
    rows.has(activeArea.row) &&
    ((activeArea.col >= win.firstCol && activeArea.col <= win.lastCol) ||
      windowMerges.some((m) => m.row === activeArea.row && m.col === activeArea.col));

  const renderCell = (row: number, col: number, merge: CellRange | null): ReactNode => {
    const value = sheet.value(row, col);
    const text = cellText(value, sheet.numberFormat(row, col));
    const format = sheet.formats.get(row, col);
    const mark: CellMark | undefined = marks.get(cellKey(row, col));
    const link = sheet.hyperlink(row, col);
    const rowSpan = merge?.rowCount ?? 1;
    const colSpan = merge?.colCount ?? 1;
    const left = ROW_HEADER_WIDTH + layout.lefts[col];
    const width =
      (layout.lefts[Math.min(col + colSpan, layout.colCount)] ?? layout.totalWidth) - layout.lefts[col];
    const style: CSSProperties = { left, width, height: rowSpan * ROW_HEIGHT };
    if (mark) style.background = mark.fill;
    else if (format?.fill) style.background = format.fill;
    if (format?.fontColor) style.color = format.fontColor;
    if (format?.bold) style.fontWeight = 600;
    if (format?.italic) style.fontStyle = "italic";
    let className = classes.cell;
    if (typeof value === "number") className += ` ${classes.number}`;
    if (typeof value === "boolean") className += ` ${classes.centre}`;
    if (merge) className += ` ${classes.merged}`;
    // A text with empty cells beside it runs into them, as in Excel.
    let overflowWidth = 0;
    if (!merge && typeof value === "string" && !link && !mark && !format?.fill && width < 2000) {
      const needed = textWidth(text) + 12;
      let end = col + 1;
      let reach = width;
      while (
        reach < needed &&
        end < layout.colCount &&
        end - col <= MAX_OVERFLOW_COLUMNS &&
        sheet.value(row, end) === null &&
        !sheet.mergeAt(row, end) &&
        !marks.has(cellKey(row, end))
      ) {
        reach += layout.widths[end];
        end++;
      }
      if (reach > width) overflowWidth = reach;
    }
    if (overflowWidth) className += ` ${classes.overflowing}`;
    const isActive = row === activeArea.row && col === activeArea.col;
    const content = link ? (
      <a
        href="#"
        data-link=""
        className={classes.link}
        tabIndex={-1}
        title={t("grid.link", { target: link.documentReference ?? link.address ?? "" })}
        onClick={(event) => {
          event.preventDefault();
          followLink(link);
        }}
      >
        {text}
      </a>
    ) : overflowWidth ? (
      <span className={classes.overflowText} style={{ width: overflowWidth }}>
        {text}
      </span>
    ) : merge ? (
      <span className={classes.mergedText}>{text}</span>
    ) : (
      text
    );
    return (
      <div
        key={col}
        role="gridcell"
        id={cellId(sheet, row, col)}
        aria-colindex={col + 2}
        aria-selected={isActive}
        aria-rowspan={rowSpan > 1 ? rowSpan : undefined}
        aria-colspan={colSpan > 1 ? colSpan : undefined}
        data-row={row}
        data-col={col}
        data-cell={toA1(row, col)}
        data-mark={mark?.severity}
        className={className}
        style={style}
        title={text.length > 0 ? text : undefined}
      >
        {content}
        {mark && <span className={classes.hidden}>{t(`grid.mark.${mark.severity}`)}</span>}
      </div>
    );
  };

  const renderRow = (row: number): ReactNode => {
    const cells: ReactNode[] = [];
    const masters = windowMerges.filter((m) => m.row === row && m.col < win.firstCol);
    for (const m of masters) cells.push(renderCell(m.row, m.col, m));
    for (let col = win.firstCol; col <= win.lastCol; col++) {
      const merge = covered.get(cellKey(row, col)) ?? null;
      if (merge && (merge.row !== row || merge.col !== col)) continue;
      cells.push(renderCell(row, col, merge));
    }
    const inSelection = row >= selection.row && row < selection.row + selection.rowCount;
    return (
      <div
        key={row}
        role="row"
        aria-rowindex={row + 2}
        className={classes.row}
        style={{ top: row * ROW_HEIGHT, width: ROW_HEADER_WIDTH + layout.totalWidth }}
      >
        <div
          role="rowheader"
          className={inSelection ? `${classes.rowHeader} ${classes.headerActive}` : classes.rowHeader}
        >
          {row + 1}
        </div>
        {cells}
      </div>
    );
  };

  const columnHeaders: ReactNode[] = [];
  for (let col = win.firstCol; col <= win.lastCol; col++) {
    const inSelection = col >= selection.col && col < selection.col + selection.colCount;
    columnHeaders.push(
      <div
        key={col}
        role="columnheader"
        aria-colindex={col + 2}
        className={inSelection ? `${classes.columnHeader} ${classes.headerActive}` : classes.columnHeader}
        style={{ left: ROW_HEADER_WIDTH + layout.lefts[col], width: layout.widths[col] }}
      >
        {columnName(col)}
      </div>,
    );
  }

  const box = areaBox(layout, activeArea);
  const helpId = `${cellId(sheet, -1, -1)}-help`;
  const activeAddress = toA1(activeArea.row, activeArea.col);
  return (
    <div
      ref={scroller}
      role="grid"
      tabIndex={0}
      aria-label={t("grid.label", { sheet: sheet.name })}
      aria-describedby={helpId}
      aria-rowcount={layout.rowCount + 1}
      aria-colcount={layout.colCount + 1}
      aria-activedescendant={activeRendered ? activeId : undefined}
      aria-readonly={false}
      className={classes.scroller}
      onScroll={(event) =>
        setScroll({ top: event.currentTarget.scrollTop, left: event.currentTarget.scrollLeft })
      }
      onKeyDown={onGridKeyDown}
      data-testid="sheet-grid"
      data-sheet={sheet.name}
    >
      <span id={helpId} className={classes.hidden}>
        {t("grid.help")}
      </span>
      <div
        role="rowgroup"
        className={classes.headerRow}
        style={{ width: ROW_HEADER_WIDTH + layout.totalWidth }}
      >
        <div role="row" aria-rowindex={1}>
          <div role="columnheader" aria-colindex={1} className={classes.corner} />
          {columnHeaders}
        </div>
      </div>
      <div
        role="rowgroup"
        className={classes.body}
        style={{ width: ROW_HEADER_WIDTH + layout.totalWidth, height: layout.totalHeight }}
        onMouseDown={onBodyMouseDown}
        onDoubleClick={onBodyDoubleClick}
      >
        {sortedRows.map(renderRow)}
        <div className={`${classes.selection} jx-selection`} style={box} data-testid="selection" />
        {activeList && !editing && (
          <select
            ref={dropdown}
            className={classes.dropdown}
            style={{ left: box.left + box.width, top: box.top + box.height - ROW_HEIGHT }}
            aria-label={t("grid.dropdown", { cell: activeAddress })}
            value=""
            onChange={(event) => {
              const item = event.target.value;
              try {
                fake.user.pickFromDropdown(sheet.name, activeAddress, item);
              } catch {
                // The list changed under the open dropdown; the next render offers the new one.
              }
              focusGrid();
            }}
            onKeyDown={(event) => {
              if (event.key === "Escape") focusGrid();
            }}
          >
            <option value="" disabled hidden />
            {activeList.map((item, i) => (
              <option key={`${i}:${item}`} value={item}>
                {item}
              </option>
            ))}
          </select>
        )}
        {editing && (
          <input
            ref={editor}
            className={classes.editor}
            style={{
              ...areaBox(
                layout,
                sheet.mergeAt(editing.row, editing.col) ?? {
                  row: editing.row,
                  col: editing.col,
                  rowCount: 1,
                  colCount: 1,
                },
              ),
              minWidth: 160,
            }}
            aria-label={t("grid.editor", { cell: toA1(editing.row, editing.col) })}
            value={editing.text}
            onChange={(event) => {
              const text = event.target.value;
              setEditing((current) => (current ? { ...current, text } : current));
              if (editingRef.current) editingRef.current = { ...editingRef.current, text };
            }}
            onKeyDown={onEditorKeyDown}
            onBlur={() => commit(null)}
            data-testid="cell-editor"
          />
        )}
      </div>
    </div>
  );
}

/** An area's box in the body, in px. */
function areaBox(
  layout: SheetLayout,
  area: CellRange,
): { left: number; top: number; width: number; height: number } {
  const col = Math.min(area.col, layout.colCount - 1);
  const end = Math.min(area.col + area.colCount, layout.colCount);
  return {
    left: ROW_HEADER_WIDTH + layout.lefts[col] - 1,
    top: area.row * ROW_HEIGHT - 1,
    width: layout.lefts[end] - layout.lefts[col] + 1,
    height: area.rowCount * ROW_HEIGHT + 1,
  };
}
