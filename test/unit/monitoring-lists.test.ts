import { describe, expect, it } from 'vitest';
import type { CertFact, OcopFact, OrgOnDate } from '../../src-main/core/inspections/monitoring/repository.ts';
import {
  certificationsExpired,
  certificationsExpiring,
  computeLists,
  latestCertifications,
  latestOcop,
  listInputs,
  meetingOverdue,
  meetingYearFor,
  noRevenue,
  notReported,
  ocopExpired,
  ocopExpiring,
  recommendationsOverdue,
  suspended,
  suspensionsEnding,
  type MonitoringFacts,
  type OpenRecommendation,
} from '../../src-main/core/inspections/monitoring/rules.ts';

/**
 * Each monitoring list on its own, from facts written by hand (the integration test reads the same rules
 * through a real database). As of 15/06/2025, every threshold is checked on both sides.
 */
const AS_OF = '2025-06-15';

const org = (id: number, name: string, more: Partial<OrgOnDate> = {}): OrgOnDate => ({
  id,
  type: 'HTX',
  name,
  commune_code: null,
  founded_on: '2019-01-10',
  status: 'dang_hoat_dong',
  from_date: '2019-01-10',
  to_date: null,
  ...more,
});

const facts = (more: Partial<MonitoringFacts>): MonitoringFacts => ({
  asOf: AS_OF,
  orgs: [],
  figures: [],
  meetings: [],
  meetingYear: meetingYearFor(AS_OF),
  ocop: [],
  certs: [],
  recommendations: [],
  communeName: () => null,
  ...more,
});

const inputs = (more: Partial<MonitoringFacts>) => listInputs(facts(more));
const ids = (entries: readonly { id: number }[]) => entries.map((e) => e.id);

const product = (id: number, organizationId: number, name: string, more: Partial<OcopFact> = {}): OcopFact => ({
  id,
  organization_id: organizationId,
  name,
  stars: 3,
  decision_no: null,
  decision_date: null,
  recognition_year: null,
  ...more,
});

const cert = (id: number, organizationId: number, product: string, expiresOn: string | null, more: Partial<CertFact> = {}): CertFact => ({
  id,
  organization_id: organizationId,
  kind: 'vietgap',
  product,
  number: null,
  issued_on: '2023-01-01',
  expires_on: expiresOn,
  ...more,
});

const recommendation = (
  id: number,
  organizationId: number,
  deadline: string,
  status: OpenRecommendation['status'] = 'chua_thuc_hien',
): OpenRecommendation => ({
  id,
  recordId: 1,
  recordNumber: null,
  inspectedOn: '2025-01-10',
  organizationId,
  content: `Kiến nghị ${String(id)}`,
  responsible: 'Giám đốc',
  deadline,
  status,
});

const ACTIVE = [
  org(1, 'HTX An'),
  org(2, 'HTX Bình'),
  org(3, 'HTX Mới', { founded_on: '2025-02-01' }),
  org(4, 'Tổ hợp tác Đông', { type: 'THT' }),
];
const DISSOLVED = org(9, 'HTX Giải thể', { status: 'da_giai_the' });

describe('notReported', () => {
  it('lists active organizations without figures for last year, unless founded after it', () => {
    const x = inputs({ orgs: ACTIVE, figures: [{ organization_id: 1, year: 2024, revenue: null, reported: 1 }] });
    expect(notReported(x).map((e) => [e.id, e.year])).toEqual([
      [2, 2024],
      [4, 2024],
    ]);
  });
});

describe('noRevenue', () => {
  it('needs both of the last two years without revenue, or a de facto stop', () => {
    const stopped = org(5, 'HTX Ngừng', { status: 'ngung_hoat_dong' });
    const lateFounded = org(6, 'HTX Lập 2024', { founded_on: '2024-01-01' });
    const figures = [
      { organization_id: 1, year: 2023, revenue: 0, reported: 1 },
      { organization_id: 1, year: 2024, revenue: 0, reported: 1 },
      { organization_id: 2, year: 2024, revenue: 150_000_000, reported: 1 },
    ];
    const list = noRevenue(inputs({ orgs: [org(1, 'HTX An'), org(2, 'HTX Bình'), stopped, lateFounded], figures }));
    expect(list.map((e) => [e.id, e.reason, e.revenue])).toEqual([
      [1, 'khong_doanh_thu', [0, 0]],
      [5, 'ngung_hoat_dong', [null, null]],
    ]);
    expect(list[0]?.years).toEqual([2023, 2024]);
  });
});

describe('suspended and suspensionsEnding', () => {
  const orgs = [
    org(1, 'HTX Đến 15/07', { status: 'tam_ngung', from_date: '2025-03-01', to_date: '2025-07-15' }),
    org(2, 'HTX Đến 16/07', { status: 'tam_ngung', from_date: '2025-03-01', to_date: '2025-07-16' }),
    org(3, 'HTX Hết 01/06', { status: 'tam_ngung', from_date: '2025-01-01', to_date: '2025-06-01' }),
    org(4, 'HTX Không hạn', { status: 'tam_ngung', from_date: '2025-01-01' }),
  ];

  it('suspended: those whose suspension has not ended', () => {
    expect(suspended(inputs({ orgs })).map((e) => [e.id, e.until])).toEqual([
      [1, '2025-07-15'],
      [2, '2025-07-16'],
      [4, null],
    ]);
  });

  it('suspensionsEnding: within 30 days or past the end, soonest first', () => {
    expect(suspensionsEnding(inputs({ orgs })).map((e) => [e.id, e.daysLeft, e.pastEnd])).toEqual([
      [3, -14, true],
      [1, 30, false],
    ]);
  });
});

describe('OCOP: the latest recognition of each product, then expiring and expired', () => {
  const ocop = [
    product(1, 1, 'Chè xanh', { decision_date: '2022-12-16' }), // valid to 15/12/2025
    product(2, 1, 'Chè đen', { decision_date: '2022-12-17' }), // valid to 16/12/2025
    product(3, 1, 'Mật ong', { recognition_year: 2022 }), // valid to 31/12/2024
    product(4, 9, 'Miến dong', { recognition_year: 2022 }), // a dissolved organization's
    product(5, 1, 'Gạo', { decision_date: '2025-06-16' }), // not yet decided on the as-of date
  ];

  it('leaves out dissolved owners and later decisions', () => {
    expect(latestOcop(inputs({ orgs: [org(1, 'HTX An'), DISSOLVED], ocop })).map((e) => e.productId)).toEqual([1, 2, 3]);
  });

  it('ocopExpiring: validity ends within 6 months; ocopExpired: it has ended', () => {
    const x = inputs({ orgs: [org(1, 'HTX An'), DISSOLVED], ocop });
    const latest = latestOcop(x);
    expect(ocopExpiring(x, latest).map((e) => [e.productId, e.validUntil])).toEqual([[1, '2025-12-15']]);
    expect(ocopExpired(x, latest).map((e) => e.productId)).toEqual([3]);
  });

  it('a product recognized again is no longer expired', () => {
    const x = inputs({ orgs: [org(1, 'HTX An')], ocop: [...ocop, product(6, 1, 'MẬT ONG', { decision_date: '2023-03-01' })] });
    expect(ocopExpired(x, latestOcop(x))).toEqual([]);
  });
});

describe('certifications: the latest of each, then expiring and expired', () => {
  const certs = [
    cert(1, 1, 'Rau cải', '2025-09-15'),
    cert(2, 1, 'Rau muống', '2025-09-16'),
    cert(3, 1, 'Cà chua', '2025-06-14'),
    cert(4, 1, 'Bưởi', null),
    cert(5, 1, 'Cam', '2025-07-01', { issued_on: '2025-06-16' }),
    cert(6, 9, 'Chè', '2025-07-01'),
  ];
  const x = inputs({ orgs: [org(1, 'HTX An'), DISSOLVED], certs });

  it('leaves out undated certificates, later issues and dissolved holders', () => {
    expect(latestCertifications(x).map((e) => e.certificationId)).toEqual([1, 2, 3]);
  });

  it('certificationsExpiring: within 3 months; certificationsExpired: already past', () => {
    const latest = latestCertifications(x);
    expect(certificationsExpiring(x, latest).map((e) => [e.certificationId, e.daysLeft])).toEqual([[1, 92]]);
    expect(certificationsExpired(x, latest).map((e) => [e.certificationId, e.daysLeft])).toEqual([[3, -1]]);
  });
});

describe('meetingOverdue', () => {
  it('lists cooperatives whose 2024 meeting was not held by 30/04/2025; tổ hợp tác owe none', () => {
    const meetings = [
      { organization_id: 1, held_on: '2025-04-30' },
      { organization_id: 2, held_on: '2025-05-02' },
    ];
    const list = meetingOverdue(inputs({ orgs: [...ACTIVE, org(5, 'HTX Chưa họp')], meetings }));
    expect(list.map((e) => [e.id, e.fiscalYear, e.deadline, e.heldOn])).toEqual([
      [2, 2024, '2025-04-30', '2025-05-02'],
      [5, 2024, '2025-04-30', null],
    ]);
  });
});

describe('recommendationsOverdue', () => {
  it('lists recommendations past their deadline and not carried out, of organizations still followed', () => {
    const recommendations = [
      recommendation(1, 1, '2025-06-14'),
      recommendation(2, 1, '2025-06-15'),
      recommendation(3, 1, '2025-01-01', 'da_thuc_hien'),
      recommendation(4, 9, '2025-01-01'),
    ];
    const list = recommendationsOverdue(inputs({ orgs: [org(1, 'HTX An'), DISSOLVED], recommendations }));
    expect(list.map((e) => [e.recommendationId, e.daysOverdue])).toEqual([[1, 1]]);
  });
});

describe('computeLists', () => {
  it('is every list function over the same facts', () => {
    const f = facts({
      orgs: [...ACTIVE, DISSOLVED, org(5, 'HTX Tạm ngừng', { status: 'tam_ngung', from_date: '2025-03-01', to_date: '2025-07-01' })],
      ocop: [product(1, 1, 'Chè xanh', { decision_date: '2022-12-16' }), product(3, 2, 'Mật ong', { recognition_year: 2022 })],
      certs: [cert(1, 1, 'Rau cải', '2025-09-15'), cert(3, 2, 'Cà chua', '2025-06-14')],
      recommendations: [recommendation(1, 1, '2025-06-14')],
    });
    const x = listInputs(f);
    const lists = computeLists(f);
    expect(lists).toEqual({
      notReported: notReported(x),
      noRevenue: noRevenue(x),
      suspended: suspended(x),
      suspensionsEnding: suspensionsEnding(x),
      ocopExpiring: ocopExpiring(x, latestOcop(x)),
      ocopExpired: ocopExpired(x, latestOcop(x)),
      certificationsExpiring: certificationsExpiring(x, latestCertifications(x)),
      certificationsExpired: certificationsExpired(x, latestCertifications(x)),
      meetingOverdue: meetingOverdue(x),
      recommendationsOverdue: recommendationsOverdue(x),
    });
    // Not all empty: the comparison above compares something.
    expect(Object.values(lists).every((l) => l.length > 0)).toBe(true);
    expect(ids(lists.suspended)).toEqual([5]);
  });
});
