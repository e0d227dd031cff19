import type { ImportBatchDto } from '../../../src-main/contract/index.ts';
import { formatVnDateTime } from '../../../src-main/shared/vn-date-format.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { reviewHref } from '../review/route.ts';

/** What a commit did, every row accounted for, and the way to the cells still to look at. */
export function ImportOutcome({ batch }: { batch: ImportBatchDto }) {
  const c = batch.counts;
  const n = formatNumber;
  return (
    <p role="status" className="ok-text">
      Đã nhập “{batch.fileName}” lúc {formatVnDateTime(batch.committedAt)}: thêm mới {n(c.new)}, cập nhật {n(c.update)}, không đổi{' '}
      {n(c.unchanged)}, gộp vào dòng trùng {n(c.merged)}, không phải bản ghi {n(c.excluded)}.
      {batch.reviewOpen > 0 && (
        <>
          {' '}
          <a href={reviewHref()}>Có {n(batch.reviewOpen)} ô cần xem lại</a>.
        </>
      )}
    </p>
  );
}
