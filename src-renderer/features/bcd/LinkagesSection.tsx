import { useState, type FormEvent } from 'react';
import type { LinkageDto } from '../../../src-main/contract/bcd-dto.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { OrgPicker } from '../inspections/components.tsx';
import { Problems, readDate, showDate } from '../inspections/form-utils.ts';
import { fieldErrors, readMoney, refusalText, showMoney } from './common.ts';

/** Hợp đồng liên kết between an organization and an enterprise, signed in the year. */
export function LinkagesSection({ year }: { year: number }) {
  const list = useApi('support.linkages', { year }, ['bcd', 'registry']);
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [partner, setPartner] = useState('');
  const [product, setProduct] = useState('');
  const [value, setValue] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const signed = p.take('signedOn', readDate(signedOn, 'Ngày ký', true), null);
    const ends = p.take('endsOn', readDate(endsOn, 'Ngày hết hạn', false), null);
    const money = p.take('value', readMoney(value), null);
    if (organizationId === null) p.add('organizationId', 'Chọn một tổ chức trong sổ đăng ký.');
    setErrors(p.byField);
    if (p.any || signed === null || organizationId === null) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('support.saveLinkage', {
      organizationId,
      partner,
      product: product || null,
      value: money,
      signedOn: signed,
      endsOn: ends,
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: `Đã ghi hợp đồng liên kết với ${r.value.partner}.` });
    setPartner('');
    setProduct('');
    setValue('');
  }
  return (
    <>
      <h2>Hợp đồng liên kết năm {year}</h2>
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Ghi nhận hợp đồng liên kết">
        <OrgPicker label="Tổ chức KTTT" name="linkOrg" value={organizationId} onChange={setOrganizationId} error={errors.organizationId} />
        <TextField
          label="Doanh nghiệp liên kết"
          name="partner"
          value={partner}
          onChange={setPartner}
          error={errors.partner}
          maxLength={300}
        />
        <TextField label="Sản phẩm" name="product" value={product} onChange={setProduct} maxLength={300} />
        <TextField label="Giá trị (đồng)" name="linkValue" value={value} onChange={setValue} error={errors.value} maxLength={25} />
        <DateField label="Ngày ký" name="signedOn" value={signedOn} onChange={setSignedOn} error={errors.signedOn} />
        <DateField label="Ngày hết hạn" name="endsOn" value={endsOn} onChange={setEndsOn} error={errors.endsOn} />
        <div className="form-actions">
          <button type="submit">Ghi nhận hợp đồng</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
      {list.data && list.data.length > 0 && <LinkagesTable contracts={list.data} />}
    </>
  );
}

function LinkagesTable({ contracts }: { contracts: readonly LinkageDto[] }) {
  return (
    <table className="table" aria-label="Hợp đồng liên kết">
      <thead>
        <tr>
          <th>Ngày ký</th>
          <th>Tổ chức</th>
          <th>Doanh nghiệp</th>
          <th>Sản phẩm</th>
          <th>Giá trị (đồng)</th>
          <th>Hết hạn</th>
        </tr>
      </thead>
      <tbody>
        {contracts.map((c) => (
          <tr key={c.id}>
            <td>{showDate(c.signedOn)}</td>
            <td>{c.organization?.name ?? `Chưa ghép: ${c.sourceTexts.organizationId ?? ''}`}</td>
            <td>{c.partner}</td>
            <td>{c.product}</td>
            <td className="num">{showMoney(c.value)}</td>
            <td>{showDate(c.endsOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
