import { useState, type FormEvent } from 'react';
import type { SupportRecordDto } from '../../../src-main/contract/bcd-dto.ts';
import {
  FUNDING_SOURCE_LABEL,
  FUNDING_SOURCES,
  SUPPORT_KIND_LABEL,
  SUPPORT_KINDS,
  type FundingSource,
  type SupportKind,
} from '../../../src-main/contract/bcd-vocab.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { OrgPicker } from '../inspections/components.tsx';
import { Problems, readDate, showDate } from '../inspections/form-utils.ts';
import { ActivitiesSection } from './ActivitiesSection.tsx';
import { fieldErrors, readMoney, refusalText, showMoney, thisYear } from './common.ts';
import { LinkagesSection } from './LinkagesSection.tsx';
import { YearInput } from './YearInput.tsx';

const KIND_OPTIONS = SUPPORT_KINDS.map((k) => ({ value: k, label: SUPPORT_KIND_LABEL[k] }));
const SOURCE_OPTIONS = [{ value: '', label: '— chưa rõ —' }, ...FUNDING_SOURCES.map((s) => ({ value: s, label: FUNDING_SOURCE_LABEL[s] }))];

/** Chính sách hỗ trợ: support given to organizations, activities with participants, linkage contracts. */
export function SupportTab() {
  const [year, setYear] = useState(thisYear());
  return (
    <div className="page-stack">
      <div className="toolbar">
        <YearInput value={year} onChange={setYear} />
      </div>
      <SupportRecords year={year} />
      <ActivitiesSection year={year} />
      <LinkagesSection year={year} />
    </div>
  );
}

function SupportRecords({ year }: { year: number }) {
  const records = useApi('support.records', { year }, ['bcd', 'registry']);
  return (
    <>
      <h2>Hỗ trợ tổ chức KTTT năm {year}</h2>
      <SupportForm />
      {records.data && records.data.length > 0 && <SupportTable records={records.data} />}
    </>
  );
}

function SupportForm() {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [policy, setPolicy] = useState('');
  const [decision, setDecision] = useState('');
  const [grantedOn, setGrantedOn] = useState('');
  const [kind, setKind] = useState<SupportKind>('dao_tao');
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState<FundingSource | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const date = p.take('grantedOn', readDate(grantedOn, 'Ngày hỗ trợ', true), null);
    const money = p.take('amount', readMoney(amount), null);
    if (organizationId === null) p.add('organizationId', 'Chọn một tổ chức trong sổ đăng ký.');
    setErrors(p.byField);
    if (p.any || date === null || organizationId === null) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('support.saveRecord', {
      organizationId,
      policy,
      decision: decision || null,
      grantedOn: date,
      kind,
      amount: money,
      source: source === '' ? null : source,
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: `Đã ghi hỗ trợ cho ${r.value.organization?.name ?? ''}.` });
    setAmount('');
    setDecision('');
  }
  return (
    <>
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Ghi nhận hỗ trợ">
        <OrgPicker
          label="Tổ chức được hỗ trợ"
          name="supportOrg"
          value={organizationId}
          onChange={setOrganizationId}
          error={errors.organizationId}
        />
        <TextField
          label="Chính sách, chương trình"
          name="policy"
          value={policy}
          onChange={setPolicy}
          error={errors.policy}
          maxLength={500}
        />
        <TextField label="Quyết định" name="decision" value={decision} onChange={setDecision} maxLength={200} />
        <DateField label="Ngày hỗ trợ" name="grantedOn" value={grantedOn} onChange={setGrantedOn} error={errors.grantedOn} />
        <SelectField
          label="Nội dung hỗ trợ"
          name="supportKind"
          value={kind}
          onChange={(v) => setKind(v as SupportKind)}
          options={KIND_OPTIONS}
        />
        <TextField label="Kinh phí (đồng)" name="amount" value={amount} onChange={setAmount} error={errors.amount} maxLength={25} />
        <SelectField
          label="Nguồn kinh phí"
          name="source"
          value={source}
          onChange={(v) => setSource(v as FundingSource | '')}
          options={SOURCE_OPTIONS}
        />
        <div className="form-actions">
          <button type="submit">Ghi nhận hỗ trợ</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
    </>
  );
}

function SupportTable({ records }: { records: readonly SupportRecordDto[] }) {
  return (
    <table className="table" aria-label="Hỗ trợ đã ghi nhận">
      <thead>
        <tr>
          <th>Ngày</th>
          <th>Tổ chức</th>
          <th>Chính sách</th>
          <th>Nội dung</th>
          <th>Kinh phí (đồng)</th>
          <th>Nguồn</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.id}>
            <td>{showDate(r.grantedOn)}</td>
            <td>{r.organization?.name ?? `Chưa ghép: ${r.sourceTexts.organizationId ?? ''}`}</td>
            <td>{r.policy}</td>
            <td>{r.kind === null ? '' : SUPPORT_KIND_LABEL[r.kind]}</td>
            <td className="num">{showMoney(r.amount)}</td>
            <td>{r.source ? FUNDING_SOURCE_LABEL[r.source] : ''}</td>
            <td>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  if (window.confirm('Xóa khoản hỗ trợ này?')) void client.call('support.deleteRecord', { id: r.id });
                }}
              >
                Xóa
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
