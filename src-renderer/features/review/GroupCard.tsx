import { useState } from 'react';
import type { ReviewGroup } from '../../../src-main/contract/index.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import type { ValueContext } from '../../grid/index.ts';
import { FixControls } from './FixControls.tsx';
import { ItemsTable } from './ItemsTable.tsx';
import { acknowledgeOnly, fieldSpecOf } from './review-value.ts';

/** Rows shown when a group is opened; a larger group is better fixed as a whole, or exported. */
const ITEMS_SHOWN = 300;

function GroupItems({ group, ctx, onDone }: { group: ReviewGroup; ctx: ValueContext; onDone(text: string): void }) {
  const items = useApi('review.items', { entity: group.entity, field: group.field, textKey: group.textKey, limit: ITEMS_SHOWN }, [
    'imports',
    'database',
  ]);
  if (items.error) return <p className="error-text">{items.error}</p>;
  if (!items.data) return <p className="muted">Đang tải…</p>;
  return (
    <>
      <ItemsTable items={items.data} choiceOf={() => group} showField={false} ctx={ctx} onDone={onDone} />
      {group.count > items.data.length && (
        <p className="muted">
          Hiện {formatNumber(items.data.length)} trong {formatNumber(group.count)} dòng; dùng “Xuất Excel” để xem hết.
        </p>
      )}
    </>
  );
}

/**
 * One group of "Cần xem lại": the same text of the same field in however many rows, fixed in one click
 * (and remembered for later imports), or opened to fix row by row.
 */
export function GroupCard({ group, ctx, onDone }: { group: ReviewGroup; ctx: ValueContext; onDone(text: string): void }) {
  const [open, setOpen] = useState(false);
  const rows = `${formatNumber(group.count)} dòng`;
  return (
    <section className="panel review-group" aria-label={`${group.label}: ${group.raw}`}>
      <h2>
        {group.label}: ‘{group.raw}’ — {rows}
      </h2>
      <p className="muted">{group.reason}</p>
      <FixControls
        label={group.label}
        raw={group.raw}
        choice={group}
        spec={fieldSpecOf(group.entity, group.field)}
        ctx={ctx}
        applyLabel={`Sửa ${rows}`}
        canRemember={group.options !== null}
        acknowledgeOnly={acknowledgeOnly(group.field)}
        apply={(value, remember) =>
          client.call('review.fixGroup', { entity: group.entity, field: group.field, textKey: group.textKey, value, remember })
        }
        onDone={onDone}
      />
      <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Ẩn các dòng' : `Xem ${rows}`}
      </button>
      {open && <GroupItems group={group} ctx={ctx} onDone={onDone} />}
    </section>
  );
}
