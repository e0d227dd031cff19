import { useState } from 'react';
import {
  FUND_REPAYMENT_METHOD_LABEL,
  FUND_REPAYMENT_METHODS,
  FUND_RESCHEDULE_KIND_LABEL,
  FUND_RESCHEDULE_KINDS,
  type FundAllocationDto,
  type FundLoanDto,
} from '../../../src-main/contract/fund-dto.ts';
import { client } from '../../api/client.ts';
import { showDate, todayIso } from '../inspections/form-utils.ts';
import { money } from './common.tsx';
import { FundForm, num, optStr, str } from './FundForm.tsx';

const today = () => showDate(todayIso());

/** The form of the loan's next step before money moves: appraisal, decision or credit contract. */
export function NextStepForm({ loan }: { loan: FundLoanDto }) {
  if (loan.stage === 'application' || loan.stage === 'appraised') {
    return (
      <section aria-label="Thẩm định">
        <h3>Thẩm định</h3>
        <FundForm
          label="Thẩm định hồ sơ vay"
          fields={[
            { name: 'appraisedBy', label: 'Cán bộ thẩm định', kind: 'text', required: true, initial: loan.appraisedBy ?? '' },
            { name: 'appraisedOn', label: 'Ngày thẩm định', kind: 'date', required: true, initial: showDate(loan.appraisedOn) || today() },
            { name: 'planFeasible', label: 'Phương án khả thi', kind: 'bool', initial: loan.planFeasible === false ? 'false' : 'true' },
            { name: 'opinion', label: 'Ý kiến thẩm định', kind: 'textarea', required: true, initial: loan.appraisalOpinion ?? '' },
          ]}
          submitLabel="Lưu thẩm định"
          onSubmit={(v) =>
            client.call('fund.appraise', {
              id: loan.id,
              appraisedBy: str(v.appraisedBy),
              appraisedOn: str(v.appraisedOn),
              opinion: str(v.opinion),
              planFeasible: v.planFeasible === true,
            })
          }
        />
        {loan.stage === 'appraised' && <DecisionForm loan={loan} />}
      </section>
    );
  }
  if (loan.stage === 'approved') return <ContractForm loan={loan} />;
  return null;
}

function DecisionForm({ loan }: { loan: FundLoanDto }) {
  return (
    <>
      <h3>Quyết định cho vay</h3>
      <FundForm
        label="Quyết định cho vay"
        fields={[
          { name: 'approve', label: 'Cho vay', kind: 'bool', initial: 'true' },
          { name: 'decisionNo', label: 'Số quyết định', kind: 'text', required: true },
          { name: 'decisionOn', label: 'Ngày quyết định', kind: 'date', required: true, initial: today() },
          { name: 'approvedAmount', label: 'Số tiền phê duyệt (đồng)', kind: 'money', initial: String(loan.amountRequested ?? '') },
        ]}
        submitLabel="Lưu quyết định"
        onSubmit={(v) =>
          client.call('fund.decide', {
            id: loan.id,
            approve: v.approve === true,
            decisionNo: str(v.decisionNo),
            decisionOn: str(v.decisionOn),
            approvedAmount: typeof v.approvedAmount === 'number' ? v.approvedAmount : null,
          })
        }
      />
    </>
  );
}

function ContractForm({ loan }: { loan: FundLoanDto }) {
  return (
    <section aria-label="Hợp đồng tín dụng">
      <h3>Hợp đồng tín dụng</h3>
      <FundForm
        label="Ký hợp đồng tín dụng"
        fields={[
          { name: 'contractNo', label: 'Số hợp đồng', kind: 'text', required: true },
          { name: 'contractOn', label: 'Ngày ký', kind: 'date', required: true, initial: today() },
          { name: 'amount', label: 'Số tiền (đồng)', kind: 'money', required: true, initial: String(loan.approvedAmount ?? '') },
          { name: 'ratePercent', label: 'Lãi suất (%/năm)', kind: 'percent', required: true },
          { name: 'overdueRatePercent', label: 'Lãi suất quá hạn (%/năm)', kind: 'percent', required: true },
          { name: 'termMonths', label: 'Thời hạn (tháng)', kind: 'int', required: true, initial: String(loan.termRequested ?? '') },
          {
            name: 'periodMonths',
            label: 'Kỳ trả nợ',
            kind: 'select',
            initial: '1',
            options: [
              { value: '1', label: 'Hằng tháng' },
              { value: '3', label: 'Hằng quý' },
              { value: '6', label: '6 tháng' },
              { value: '12', label: 'Hằng năm' },
            ],
          },
          { name: 'graceMonths', label: 'Ân hạn gốc (tháng)', kind: 'int', initial: '0' },
          {
            name: 'method',
            label: 'Cách trả nợ',
            kind: 'select',
            initial: 'equal_principal',
            options: FUND_REPAYMENT_METHODS.map((m) => ({ value: m, label: FUND_REPAYMENT_METHOD_LABEL[m] })),
          },
          { name: 'security', label: 'Tài sản bảo đảm / bảo lãnh', kind: 'textarea' },
        ]}
        submitLabel="Lưu hợp đồng"
        onSubmit={(v) =>
          client.call('fund.signContract', {
            id: loan.id,
            contractNo: str(v.contractNo),
            contractOn: str(v.contractOn),
            amount: num(v.amount),
            ratePercent: num(v.ratePercent),
            overdueRatePercent: num(v.overdueRatePercent),
            termMonths: num(v.termMonths),
            periodMonths: Number(v.periodMonths) as 1 | 3 | 6 | 12,
            graceMonths: num(v.graceMonths),
            method: str(v.method) as (typeof FUND_REPAYMENT_METHODS)[number],
            security: optStr(v.security),
          })
        }
      />
    </section>
  );
}

/** A repayment, with how it would be allocated (interest first) shown while it is typed. */
function RepayForm({ loan }: { loan: FundLoanDto }) {
  const [allocation, setAllocation] = useState<FundAllocationDto | null>(null);
  const [allocationError, setAllocationError] = useState<string | null>(null);
  async function preview(onDate: unknown, amount: unknown) {
    if (typeof onDate !== 'string' || typeof amount !== 'number' || amount <= 0) return setAllocation(null);
    const r = await client.call('fund.previewRepayment', { loanId: loan.id, onDate, amount });
    setAllocation(r.ok ? r.value : null);
    setAllocationError(r.ok ? null : r.error.message);
  }
  return (
    <details open>
      <summary>Thu nợ</summary>
      <FundForm
        label="Thu nợ"
        fields={[
          { name: 'onDate', label: 'Ngày trả', kind: 'date', required: true, initial: today() },
          { name: 'amount', label: 'Số tiền (đồng)', kind: 'money', required: true },
          { name: 'note', label: 'Ghi chú', kind: 'text' },
        ]}
        submitLabel="Ghi thu nợ"
        okText="Đã ghi thu nợ."
        onChange={(v) => void preview(v.onDate, v.amount)}
        extra={
          <p className="wide muted" aria-live="polite">
            {allocation
              ? `Phân bổ: lãi phạt ${money(allocation.penalty)}, lãi ${money(allocation.interest)}, gốc ${money(allocation.principal)}${allocation.prepaid > 0 ? ` (trả trước hạn ${money(allocation.prepaid)})` : ''}. Tối đa có thể trả: ${money(allocation.payable)}.`
              : (allocationError ?? 'Nhập ngày và số tiền để xem cách phân bổ (lãi trước, gốc sau).')}
          </p>
        }
        onSubmit={(v) => client.call('fund.repay', { loanId: loan.id, onDate: str(v.onDate), amount: num(v.amount), note: optStr(v.note) })}
      />
    </details>
  );
}

/** Money on a contracted loan: disburse, take a repayment (its allocation shown before posting), reschedule. */
export function PostingForms({ loan }: { loan: FundLoanDto }) {
  return (
    <div className="fund-postings">
      <RepayForm loan={loan} />
      <details>
        <summary>Giải ngân</summary>
        <FundForm
          label="Giải ngân"
          fields={[
            { name: 'onDate', label: 'Ngày giải ngân', kind: 'date', required: true, initial: today() },
            { name: 'amount', label: 'Số tiền (đồng)', kind: 'money', required: true },
            { name: 'note', label: 'Ghi chú', kind: 'text' },
          ]}
          submitLabel="Ghi giải ngân"
          okText="Đã ghi giải ngân."
          onSubmit={(v) =>
            client.call('fund.disburse', { loanId: loan.id, onDate: str(v.onDate), amount: num(v.amount), note: optStr(v.note) })
          }
        />
      </details>
      <details>
        <summary>Gia hạn, điều chỉnh kỳ hạn trả nợ</summary>
        <FundForm
          label="Gia hạn, điều chỉnh kỳ hạn"
          fields={[
            {
              name: 'kind',
              label: 'Loại',
              kind: 'select',
              initial: 'extension',
              options: FUND_RESCHEDULE_KINDS.map((k) => ({ value: k, label: FUND_RESCHEDULE_KIND_LABEL[k] })),
            },
            { name: 'decisionNo', label: 'Số quyết định', kind: 'text', required: true },
            { name: 'decisionOn', label: 'Ngày quyết định', kind: 'date', required: true, initial: today() },
            { name: 'onDate', label: 'Ngày hiệu lực', kind: 'date', required: true, initial: today() },
            { name: 'termMonths', label: 'Thời hạn mới kể từ lần giải ngân đầu (tháng)', kind: 'int', required: true },
            { name: 'note', label: 'Ghi chú', kind: 'text' },
          ]}
          submitLabel="Ghi quyết định"
          onSubmit={(v) =>
            client.call('fund.reschedule', {
              loanId: loan.id,
              kind: str(v.kind) as (typeof FUND_RESCHEDULE_KINDS)[number],
              decisionNo: str(v.decisionNo),
              decisionOn: str(v.decisionOn),
              onDate: str(v.onDate),
              termMonths: num(v.termMonths),
              note: optStr(v.note),
            })
          }
        />
      </details>
    </div>
  );
}
