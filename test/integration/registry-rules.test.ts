import { describe, expect, it } from 'vitest';
import type { FigureRow, OrgDetail, OrgRow } from '../../src-main/contract/index.ts';
import { apply, createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);
const open = () => openTestApp({ now: () => NOW });

describe('organizations', () => {
  it('are created, listed with the figures of a year, and a blank figure stays blank rather than zero', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', {
      type: 'HTX',
      name: 'HTX Nông nghiệp Hòa Bình',
      regCode: '0501234567',
      foundedOn: '12/03/2019',
    });
    const [r] = await apply(app, 'figures', [
      { kind: 'upsertFigures', organizationId: id, year: 2024, period: 'Y', changes: { members: 12, revenue: '1.580.000.000', profit: 0 } },
    ]);
    expect(r?.ok).toBe(true);
    const rows = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2024 }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: 'HTX Nông nghiệp Hòa Bình',
      foundedOn: '2019-03-12',
      status: 'dang_hoat_dong',
      statusSince: '2019-03-12',
    });
    expect(rows[0]?.figures).toEqual({
      members: 12,
      workers: null,
      regularWorkers: null,
      revenue: 1_580_000_000,
      profit: 0,
      avgIncome: null,
      charterCapitalEnd: null,
      budgetPaid: null,
    });
    const other = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2023 }));
    expect(other[0]?.figures).toBeNull();
  });

  it('keep registration codes as text, unique among live organizations', async () => {
    const app = await open();
    await createRow(app, 'organizations', { type: 'HTX', name: 'HTX A', regCode: '0101' });
    const [dup] = await apply(app, 'organizations', [
      { kind: 'create', tempId: 'x', values: { type: 'HTX', name: 'HTX B', regCode: '0101' } },
    ]);
    expect(dup).toMatchObject({ ok: false, fieldErrors: { regCode: 'Mã số 0101 đã dùng cho «HTX A».' } });
    const [tht] = await apply(app, 'organizations', [
      { kind: 'create', tempId: 'y', values: { type: 'THT', name: 'Tổ hợp tác mây tre', regCode: '999' } },
    ]);
    expect(tht?.ok).toBe(false);
  });

  it('refuse an invalid edit, keep the old value and say why in Vietnamese', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Cũ', foundedOn: '2020-01-01' });
    const results = await apply(app, 'organizations', [
      { kind: 'update', id, changes: { foundedOn: '2030-01-01' } },
      { kind: 'update', id, changes: { type: 'Công ty' } },
      { kind: 'update', id, changes: { charterCapital: 'một trăm' } },
      { kind: 'update', id, changes: { communeCode: '99999' } },
      { kind: 'update', id, changes: { name: '' } },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(results[0]).toMatchObject({ fieldErrors: { foundedOn: 'Ngày thành lập không được sau ngày hôm nay.' } });
    expect(results[1]).toMatchObject({ fieldErrors: { type: 'Loại hình: "Công ty" không có trong danh sách.' } });
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    expect(detail.organization).toMatchObject({ name: 'HTX Cũ', foundedOn: '2020-01-01', type: 'HTX', charterCapital: null });
    expect(detail.audit.filter((a) => a.action === 'update')).toEqual([]);
  });

  it('accept type and status by their Vietnamese labels, as pasted from Excel', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'Hợp tác xã', name: 'HTX Dán' });
    const [r] = await apply(app, 'organizations', [
      { kind: 'update', id, changes: { type: 'quy tin dung nhan dan', sectors: 'Nông, lâm, ngư nghiệp; Dịch vụ' } },
    ]);
    expect(r).toMatchObject({ ok: true, row: { type: 'QTDND', sectors: ['nong_nghiep', 'dich_vu'] } });
  });

  it('apply the valid edits of a batch in one transaction and report the others', async () => {
    const app = await open();
    const a = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX A' });
    const results = await apply(app, 'organizations', [
      { kind: 'update', id: a, changes: { headName: 'Nguyễn Văn A' } },
      { kind: 'create', tempId: 'n1', values: { type: 'HTX', name: 'HTX Mới' } },
      { kind: 'create', tempId: 'n2', values: { type: 'HTX' } },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ tempId: 'n2', fieldErrors: { name: 'Tên tổ chức: không được để trống.' } });
    expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toHaveLength(2);
  });

  it('write every change to the audit log with who, old and new', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX A', charterCapital: 70_000_000 });
    await apply(app, 'organizations', [{ kind: 'update', id, changes: { charterCapital: 646_000_000, name: 'HTX A mới' } }]);
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    const updates = detail.audit.filter((e) => e.action === 'update').map((e) => [e.field, e.oldValue, e.newValue, e.who]);
    expect(updates).toEqual(
      expect.arrayContaining([
        ['charterCapital', '70000000', '646000000', 'tester'],
        ['name', '"HTX A"', '"HTX A mới"', 'tester'],
      ]),
    );
    expect(detail.audit.some((e) => e.action === 'insert')).toBe(true);
  });
});

describe('soft delete and the recycle bin', () => {
  it('hide a deleted organization, list it in the bin, and restore it unless its code was taken meanwhile', async () => {
    const app = await open();
    const a = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Xóa', regCode: '777' });
    expect((await apply(app, 'organizations', [{ kind: 'delete', id: a }]))[0]?.ok).toBe(true);
    expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toEqual([]);
    expect(await value(app.call('registry.recycleBin', {}))).toMatchObject([{ entity: 'organizations', id: a, label: 'HTX Xóa' }]);
    const b = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Chiếm mã', regCode: '777' });
    const [blocked] = await apply(app, 'organizations', [{ kind: 'restore', id: a }]);
    expect(blocked).toMatchObject({ ok: false });
    await apply(app, 'organizations', [{ kind: 'update', id: b, changes: { regCode: '778' } }]);
    expect((await apply(app, 'organizations', [{ kind: 'restore', id: a }]))[0]?.ok).toBe(true);
    expect((await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).map((o) => o.name).sort()).toEqual([
      'HTX Chiếm mã',
      'HTX Xóa',
    ]);
  });
});

describe('yearly figures', () => {
  it('refuse regular workers above workers and a second row for the same year', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX A' });
    const [bad] = await apply(app, 'figures', [
      { kind: 'upsertFigures', organizationId: id, year: 2024, period: 'Y', changes: { workers: 10, regularWorkers: 12 } },
    ]);
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { regularWorkers: 'Lao động thường xuyên (12) không được lớn hơn tổng số lao động (10).' },
    });
    await createRow(app, 'figures', { organizationId: id, year: 2024, members: 5 });
    const [dup] = await apply(app, 'figures', [{ kind: 'create', tempId: 'd', values: { organizationId: id, year: 2024, members: 6 } }]);
    expect(dup).toMatchObject({ ok: false, fieldErrors: { year: 'Tổ chức này đã có số liệu năm 2024 cho kỳ này.' } });
    const rows = await value<FigureRow[]>(app.call('registry.listFigures', { year: 2024 }));
    expect(rows.map((r) => [r.organizationName, r.members, r.workers])).toEqual([['HTX A', 5, null]]);
  });
});

describe('founding dates', () => {
  it('keep a year or a month alone as written, and count it as new in that year', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Chỉ có năm', foundedOn: '2024' });
    await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Có tháng', foundedOn: '03/2023' });
    const rows = await value<OrgRow[]>(app.call('registry.listOrganizations', {}));
    expect(rows.map((r) => [r.name, r.foundedOn, r.statusSince])).toEqual([
      ['HTX Chỉ có năm', '2024', '2024-01-01'],
      ['HTX Có tháng', '2023-03', '2023-03-01'],
    ]);
    const [bad] = await apply(app, 'certifications', [
      { kind: 'create', tempId: 'c', values: { organizationId: id, kind: 'vietgap', issuedOn: '2024' } },
    ]);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { issuedOn: 'Ngày cấp: cần ngày đầy đủ (dd/mm/yyyy).' } });
    const { computeIndicators } = await import('../../src-main/core/reports/data/indicators.ts');
    expect((await computeIndicators(app.ctx.db, 2024)).indicators.newInYear.HTX).toBe(1);
  });
});

describe('the organization directory', () => {
  it('lists live organizations by name with their code and type, for the pickers', async () => {
    const app = await open();
    const a = await createRow(app, 'organizations', { type: 'QTDND', name: 'Quỹ TDND Bình Minh', regCode: '0909' });
    const b = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX An Phú' });
    await createRow(app, 'organizations', { type: 'THT', name: 'Tổ hợp tác đã xóa' }).then((id) =>
      apply(app, 'organizations', [{ kind: 'delete', id }]),
    );
    expect(await value(app.call('registry.organizationNames', {}))).toEqual([
      { id: b, name: 'HTX An Phú', regCode: null, type: 'HTX', communeName: null },
      { id: a, name: 'Quỹ TDND Bình Minh', regCode: '0909', type: 'QTDND', communeName: null },
    ]);
  });
});

describe('a corrected founding date', () => {
  it('moves the start of the status history, so the organization counts as active from then', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Bổ sung ngày' }); // history starts today
    const { computeIndicators } = await import('../../src-main/core/reports/data/indicators.ts');
    expect((await computeIndicators(app.ctx.db, 2024)).indicators.active.HTX).toBe(0);
    await apply(app, 'organizations', [{ kind: 'update', id, changes: { foundedOn: '15/03/2019' } }]);
    expect((await computeIndicators(app.ctx.db, 2024)).indicators.active.HTX).toBe(1);
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    expect(detail.statusHistory.map((h) => h.fromDate)).toEqual(['2019-03-15']);
  });
});
