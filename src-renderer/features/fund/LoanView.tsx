import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import {
  FUND_REPAYMENT_METHOD_LABEL,
  FUND_STAGE_LABEL,
  type FundDisbursementDto,
  type FundInstalmentDto,
  type FundLoanDto,
  type FundRepaymentDto,
} from '../../../src-main/contract/fund-dto.ts';
import { formatNumber } from '../../../src-main/shared/index.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { ReadOnlyGrid } from '../../grid/index.ts';
import { showDateTime } from '../../lib/format.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { dateCol, FundDocumentActions, money, moneyCol } from './common.tsx';
import { NextStepForm, PostingForms } from './StageForms.tsx';

const SCHEDULE_COLUMNS: ColDef<FundInstalmentDto>[] = [
  { field: 'seq', headerName: 'Kỳ', width: 70, type: 'rightAligned' },
  dateCol('dueOn', 'Ngày đến hạn'),
  moneyCol('principal', 'Gốc'),
  moneyCol('interest', 'Lãi'),
  {
    headerName: 'Cộng',
    width: 140,
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? p.data.principal + p.data.interest : null),
    valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
  },
  moneyCol('balanceAfter', 'Dư nợ sau kỳ'),
];

const REPAYMENT_COLUMNS: ColDef<FundRepaymentDto>[] = [
  dateCol('onDate', 'Ngày'),
  moneyCol('amount', 'Số tiền'),
  moneyCol('penalty', 'Lãi phạt', 110),
  moneyCol('interest', 'Lãi'),
  moneyCol('principal', 'Gốc'),
  {
    field: 'note',
    headerName: 'Ghi chú',
    flex: 1,
    valueGetter: (p) => entryNote(p.data),
  },
];

const entryNote = (e: { reversesId: number | null; reversedBy: number | null; note: string | null } | undefined): string =>
  e?.reversesId ? `Đảo bút toán — ${e.note ?? ''}` : e?.reversedBy ? `Đã đảo${e.note ? ` — ${e.note}` : ''}` : (e?.note ?? '');

const DISBURSEMENT_COLUMNS: ColDef<FundDisbursementDto>[] = [
  dateCol('onDate', 'Ngày'),
  moneyCol('amount', 'Số tiền'),
  { field: 'note', headerName: 'Ghi chú', flex: 1, valueGetter: (p) => entryNote(p.data) },
  { field: 'createdBy', headerName: 'Người ghi', width: 130 },
];

function ReverseControl({ loan }: { loan: FundLoanDto }) {
  const [entry, setEntry] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const choices = [
    ...loan.disbursements
      .filter((d) => !d.reversesId && !d.reversedBy)
      .map((d) => ({ key: `d${String(d.id)}`, label: `Giải ngân ${showDate(d.onDate)} — ${money(d.amount)}` })),
    ...loan.repayments
      .filter((r) => !r.reversesId && !r.reversedBy)
      .map((r) => ({ key: `r${String(r.id)}`, label: `Thu nợ ${showDate(r.onDate)} — ${money(r.amount)}` })),
  ];
  if (choices.length === 0) return null;
  async function reverse() {
    const id = Number(entry.slice(1));
    const r = entry.startsWith('d')
      ? await client.call('fund.reverseDisbursement', { id, reason })
      : await client.call('fund.reverseRepayment', { id, reason });
    setNotice(r.ok ? { kind: 'ok', text: 'Đã ghi bút toán đảo.' } : { kind: 'error', text: r.error.message });
  }
  return (
    <details>
      <summary>Đảo bút toán (không xóa, không sửa bút toán đã ghi)</summary>
      <div className="toolbar">
        <select aria-label="Bút toán cần đảo" value={entry} onChange={(e) => setEntry(e.target.value)}>
          <option value="">— Chọn bút toán —</option>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
        <input aria-label="Lý do đảo" placeholder="Lý do" value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="button" className="secondary" disabled={entry === '' || reason.trim() === ''} onClick={() => void reverse()}>
          Đảo bút toán
        </button>
        <NoticeLine notice={notice} />
      </div>
    </details>
  );
}

function Position({ loan }: { loan: FundLoanDto }) {
  const p = loan.position;
  if (!p) return <p className="muted">Chưa giải ngân.</p>;
  const rows: [string, string][] = [
    ['Đã giải ngân', money(p.disbursed)],
    ['Dư nợ gốc', money(p.principalOutstanding)],
    ['Gốc đến hạn chưa trả', money(p.principalDue)],
    ['Lãi đến hạn chưa trả', money(p.interestDue)],
    ['Lãi phạt chưa trả', money(p.penaltyDue)],
    ['Lãi dự thu đến ngày', money(p.accruedInterest)],
    ['Quá hạn', p.overdueSince ? `từ ${showDate(p.overdueSince)}, ${formatNumber(p.daysOverdue)} ngày — nhóm ${String(p.group)}` : 'Không'],
    ['Kỳ tới', p.nextDue ? `${showDate(p.nextDue.dueOn)}: ${money(p.nextDue.principal + p.nextDue.interest)}` : '—'],
    ['Tất toán nếu trả hôm đó', money(p.payable)],
  ];
  return (
    <table className="table compact" aria-label="Tình hình nợ">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td className="num">{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A figure of the application, or "Không rõ" when not known (a contract read from the fund's old ledger). */
const known = (text: string | null): string => text ?? 'không rõ';

/** What was asked and what was signed, and the lending conditions checked against it. */
function LoanTerms({ loan }: { loan: FundLoanDto }) {
  const asked = loan.amountRequested === null ? null : `${money(loan.amountRequested)} trong ${String(loan.termRequested ?? '…')} tháng`;
  return (
    <>
      <p aria-label="Phương án vay">
        {loan.purpose === null ? 'Mục đích vay: không rõ' : loan.purpose}. Tổng vốn đầu tư{' '}
        {known(loan.totalInvestment === null ? null : money(loan.totalInvestment))}, vốn tự có{' '}
        {known(loan.ownCapital === null ? null : money(loan.ownCapital))}, đề nghị vay {known(asked)}.
        {loan.appliedOn === null && ' (Hợp đồng nhập từ sổ theo dõi cũ, không có hồ sơ vay.)'}
        {loan.amount !== null &&
          ` Hợp đồng: ${money(loan.amount)}, ${formatNumber(loan.ratePercent ?? 0, { maxDecimals: 4 })}%/năm, ${String(loan.termMonths)} tháng, ${loan.method ? FUND_REPAYMENT_METHOD_LABEL[loan.method].toLowerCase() : ''}${loan.maturityOn ? `, đáo hạn ${showDate(loan.maturityOn)}` : ''}.`}
      </p>
      <ul aria-label="Điều kiện vay vốn">
        {loan.conditions.map((c) => (
          <li key={c.key} className={c.met === false ? 'error-text' : undefined}>
            {c.met === null ? '…' : c.met ? '✓' : '✗'} {c.label}: {c.detail}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every change to the loan, from the audit log: who, when, what. */
function History({ loan }: { loan: FundLoanDto }) {
  return (
    <>
      <h3>Lịch sử</h3>
      <ol aria-label="Lịch sử khoản vay">
        {loan.history.map((h, i) => (
          <li key={i}>
            {showDateTime(h.at)} — {h.who}: {h.text}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A loan's page: its terms and conditions, its next step, its balance on any date, schedule, entries and history. */
export function LoanView({ id, onClose }: { id: number; onClose(): void }) {
  const [asOfText, setAsOfText] = useState(showDate(todayIso()));
  const asOf = readDate(asOfText, 'Tính đến ngày', true);
  const iso = asOf.ok && asOf.value ? asOf.value : todayIso();
  const loaded = useApi('fund.loan', { id, asOf: iso }, ['fund', 'registry']);
  const loan = loaded.data;
  if (loaded.error) return <p className="error-text">{loaded.error}</p>;
  if (!loan) return <p className="muted">Đang tải…</p>;
  return (
    <article className="fund-loan" aria-label={`Khoản vay ${loan.code}`}>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={onClose}>
          ← Danh sách khoản vay
        </button>
        <h2>
          {loan.code}
          {loan.contractNo ? ` — HĐ ${loan.contractNo}` : ''}: {loan.borrowerName}
        </h2>
        <span className="chip">{FUND_STAGE_LABEL[loan.stage]}</span>
        <label className="kttt-inline">
          Tính đến ngày
          <input
            aria-label="Dư nợ tính đến ngày"
            aria-invalid={!asOf.ok}
            value={asOfText}
            onChange={(e) => setAsOfText(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
      </div>
      <LoanTerms loan={loan} />
      <NextStepForm loan={loan} />
      {loan.stage === 'contracted' && <PostingForms loan={loan} />}
      <h3>Tình hình nợ ngày {showDate(iso)}</h3>
      <Position loan={loan} />
      <h3>Lịch trả nợ</h3>
      <ReadOnlyGrid<FundInstalmentDto>
        label="Lịch trả nợ"
        className="insp-grid fund-small-grid"
        rows={loan.schedule}
        columns={SCHEDULE_COLUMNS}
        csvName={`lich-tra-no-${loan.code}`}
      />
      <h3>Các lần thu nợ</h3>
      <ReadOnlyGrid<FundRepaymentDto>
        label="Các lần thu nợ"
        className="insp-grid fund-small-grid"
        rows={loan.repayments}
        columns={REPAYMENT_COLUMNS}
        csvName={`thu-no-${loan.code}`}
      />
      <h3>Các lần giải ngân</h3>
      <ReadOnlyGrid<FundDisbursementDto>
        label="Các lần giải ngân"
        className="insp-grid fund-small-grid"
        rows={loan.disbursements}
        columns={DISBURSEMENT_COLUMNS}
        csvName={`giai-ngan-${loan.code}`}
      />
      <p className="muted">Bút toán đã ghi không sửa trực tiếp: muốn sửa, hãy đảo bút toán rồi ghi lại.</p>
      <ReverseControl loan={loan} />
      {loan.contractNo && (
        <>
          <FundDocumentActions request={{ kind: 'statement', loanId: loan.id, asOf: iso }} label="sao kê" />
          <FundDocumentActions request={{ kind: 'reminder', loanId: loan.id, asOf: iso }} label="thông báo nhắc nợ" />
        </>
      )}
      <History loan={loan} />
    </article>
  );
}
