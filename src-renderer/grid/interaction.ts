/**
 * Excel habits on top of AG Grid Community: Shift+arrows, Delete, Ctrl+Z/Y, Ctrl+C/V, Ctrl+D, Ctrl+A,
 * and the clipboard in Excel's format. AG Grid already gives arrows, Enter down, Tab right, typing to
 * edit, F2 and Esc; the rest is here, once for every grid.
 *
 * The clipboard works through the DOM's copy and paste events, so it behaves the same in Electron (menu
 * or keys) and in a browser, and tests can dispatch a synthetic paste. On Ctrl+C / Ctrl+V the focus moves
 * for a moment to a hidden textarea, where the browser's own copy or paste happens; that is the one
 * place a page may read and write the clipboard without asking for permission.
 */
import type { GridApi, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { CellValue, FieldKind } from '../../src-main/contract/fields.ts';
import { blockWidth, guardFormulaText, parseTsv, unguardFormulaText, writeTsv } from './clipboard.ts';
import type { CellEdit, CellProblem, GridController, StatusMessage } from './controller.ts';
import { cellsOf, columnLetter, fillDownPlan, pasteTargets, type Rect } from './range.ts';
import type { RangeSelection } from './selection.ts';
import { lookupCommune, type GridServices } from './services.ts';
import type { GridRow } from './types.ts';
import { checkCell, formatCell, parseCell, type ValueContext } from './values.ts';

/** Cells of free text, whose copies are guarded against being run as formulas (numbers like -1.234 are not). */
const TEXT_KINDS: ReadonlySet<FieldKind> = new Set(['text', 'code']);

export interface InteractionHost {
  api(): GridApi<GridRow> | null;
  controller: GridController;
  selection: RangeSelection;
  ctx(): ValueContext;
  services: GridServices;
  status(msg: StatusMessage): void;
  /** Whether a paste running past the last row may add rows. */
  canAddRows: boolean;
}

const MAX_REPORTED = 5;

export class Interaction {
  private copyArea: HTMLTextAreaElement | null = null;
  private pasteArea: HTMLTextAreaElement | null = null;

  constructor(private readonly host: InteractionHost) {}

  /** The hidden textareas and the document-level copy/paste listeners. Returns the cleanup. */
  attach(root: HTMLElement, copyArea: HTMLTextAreaElement, pasteArea: HTMLTextAreaElement): () => void {
    this.copyArea = copyArea;
    this.pasteArea = pasteArea;
    const onCopyArea = (e: ClipboardEvent) => {
      // Set the data explicitly: a textarea turns CRLF into LF, and Excel expects CRLF.
      e.clipboardData?.setData('text/plain', copyArea.dataset.tsv ?? copyArea.value);
      e.preventDefault();
      e.stopPropagation();
      this.refocus();
    };
    const onPasteArea = (e: ClipboardEvent) => {
      e.preventDefault();
      e.stopPropagation();
      this.refocus();
      void this.paste(e.clipboardData?.getData('text/plain') ?? '');
    };
    // Copy or paste that reaches the grid without our keys: Electron's Edit menu, or a test's synthetic event.
    const owns = (e: Event) => {
      const target = e.target instanceof Node ? e.target : null;
      const active = document.activeElement;
      const inside = (target && root.contains(target)) || (active && root.contains(active));
      const editing = (this.host.api()?.getEditingCells().length ?? 0) > 0;
      return inside && !editing && target !== copyArea && target !== pasteArea;
    };
    const onDocCopy = (e: ClipboardEvent) => {
      if (!owns(e)) return;
      const tsv = this.selectionTsv();
      if (tsv === null) return;
      e.clipboardData?.setData('text/plain', tsv);
      e.preventDefault();
    };
    const onDocPaste = (e: ClipboardEvent) => {
      if (!owns(e)) return;
      e.preventDefault();
      void this.paste(e.clipboardData?.getData('text/plain') ?? '');
    };
    copyArea.addEventListener('copy', onCopyArea);
    pasteArea.addEventListener('paste', onPasteArea);
    document.addEventListener('copy', onDocCopy);
    document.addEventListener('paste', onDocPaste);
    return () => {
      copyArea.removeEventListener('copy', onCopyArea);
      pasteArea.removeEventListener('paste', onPasteArea);
      document.removeEventListener('copy', onDocCopy);
      document.removeEventListener('paste', onDocPaste);
    };
  }

  private refocus(): void {
    const api = this.host.api();
    const f = api?.getFocusedCell();
    if (!api || !f) return;
    this.host.selection.keepRangeOnFocusAt(f.rowIndex, f.column.getColId());
    api.setFocusedCell(f.rowIndex, f.column);
  }

  /** colDef.suppressKeyboardEvent: true means "handled here, AG Grid leaves it alone". */
  readonly onKey = (params: SuppressKeyboardEventParams<GridRow>): boolean => {
    const e = params.event;
    if (params.editing) return this.typeAhead(params);
    // A key on a cell that is not being edited may start an edit: a new, empty buffer for that cell.
    if (e.type === 'keydown' && e.key.length === 1) this.typedAhead = { cell: Interaction.cellOf(params), text: '' };
    if (e.type !== 'keydown') return false;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (ctrl && !e.altKey) {
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        void (key === 'y' || e.shiftKey ? this.host.controller.redoLast() : this.host.controller.undoLast());
        return true;
      }
      if (key === 'c' || key === 'x') return this.prepareCopy();
      if (key === 'v') {
        // No preventDefault: the browser's paste must still happen, into the textarea focused now.
        if (this.pasteArea) {
          this.pasteArea.value = '';
          this.pasteArea.focus();
        }
        return true;
      }
      if (key === 'd') {
        e.preventDefault();
        void this.fillDown();
        return true;
      }
      if (key === 'a') {
        e.preventDefault();
        this.host.selection.selectAll();
        return true;
      }
      return false;
    }
    if (e.shiftKey && !e.altKey) {
      const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      const d = move[e.key];
      if (d) {
        e.preventDefault();
        this.host.selection.extendBy(d[0], d[1]);
        return true;
      }
    }
    if (e.key === 'Delete') {
      e.preventDefault();
      void this.clearCells();
      return true;
    }
    return false;
  };

  /**
   * A dropdown editor opens a moment after the first key (React draws it); keys typed in that moment
   * land on the cell, where AG Grid would drop them. They are kept here, for that cell only, and handed to
   * the editor's search box when it opens, so "dong tam" typed fast searches for "dong tam", not "d".
   */
  private typedAhead: { cell: string; text: string } = { cell: '', text: '' };

  private static cellOf(params: { node: { id?: string | undefined }; column: { getColId(): string } }): string {
    return `${params.node.id ?? ''}\u0000${params.column.getColId()}`;
  }

  private typeAhead(params: SuppressKeyboardEventParams<GridRow>): boolean {
    const e = params.event;
    const onCell = e.target instanceof HTMLElement && e.target.classList.contains('ag-cell');
    if (e.type !== 'keydown' || !onCell || !params.colDef.cellEditorPopup || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey)
      return false;
    const cell = Interaction.cellOf(params);
    this.typedAhead = { cell, text: (this.typedAhead.cell === cell ? this.typedAhead.text : '') + e.key };
    e.preventDefault();
    return true;
  }

  /**
   * The keys typed into this cell before its dropdown editor could take them. Read, not cleared: React
   * may build an editor's first state twice. The next edit of any cell starts a new buffer.
   */
  readonly takeTypedAhead = (params: { node: { id?: string | undefined }; column: { getColId(): string } }): string =>
    this.typedAhead.cell === Interaction.cellOf(params) ? this.typedAhead.text : '';

  private prepareCopy(): boolean {
    const tsv = this.selectionTsv();
    const area = this.copyArea;
    if (tsv === null || !area) return false;
    area.dataset.tsv = tsv;
    area.value = tsv;
    area.focus();
    area.select();
    this.host.status({ kind: 'info', text: 'Đã chép vùng chọn; dán được vào Excel hoặc LibreOffice.' });
    return true;
  }

  /** The selected cells as Excel's clipboard text, each cell as the grid shows it. */
  selectionTsv(): string | null {
    const api = this.host.api();
    const rect = this.host.selection.current();
    if (!api || !rect) return null;
    const ctx = this.host.ctx();
    const rows: string[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const data = api.getDisplayedRowAtIndex(r)?.data;
      const line: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const colId = this.host.selection.columns[c];
        const field = colId ? this.host.controller.field(colId) : undefined;
        const shown = field && data ? formatCell(field.spec, data.cells[colId ?? ''], ctx) : '';
        line.push(field && TEXT_KINDS.has(field.spec.kind) ? guardFormulaText(shown) : shown);
      }
      rows.push(line);
    }
    return writeTsv(rows);
  }

  private rowKeyAt(index: number): string | undefined {
    return this.host.api()?.getDisplayedRowAtIndex(index)?.data?.key;
  }

  /** Delete: blanks every editable cell of the selection in one step. */
  async clearCells(): Promise<void> {
    const rect = this.host.selection.current();
    if (!rect) return;
    const edits: CellEdit[] = [];
    const problems: CellProblem[] = [];
    for (const pos of cellsOf(rect)) {
      const colId = this.host.selection.columns[pos.col];
      const rowKey = this.rowKeyAt(pos.row);
      const field = colId ? this.host.controller.field(colId) : undefined;
      if (!colId || !rowKey || !field || field.spec.readOnly) continue;
      const reason = checkCell(field.spec, null);
      if (reason) problems.push({ rowKey, colId, reason });
      else edits.push({ rowKey, colId, value: null });
    }
    if (problems.length) this.host.controller.markProblems(problems);
    await this.host.controller.commit(edits, [], `Xóa nội dung ${String(edits.length)} ô`);
    if (problems.length)
      this.host.status({ kind: 'error', text: `Không xóa được ${String(problems.length)} ô bắt buộc: ${problems[0]?.reason ?? ''}` });
  }

  /** Ctrl+D: Excel's fill down, as one step. */
  async fillDown(): Promise<void> {
    const rect = this.host.selection.current();
    const plan = rect ? fillDownPlan(rect) : null;
    const api = this.host.api();
    if (!rect || !plan || !api) return;
    const source = api.getDisplayedRowAtIndex(plan.sourceRow)?.data;
    if (!source) return;
    const edits: CellEdit[] = [];
    for (const row of plan.targetRows) {
      const rowKey = this.rowKeyAt(row);
      if (!rowKey) continue;
      for (let c = rect.left; c <= rect.right; c++) {
        const colId = this.host.selection.columns[c];
        const field = colId ? this.host.controller.field(colId) : undefined;
        if (!colId || !field || field.spec.readOnly) continue;
        edits.push({ rowKey, colId, value: source.cells[colId] ?? null });
      }
    }
    await this.host.controller.commit(edits, [], `Điền xuống ${String(edits.length)} ô`);
  }

  /**
   * Ctrl+V: the block lands at the selection's top-left (or fills a selection that is a multiple of it),
   * runs into new rows past the end, and every cell that cannot be taken is named in the report.
   */
  async paste(text: string): Promise<void> {
    const api = this.host.api();
    if (!api || text === '') return;
    const rect: Rect | null = this.host.selection.current();
    if (!rect) {
      this.host.status({ kind: 'error', text: 'Hãy chọn ô bắt đầu dán trước.' });
      return;
    }
    const block = parseTsv(text);
    const width = blockWidth(block);
    const targets = pasteTargets(rect, block.length, width);
    const rowCount = api.getDisplayedRowCount();
    const ctx = this.host.ctx();
    const cols = this.host.selection.columns;
    const edits: CellEdit[] = [];
    const newRows = new Map<number, Record<string, CellValue>>();
    const problems: CellProblem[] = [];
    const refused: string[] = [];
    const where = (row: number, col: number) => `ô ${columnLetter(col)}${String(row + 1)}`;
    let outside = 0;
    for (const t of targets) {
      const raw = block[t.blockRow]?.[t.blockCol];
      if (raw === undefined) continue;
      const colId = cols[t.col];
      const field = colId ? this.host.controller.field(colId) : undefined;
      if (!colId || !field) {
        if (raw.trim() !== '') outside += 1;
        continue;
      }
      if (t.row >= rowCount && !this.host.canAddRows) {
        if (raw.trim() !== '') outside += 1;
        continue;
      }
      const rowKey = t.row < rowCount ? this.rowKeyAt(t.row) : undefined;
      if (field.spec.readOnly) {
        if (raw.trim() !== '') refused.push(`${where(t.row, t.col)} (${field.spec.label}): cột này chỉ để xem.`);
        continue;
      }
      let parsed = parseCell(field.spec, TEXT_KINDS.has(field.spec.kind) ? unguardFormulaText(raw) : raw, ctx);
      if (parsed.ok === 'lookup') {
        const found = await lookupCommune(this.host.services, parsed.text);
        parsed = found.ok ? { ok: true, value: found.code } : { ok: false, reason: found.reason };
      }
      if (parsed.ok === true) {
        if (rowKey) edits.push({ rowKey, colId, value: parsed.value });
        else if (parsed.value !== null) {
          const cells = newRows.get(t.row) ?? {};
          cells[colId] = parsed.value;
          newRows.set(t.row, cells);
        }
      } else {
        refused.push(`${where(t.row, t.col)} (${field.spec.label}): ${parsed.reason}`);
        if (rowKey) problems.push({ rowKey, colId, reason: parsed.reason });
      }
    }
    if (problems.length) this.host.controller.markProblems(problems);
    const created = [...newRows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => cells);
    const cellCount = edits.length + created.reduce((n, c) => n + Object.keys(c).length, 0);
    const outcome = await this.host.controller.commit(edits, created, `Dán ${String(cellCount)} ô`);
    if (refused.length || outside) {
      const lines = refused.slice(0, MAX_REPORTED).join(' ');
      const more = refused.length > MAX_REPORTED ? ` và ${String(refused.length - MAX_REPORTED)} ô khác.` : '';
      const out = outside ? ` ${String(outside)} ô nằm ngoài bảng nên bị bỏ qua.` : '';
      const core = outcome.failures.length
        ? ` Không lưu được ${String(outcome.failures.length)} thay đổi: ${outcome.failures[0] ?? ''}`
        : '';
      this.host.status({
        kind: 'error',
        text: `Đã dán ${String(cellCount)} ô${created.length ? `, thêm ${String(created.length)} dòng` : ''}. Không nhận ${String(refused.length)} ô: ${lines}${more}${out}${core}`,
      });
    } else if (created.length && outcome.failures.length === 0) {
      this.host.status({ kind: 'ok', text: `Đã dán ${String(cellCount)} ô, thêm ${String(created.length)} dòng mới.` });
    }
  }
}
