import { useMemo, useState } from 'react';
import type { FieldSpec, PreviewRow, PreviewSheet, RowFate } from '../../../src-main/contract/index.ts';
import { ROW_FATES, ROW_FATE_LABEL } from '../../../src-main/contract/import-dto.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { useValueContext } from '../../lib/value-context.ts';
import { columnHeader, rowExplanation, shownFields, valueText } from './preview-text.ts';

const MAX_SHOWN = 500;

type Filter = RowFate | 'all' | 'flagged';

export type FixCell = (sourceRow: number, field: string, value: string) => void;

/**
 * A cell the import could not read (left blank) or read only in part: highlighted, its reason and the
 * text as written in the tooltip, and corrected in place by typing what it should say.
 */
function FlaggedCell({ row, spec, text, fixCell }: { row: PreviewRow; spec: FieldSpec; text: string; fixCell: FixCell }) {
  const flag = row.flags.find((f) => f.field === spec.key);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(flag?.raw ?? '');
  if (!flag) return <td>{text}</td>;
  const why = `${flag.reason} (ô ghi “${flag.raw}”)`;
  if (editing)
    return (
      <td className="cell-error">
        <input
          autoFocus
          aria-label={`Sửa ô ${spec.label}, dòng ${row.sourceRow}; Enter để ghi, Esc để thôi`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              fixCell(row.sourceRow, spec.key, draft);
              setEditing(false);
            }
            if (e.key === 'Escape') setEditing(false);
          }}
        />
      </td>
    );
  return (
    <td className="cell-error" title={why}>
      <button
        type="button"
        className="cell-fix"
        aria-label={`Sửa ô ${spec.label}, dòng ${row.sourceRow}: ${why}`}
        onClick={() => setEditing(true)}
      >
        {text || '(trống)'}
      </button>
    </td>
  );
}

function Chip({ active, onClick, children }: { active: boolean; onClick(): void; children: string }) {
  return (
    <button type="button" className={active ? 'chip active' : 'chip'} aria-pressed={active} onClick={onClick}>
      {children}
    </button>
  );
}

/** The rows of a sheet with their fates, filtered by fate or to those with cells to review. */
export function PreviewRows({ sheet, fixCell }: { sheet: PreviewSheet; fixCell: FixCell }) {
  const ctx = useValueContext();
  const [filter, setFilter] = useState<Filter>('all');
  const fields = useMemo(() => shownFields(sheet), [sheet]);
  const rows = useMemo(
    () => sheet.rows.filter((r) => filter === 'all' || (filter === 'flagged' ? r.flags.length > 0 : r.fate === filter)),
    [sheet.rows, filter],
  );
  return (
    <>
      <div className="toolbar" role="group" aria-label="Lọc dòng theo kết quả">
        <Chip active={filter === 'all'} onClick={() => setFilter('all')}>{`Tất cả: ${formatNumber(sheet.rows.length)}`}</Chip>
        {ROW_FATES.map((f) => (
          <Chip key={f} active={filter === f} onClick={() => setFilter(f)}>{`${ROW_FATE_LABEL[f]}: ${formatNumber(sheet.counts[f])}`}</Chip>
        ))}
        <Chip active={filter === 'flagged'} onClick={() => setFilter('flagged')}>{`Cần xem lại: ${formatNumber(sheet.flaggedRows)}`}</Chip>
      </div>
      <div className="scroll-x">
        <table className="table compact" aria-label={`Các dòng của trang ${sheet.name}`}>
          <thead>
            <tr>
              <th>Dòng</th>
              <th>Kết quả</th>
              <th>Giải thích</th>
              {fields.map((f) => (
                <th key={f.key}>{columnHeader(f, ctx)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_SHOWN).map((r) => (
              <tr key={r.sourceRow} className={`fate-${r.fate}`}>
                <td className="num">{r.sourceRow}</td>
                <td className="fate-cell">{ROW_FATE_LABEL[r.fate]}</td>
                {/* A row that is not a record has no values: its reason takes the whole line. */}
                <td colSpan={r.fate === 'excluded' ? fields.length + 1 : undefined}>{rowExplanation(r, sheet.entity, ctx)}</td>
                {r.fate !== 'excluded' &&
                  fields.map((f) => (
                    <FlaggedCell key={f.key} row={r} spec={f} text={valueText(f, r.values[f.key], ctx)} fixCell={fixCell} />
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > MAX_SHOWN && (
        <p className="muted">
          Chỉ hiện {formatNumber(MAX_SHOWN)} dòng đầu trong {formatNumber(rows.length)} dòng; dùng bộ lọc để xem các dòng cần xem lại.
        </p>
      )}
    </>
  );
}
