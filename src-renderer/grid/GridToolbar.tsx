import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MONEY_UNIT_LABEL, type MoneyUnit } from '../../src-main/shared/vn-money.ts';
import { formatNumber } from '../../src-main/shared/vn-number.ts';
import type { GridField } from './types.ts';

const UNITS: MoneyUnit[] = ['dong', 'nghin', 'trieu'];

export interface ToolbarProps {
  label: string;
  search: string;
  /** `atOnce`: the text came in one piece (see insertedAtOnce), so no further keystroke is on its way. */
  onSearch(q: string, atOnce: boolean): void;
  hasMoney: boolean;
  unit: MoneyUnit;
  onUnit(u: MoneyUnit): void;
  extra?: ReactNode;
  canAdd: boolean;
  onAdd(): void;
  onDelete(): void;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  onUndo(): void;
  onRedo(): void;
  fields: readonly GridField[];
  isVisible(colId: string): boolean;
  onToggleColumn(colId: string, visible: boolean): void;
  onResetLayout(): void;
  shown: number;
  total: number;
  pending: number;
}

/**
 * True when the search text changed in one piece rather than by a keystroke: pasted or dropped, several
 * characters inserted by one input (a word picked from a suggestion), or the box cleared. The grid then
 * searches at once instead of pausing for the next keystroke, which is not coming. A word still being
 * composed by an input method (Vietnamese Telex in Windows) sends its whole text at every keystroke: not
 * at once.
 */
function insertedAtOnce(e: Event, value: string): boolean {
  // A Backspace that empties the box may be a Vietnamese typing tool (Unikey, EVKey) erasing a letter to
  // retype it with its mark ("d" → "đ"): that one waits for the letter like any keystroke.
  if (value === '') return !(e instanceof InputEvent) || e.inputType !== 'deleteContentBackward';
  if (!(e instanceof InputEvent) || e.isComposing) return false;
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop' || e.inputType === 'insertReplacementText') return true;
  return e.inputType === 'insertText' && (e.data?.length ?? 0) > 1;
}

/** Search, money unit, add/delete, undo/redo and the column chooser above every registry grid. */
export function GridToolbar(p: ToolbarProps) {
  const [menu, setMenu] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu) return;
    const close = (e: MouseEvent) => {
      if (menuRef.current && e.target instanceof Node && !menuRef.current.contains(e.target)) setMenu(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menu]);

  return (
    <div className="toolbar kttt-grid-toolbar" role="toolbar" aria-label={`Công cụ bảng ${p.label}`}>
      <input
        type="search"
        className="kttt-search"
        placeholder="Tìm (không cần dấu): hoa binh, htx…"
        aria-label={`Tìm trong bảng ${p.label}`}
        value={p.search}
        onChange={(e) => p.onSearch(e.target.value, insertedAtOnce(e.nativeEvent, e.target.value))}
      />
      {p.extra}
      {p.hasMoney && (
        <label className="kttt-inline">
          Đơn vị tiền
          <select value={p.unit} onChange={(e) => p.onUnit(e.target.value as MoneyUnit)} aria-label="Đơn vị tiền">
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {MONEY_UNIT_LABEL[u]}
              </option>
            ))}
          </select>
        </label>
      )}
      {p.canAdd && (
        <button type="button" onClick={p.onAdd}>
          Thêm dòng
        </button>
      )}
      <button type="button" className="secondary" onClick={p.onDelete} title="Xóa các dòng đang chọn (chuyển vào Thùng rác)">
        Xóa dòng
      </button>
      <button
        type="button"
        className="secondary"
        onClick={p.onUndo}
        disabled={!p.undoLabel}
        title={p.undoLabel ? `Hoàn tác: ${p.undoLabel} (Ctrl+Z)` : 'Hoàn tác (Ctrl+Z)'}
      >
        Hoàn tác
      </button>
      <button
        type="button"
        className="secondary"
        onClick={p.onRedo}
        disabled={!p.redoLabel}
        title={p.redoLabel ? `Làm lại: ${p.redoLabel} (Ctrl+Y)` : 'Làm lại (Ctrl+Y)'}
      >
        Làm lại
      </button>
      <div className="kttt-menu" ref={menuRef}>
        <button type="button" className="secondary" aria-expanded={menu} onClick={() => setMenu(!menu)}>
          Cột ▾
        </button>
        {menu && (
          <div className="kttt-menu-panel" role="group" aria-label="Chọn cột hiển thị">
            {p.fields.map((f) => (
              <label key={f.colId}>
                <input type="checkbox" checked={p.isVisible(f.colId)} onChange={(e) => p.onToggleColumn(f.colId, e.target.checked)} />
                {f.spec.label}
              </label>
            ))}
            <button type="button" className="secondary" onClick={p.onResetLayout}>
              Đặt lại thứ tự, độ rộng cột
            </button>
          </div>
        )}
      </div>
      <span className="kttt-count muted" aria-live="polite">
        {p.shown === p.total ? `${formatNumber(p.total)} dòng` : `${formatNumber(p.shown)} / ${formatNumber(p.total)} dòng`}
        {p.pending > 0 ? ' · đang lưu…' : ''}
      </span>
    </div>
  );
}
