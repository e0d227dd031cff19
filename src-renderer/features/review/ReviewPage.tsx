import { useEffect, useState } from 'react';
import type { ReviewGroup, ReviewItem } from '../../../src-main/contract/index.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { ExportButtons } from '../../lib/ExportButtons.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { useValueContext } from '../../lib/value-context.ts';
import type { ValueContext } from '../../grid/index.ts';
import { GroupCard } from './GroupCard.tsx';
import { ItemsTable } from './ItemsTable.tsx';
import { batchFromHash, reviewHref } from './route.ts';
import type { Choice } from './review-value.ts';

/** Flags change with imports, fixes, undos and a restored database. */
const AREAS: ('imports' | 'database')[] = ['imports', 'database'];
/** Groups drawn at once; the rest follow as these are fixed (largest first). */
const GROUPS_SHOWN = 200;
const NO_CHOICE: Choice = { options: null, multiple: false };

function useBatchFromHash(): number | null {
  const [batch, setBatch] = useState(() => batchFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setBatch(batchFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return batch;
}

/** The cells of one import, each fixed on its own; the choices of a field come from its group. */
function BatchReview({
  batchId,
  groups,
  ctx,
  onDone,
}: {
  batchId: number;
  groups: readonly ReviewGroup[];
  ctx: ValueContext;
  onDone(text: string): void;
}) {
  const items = useApi('review.items', { batchId, limit: 1000 }, AREAS);
  const choiceOf = (it: ReviewItem): Choice => groups.find((g) => g.entity === it.entity && g.field === it.field) ?? NO_CHOICE;
  const file = items.data?.[0]?.fileName;
  return (
    <section className="panel" aria-label="Các ô của lần nhập">
      <h2>{file ? `Lần nhập “${file}”` : 'Lần nhập'}</h2>
      <p>
        <a href={reviewHref()}>← Xem mọi ô cần xem lại, theo nhóm</a>
      </p>
      {items.error && <p className="error-text">{items.error}</p>}
      {items.data?.length === 0 && <p>Lần nhập này không còn ô nào cần xem lại.</p>}
      {items.data && items.data.length > 0 && <ItemsTable items={items.data} choiceOf={choiceOf} showField ctx={ctx} onDone={onDone} />}
    </section>
  );
}

/** "Cần xem lại": the cells imports could not read, grouped by field and text, fixed many at a time. */
export function ReviewPage() {
  const ctx = useValueContext();
  const count = useApi('review.count', {}, AREAS);
  const groups = useApi('review.groups', {}, AREAS);
  const batchId = useBatchFromHash();
  const [notice, setNotice] = useState<Notice>(null);
  const open = count.data?.open;
  const done = (text: string) => setNotice({ kind: 'ok', text });

  return (
    <div className="page-stack">
      <section className="panel">
        <h1>Cần xem lại</h1>
        <p className="muted">
          Các ô trong tệp đã nhập mà ứng dụng không đọc được (để trống) hoặc chỉ đọc được một phần. Sửa cả nhóm một lần, hoặc mở nhóm để sửa
          từng dòng.
        </p>
        {open !== undefined && open > 0 && (
          <p role="status">
            Còn <strong>{formatNumber(open)}</strong> ô cần xem lại{groups.data ? ` trong ${formatNumber(groups.data.length)} nhóm` : ''}.
          </p>
        )}
        {open === 0 && (
          <p role="status">
            Không còn ô nào cần xem lại. <a href="#/nhap">Nhập dữ liệu</a>
          </p>
        )}
        {(count.error ?? groups.error) && <p className="error-text">{count.error ?? groups.error}</p>}
        <div className="toolbar">
          {open !== undefined && open > 0 && <ExportButtons formats={['xlsx']} make={() => client.call('review.export', {})} />}
          <NoticeLine notice={notice} />
        </div>
      </section>
      {batchId !== null && <BatchReview batchId={batchId} groups={groups.data ?? []} ctx={ctx} onDone={done} />}
      {batchId === null &&
        groups.data
          ?.slice(0, GROUPS_SHOWN)
          .map((g) => <GroupCard key={`${g.entity}|${g.field}|${g.textKey}`} group={g} ctx={ctx} onDone={done} />)}
      {batchId === null && (groups.data?.length ?? 0) > GROUPS_SHOWN && (
        <p className="muted">
          Hiện {formatNumber(GROUPS_SHOWN)} nhóm lớn nhất trong {formatNumber(groups.data?.length ?? 0)} nhóm; các nhóm còn lại hiện ra khi
          những nhóm này được sửa.
        </p>
      )}
    </div>
  );
}
