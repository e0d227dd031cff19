import { describe, expect, it } from 'vitest';
import { annualReport, buildAnnualReport, type AnnualIndicators, type AnnualReportInput } from '../../src-main/core/reports/index.ts';
import * as prose from '../../src-main/core/reports/annual/prose.ts';
import { annualInput2024, INDICATORS_2023, INDICATORS_2024, REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';
import { htmlText } from '../helpers/report-text.ts';
import { renderHtml } from '../../src-main/core/reports/index.ts';

function withIndicators(current: Partial<AnnualIndicators>, previous: AnnualIndicators | null = INDICATORS_2023): AnnualReportInput {
  const input = annualInput2024();
  return { ...input, indicators: { current: { ...INDICATORS_2024, ...current }, previous } };
}

describe('annual report sentences', () => {
  it('compares with N−1 only when the data has it', () => {
    expect(prose.activeSentence(withIndicators({}))).toBe(
      'Hiện toàn tỉnh có 694 tổ chức KTTT hoạt động, trong đó có 525 HTX, 3 quỹ tín dụng nhân dân, 166 tổ hợp tác. Số HTX đang hoạt động tăng 12 HTX so với năm 2023, tổng số tổ chức KTTT tăng 20 tổ chức.',
    );
    expect(prose.activeSentence(withIndicators({}, null))).toBe(
      'Hiện toàn tỉnh có 694 tổ chức KTTT hoạt động, trong đó có 525 HTX, 3 quỹ tín dụng nhân dân, 166 tổ hợp tác.',
    );
    expect(prose.newAndDissolvedSentence(withIndicators({}, null))).toBe(
      'Trong năm 2024 thành lập mới 63 HTX, 14 tổ hợp tác; giải thể, chấm dứt hoạt động 41 HTX, 5 tổ hợp tác.',
    );
    expect(prose.peopleSentence(withIndicators({}, null))).toBe(
      'Các tổ chức KTTT đang hoạt động thu hút 16,3 nghìn thành viên và trên 29 nghìn lao động.',
    );
    expect(prose.resultsChangeSentence(withIndicators({}, null))).toBeNull();
  });

  it('says "chưa có số liệu" for a year nobody reported, never "0 thành viên"', () => {
    const silent = { members: 0, workers: 0, notReported: INDICATORS_2024.active };
    const text = prose.peopleSentence(
      withIndicators(silent, { ...INDICATORS_2023, members: 0, workers: 0, notReported: INDICATORS_2023.active }),
    );
    expect(text).toBe('Chưa có số liệu thành viên, lao động năm 2024 của các tổ chức KTTT đang hoạt động (năm 2023: chưa có số liệu).');
    expect(text).not.toMatch(/\b0 thành viên/);
  });

  it('says decreases and no change in words', () => {
    const prev = { ...INDICATORS_2023, active: { ...INDICATORS_2023.active, HTX: 530, total: 694 } };
    expect(prose.activeSentence(withIndicators({}, prev))).toContain(
      'Số HTX đang hoạt động giảm 5 HTX so với năm 2023, tổng số tổ chức KTTT không thay đổi.',
    );
    expect(prose.changeText(1_234, 0, 'HTX')).toBe('tăng 1.234 HTX');
  });

  it('names liên hiệp HTX when there are some and leaves out types with none', () => {
    const active = { total: 700, HTX: 525, LHHTX: 6, QTDND: 0, THT: 169 };
    expect(prose.activeSentence(withIndicators({ active }, null))).toBe(
      'Hiện toàn tỉnh có 700 tổ chức KTTT hoạt động, trong đó có 525 HTX, 6 liên hiệp HTX, 169 tổ hợp tác.',
    );
  });

  it('says the as-of date when it is not 31/12/N', () => {
    const input = { ...withIndicators({}, null), asOf: '2025-03-31' };
    expect(prose.activeSentence(input)).toMatch(/^Đến ngày 31\/03\/2025, toàn tỉnh có 694 tổ chức KTTT hoạt động/);
  });

  it('never writes a missing average as 0, and a negative profit as a loss', () => {
    const input = withIndicators({ avgRevenuePerHtx: null, avgProfitPerHtx: -12_400_000, avgIncomePerWorkerMonth: null });
    expect(prose.resultsSentence(input)).toBe(
      'Chưa có HTX nào báo cáo doanh thu, lỗ bình quân 12,4 triệu đồng/HTX, chưa có số liệu thu nhập của lao động thường xuyên.',
    );
    expect(prose.resultsChangeSentence(input)).toBeNull();
  });

  it('compares averages in percent', () => {
    expect(prose.resultsChangeSentence(withIndicators({}))).toBe(
      'So với năm 2023, doanh thu bình quân tăng 11,4%, lợi nhuận bình quân tăng 8,7%, thu nhập bình quân tăng 6,1%.',
    );
    const flat = withIndicators({ avgRevenuePerHtx: 1_420_000_000, avgProfitPerHtx: 144_000_000 });
    expect(prose.resultsChangeSentence(flat)).toMatch(/doanh thu bình quân không thay đổi, lợi nhuận bình quân giảm 10%/);
  });

  it('counts OCOP 4 sao trở lên as 4 and 5 stars, and products of other owners apart', () => {
    const text = prose.ocopSentence(withIndicators({}, null));
    expect(text).toBe(
      'Đến nay có 15 sản phẩm OCOP đạt 4 sao trở lên và 103 sản phẩm 3 sao của tổ chức KTTT; khoảng 32% HTX có sản phẩm được chứng nhận VietGAP, VietGAHP, GlobalGAP, đủ điều kiện an toàn thực phẩm, hữu cơ. ' +
        'Trong đó có 1 sản phẩm đạt 5 sao. Ngoài ra, doanh nghiệp, hộ kinh doanh và các chủ thể khác có 67 sản phẩm OCOP còn hiệu lực (9 sản phẩm 4 sao trở lên, 58 sản phẩm 3 sao).',
    );
    expect(
      prose.ocopSentence(
        withIndicators({ certifiedHtxShare: null, ocop: { kttt: { 3: 2, 4: 0, 5: 0 }, other: { 3: 0, 4: 0, 5: 0 } } }, null),
      ),
    ).toBe('Đến nay tổ chức KTTT có 2 sản phẩm OCOP 3 sao, chưa có sản phẩm đạt 4 sao trở lên.');
    const none = { kttt: { 3: 0, 4: 0, 5: 0 }, other: { 3: 0, 4: 0, 5: 0 } };
    expect(prose.ocopSentence(withIndicators({ certifiedHtxShare: 0, ocop: none }, null))).toBe(
      'Đến nay tổ chức KTTT chưa có sản phẩm OCOP còn hiệu lực; chưa có HTX nào có sản phẩm được chứng nhận VietGAP, VietGAHP, GlobalGAP, đủ điều kiện an toàn thực phẩm, hữu cơ.',
    );
  });

  it('lists who has not reported and says they are not counted as zero', () => {
    expect(prose.notReportedSentence(withIndicators({}), 'Biểu 7')).toBe(
      'Có 25 tổ chức KTTT đang hoạt động chưa báo cáo số liệu năm 2024, gồm 18 HTX, 7 tổ hợp tác (danh sách tại Biểu 7). ' +
        'Các số liệu về thành viên, lao động, doanh thu, lợi nhuận và thu nhập nêu trên chỉ tổng hợp từ các tổ chức đã báo cáo, không tính các tổ chức chưa báo cáo là bằng 0.',
    );
    const all = withIndicators({ notReported: { HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 } });
    expect(prose.notReportedSentence(all, null)).toBe('Tất cả tổ chức KTTT đang hoạt động đã báo cáo số liệu năm 2024.');
  });
});

describe('annual report layout', () => {
  it('without N−1 drops the comparison columns and sentences', () => {
    const input = withIndicators({}, null);
    const text = htmlText(renderHtml(buildAnnualReport(input, SETTINGS, REPORT_SETTINGS)));
    expect(text).not.toContain('so với năm 2023');
    expect(text).toContain('TT | Chỉ tiêu | Đơn vị tính | Năm 2024\n');
  });

  it('numbers tables in reading order and omits an empty list of non-reporting organizations', () => {
    const input = annualInput2024();
    const empty = {
      ...input,
      tables: { ...input.tables, notReported: [] },
      indicators: { ...input.indicators, current: { ...INDICATORS_2024, notReported: { HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 } } },
    };
    const captions = (i: AnnualReportInput): string[] =>
      buildAnnualReport(i, SETTINGS, REPORT_SETTINGS).body.flatMap((b) =>
        b.kind === 'table' || b.kind === 'chart' ? [b.caption.split('.')[0] ?? ''] : [],
      );
    expect(captions(input)).toEqual([
      'Biểu 1',
      'Biểu đồ 1',
      'Biểu 2',
      'Biểu đồ 2',
      'Biểu 3',
      'Biểu 4',
      'Biểu 5',
      'Biểu 6',
      'Biểu 7',
      'Biểu 8',
    ]);
    expect(captions(empty)).toEqual(['Biểu 1', 'Biểu đồ 1', 'Biểu 2', 'Biểu đồ 2', 'Biểu 3', 'Biểu 4', 'Biểu 5', 'Biểu 6', 'Biểu 7']);
  });

  it('leaves number and date blank for the văn thư when the report is not yet numbered', () => {
    const model = annualReport(annualInput2024(), SETTINGS, { ...REPORT_SETTINGS, number: null, date: null }).model;
    expect(model.header.numberLine).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ');
    expect(model.header.placeDateLine).toMatch(/^Phú Thọ, ngày\u00a0+tháng\u00a0+năm 2025$/);
    expect(model.appendices[0]?.subtitle).toBe('(Kèm theo Báo cáo số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ)');
  });
});
