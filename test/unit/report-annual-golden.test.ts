import { describe, expect, it } from 'vitest';
import { annualReport, renderDocx, renderHtml, renderIndicatorsJson, renderReport, renderXlsx } from '../../src-main/core/reports/index.ts';
import { annualInput2024, INDICATORS_2024, REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';
import { docxText, htmlText, xlsxDump } from '../helpers/report-text.ts';
import { expectGolden } from '../helpers/golden.ts';

const report = annualReport(annualInput2024(), SETTINGS, REPORT_SETTINGS);

/** The sentences of the seed article (../shared/seed), as the report must print them for its figures. */
const SEED_PHRASES = [
  'Hiện toàn tỉnh có 694 tổ chức KTTT hoạt động, trong đó có 525 HTX, 3 quỹ tín dụng nhân dân, 166 tổ hợp tác.',
  'Trong năm 2024 thành lập mới 63 HTX',
  'thu hút 16,3 nghìn thành viên và trên 29 nghìn lao động',
  'Doanh thu bình quân ước đạt 1,58 tỷ đồng/HTX, lợi nhuận bình quân 174 triệu đồng/HTX, thu nhập bình quân của lao động thường xuyên đạt 4,67 triệu đồng/người/tháng.',
  'Đến nay có 15 sản phẩm OCOP đạt 4 sao trở lên và 103 sản phẩm 3 sao của tổ chức KTTT; khoảng 32% HTX có sản phẩm được chứng nhận',
  'tăng 12 HTX so với năm 2023',
];

describe('annual report 2024 built from the seed figures', () => {
  it('HTML text matches its golden file and says the seed sentences', () => {
    const text = htmlText(renderHtml(report.model));
    expectGolden('annual-2024.html.txt', text);
    const oneLine = text.replace(/\n/g, ' ');
    for (const phrase of SEED_PHRASES) expect(oneLine).toContain(phrase);
  });

  it('HTML has the NĐ 30 header, title, Nơi nhận and signature', () => {
    const text = htmlText(renderHtml(report.model));
    expect(text).toContain(
      'UBND TỈNH PHÚ THỌ / BAN CHỈ ĐẠO PHÁT TRIỂN KTTT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc\n',
    );
    expect(text).toContain('Số: 12/BC-BCĐ | Phú Thọ, ngày 06 tháng 01 năm 2025');
    expect(text).toContain('BÁO CÁO\nTổng kết tình hình phát triển kinh tế tập thể năm 2024');
    expect(text).toContain(
      'Nơi nhận: / - Ban Chỉ đạo Trung ương (b/c); / - Thường trực Tỉnh ủy (b/c); / - Thường trực HĐND, UBND tỉnh (b/c); / ' +
        '- Các thành viên BCĐ; / - Liên minh HTX Việt Nam; / - Lưu: VT, VP. | KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / Nguyễn Văn Hùng\n',
    );
  });

  it('DOCX text matches its golden file, with the same sentences', async () => {
    const text = docxText(await renderDocx(report.model));
    expectGolden('annual-2024.docx.txt', text);
    const oneLine = text.replace(/\n/g, ' ');
    for (const phrase of SEED_PHRASES) expect(oneLine).toContain(phrase);
  });

  it('XLSX cells and formulas match their golden file', async () => {
    expectGolden('annual-2024.xlsx.txt', await xlsxDump(await renderXlsx(report.model, { created: new Date('2025-01-06T00:00:00Z') })));
  });

  it('JSON is the indicators of indicators.md, nested, money in đồng', async () => {
    const json = new TextDecoder().decode(await renderReport(report, 'json'));
    expect(json).toBe(renderIndicatorsJson(INDICATORS_2024));
    expectGolden('annual-2024.json', json);
    const parsed: unknown = JSON.parse(json);
    expect(Object.keys(parsed as object)).toEqual([
      'active',
      'newInYear',
      'dissolvedInYear',
      'members',
      'workers',
      'avgRevenuePerHtx',
      'avgProfitPerHtx',
      'avgIncomePerWorkerMonth',
      'ocop',
      'certifiedHtxShare',
      'notReported',
    ]);
    expect(parsed).toMatchObject({
      active: { total: 694, HTX: 525, LHHTX: 0, QTDND: 3, THT: 166 },
      ocop: { kttt: { 3: 103, 4: 14, 5: 1 } },
      avgRevenuePerHtx: 1_581_240_000,
    });
  });

  it('every table adds up to the headline indicators', () => {
    const tables = [...report.model.body, ...report.model.appendices.flatMap((a) => a.blocks)].filter((b) => b.kind === 'table');
    const byCaption = (start: string) => tables.find((t) => t.caption.startsWith(start) || t.caption.includes(start));
    const sumColumn = (caption: string, column: number): number =>
      (byCaption(caption)?.rows ?? []).reduce(
        (s, r) => s + (r.kind === 'data' && typeof r.cells[column] === 'number' ? r.cells[column] : 0),
        0,
      );
    expect(sumColumn('theo xã, phường', 6)).toBe(694);
    expect(sumColumn('theo xã, phường', 7)).toBe(16_318);
    expect(sumColumn('Danh sách tổ chức KTTT đang hoạt động', 3)).toBe(16_318);
    expect(sumColumn('Danh sách tổ chức KTTT đang hoạt động', 4)).toBe(29_214);
    expect(sumColumn('Biểu 1.', 6)).toBe(694);
  });
});
