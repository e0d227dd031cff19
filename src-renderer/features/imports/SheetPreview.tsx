import { useState } from 'react';
import type { ImportEntity, PreviewSheet } from '../../../src-main/contract/index.ts';
import { IMPORT_ENTITIES, ENTITY_LABEL, isFundImportKind } from '../../../src-main/contract/fields.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { PreviewRows, type FixCell } from './PreviewRows.tsx';
import { listDateText, reconciliation } from './preview-text.ts';

/**
 * The sheet's year: sent to the core once it is a whole year (or cleared), not at each keystroke, which
 * would ask for the year 2, then 20, then 202.
 */
function YearInput({ year, onChange }: { year: number | null; onChange(year: number | null): void }) {
  const [text, setText] = useState(year === null ? '' : String(year));
  return (
    <label>
      Năm số liệu{' '}
      <input
        aria-label="Năm số liệu"
        type="number"
        min={1945}
        max={2100}
        value={text}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          if (t === '') onChange(null);
          else if (/^\d{4}$/.test(t) && Number(t) >= 1945 && Number(t) <= 2100) onChange(Number(t));
        }}
      />
    </label>
  );
}

export interface SheetActions {
  setColumn(columnIndex: number, field: string | null): void;
  setSheet(entity: ImportEntity | null, year: number | null): void;
  fixCell: FixCell;
}

/** One sheet of the file: how it was understood, what becomes of every row, and the cells to fix in place. */
export function SheetPreview({ sheet, actions }: { sheet: PreviewSheet; actions: SheetActions }) {
  const listDate = listDateText(sheet);
  return (
    <section className="panel import-sheet" aria-label={`Trang ${sheet.name}`}>
      <h2>Trang tính “{sheet.name}”</h2>
      <div className="toolbar">
        <label>
          Loại dữ liệu{' '}
          <select
            aria-label="Loại dữ liệu"
            value={sheet.entity ?? ''}
            onChange={(e) => actions.setSheet((e.target.value || null) as ImportEntity | null, sheet.year)}
          >
            <option value="">— Không nhập trang này —</option>
            {IMPORT_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {ENTITY_LABEL[e]}
              </option>
            ))}
          </select>
        </label>
        {/* A ledger's rows carry their own dates: no year or list date to choose. */}
        {!isFundImportKind(sheet.entity) && (
          <YearInput key={sheet.year ?? ''} year={sheet.year} onChange={(y) => actions.setSheet(sheet.entity, y)} />
        )}
        {listDate && !isFundImportKind(sheet.entity) && <span className="muted">{listDate}</span>}
      </div>
      {sheet.refusal && <p className="error-text">{sheet.refusal}</p>}
      {[...sheet.warnings, ...sheet.totalsMismatches].map((w) => (
        <p key={w} className="warn-text">
          Lưu ý: {w}
        </p>
      ))}
      <p className="reconciliation">
        <strong>{reconciliation(sheet)}</strong>
        {sheet.flaggedRows > 0 && <span className="warn-text"> · {formatNumber(sheet.flaggedRows)} dòng có ô cần xem lại</span>}
      </p>
      {sheet.keptColumns.length > 0 && (
        <p className="muted">
          Cột giữ lại cùng dòng, không dùng: {sheet.keptColumns.map((c) => `“${c.header}”`).join(', ')}. Chọn “Dùng cho” bên dưới nếu cột
          ứng với một trường.
        </p>
      )}
      {sheet.columns.length > 0 && <ColumnMapping columns={sheet.columns} entity={sheet.entity} onChange={actions.setColumn} />}
      {sheet.importable && <PreviewRows sheet={sheet} fixCell={actions.fixCell} />}
    </section>
  );
}
