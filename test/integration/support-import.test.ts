import { describe, expect, it } from 'vitest';
import type { ActivityDto, LinkageDto, SupportRecordDto } from '../../src-main/contract/bcd-dto.ts';
import type { ImportBatchDto, ImportPreview, ReviewItem, UndoReport } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';
import { createRow, value } from '../helpers/registry.ts';
import { linkagesSheet, newWorkbook, supportSheet, traineesSheet, xlsxBytes, type SupportRow } from '../helpers/support-workbooks.ts';
import { openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2025, 0, 20, 9, 0, 0);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function registry(app: App) {
  const tanLap = await createRow(app, 'organizations', { type: 'HTX', name: 'Hợp tác xã Nông nghiệp Tân Lập', regCode: '2501000123' });
  const cheXanh = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Chè xanh Thanh Sơn' });
  // Two namesakes the file cannot tell apart: neither is chosen for it.
  await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Dịch vụ Điện', legacyAddress: 'Xã Tân Phú, huyện Tân Sơn' });
  await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Dịch vụ Điện', legacyAddress: 'Xã Văn Luông, huyện Tân Sơn' });
  return { tanLap, cheXanh };
}

const ROWS: SupportRow[] = [
  // Matched by code; the amount typed as text with its unit; the date as dd/mm/yyyy text.
  {
    org: 'HTX Nông nghiệp Tân Lập',
    code: '2501000123',
    policy: 'Nghị định 45/2021/NĐ-CP',
    decision: '15/QĐ-UBND',
    date: '01/03/2024',
    kind: 'Đào tạo, bồi dưỡng',
    amount: '1.200.000 đ',
    source: 'Ngân sách trung ương',
  },
  // Matched by name (HTX ≡ Hợp tác xã, case); a real date cell; a number in đồng.
  {
    org: 'hợp tác xã chè xanh thanh sơn',
    policy: 'Chương trình OCOP',
    date: new Date(Date.UTC(2024, 5, 10)),
    kind: 'Hội chợ',
    amount: 25_000_000,
    source: 'NSĐP',
  },
  // Not in the registry: kept, organization blank, flagged — never a new organization.
  {
    org: 'HTX Mây tre đan Quyết Thắng',
    policy: 'Nghị quyết 10/2023',
    date: '15/07/2024',
    kind: 'Vay vốn',
    amount: '300 triệu',
    source: 'Lồng ghép',
  },
  // Namesakes: kept, flagged. An unreadable date and amount: blank (never 0, never invented), text kept.
  { org: 'HTX Dịch vụ Điện', policy: 'Nghị định 45/2021/NĐ-CP', date: 'tháng sau', kind: 'Khác', amount: 'xem hồ sơ', source: '' },
  // A blank amount is blank.
  {
    org: 'HTX Chè xanh Thanh Sơn',
    policy: 'Thành lập mới HTX',
    date: '20/09/2024',
    kind: 'Thành lập mới',
    amount: null,
    source: 'Ngân sách tỉnh',
  },
];

async function supportFile(): Promise<Uint8Array> {
  const wb = newWorkbook();
  supportSheet(wb, ROWS);
  traineesSheet(wb, [
    { title: 'Lớp bồi dưỡng cán bộ quản lý HTX', from: '12/04/2024', org: 'HTX Nông nghiệp Tân Lập', trainees: 3 },
    { title: 'Lớp bồi dưỡng cán bộ quản lý HTX', from: '12/04/2024', org: 'HTX Chè xanh Thanh Sơn', trainees: 2 },
    { title: 'Lớp bồi dưỡng cán bộ quản lý HTX', from: '12/04/2024', org: 'HTX Rau an toàn Minh Đức', trainees: 4 },
    { title: 'Hội chợ nông sản Đất Tổ', from: '05/11/2024', org: 'HTX Chè xanh Thanh Sơn', trainees: null },
  ]);
  linkagesSheet(wb, [
    {
      org: 'HTX Chè xanh Thanh Sơn',
      partner: 'Công ty CP Chè Phú Bền',
      product: 'Chè búp tươi',
      value: 1500,
      signed: '02/02/2024',
      ends: '31/12/2026',
    },
    { org: 'HTX Không Có Thật', partner: 'Công ty TNHH Rau sạch', product: 'Rau', value: '250', signed: '10/05/2024' },
  ]);
  return xlsxBytes(wb);
}

describe('importing the support given from Excel', () => {
  it('recognises support, participant and linkage sheets with a title block and merged header, and previews every row', async () => {
    const app = await openTestApp({ now: () => NOW });
    await registry(app);
    const preview = await value<ImportPreview>(
      app.call('imports.open', { fileName: 'ho-tro-2024.xlsx', contentBase64: b64(await supportFile()) }),
    );
    expect(preview.sheets.map((s) => [s.name, s.entity])).toEqual([
      ['HTX duoc ho tro', 'support'],
      ['Hoc vien', 'activities'],
      ['Lien ket', 'linkages'],
    ]);
    const support = preview.sheets[0];
    expect(support?.columns.filter((c) => c.use === 'field').map((c) => c.field)).toEqual([
      'organizationId',
      'regCode',
      'policy',
      'decision',
      'grantedOn',
      'supportKind',
      'amount',
      'fundingSource',
    ]);
    const records = support?.rows.filter((r) => r.fate !== 'excluded') ?? [];
    expect(records.map((r) => r.fate)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(records.map((r) => r.values.amount ?? null)).toEqual([1_200_000, 25_000_000, 300_000_000, null, null]);
    expect(records.map((r) => r.values.grantedOn ?? null)).toEqual(['2024-03-01', '2024-06-10', '2024-07-15', null, '2024-09-20']);
    expect(records[2]?.flags.map((f) => [f.field, f.raw])).toEqual([['organizationId', 'HTX Mây tre đan Quyết Thắng']]);
    expect(records[3]?.flags.map((f) => f.field).sort()).toEqual(['amount', 'grantedOn', 'organizationId']);
    expect(records[3]?.flags.find((f) => f.field === 'organizationId')?.reason).toMatch(/Có 2 tổ chức tên/);
    // Nothing is written before the clerk commits.
    expect(await value<SupportRecordDto[]>(app.call('support.records', { year: 2024, undated: true }))).toEqual([]);
  });

  it('commits the records with blanks kept blank, flags them for review, and undoes the whole import', async () => {
    const app = await openTestApp({ now: () => NOW });
    const { tanLap, cheXanh } = await registry(app);
    const orgsBefore = await value<unknown[]>(app.call('registry.listOrganizations', {}));
    const preview = await value<ImportPreview>(
      app.call('imports.open', { fileName: 'ho-tro-2024.xlsx', contentBase64: b64(await supportFile()) }),
    );
    const batch = await value<ImportBatchDto>(app.call('imports.commit', { jobId: preview.jobId }));
    expect(batch.sheets.map((s) => s.entity)).toEqual(['support', 'activities', 'linkages']);

    const support = await value<SupportRecordDto[]>(app.call('support.records', { year: 2024, undated: true }));
    expect(support).toHaveLength(5);
    const byPolicy = (p: string) => support.filter((r) => r.policy === p);
    expect(byPolicy('Nghị định 45/2021/NĐ-CP').map((r) => [r.organization?.id ?? null, r.kind, r.amount, r.source, r.grantedOn])).toEqual([
      // Records still without a date come first: they wait for the clerk.
      [null, 'khac', null, null, null],
      [tanLap, 'dao_tao', 1_200_000, 'trung_uong', '2024-03-01'],
    ]);
    const unknown = byPolicy('Nghị quyết 10/2023')[0];
    expect(unknown).toMatchObject({ organization: null, kind: 'tin_dung', amount: 300_000_000, source: 'long_ghep' });
    expect(unknown?.sourceTexts.organizationId).toBe('HTX Mây tre đan Quyết Thắng');
    expect(byPolicy('Thành lập mới HTX')[0]).toMatchObject({ organization: { id: cheXanh }, amount: null, source: 'dia_phuong' });
    // Never a silent new organization.
    expect(await value<unknown[]>(app.call('registry.listOrganizations', {}))).toHaveLength(orgsBefore.length);

    const activities = await value<ActivityDto[]>(app.call('support.activities', { year: 2024 }));
    expect(activities.map((a) => [a.kind, a.title, a.heldFrom, a.participants, a.organizations.length])).toEqual([
      ['dao_tao', 'Lớp bồi dưỡng cán bộ quản lý HTX', '2024-04-12', 9, 2],
      ['hoi_cho', 'Hội chợ nông sản Đất Tổ', '2024-11-05', null, 1],
    ]);
    // The participant the registry lacks stays on its course, as the file named it.
    expect(activities[0]?.unmatched).toEqual([{ name: 'HTX Rau an toàn Minh Đức', trainees: 4 }]);
    const linkages = await value<LinkageDto[]>(app.call('support.linkages', { year: 2024, undated: true }));
    expect(linkages.map((l) => [l.organization?.id ?? null, l.partner, l.value, l.signedOn, l.endsOn])).toEqual([
      [cheXanh, 'Công ty CP Chè Phú Bền', 1_500_000_000, '2024-02-02', '2026-12-31'],
      [null, 'Công ty TNHH Rau sạch', 250_000_000, '2024-05-10', null],
    ]);

    const review = await value<ReviewItem[]>(app.call('review.items', {}));
    expect(
      review
        .filter((i) => i.entity === 'support')
        .map((i) => i.field)
        .sort(),
    ).toEqual(['amount', 'grantedOn', 'organizationId', 'organizationId']);
    expect(review.filter((i) => i.entity === 'activities').map((i) => i.raw)).toEqual(['HTX Rau an toàn Minh Đức']);
    expect(review.filter((i) => i.entity === 'linkages').map((i) => i.raw)).toEqual(['HTX Không Có Thật']);

    // The same file again adds nothing.
    const again = await value<ImportPreview>(
      app.call('imports.open', { fileName: 'ho-tro-2024.xlsx', contentBase64: b64(await supportFile()) }),
    );
    expect(again.sheets.map((s) => s.counts.new)).toEqual([0, 0, 0]);

    const undo = await value<UndoReport>(app.call('imports.undo', { batchId: batch.id }));
    expect(undo.keptBecauseChangedSince).toBe(0);
    expect(await value<SupportRecordDto[]>(app.call('support.records', { year: 2024, undated: true }))).toEqual([]);
    expect(await value<ActivityDto[]>(app.call('support.activities', { year: 2024 }))).toEqual([]);
    expect(await value<LinkageDto[]>(app.call('support.linkages', { year: 2024, undated: true }))).toEqual([]);
    expect(await value<ReviewItem[]>(app.call('review.items', {}))).toEqual([]);
  });

  it('fixes a flagged date from "Cần xem lại" into the support record', async () => {
    const app = await openTestApp({ now: () => NOW });
    await registry(app);
    const preview = await value<ImportPreview>(
      app.call('imports.open', { fileName: 'ho-tro-2024.xlsx', contentBase64: b64(await supportFile()) }),
    );
    await value<ImportBatchDto>(app.call('imports.commit', { jobId: preview.jobId }));
    const dateFlag = (await value<ReviewItem[]>(app.call('review.items', {}))).find(
      (i) => i.entity === 'support' && i.field === 'grantedOn',
    );
    expect(dateFlag?.raw).toBe('tháng sau');
    await value(app.call('review.fixItem', { id: dateFlag?.id ?? 0, value: '2024-08-01' }));
    const fixed = (await value<SupportRecordDto[]>(app.call('support.records', { year: 2024 }))).find((r) => r.kind === 'khac');
    expect(fixed?.grantedOn).toBe('2024-08-01');
  });
});
