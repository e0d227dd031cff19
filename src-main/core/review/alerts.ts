import type { HomeAlert } from '../../contract/home.ts';
import type { CoreContext } from '../context.ts';
import { reviewCount } from './service.ts';

/** The cells imports could not read, waiting in "Cần xem lại". */
export async function reviewAlerts(ctx: CoreContext): Promise<HomeAlert[]> {
  const { open } = await reviewCount(ctx);
  return [
    {
      key: 'review.open',
      label: 'Ô dữ liệu nhập chưa đọc được, cần xem lại',
      count: open,
      severity: 'info',
      target: { section: 'xem-lai' },
    },
  ];
}
