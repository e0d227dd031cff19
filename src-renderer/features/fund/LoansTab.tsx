import { useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { FUND_STAGE_LABEL, FUND_STAGES, type FundLoanSummary, type FundStage } from '../../../src-main/contract/fund-dto.ts';
import { formatNumber } from '../../../src-main/shared/index.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { ReadOnlyGrid } from '../../grid/index.ts';
import { OrgPicker } from '../inspections/components.tsx';
import { readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { dateCol, moneyCol } from './common.tsx';
import { FundForm, num, optStr, str, type FieldSpec } from './FundForm.tsx';

const COLUMNS: ColDef<FundLoanSummary>[] = [
  { field: 'code', headerName: 'Số hồ sơ', width: 120 },
  { field: 'contractNo', headerName: 'Số HĐ', width: 110 },
  { field: 'borrowerName', headerName: 'Người vay', flex: 1, minWidth: 220 },
  { headerName: 'Xã, phường', valueGetter: (p) => p.data?.organization.commune ?? '', width: 150 },
  { field: 'stage', headerName: 'Bước', width: 130, valueFormatter: (p) => FUND_STAGE_LABEL[p.value as FundStage] },
  dateCol('contractOn', 'Ngày ký'),
  moneyCol('amount', 'Số tiền HĐ'),
  {
    field: 'ratePercent',
    headerName: 'Lãi suất %/năm',
    width: 110,
    type: 'rightAligned',
    valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value, { maxDecimals: 4 }) : ''),
  },
  dateCol('maturityOn', 'Đáo hạn'),
  {
    headerName: 'Dư nợ',
    width: 140,
    type: 'rightAligned',
    valueGetter: (p) => p.data?.balance?.principalOutstanding ?? null,
    valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
  },
  { headerName: 'Quá hạn (ngày)', width: 110, type: 'rightAligned', valueGetter: (p) => p.data?.balance?.daysOverdue ?? null },
  { headerName: 'Nhóm nợ', width: 90, type: 'rightAligned', valueGetter: (p) => p.data?.balance?.group ?? null },
];

function ApplicationForm({ onSaved }: { onSaved(id: number): void }) {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [orgError, setOrgError] = useState<string | undefined>();
  const members = useApi('fund.members', organizationId === null ? {} : { organizationId }, ['fund']);
  const memberOptions = [
    { value: '', label: '— Tổ chức đứng tên vay —' },
    ...(organizationId === null ? [] : (members.data ?? []).map((m) => ({ value: String(m.id), label: m.fullName }))),
  ];
  const fields: FieldSpec[] = [
    { name: 'memberId', label: 'Thành viên đứng tên vay', kind: 'select', options: memberOptions },
    { name: 'appliedOn', label: 'Ngày nhận hồ sơ', kind: 'date', required: true, initial: showDate(todayIso()) },
    { name: 'purpose', label: 'Mục đích vay', kind: 'text', required: true, wide: true },
    { name: 'planSummary', label: 'Tóm tắt phương án sản xuất kinh doanh', kind: 'textarea' },
    { name: 'totalInvestment', label: 'Tổng vốn đầu tư (đồng)', kind: 'money', required: true },
    { name: 'ownCapital', label: 'Vốn tự có (đồng)', kind: 'money', required: true },
    { name: 'amountRequested', label: 'Số tiền đề nghị vay (đồng)', kind: 'money', required: true },
    { name: 'termRequested', label: 'Thời hạn đề nghị (tháng)', kind: 'int', required: true },
  ];
  return (
    <div>
      <OrgPicker
        label="Tổ chức vay hoặc có thành viên vay"
        value={organizationId}
        onChange={setOrganizationId}
        error={orgError}
        name="organizationId"
      />
      <FundForm
        key={organizationId ?? 0}
        label="Hồ sơ vay mới"
        fields={fields}
        submitLabel="Lưu hồ sơ vay"
        okText="Đã lưu hồ sơ vay."
        onSubmit={(v) => {
          setOrgError(organizationId === null ? 'Chọn tổ chức trong danh bạ.' : undefined);
          return client.call('fund.saveApplication', {
            organizationId: organizationId ?? 0,
            memberId: v.memberId ? Number(v.memberId) : null,
            appliedOn: str(v.appliedOn),
            purpose: str(v.purpose),
            planSummary: optStr(v.planSummary),
            totalInvestment: num(v.totalInvestment),
            ownCapital: num(v.ownCapital),
            amountRequested: num(v.amountRequested),
            termRequested: num(v.termRequested),
          });
        }}
        onDone={(loan) => onSaved(loan.id)}
      />
      {organizationId !== null && <MemberForm organizationId={organizationId} />}
    </div>
  );
}

function MemberForm({ organizationId }: { organizationId: number }) {
  return (
    <details>
      <summary>Thêm thành viên vay của tổ chức này</summary>
      <FundForm
        label="Thành viên vay mới"
        fields={[
          { name: 'fullName', label: 'Họ và tên', kind: 'text', required: true },
          { name: 'birthDate', label: 'Ngày sinh', kind: 'date' },
          { name: 'idNumber', label: 'Số CCCD', kind: 'text' },
          { name: 'phone', label: 'Điện thoại', kind: 'text' },
          { name: 'address', label: 'Địa chỉ', kind: 'text', wide: true },
        ]}
        submitLabel="Lưu thành viên"
        okText="Đã lưu thành viên."
        onSubmit={(v) =>
          client.call('fund.saveMember', {
            organizationId,
            fullName: str(v.fullName),
            birthDate: optStr(v.birthDate),
            idNumber: optStr(v.idNumber),
            phone: optStr(v.phone),
            address: optStr(v.address),
          })
        }
      />
    </details>
  );
}

/** Khoản vay: every loan with its stage and balance on a date, in a grid; a new application beside it. */
export function LoansTab({ onOpen }: { onOpen(loanId: number): void }) {
  const [asOfText, setAsOfText] = useState(showDate(todayIso()));
  const [stage, setStage] = useState<FundStage | ''>('');
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const asOf = readDate(asOfText, 'Tính đến ngày', true);
  const iso = asOf.ok && asOf.value ? asOf.value : todayIso();
  const loans = useApi('fund.loans', stage === '' ? { asOf: iso } : { asOf: iso, stage }, ['fund', 'registry']);
  const rows = useMemo(() => loans.data ?? [], [loans.data]);
  return (
    <div>
      <div className="toolbar">
        <button type="button" onClick={() => setAdding((a) => !a)}>
          {adding ? 'Đóng hồ sơ mới' : 'Hồ sơ vay mới'}
        </button>
        <label className="kttt-inline">
          Tính đến ngày
          <input
            aria-label="Tính đến ngày"
            aria-invalid={!asOf.ok}
            value={asOfText}
            onChange={(e) => setAsOfText(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
        <label className="kttt-inline">
          Bước
          <select aria-label="Bước" value={stage} onChange={(e) => setStage(e.target.value as FundStage | '')}>
            <option value="">Tất cả</option>
            {FUND_STAGES.map((s) => (
              <option key={s} value={s}>
                {FUND_STAGE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <input
          className="kttt-search"
          aria-label="Tìm khoản vay"
          placeholder="Tìm theo tên, số hồ sơ…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {!asOf.ok && <p className="error-text">{asOf.reason}</p>}
      {loans.error && <p className="error-text">{loans.error}</p>}
      {adding && <ApplicationForm onSaved={(id) => onOpen(id)} />}
      <ReadOnlyGrid<FundLoanSummary>
        label="Danh sách khoản vay"
        rows={rows}
        columns={COLUMNS}
        quickFilter={query}
        csvName={`quy-htpt-khoan-vay-${iso}`}
        onOpen={(r) => onOpen(r.id)}
      />
      <p className="muted">
        Nhấp đúp một dòng (hoặc Enter) để mở khoản vay: lịch trả nợ, lịch sử, dư nợ vào ngày bất kỳ. Kéo chuột hoặc Shift+mũi tên để chọn
        vùng, Ctrl+C để chép sang Excel.
      </p>
    </div>
  );
}
