import type { FundLoanDto } from '../../src-main/contract/fund-dto.ts';
import type { App } from '../../src-main/core/app.ts';
import { createRow, value } from './registry.ts';

/** An HTX of the registry with a commune and a sector, ready to borrow. */
export async function borrowerHtx(app: App, name: string, more: Record<string, string | string[] | null> = {}): Promise<number> {
  return createRow(app, 'organizations', { type: 'HTX', name, foundedOn: '2019-01-10', sectors: ['nong_nghiep'], ...more });
}

/**
 * A loan taken through application, appraisal, approval and contract: 120.000.000 đồng at 4,8 %/năm, 12
 * months, monthly, equal principal, overdue rate 7,2 %/năm, contract signed on `contractOn`.
 */
export async function contractedLoan(
  app: App,
  organizationId: number,
  contractOn: string,
  over: Partial<{
    amount: number;
    termMonths: number;
    method: 'equal_principal' | 'annuity' | 'maturity';
    periodMonths: 1 | 3 | 6 | 12;
  }> = {},
): Promise<FundLoanDto> {
  const amount = over.amount ?? 120_000_000;
  const applied = await value(
    app.call('fund.saveApplication', {
      organizationId,
      appliedOn: contractOn,
      purpose: 'Mua máy gặt đập liên hợp',
      planSummary: 'Phương án dịch vụ làm đất, thu hoạch cho thành viên',
      totalInvestment: amount * 2,
      ownCapital: amount,
      amountRequested: amount,
      termRequested: over.termMonths ?? 12,
    }),
  );
  await value(
    app.call('fund.appraise', {
      id: applied.id,
      appraisedBy: 'Nguyễn Văn Thẩm',
      appraisedOn: contractOn,
      opinion: 'Khả thi',
      planFeasible: true,
    }),
  );
  await value(app.call('fund.decide', { id: applied.id, approve: true, decisionNo: '12/QĐ-QHTPT', decisionOn: contractOn }));
  return value(
    app.call('fund.signContract', {
      id: applied.id,
      contractNo: `${String(applied.id).padStart(2, '0')}/HĐTD`,
      contractOn,
      amount,
      ratePercent: 4.8,
      overdueRatePercent: 7.2,
      termMonths: over.termMonths ?? 12,
      periodMonths: over.periodMonths ?? 1,
      graceMonths: 0,
      method: over.method ?? 'equal_principal',
      security: 'Thế chấp máy gặt đập hình thành từ vốn vay',
    }),
  );
}
