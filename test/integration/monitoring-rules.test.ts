import { describe, expect, it } from 'vitest';
import type { CommuneDto, OrgRow } from '../../src-main/contract/index.ts';
import type { RecommendationDto } from '../../src-main/contract/inspection-dto.ts';
import { meetingYearFor } from '../../src-main/core/inspections/monitoring/rules.ts';
import { listed, monitoring, recordInput, saveRecord } from '../helpers/inspection-helpers.ts';
import { apply, createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

/** Today for every test: 15/06/2025. Each rule is checked on both sides of its threshold. */
const NOW = new Date(2025, 5, 15, 9, 0, 0);
const open = () => openTestApp({ now: () => NOW });
type TestApp = Awaited<ReturnType<typeof open>>;

const htx = (app: TestApp, name: string, values: Record<string, string | number> = {}) =>
  createRow(app, 'organizations', { type: 'HTX', name, foundedOn: '2019-01-10', ...values });

describe('notReported: active organizations with no figures for the previous year', () => {
  it('looks at the year before the as-of date, and skips organizations founded after it', async () => {
    const app = await open();
    const a = await htx(app, 'HTX Có báo cáo 2024');
    const b = await htx(app, 'HTX Chưa báo cáo');
    await htx(app, 'HTX Mới 2025', { foundedOn: '2025-02-01' });
    const stopped = await htx(app, 'HTX Tạm ngừng');
    await value(app.call('registry.setStatus', { organizationId: stopped, status: 'tam_ngung', fromDate: '2024-06-01' }));
    await createRow(app, 'figures', { organizationId: a, year: 2024, members: 12 });
    await createRow(app, 'figures', { organizationId: b, year: 2023, members: 9 });

    // 31/12/2024 asks for 2023; 01/01/2025 asks for 2024.
    expect(await listed(app, '2024-12-31', 'notReported')).toEqual([a]);
    expect(await listed(app, '2025-01-01', 'notReported')).toEqual([b]);
    const r = await monitoring(app, '2025-06-15');
    expect(r.lists.notReported).toEqual([expect.objectContaining({ id: b, name: 'HTX Chưa báo cáo', type: 'HTX', year: 2024 })]);
  });
});

describe('noRevenue: no revenue for two consecutive years, or stopped de facto', () => {
  it('needs both years without revenue, and the organization to exist in the first of them', async () => {
    const app = await open();
    const zero = await htx(app, 'HTX Doanh thu 0');
    const recovered = await htx(app, 'HTX Có doanh thu 2024');
    const silent = await htx(app, 'HTX Không báo cáo');
    const lateFounded = await htx(app, 'HTX Lập 01/01/2024', { foundedOn: '2024-01-01' });
    const endOf2023 = await htx(app, 'HTX Lập 31/12/2023', { foundedOn: '2023-12-31' });
    const stopped = await htx(app, 'HTX Ngừng hoạt động');
    await apply(app, 'organizations', [{ kind: 'update', id: stopped, changes: { status: 'ngung_hoat_dong' } }]);
    for (const [id, y, revenue] of [
      [zero, 2023, 0],
      [zero, 2024, 0],
      [recovered, 2023, 0],
      [recovered, 2024, 150_000_000],
    ] as const) {
      await createRow(app, 'figures', { organizationId: id, year: y, revenue, members: 7 });
    }
    const r = await monitoring(app, '2025-06-15');
    const byId = new Map(r.lists.noRevenue.map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).toEqual([zero, silent, endOf2023, stopped].sort());
    expect(byId.get(zero)).toMatchObject({ reason: 'khong_doanh_thu', years: [2023, 2024], revenue: [0, 0] });
    expect(byId.get(silent)).toMatchObject({ reason: 'khong_doanh_thu', revenue: [null, null] });
    expect(byId.get(stopped)).toMatchObject({ reason: 'ngung_hoat_dong', status: 'ngung_hoat_dong' });
    expect(byId.has(lateFounded)).toBe(false);
    expect(byId.has(recovered)).toBe(false);
    // A year earlier the two years are 2022 and 2023: the recovered HTX had no revenue in either.
    expect(await listed(app, '2024-06-15', 'noRevenue')).toContain(recovered);
  });
});

describe('suspended and suspensionsEnding', () => {
  it('lists current suspensions with their end, and those ending within 30 days or past their end', async () => {
    const app = await open();
    const s = await htx(app, 'HTX Tạm ngừng đến 15/07');
    const open2 = await htx(app, 'HTX Tạm ngừng không hạn');
    await value(app.call('registry.setStatus', { organizationId: s, status: 'tam_ngung', fromDate: '2025-03-01', toDate: '2025-07-15' }));
    await value(app.call('registry.setStatus', { organizationId: open2, status: 'tam_ngung', fromDate: '2025-01-01' }));

    const june14 = await monitoring(app, '2025-06-14');
    expect(june14.lists.suspended.map((e) => [e.id, e.until])).toEqual([
      [s, '2025-07-15'],
      [open2, null],
    ]);
    expect(june14.lists.suspensionsEnding).toEqual([]); // 31 days left

    const june15 = await monitoring(app, '2025-06-15');
    expect(june15.lists.suspensionsEnding).toEqual([expect.objectContaining({ id: s, until: '2025-07-15', daysLeft: 30, pastEnd: false })]);

    const lastDay = await monitoring(app, '2025-07-15');
    expect(lastDay.lists.suspended.map((e) => e.id)).toEqual([s, open2]);
    expect(lastDay.lists.suspensionsEnding).toMatchObject([{ id: s, daysLeft: 0, pastEnd: false }]);

    const after = await monitoring(app, '2025-07-16');
    expect(after.lists.suspended.map((e) => e.id)).toEqual([open2]);
    expect(after.lists.suspensionsEnding).toMatchObject([{ id: s, daysLeft: -1, pastEnd: true }]);
  });
});

describe('ocopExpiring (6 months) and ocopExpired (36 months)', () => {
  it('count from the decision date, or from 1 January of the year alone; external owners are never listed', async () => {
    const app = await open();
    const a = await htx(app, 'HTX Chè');
    const p = await createRow(app, 'ocop', { name: 'Chè xanh', organizationId: a, stars: 4, decisionDate: '2022-12-16' }); // valid to 15/12/2025
    const y = await createRow(app, 'ocop', { name: 'Mật ong', organizationId: a, stars: 3, recognitionYear: 2022 }); // valid to 31/12/2024
    await createRow(app, 'ocop', {
      name: 'Bánh chưng',
      externalOwnerName: 'Công ty TNHH Bánh',
      externalOwnerKind: 'doanh_nghiep',
      stars: 3,
      recognitionYear: 2020,
    });

    expect((await monitoring(app, '2025-06-14')).lists.ocopExpiring.map((e) => e.productId)).toEqual([]);
    const june15 = await monitoring(app, '2025-06-15');
    expect(june15.lists.ocopExpiring).toEqual([expect.objectContaining({ id: a, productId: p, validUntil: '2025-12-15', stars: 4 })]);
    expect((await monitoring(app, '2025-12-15')).lists.ocopExpiring.map((e) => e.productId)).toEqual([p]);
    const dec16 = await monitoring(app, '2025-12-16');
    expect(dec16.lists.ocopExpiring).toEqual([]);
    expect(dec16.lists.ocopExpired.map((e) => e.productId)).toEqual([y, p]);

    const yearEnd = await monitoring(app, '2024-12-31');
    expect(yearEnd.lists.ocopExpiring.map((e) => e.productId)).toEqual([y]);
    expect(yearEnd.lists.ocopExpired).toEqual([]);
    expect((await monitoring(app, '2025-01-01')).lists.ocopExpired.map((e) => [e.productId, e.validUntil])).toEqual([[y, '2024-12-31']]);
  });

  it('leave out a lapsed recognition once the same product has been recognized again', async () => {
    const app = await open();
    const a = await htx(app, 'HTX Gạo');
    await createRow(app, 'ocop', { name: 'Gạo nếp cái hoa vàng', organizationId: a, stars: 3, decisionDate: '2020-03-01' });
    expect(await listed(app, '2025-06-15', 'ocopExpired')).toEqual([a]);
    await createRow(app, 'ocop', { name: 'GẠO NẾP CÁI HOA VÀNG', organizationId: a, stars: 4, decisionDate: '2023-03-01' });
    expect(await listed(app, '2025-06-15', 'ocopExpired')).toEqual([]);
  });
});

describe('certificationsExpiring (3 months) and certificationsExpired', () => {
  it('use the expiry date on both sides, and forget certificates of dissolved organizations', async () => {
    const app = await open();
    const a = await htx(app, 'HTX Rau');
    const gone = await htx(app, 'HTX Đã giải thể');
    const c = await createRow(app, 'certifications', {
      organizationId: a,
      kind: 'vietgap',
      product: 'Rau cải',
      issuedOn: '2023-09-16',
      expiresOn: '2025-09-15',
    });
    await createRow(app, 'certifications', { organizationId: gone, kind: 'vietgap', issuedOn: '2020-01-01', expiresOn: '2022-01-01' });
    await value(app.call('registry.setStatus', { organizationId: gone, status: 'da_giai_the', fromDate: '2023-01-01' }));

    expect((await monitoring(app, '2025-06-14')).lists.certificationsExpiring).toEqual([]);
    expect((await monitoring(app, '2025-06-15')).lists.certificationsExpiring).toEqual([
      expect.objectContaining({ id: a, certificationId: c, kind: 'vietgap', expiresOn: '2025-09-15', daysLeft: 92 }),
    ]);
    const lastDay = await monitoring(app, '2025-09-15');
    expect(lastDay.lists.certificationsExpiring.map((e) => e.certificationId)).toEqual([c]);
    expect(lastDay.lists.certificationsExpired).toEqual([]);
    const after = await monitoring(app, '2025-09-16');
    expect(after.lists.certificationsExpiring).toEqual([]);
    expect(after.lists.certificationsExpired.map((e) => e.certificationId)).toEqual([c]);

    // A renewal of the same kind and product supersedes the lapsed certificate.
    await createRow(app, 'certifications', {
      organizationId: a,
      kind: 'vietgap',
      product: 'Rau cải',
      issuedOn: '2025-06-01',
      expiresOn: '2027-05-31',
    });
    expect((await monitoring(app, '2025-09-16')).lists.certificationsExpired).toEqual([]);
  });
});

describe("meetingOverdue: no annual members' meeting within 4 months after year end", () => {
  it('checks the previous year from 1 May, the year before until 30 April', () => {
    expect(meetingYearFor('2025-04-30')).toBe(2023);
    expect(meetingYearFor('2025-05-01')).toBe(2024);
    expect(meetingYearFor('2025-12-31')).toBe(2024);
  });

  it('lists cooperatives with no meeting or a late one, never tổ hợp tác', async () => {
    const app = await open();
    const onTime = await htx(app, 'HTX Họp đúng hạn');
    const late = await htx(app, 'HTX Họp muộn');
    const none = await htx(app, 'HTX Chưa họp');
    await createRow(app, 'organizations', { type: 'THT', name: 'THT Không phải họp', foundedOn: '2019-01-10' });
    await htx(app, 'HTX Lập năm 2025', { foundedOn: '2025-01-10' });
    for (const id of [onTime, late, none])
      await value(app.call('inspections.saveMeeting', { organizationId: id, fiscalYear: 2023, heldOn: '2024-03-20' }));
    await value(app.call('inspections.saveMeeting', { organizationId: onTime, fiscalYear: 2024, heldOn: '2025-04-30' }));
    await value(app.call('inspections.saveMeeting', { organizationId: late, fiscalYear: 2024, heldOn: '2025-05-01' }));

    expect((await monitoring(app, '2025-04-30')).lists.meetingOverdue).toEqual([]);
    const may1 = await monitoring(app, '2025-05-01');
    expect(may1.lists.meetingOverdue.map((e) => [e.name, e.fiscalYear, e.deadline, e.heldOn])).toEqual([
      ['HTX Chưa họp', 2024, '2025-04-30', null],
      ['HTX Họp muộn', 2024, '2025-04-30', '2025-05-01'],
    ]);
  });
});

describe('recommendationsOverdue', () => {
  it('is overdue from the day after the deadline until it is carried out', async () => {
    const app = await open();
    const a = await htx(app, 'HTX Kiến nghị');
    const rec = await saveRecord(
      app,
      await recordInput(app, a, '2025-03-01', {
        recommendations: [{ content: 'Lập sổ đăng ký thành viên', responsible: 'Giám đốc HTX', deadline: '2025-05-31' }],
      }),
    );
    const id = rec.recommendations[0]?.id ?? 0;
    expect(await listed(app, '2025-05-31', 'recommendationsOverdue')).toEqual([]);
    const june1 = await monitoring(app, '2025-06-01');
    expect(june1.lists.recommendationsOverdue).toEqual([
      expect.objectContaining({ id: a, recommendationId: id, deadline: '2025-05-31', daysOverdue: 1, status: 'chua_thuc_hien' }),
    ]);
    // Work in progress is still overdue; carried out on 10/06 it leaves the list from that day.
    await value(app.call('inspections.updateRecommendation', { id, status: 'dang_thuc_hien', onDate: '2025-06-02' }));
    await value(app.call('inspections.updateRecommendation', { id, status: 'da_thuc_hien', onDate: '2025-06-10', note: 'Đã lập sổ' }));
    expect((await monitoring(app, '2025-06-09')).lists.recommendationsOverdue).toMatchObject([
      { recommendationId: id, status: 'dang_thuc_hien', daysOverdue: 9 },
    ]);
    expect(await listed(app, '2025-06-10', 'recommendationsOverdue')).toEqual([]);
    // Before the inspection the recommendation did not exist.
    expect(await listed(app, '2025-02-28', 'recommendationsOverdue')).toEqual([]);
    const list = await value<RecommendationDto[]>(app.call('inspections.listRecommendations', { asOf: '2025-06-09', overdueOnly: true }));
    expect(list.map((r) => r.id)).toEqual([id]);
    await value(app.call('inspections.deleteRecord', { id: rec.id }));
    expect(await listed(app, '2025-06-09', 'recommendationsOverdue')).toEqual([]);
  });
});

describe('the monitoring result', () => {
  it('has { asOf, lists } with every entry naming its organization, plus counts by type and commune', async () => {
    const app = await open();
    const communes = await value<CommuneDto[]>(app.call('adminUnits.communes', { provinceCode: '25' }));
    const [c1, c2] = communes;
    if (!c1 || !c2) throw new Error('no communes');
    await htx(app, 'HTX Một', { communeCode: c1.code });
    await htx(app, 'HTX Hai', { communeCode: c1.code });
    await createRow(app, 'organizations', { type: 'THT', name: 'THT Ba', foundedOn: '2019-01-10', communeCode: c2.code });
    await htx(app, 'HTX Không xã');
    const r = await monitoring(app, '2025-06-15');
    expect(r.asOf).toBe('2025-06-15');
    expect(Object.keys(r.lists)).toEqual([
      'notReported',
      'noRevenue',
      'suspended',
      'suspensionsEnding',
      'ocopExpiring',
      'ocopExpired',
      'certificationsExpiring',
      'certificationsExpired',
      'meetingOverdue',
      'recommendationsOverdue',
      'fundDueSoon',
      'fundOverdue',
    ]);
    const first = r.lists.notReported[0];
    expect(Object.keys(first ?? {}).slice(0, 4)).toEqual(['id', 'name', 'type', 'commune']);
    expect(r.counts.notReported).toEqual({
      total: 4,
      organizations: 4,
      byType: { HTX: 3, LHHTX: 0, QTDND: 0, THT: 1 },
      byCommune: [
        ...[
          { communeCode: c1.code, commune: c1.name, byType: { HTX: 2, LHHTX: 0, QTDND: 0, THT: 0 }, total: 2 },
          { communeCode: c2.code, commune: c2.name, byType: { HTX: 0, LHHTX: 0, QTDND: 0, THT: 1 }, total: 1 },
        ].sort((x, y) => x.commune.localeCompare(y.commune, 'vi')),
        { communeCode: null, commune: 'Chưa xác định xã', byType: { HTX: 1, LHHTX: 0, QTDND: 0, THT: 0 }, total: 1 },
      ],
    });
    const rows = await value<OrgRow[]>(app.call('registry.listOrganizations', {}));
    expect(rows).toHaveLength(4);
  });

  it('refuses a date that is not in the calendar', async () => {
    const app = await open();
    const r = await app.call('monitoring.lists', { asOf: '2025-02-30' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
