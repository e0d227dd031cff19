/**
 * The round-trip oracle checked by hand against docs/indicators.md: small registries whose figures are
 * worked out on paper, including the example of test/integration/report-annual-cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { OrgStatus, OrgType } from '../../src-main/contract/vocab.ts';
import type { Figure, Figures, KnownDate, Truth, TruthOcop, TruthOrg } from '../helpers/legacy-book/model.ts';
import { ocopValidOn, oracle } from '../helpers/legacy-book/oracle.ts';

const blank: Figure = { kind: 'blank' };
const v = (value: number): Figure => ({ kind: 'value', value });
const noFigures: Figures = { members: blank, workers: blank, regularWorkers: blank, revenue: blank, profit: blank, avgIncome: blank };
const date = (y: number, m: number, d: number): KnownDate => ({ kind: 'date', date: { y, m, d } });

let nextKey = 0;
function org(type: OrgType, status: OrgStatus, extra: Partial<TruthOrg> = {}): TruthOrg {
  const key = nextKey++;
  return {
    key,
    type,
    name: `${type} ${key}`,
    regCode: null,
    founded: { kind: 'unknown' },
    place: {
      communeCode: '04792',
      communeName: 'Tân Hòa',
      communeKind: 'Phường',
      districtName: 'Hòa Bình',
      districtKind: 'Thành phố',
      provinceName: 'Hòa Bình',
      village: null,
    },
    sectors: [],
    status,
    statusSince: { kind: 'unknown' },
    figures: noFigures,
    certificates: [],
    duplicate: 'none',
    leader: 'Nguyễn Văn An',
    charterCapital: null,
    ...extra,
  };
}

const truth = (orgs: TruthOrg[], ocop: TruthOcop[] = [], year = 2024): Truth => ({ year, provinceName: 'Hòa Bình', orgs, ocop });

describe('the round-trip oracle', () => {
  it('gives the figures of the annual-report CLI example', () => {
    const t = truth([
      org('HTX', 'dang_hoat_dong', {
        founded: date(2015, 3, 1),
        figures: {
          ...noFigures,
          members: v(20),
          workers: v(15),
          regularWorkers: v(10),
          revenue: v(2_000_000_000),
          profit: v(200_000_000),
          avgIncome: v(5_000_000),
        },
      }),
      org('HTX', 'dang_hoat_dong', {
        founded: date(2018, 6, 1),
        figures: { ...noFigures, members: v(30), workers: v(25), revenue: v(1_160_000_000), profit: v(148_000_000) },
      }),
      org('HTX', 'dang_hoat_dong', { founded: date(2024, 5, 20) }),
      org('QTDND', 'dang_hoat_dong', { founded: date(2001, 1, 1), figures: { ...noFigures, members: v(1200) } }),
      org('HTX', 'da_giai_the', { founded: date(2010, 1, 1), statusSince: date(2024, 8, 1) }),
    ]);
    expect(oracle(t).expected).toMatchObject({
      active: { total: 4, HTX: 3, LHHTX: 0, QTDND: 1, THT: 0 },
      newInYear: { HTX: 1, LHHTX: 0, QTDND: 0, THT: 0 },
      dissolvedInYear: { HTX: 1 },
      members: 1250,
      workers: 40,
      avgRevenuePerHtx: 1_580_000_000,
      avgProfitPerHtx: 174_000_000,
      avgIncomePerWorkerMonth: 5_000_000,
      notReported: { HTX: 1, QTDND: 0 },
      certifiedHtxShare: 0,
    });
  });

  it('counts only "đang hoạt động" as active; new by founding year whatever the status; dissolved only with a written date in N', () => {
    const t = truth([
      org('THT', 'dang_hoat_dong'), // no founding date: active, not new
      org('HTX', 'tam_ngung', { founded: { kind: 'year', y: 2024 } }), // new, not active
      org('HTX', 'ngung_hoat_dong'),
      org('HTX', 'dang_giai_the'),
      org('LHHTX', 'cham_dut', { statusSince: { kind: 'year', y: 2024 } }), // dissolved in N (year only)
      org('HTX', 'pha_san', { statusSince: date(2023, 12, 31) }), // dissolved in N−1
      org('QTDND', 'thu_hoi_gcn'), // no date: never counted
      org('THT', 'cham_dut', { founded: date(2024, 2, 1), statusSince: date(2024, 11, 30) }), // new and ended in N
    ]);
    const e = oracle(t).expected;
    expect(e.active).toEqual({ total: 1, HTX: 0, LHHTX: 0, QTDND: 0, THT: 1 });
    expect(e.newInYear).toEqual({ HTX: 1, LHHTX: 0, QTDND: 0, THT: 1 });
    expect(e.dissolvedInYear).toEqual({ HTX: 0, LHHTX: 1, QTDND: 0, THT: 1 });
    expect(e.notReported).toEqual({ HTX: 0, LHHTX: 0, QTDND: 0, THT: 1 });
    expect(e.certifiedHtxShare).toBeNull();
    expect(e.avgRevenuePerHtx).toBeNull();
  });

  it('averages money over active HTX that reported it, blanks and unreadable cells adding nothing; LHHTX and others are not HTX', () => {
    const t = truth([
      org('HTX', 'dang_hoat_dong', { figures: { ...noFigures, revenue: v(1_000_000_000), profit: v(-100_000_000) } }),
      org('HTX', 'dang_hoat_dong', { figures: { ...noFigures, revenue: { kind: 'unreadable', text: 'ref-error' }, profit: v(0) } }),
      org('HTX', 'dang_hoat_dong', { figures: { ...noFigures, revenue: v(500_000_001), members: { kind: 'unreadable', text: 'about' } } }),
      org('LHHTX', 'dang_hoat_dong', { figures: { ...noFigures, revenue: v(9_000_000_000) } }),
      org('HTX', 'tam_ngung', { figures: { ...noFigures, revenue: v(7_000_000_000) } }),
    ]);
    const { expected, exact } = oracle(t);
    expect(exact.avgRevenuePerHtx).toBeCloseTo(750_000_000.5, 6);
    expect(expected.avgRevenuePerHtx).toBe(750_000_001);
    expect(expected.avgProfitPerHtx).toBe(-50_000_000);
    expect(expected.members).toBe(0);
    // the third HTX reported revenue: reported; none is silent
    expect(expected.notReported.HTX).toBe(0);
  });

  it('weights income by regular workers where reported, else takes the plain mean; null with no income', () => {
    const inc = (income: number, regular: Figure): TruthOrg =>
      org('HTX', 'dang_hoat_dong', { figures: { ...noFigures, avgIncome: v(income), regularWorkers: regular } });
    expect(oracle(truth([inc(4_000_000, v(10)), inc(6_000_000, v(30)), inc(9_000_000, blank)])).expected.avgIncomePerWorkerMonth).toBe(
      5_500_000,
    );
    expect(oracle(truth([inc(4_000_000, blank), inc(6_000_000, v(0))])).expected.avgIncomePerWorkerMonth).toBe(5_000_000);
    expect(oracle(truth([org('HTX', 'dang_hoat_dong')])).expected.avgIncomePerWorkerMonth).toBeNull();
  });

  it('counts VietGAP, VietGAHP, GlobalGAP, hữu cơ and ATTP as certificates, not plans or "chưa có"', () => {
    const c = (certificates: string[]) => org('HTX', 'dang_hoat_dong', { certificates });
    const t = truth([
      c(['VietGAP (cam)']),
      c(['Đang xây dựng VietGAP', 'Chưa có']),
      c(['Cơ sở đủ điều kiện an toàn thực phẩm']),
      c([]),
      org('HTX', 'da_giai_the', { certificates: ['VietGAP'] }),
    ]);
    expect(oracle(t).expected.certifiedHtxShare).toBe(0.5);
  });

  it('keeps OCOP products valid 36 months from the decision (a year alone from 1 January), owners in or out of the registry', () => {
    const asOf = { y: 2024, m: 12, d: 31 };
    const p = (decided: TruthOcop['decided'], stars: 3 | 4 | 5 = 3, owner: TruthOcop['owner'] = { kind: 'org', key: 0 }): TruthOcop => ({
      product: 'Chè',
      owner,
      stars,
      decided,
      decisionNo: '1/QĐ-UBND',
    });
    expect(ocopValidOn(p({ kind: 'date', date: { y: 2022, m: 1, d: 1 } }), asOf)).toBe(true);
    expect(ocopValidOn(p({ kind: 'date', date: { y: 2021, m: 12, d: 30 } }), asOf)).toBe(false);
    expect(ocopValidOn(p({ kind: 'year', y: 2022 }), asOf)).toBe(true);
    expect(ocopValidOn(p({ kind: 'year', y: 2021 }), asOf)).toBe(false);
    expect(ocopValidOn(p({ kind: 'date', date: { y: 2024, m: 12, d: 30 } }), asOf)).toBe(true);
    const owner = org('HTX', 'da_giai_the');
    const t = truth(
      [owner],
      [
        p({ kind: 'year', y: 2024 }, 4, { kind: 'org', key: owner.key }),
        p({ kind: 'year', y: 2023 }, 5, { kind: 'external', name: 'Công ty CP Chè Cao Phong' }),
        p({ kind: 'year', y: 2020 }, 3, { kind: 'org', key: owner.key }),
      ],
    );
    expect(oracle(t).expected.ocop).toEqual({ kttt: { '3': 0, '4': 1, '5': 0 }, other: { '3': 0, '4': 0, '5': 1 } });
  });
});
