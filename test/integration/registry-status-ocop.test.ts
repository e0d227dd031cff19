import { describe, expect, it } from 'vitest';
import type { CertRow, OcopRow, OrgDetail, OrgRow, RegistryStats } from '../../src-main/contract/index.ts';
import { statusOn } from '../../src-main/core/registry/status.ts';
import { ocopValidUntil } from '../../src-main/core/registry/rows.ts';
import { splitLegacyAddress } from '../../src-main/core/registry/legacy-address.ts';
import { apply, createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);
const open = () => openTestApp({ now: () => NOW });

describe('status history', () => {
  it('gives the status on any date; a passed suspension end means active again', () => {
    const h = [
      { status: 'dang_hoat_dong', from_date: '2018-05-01', to_date: null },
      { status: 'tam_ngung', from_date: '2023-03-01', to_date: '2023-08-31' },
      { status: 'da_giai_the', from_date: '2024-11-20', to_date: null },
    ];
    expect(statusOn(h, '2018-04-30')).toBeNull();
    expect(statusOn(h, '2020-01-01')?.status).toBe('dang_hoat_dong');
    expect(statusOn(h, '2023-06-30')).toEqual({ status: 'tam_ngung', since: '2023-03-01', until: '2023-08-31' });
    expect(statusOn(h, '2023-12-31')).toEqual({ status: 'dang_hoat_dong', since: '2023-09-01', until: null });
    expect(statusOn(h, '2024-12-31')?.status).toBe('da_giai_the');
  });

  it('records dated changes and keeps the whole history', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Tạm ngừng', foundedOn: '2019-01-10' });
    const row = await value<OrgRow>(
      app.call('registry.setStatus', {
        organizationId: id,
        status: 'tam_ngung',
        fromDate: '2025-03-01',
        toDate: '2025-12-31',
        note: 'Thông báo số 12',
      }),
    );
    expect(row).toMatchObject({ status: 'tam_ngung', statusSince: '2025-03-01', statusUntil: '2025-12-31' });
    const refused = await app.call('registry.setStatus', { organizationId: id, status: 'da_giai_the', fromDate: '2026-01-01' });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Ngày bắt đầu tình trạng không được sau ngày hôm nay.' } });
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    expect(detail.statusHistory.map((h) => [h.status, h.fromDate, h.toDate])).toEqual([
      ['tam_ngung', '2025-03-01', '2025-12-31'],
      ['dang_hoat_dong', '2019-01-10', null],
    ]);
  });

  it('turns a status edit in the grid into a status known from today, begun on an unknown day', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX A', foundedOn: '2019-01-10' });
    const [r] = await apply(app, 'organizations', [{ kind: 'update', id, changes: { status: 'Ngừng hoạt động' } }]);
    expect(r).toMatchObject({ ok: true, row: { status: 'ngung_hoat_dong', statusSince: null } });
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    expect(detail.statusHistory.map((h) => [h.status, h.fromDate, h.knownOn])).toEqual([
      ['ngung_hoat_dong', null, '2025-06-15'],
      ['dang_hoat_dong', '2019-01-10', null],
    ]);
  });

  it('starts the history of an organization without a founding date on an unknown day, and a founding date given later starts it then', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', { type: 'THT', name: 'Tổ hợp tác mây tre đan Đồng Tâm' });
    const before = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    expect(before.organization.statusSince).toBeNull();
    expect(before.statusHistory.map((h) => [h.status, h.fromDate, h.knownOn])).toEqual([['dang_hoat_dong', null, '2025-06-15']]);
    await apply(app, 'organizations', [{ kind: 'update', id, changes: { foundedOn: '2016' } }]);
    const after = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    expect(after.organization.statusSince).toBe('2016-01-01');
    expect(after.statusHistory.map((h) => [h.status, h.fromDate, h.knownOn])).toEqual([['dang_hoat_dong', '2016-01-01', null]]);
  });
});

describe('OCOP products', () => {
  it('belong to one owner: a registered organization or an external owner kept by name', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Chè Shan tuyết' });
    await createRow(app, 'ocop', {
      name: 'Chè Shan tuyết',
      organizationId: org,
      stars: '4 sao',
      decisionDate: '2023-09-15',
      productGroup: 'Đồ uống',
    });
    await createRow(app, 'ocop', {
      name: 'Mật ong bạc hà',
      externalOwnerName: 'Công ty TNHH Ong Việt',
      externalOwnerKind: 'doanh_nghiep',
      stars: 3,
      recognitionYear: 2022,
    });
    const [both] = await apply(app, 'ocop', [
      { kind: 'create', tempId: 'b', values: { name: 'X', organizationId: org, externalOwnerName: 'Hộ ông A', stars: 3 } },
    ]);
    expect(both?.ok).toBe(false);
    const [stars] = await apply(app, 'ocop', [{ kind: 'create', tempId: 's', values: { name: 'X', organizationId: org, stars: 6 } }]);
    expect(stars).toMatchObject({ ok: false, fieldErrors: { stars: 'Hạng sao: hạng sao phải là 3, 4 hoặc 5.' } });
    const rows = await value<OcopRow[]>(app.call('registry.listOcop', {}));
    expect(rows.map((r) => [r.name, r.ownerName, r.stars, r.productGroup, r.validUntil])).toEqual([
      ['Chè Shan tuyết', 'HTX Chè Shan tuyết', 4, 'do_uong', '2026-09-14'],
      ['Mật ong bạc hà', 'Công ty TNHH Ong Việt', 3, null, '2024-12-31'],
    ]);
  });

  it('are valid 36 months from the decision, or from 1 January when only the year is known', () => {
    expect(ocopValidUntil('2021-03-01', null)).toBe('2024-02-29');
    expect(ocopValidUntil(null, 2021)).toBe('2023-12-31');
    expect(ocopValidUntil(null, null)).toBeNull();
  });
});

describe('certifications', () => {
  it('refuse an expiry before the issue date', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Rau an toàn' });
    const [bad] = await apply(app, 'certifications', [
      { kind: 'create', tempId: 'c', values: { organizationId: org, kind: 'VietGAP', issuedOn: '2024-05-01', expiresOn: '2023-05-01' } },
    ]);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { expiresOn: 'Ngày hết hạn phải sau ngày cấp.' } });
    await createRow(app, 'certifications', {
      organizationId: org,
      kind: 'vietgap',
      product: 'Rau cải',
      issuedOn: '2024-05-01',
      expiresOn: '2026-05-01',
    });
    expect(await value<CertRow[]>(app.call('registry.listCertifications', {}))).toMatchObject([
      { organizationName: 'HTX Rau an toàn', kind: 'vietgap', product: 'Rau cải' },
    ]);
  });
});

describe('addresses', () => {
  it('split an old three-level address by its prefixes', () => {
    expect(splitLegacyAddress('Xóm Mới, xã Tân Vinh, huyện Lương Sơn, tỉnh Hòa Bình')).toEqual({
      commune: 'xã Tân Vinh',
      district: 'huyện Lương Sơn',
      province: 'tỉnh Hòa Bình',
    });
  });

  it('split an address whose larger units follow without their prefixes ("Thôn, xã" column beside a district column)', () => {
    expect(splitLegacyAddress('Thôn Đồng Tâm, xã Tân Vinh, Lương Sơn')).toEqual({ commune: 'xã Tân Vinh', district: 'Lương Sơn' });
    expect(splitLegacyAddress('Xóm Mới, xã Tân Vinh, Lương Sơn, Hòa Bình')).toEqual({
      commune: 'xã Tân Vinh',
      district: 'Lương Sơn',
      province: 'Hòa Bình',
    });
    expect(splitLegacyAddress('Tân Vinh, huyện Lương Sơn')).toEqual({ commune: 'Tân Vinh', district: 'huyện Lương Sơn' });
    // Commune and district without prefixes before a labelled province; a thị trấn named like its district stays apart.
    expect(splitLegacyAddress('Lâm Sơn - Lương Sơn - tỉnh Hòa Bình')).toEqual({
      commune: 'Lâm Sơn',
      district: 'Lương Sơn',
      province: 'tỉnh Hòa Bình',
    });
    expect(splitLegacyAddress('Lương Sơn - Lương Sơn - tỉnh Hòa Bình')).toEqual({
      commune: 'Lương Sơn',
      district: 'Lương Sơn',
      province: 'tỉnh Hòa Bình',
    });
    expect(splitLegacyAddress('Tân Vinh, Lương Sơn, Hòa Bình')).toEqual({
      commune: 'Tân Vinh',
      district: 'Lương Sơn',
      province: 'Hòa Bình',
    });
  });

  it('link an organization to its current commune through the old→new mapping, keeping the text as written', async () => {
    const app = await open();
    const id = await createRow(app, 'organizations', {
      type: 'HTX',
      name: 'HTX Địa chỉ cũ',
      legacyAddress: 'xã Tân Vinh, huyện Lương Sơn, tỉnh Hòa Bình',
    });
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id }));
    expect(detail.organization.legacyAddress).toBe('xã Tân Vinh, huyện Lương Sơn, tỉnh Hòa Bình');
    expect(detail.organization.communeCode).toMatch(/^\d{5}$/);
    expect(detail.organization.communeName).toContain('Phú Thọ');
  });
});

describe('stats', () => {
  it('count organizations by type and status and those with figures for a year', async () => {
    const app = await open();
    const a = await createRow(app, 'organizations', { type: 'HTX', name: 'A' });
    await createRow(app, 'organizations', { type: 'HTX', name: 'B' });
    await createRow(app, 'organizations', { type: 'THT', name: 'C' });
    await createRow(app, 'figures', { organizationId: a, year: 2024, members: 7 });
    const s = await value<RegistryStats>(app.call('registry.stats', { year: 2024 }));
    expect(s).toEqual({
      year: 2024,
      total: 3,
      withFigures: 1,
      byTypeAndStatus: [
        { type: 'HTX', status: 'dang_hoat_dong', count: 2 },
        { type: 'THT', status: 'dang_hoat_dong', count: 1 },
      ],
    });
  });
});

describe('the recycle bin and what depends on an organization', () => {
  it('hides the products and certificates of a deleted organization, and refuses to restore a row whose place was taken', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Sẽ xóa' });
    await createRow(app, 'ocop', { name: 'Chè', organizationId: org, stars: 4, recognitionYear: 2024 });
    await createRow(app, 'certifications', { organizationId: org, kind: 'vietgap', issuedOn: '2024-01-01' });
    const fig = await createRow(app, 'figures', { organizationId: org, year: 2023, members: 5 });
    await apply(app, 'figures', [{ kind: 'delete', id: fig }]);
    await createRow(app, 'figures', { organizationId: org, year: 2023, members: 6 });
    const [blocked] = await apply(app, 'figures', [{ kind: 'restore', id: fig }]);
    expect(blocked).toMatchObject({ ok: false, fieldErrors: { year: 'Tổ chức này đã có số liệu năm 2023 cho kỳ này.' } });

    await apply(app, 'organizations', [{ kind: 'delete', id: org }]);
    expect(await value<OcopRow[]>(app.call('registry.listOcop', {}))).toEqual([]);
    expect(await value<CertRow[]>(app.call('registry.listCertifications', {}))).toEqual([]);
    await apply(app, 'organizations', [{ kind: 'restore', id: org }]);
    expect(await value<OcopRow[]>(app.call('registry.listOcop', {}))).toHaveLength(1);
  });
});
