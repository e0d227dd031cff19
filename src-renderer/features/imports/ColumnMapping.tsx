import type { ImportEntity, PreviewColumn } from '../../../src-main/contract/index.ts';
import { IMPORT_FIELDS } from '../../../src-main/contract/fields.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';

/** "A", "B", … "AA": the column letter Excel shows, so the clerk finds the column in the file. */
function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * What a column is used for. A column that feeds a field, is ignored or is only kept gets a select, so one
 * click maps it; the pieces of an address and the row number are read as such and only named.
 */
function UseCell({
  column,
  entity,
  onChange,
}: {
  column: PreviewColumn;
  entity: ImportEntity | null;
  onChange(field: string | null): void;
}) {
  if (column.use === 'address' || column.use === 'rowNumber' || !entity) return <td>{column.label}</td>;
  const blank = column.use === 'keep' ? column.label : '— Bỏ qua —';
  return (
    <td>
      <select
        aria-label={`Dùng cột ${column.header || columnLetter(column.index)} cho`}
        value={column.field ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{blank}</option>
        {IMPORT_FIELDS[entity].map((f) => (
          <option key={f.key} value={f.key}>
            {f.label}
          </option>
        ))}
      </select>
    </td>
  );
}

/** How the columns of a sheet were understood, and the place to correct it. */
export function ColumnMapping({
  columns,
  entity,
  onChange,
}: {
  columns: readonly PreviewColumn[];
  entity: ImportEntity | null;
  onChange(columnIndex: number, field: string | null): void;
}) {
  const used = columns.filter((c) => c.use !== 'ignore' && c.use !== 'keep').length;
  return (
    <details open>
      <summary>
        Cách hiểu các cột ({formatNumber(used)}/{formatNumber(columns.length)} cột được dùng)
      </summary>
      <table className="table compact" aria-label="Cách hiểu các cột">
        <thead>
          <tr>
            <th>Cột trong tệp</th>
            <th>Dùng cho</th>
            <th className="num">Độ tin cậy</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.index}>
              <td>
                <span className="muted">{columnLetter(c.index)}</span> {c.header || '(không có tên cột)'}
              </td>
              <UseCell column={c} entity={entity} onChange={(field) => onChange(c.index, field)} />
              <td className={`num ${c.confidence !== null && c.confidence < 0.6 ? 'warn-text' : ''}`}>
                {c.confidence === null ? '' : `${formatNumber(Math.round(c.confidence * 100))}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
