import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { borrowerHtx, contractedLoan } from '../helpers/fund.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

/**
 * The fund's loans join the monitoring lists of "Kiểm tra – giám sát": the instalments due in the next 30 days
 * and the loans overdue, the same loans the fund's own pages list, in the monitoring report and its Excel files.
 */
const NOW = new Date(2025, 5, 15, 9, 0, 0);

describe('the fund in the monitoring lists', () => {
  it('lists what falls due in 30 days and what is overdue, in the lists, the report and the list’s Excel file', async () => {
    const app = await openTestApp({ now: () => NOW });
    const paying = await borrowerHtx(app, 'HTX Nông nghiệp Tân Lập');
    const late = await borrowerHtx(app, 'HTX Dịch vụ Mường Khến');
    const good = await contractedLoan(app, paying, '2025-01-10');
    await value(app.call('fund.disburse', { loanId: good.id, onDate: '2025-05-20', amount: 120_000_000 }));
    const bad = await contractedLoan(app, late, '2025-01-10');
    await value(app.call('fund.disburse', { loanId: bad.id, onDate: '2025-01-20', amount: 120_000_000 }));

    const asOf = '2025-06-10';
    const result = await value(app.call('monitoring.lists', { asOf }));
    const fundDue = await value(app.call('fund.dueSoon', { asOf }));
    const aging = (await value(app.call('fund.aging', { asOf }))).filter((r) => r.daysOverdue > 0);
    expect(result.lists.fundDueSoon.map((e) => [e.name, e.dueOn, e.principal, e.interest])).toEqual(
      fundDue.map((r) => [r.organization.name, r.dueOn, r.principal, r.interest]),
    );
    expect(result.lists.fundDueSoon.map((e) => e.name)).toContain('HTX Nông nghiệp Tân Lập');
    expect(result.lists.fundOverdue).toEqual([
      expect.objectContaining({
        id: late,
        name: 'HTX Dịch vụ Mường Khến',
        type: 'HTX',
        contractNo: bad.contractNo,
        daysOverdue: aging[0]?.daysOverdue,
        principalOverdue: aging[0]?.principalOverdue,
        group: aging[0]?.group,
      }),
    ]);
    expect(result.counts.fundOverdue).toMatchObject({ total: 1, organizations: 1, byType: { HTX: 1 } });

    const doc = await value(app.call('inspections.documentHtml', { kind: 'monitoring', asOf }));
    expect(doc.html).toContain('Khoản vay Quỹ hỗ trợ phát triển HTX quá hạn: 1 trường hợp');
    expect(doc.html).toContain(bad.contractNo ?? '');

    const file = await value(app.call('monitoring.listFile', { asOf, list: 'fundOverdue' }));
    expect(file.fileName).toBe(`giam-sat-fundOverdue-${asOf}.xlsx`);
    const wb = XLSX.read(Buffer.from(file.contentBase64, 'base64'));
    const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
    const text = XLSX.utils.sheet_to_csv(sheet ?? XLSX.utils.aoa_to_sheet([]));
    expect(text).toContain('HTX Dịch vụ Mường Khến');
    expect(text).toContain('Gốc quá hạn');
  });
});
