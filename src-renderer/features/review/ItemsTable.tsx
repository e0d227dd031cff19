import { Fragment, useState } from 'react';
import type { ReviewItem } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import type { ValueContext } from '../../grid/index.ts';
import { FixControls } from './FixControls.tsx';
import { acknowledgeOnly, fieldSpecOf, type Choice } from './review-value.ts';

interface Props {
  items: readonly ReviewItem[];
  /** The one-click choices of an item's field (from its group). */
  choiceOf(item: ReviewItem): Choice;
  /** Items of several fields (one import's): show which field and text each is. */
  showField: boolean;
  ctx: ValueContext;
  onDone(text: string): void;
}

function orgText(it: ReviewItem): string {
  const name = it.organizationName ?? '(không rõ tổ chức)';
  return it.year === null ? name : `${name} (năm ${String(it.year)})`;
}

/** The cells behind a group or an import, each with the organization, file, sheet and row it came from. */
export function ItemsTable({ items, choiceOf, showField, ctx, onDone }: Props) {
  const [editing, setEditing] = useState<number | null>(null);
  const columns = showField ? 7 : 5; // with the button column
  return (
    <table className="table compact" aria-label="Các ô cần xem lại">
      <thead>
        <tr>
          <th>Tổ chức</th>
          {showField && <th>Trường</th>}
          {showField && <th>Ghi trong tệp</th>}
          <th>Tệp</th>
          <th>Trang</th>
          <th className="num">Dòng</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {items.map((it) => (
          <Fragment key={it.id}>
            <tr>
              <td>{orgText(it)}</td>
              {showField && <td>{it.label}</td>}
              {showField && <td title={it.reason}>“{it.raw}”</td>}
              <td>{it.fileName ?? ''}</td>
              <td>{it.sheet ?? ''}</td>
              <td className="num">{it.sourceRow ?? ''}</td>
              <td>
                <button
                  type="button"
                  aria-expanded={editing === it.id}
                  aria-label={`Sửa ô ${it.label} của ${orgText(it)}, dòng ${String(it.sourceRow ?? '')}`}
                  onClick={() => setEditing(editing === it.id ? null : it.id)}
                >
                  {editing === it.id ? 'Đóng' : 'Sửa…'}
                </button>
              </td>
            </tr>
            {editing === it.id && (
              <tr className="item-editor">
                <td colSpan={columns}>
                  <FixControls
                    label={it.label}
                    raw={it.raw}
                    choice={choiceOf(it)}
                    spec={fieldSpecOf(it.entity, it.field)}
                    ctx={ctx}
                    applyLabel="Lưu"
                    canRemember={false}
                    acknowledgeOnly={acknowledgeOnly(it.field)}
                    compact
                    apply={(value) => client.call('review.fixItem', { id: it.id, value })}
                    onDone={(text) => {
                      setEditing(null);
                      onDone(`${orgText(it)}: ${text}`);
                    }}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
