import { useMemo, useState } from 'react';
import type { CellValue, Entity, PreviewRow, PreviewSheet, RowFate } from '../../../src-main/contract/index.ts';
import { ENTITIES, ENTITY_FIELDS, ENTITY_LABEL } from '../../../src-main/contract/fields.ts';
import { ROW_FATES, ROW_FATE_LABEL } from '../../../src-main/contract/import-dto.ts';

const MAX_SHOWN = 500;

function show(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join('; ') : String(v);
}

export interface SheetActions {
  setColumn(columnIndex: number, field: string | null): void;
  setSheet(entity: Entity | null, year: number | null): void;
  fixCell(sourceRow: number, field: string, value: string): void;
}

function FixableCell({ row, field, actions }: { row: PreviewRow; field: string; actions: SheetActions }) {
  const flag = row.flags.find((f) => f.field === field);
  const error = flag ? `${flag.reason} (ô ghi: “${flag.raw}”)` : undefined;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(show(row.values[field]));
  if (!error) return <td>{show(row.values[field])}</td>;
  if (editing)
    return (
      <td className="cell-error">
        <input
          autoFocus
          aria-label={`Sửa dòng ${row.sourceRow}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') actions.fixCell(row.sourceRow, field, text);
            if (e.key === 'Escape') setEditing(false);
          }}
        />
      </td>
    );
  return (
    <td className="cell-error" title={`${error} — bấm để sửa`} tabIndex={0} onClick={() => setEditing(true)} onKeyDown={(e) => e.key === 'Enter' && setEditing(true)}>
      {show(row.values[field]) || '(trống)'}
    </td>
  );
}

/** One sheet of the file: how it was understood, each row's fate, and the errors to fix in place. */
export function SheetPreview({ sheet, actions }: { sheet: PreviewSheet; actions: SheetActions }) {
  const [filter, setFilter] = useState<RowFate | 'all'>('all');
  const fields = sheet.entity ? ENTITY_FIELDS[sheet.entity] : [];
  const mapped = sheet.columns.filter((c) => c.field);
  const rows = useMemo(() => sheet.rows.filter((r) => filter === 'all' || r.fate === filter), [sheet.rows, filter]);
  return (
    <section className="panel import-sheet" aria-label={`Trang ${sheet.name}`}>
      <h2>
        Trang tính “{sheet.name}”
      </h2>
      <div className="toolbar">
        <label>
          Loại dữ liệu{' '}
          <select aria-label="Loại dữ liệu" value={sheet.entity ?? ''} onChange={(e) => actions.setSheet((e.target.value || null) as Entity | null, sheet.year)}>
            <option value="">— Không nhập trang này —</option>
            {ENTITIES.map((e) => (
              <option key={e} value={e}>
                {ENTITY_LABEL[e]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Năm số liệu{' '}
          <input aria-label="Năm số liệu" type="number" min={1945} max={2100} value={sheet.year ?? ''} onChange={(e) => actions.setSheet(sheet.entity, e.target.value ? Number(e.target.value) : null)} />
        </label>
      </div>
      {sheet.refusal && <p className="error-text">{sheet.refusal}</p>}
      {[...sheet.warnings, ...sheet.totalsMismatches].map((w) => (
        <p key={w} className="warn-text">
          Lưu ý: {w}
        </p>
      ))}
      {sheet.columns.length > 0 && (
        <details open>
          <summary>Cách hiểu các cột ({mapped.length}/{sheet.columns.length} cột được nhập)</summary>
          <table className="table compact">
            <thead>
              <tr>
                <th>Cột trong tệp</th>
                <th>Nhập vào trường</th>
                <th className="num">Độ tin cậy</th>
              </tr>
            </thead>
            <tbody>
              {sheet.columns.map((c) => (
                <tr key={c.index}>
                  <td>{c.header}</td>
                  <td>
                    <select aria-label={`Trường cho cột ${c.header}`} value={c.field ?? ''} onChange={(e) => actions.setColumn(c.index, e.target.value || null)}>
                      <option value="">— Bỏ qua —</option>
                      {fields.map((f) => (
                        <option key={f.key} value={f.key}>
                          {f.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={`num ${c.confidence !== null && c.confidence < 0.6 ? 'warn-text' : ''}`}>{c.confidence === null ? '' : `${Math.round(c.confidence * 100)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {sheet.importable && (
        <>
          <div className="toolbar" role="group" aria-label="Lọc theo kết quả">
            <button type="button" className={filter === 'all' ? 'chip active' : 'chip'} onClick={() => setFilter('all')}>
              Tất cả: {sheet.rows.length}
            </button>
            {ROW_FATES.map((f) => (
              <button key={f} type="button" className={`chip fate-${f}${filter === f ? ' active' : ''}`} onClick={() => setFilter(f)}>
                {ROW_FATE_LABEL[f]}: {sheet.counts[f]}
              </button>
            ))}
          </div>
          <div className="scroll-x">
            <table className="table compact">
              <thead>
                <tr>
                  <th>Dòng</th>
                  <th>Kết quả</th>
                  <th>Ghi chú</th>
                  {mapped.map((c) => (
                    <th key={c.index}>{fields.find((f) => f.key === c.field)?.label ?? c.field}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, MAX_SHOWN).map((r) => (
                  <tr key={r.sourceRow} className={`fate-${r.fate}`}>
                    <td className="num">{r.sourceRow}</td>
                    <td>{ROW_FATE_LABEL[r.fate]}</td>
                    <td>{r.reason ?? (r.changes.length ? r.changes.map((c) => c.field).join(', ') : '')}</td>
                    {mapped.map((c) => (
                      <FixableCell key={c.index} row={r} field={c.field ?? ''} actions={actions} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > MAX_SHOWN && <p className="muted">Chỉ hiện {MAX_SHOWN} dòng đầu trong {rows.length} dòng; dùng bộ lọc để xem các dòng lỗi.</p>}
        </>
      )}
    </section>
  );
}
