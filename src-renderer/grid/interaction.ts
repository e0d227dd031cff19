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
import { guardFormulaText, writeTsv } from './clipboard.ts';
import { pasteInto, TEXT_KINDS } from './paste.ts';
import type { CellEdit, CellProblem, GridController, StatusMessage } from './controller.ts';
import { cellsOf, fillDownPlan } from './range.ts';
import type { RangeSelection } from './selection.ts';
import type { GridServices } from './services.ts';
import type { GridRow } from './types.ts';
import { checkCell, formatCell, type ValueContext } from './values.ts';

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

/** What the keys of the grid ask the page around it to do; set by the grid's hook once its actions exist. */
export interface GridKeyActions {
  /** Adds a draft row and puts the keyboard on it (Enter or ↓ on the last row). */
  addRow(): void;
  /** Deletes the selected rows after the usual confirmation (Ctrl+− or Ctrl+Delete). */
  deleteRows(): void;
  /** Opens the detail and history of the focused row, where the page has one (Alt+Enter). */
  openRow: (() => void) | undefined;
  /** Leaves the grid for its toolbar: the first control (Ctrl+Tab, F6) or the last (Shift+Tab from the first cell). */
  toToolbar(which: 'first' | 'last'): void;
}

export class Interaction {
  private copyArea: HTMLTextAreaElement | null = null;
  private pasteArea: HTMLTextAreaElement | null = null;
  actions: GridKeyActions | null = null;

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
    if (params.editing) return this.editingKey(params);
    // A key on a cell that is not being edited may start an edit: a new, empty buffer for that cell.
    if (e.type === 'keydown' && e.key.length === 1) this.typedAhead = { cell: Interaction.cellOf(params), text: '' };
    if (e.type !== 'keydown') return false;
    if (this.movingKey(params)) return true;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (ctrl && !e.altKey) return this.ctrlKey(e, key);
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

  private ctrlKey(e: KeyboardEvent, key: string): boolean {
    const handled = (run: () => void): true => {
      e.preventDefault();
      run();
      return true;
    };
    if (key === 'z' || key === 'y')
      return handled(() => void (key === 'y' || e.shiftKey ? this.host.controller.redoLast() : this.host.controller.undoLast()));
    if (key === 'c' || key === 'x') return this.prepareCopy();
    if (key === 'v') {
      // No preventDefault: the browser's paste must still happen, into the textarea focused now.
      if (this.pasteArea) {
        this.pasteArea.value = '';
        this.pasteArea.focus();
      }
      return true;
    }
    if (key === 'd') return handled(() => void this.fillDown());
    if (key === 'a') return handled(() => this.host.selection.selectAll());
    if (key === 'Home' || key === 'End') return handled(() => this.jump(key === 'Home' ? 'first' : 'last'));
    if ((key === '-' || key === 'Delete' || e.code === 'NumpadSubtract') && this.actions) return handled(() => this.actions?.deleteRows());
    return false;
  }

  /**
   * Keys that move between rows and out of the grid: Enter or ↓ on the last row adds a row, Alt+Enter opens
   * the row's detail, Alt+↓ opens a dropdown, Ctrl+Tab / F6 and Shift+Tab from the first cell reach the toolbar.
   */
  private movingKey(params: SuppressKeyboardEventParams<GridRow>): boolean {
    const e = params.event;
    const api = this.host.api();
    const actions = this.actions;
    if (!api || !actions) return false;
    const handled = (run: () => void): true => {
      e.preventDefault();
      run();
      return true;
    };
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
    if (plain && (e.key === 'Enter' || e.key === 'ArrowDown') && this.onLastRow(params)) return handled(() => actions.addRow());
    if (e.altKey && e.key === 'Enter' && actions.openRow) return handled(() => actions.openRow?.());
    if (e.altKey && e.key === 'ArrowDown' && params.colDef.cellEditorPopup && params.colDef.editable) {
      return handled(() => api.startEditingCell({ rowIndex: params.node.rowIndex ?? 0, colKey: params.column.getColId() }));
    }
    if (e.key === 'F6' || (e.ctrlKey && e.key === 'Tab')) return handled(() => actions.toToolbar('first'));
    if (e.key === 'Tab' && e.shiftKey && params.node.rowIndex === 0 && params.column.getColId() === this.host.selection.columns[0])
      return handled(() => actions.toToolbar('last'));
    return false;
  }

  /** On the last row shown, when new rows may be added and that row is not itself a new row still unsaved. */
  private onLastRow(params: SuppressKeyboardEventParams<GridRow>): boolean {
    const api = this.host.api();
    if (!api || !this.host.canAddRows) return false;
    return params.node.rowIndex === api.getDisplayedRowCount() - 1 && params.node.data?.id !== null;
  }

  /** Ctrl+Home / Ctrl+End: the first cell of the first row, or the last cell of the last row. */
  private jump(to: 'first' | 'last'): void {
    const api = this.host.api();
    const cols = this.host.selection.columns;
    const count = api?.getDisplayedRowCount() ?? 0;
    const col = to === 'first' ? cols[0] : cols[cols.length - 1];
    if (!api || count === 0 || !col) return;
    const row = to === 'first' ? 0 : count - 1;
    api.ensureIndexVisible(row);
    api.ensureColumnVisible(col);
    api.setFocusedCell(row, col);
  }

  /**
   * While a cell is edited: Tab ends the edit and moves on without opening the next cell's editor (a
   * dropdown opens on typing, F2 or Alt+↓); Enter on the last row ends the edit and adds a row.
   */
  private editingKey(params: SuppressKeyboardEventParams<GridRow>): boolean {
    const e = params.event;
    const api = this.host.api();
    if (e.type === 'keydown' && api && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (e.key === 'Tab') {
        e.preventDefault();
        api.stopEditing();
        if (e.shiftKey) api.tabToPreviousCell();
        else api.tabToNextCell();
        return true;
      }
      if (e.key === 'Enter' && !e.shiftKey && this.actions && this.onLastRow(params) && !params.colDef.cellEditorPopup) {
        e.preventDefault();
        api.stopEditing();
        this.actions.addRow();
        return true;
      }
    }
    return this.typeAhead(params);
  }

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

  /** Ctrl+V: see paste.ts. */
  paste(text: string): Promise<void> {
    return pasteInto(this.host, text);
  }
}
