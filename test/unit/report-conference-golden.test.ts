import { describe, expect, it } from 'vitest';
import { bcdLayout } from '../../src-main/core/bcd/report/annual-part.ts';
import { annualReport, renderDocx, renderHtml, renderXlsx } from '../../src-main/core/reports/index.ts';
import { annualInput2024, REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';
import { bcdData2024 } from '../fixtures/bcd-2024.ts';
import { expectGolden } from '../helpers/golden.ts';
import { docxText, htmlText, xlsxDump } from '../helpers/report-text.ts';

const input = annualInput2024();
const report = annualReport(input, SETTINGS, REPORT_SETTINGS, [bcdLayout(bcdData2024(), input)]);
const oneLine = (s: string) => s.replace(/\n/g, ' ');

describe('the whole conference report 2024: figures, the BCĐ’s work, limitations, next year and the tasks annex', () => {
  it('HTML text matches its golden file', () => {
    expectGolden('conference-2024.html.txt', htmlText(renderHtml(report.model)));
  });

  it('puts the parts in the order of the conference report, numbering the headings it adds', () => {
    const headings = report.model.body.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(headings).toEqual([
      'I. KẾT QUẢ PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2024',
      'II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THỰC HIỆN CÁC CHÍNH SÁCH PHÁT TRIỂN KTTT',
      'III. HẠN CHẾ, NGUYÊN NHÂN',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2025',
    ]);
    const level2 = report.model.body.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(level2).toContain('7. Thực hiện các chỉ tiêu kế hoạch');
    expect(level2).toContain('1. Hoạt động của Ban Chỉ đạo');
    expect(level2).toContain('1. Các chỉ tiêu chủ yếu năm 2025');
    expect(report.model.appendices.map((a) => a.label)).toEqual(['Phụ lục I', 'Phụ lục II']);
  });

  it('says the targets reached, the meetings, the tasks, the support and the linkages computed from the records', () => {
    const text = oneLine(htmlText(renderHtml(report.model)));
    // 694 active against a target of 680; 63 new HTX against 70; 4,67 triệu against 4,5 triệu.
    expect(text).toContain('2/3 chỉ tiêu đạt và vượt kế hoạch');
    expect(text).toContain('Tổ chức KTTT đang hoạt động 694 tổ chức, đạt 102,1% kế hoạch');
    expect(text).toContain('Hợp tác xã thành lập mới 63 HTX, đạt 90% kế hoạch');
    expect(text).toContain('Ban Chỉ đạo tổ chức 2 cuộc họp (1 họp định kỳ 6 tháng, 1 họp đột xuất), ban hành 1 thông báo kết luận');
    expect(text).toContain('đã hoàn thành 2 nhiệm vụ (1 nhiệm vụ đúng hạn), đang thực hiện 1, chưa thực hiện 1, quá hạn 1 nhiệm vụ');
    expect(text).toContain('5 lượt hỗ trợ cho 3 tổ chức KTTT, tổng kinh phí 1,4 tỷ đồng');
    expect(text).toContain('1 lượt hỗ trợ chưa ghi kinh phí');
    expect(text).toContain('1 lớp đào tạo, bồi dưỡng với 5 học viên, 2 tổ chức KTTT tham gia');
    expect(text).toContain('ký mới 2 hợp đồng liên kết giữa 2 tổ chức KTTT với 2 doanh nghiệp, tổng giá trị 2,5 tỷ đồng');
    expect(text).toContain('Một số HTX hoạt động còn hình thức, quy mô nhỏ.');
    expect(text).toContain('- Nâng cao hiệu quả Quỹ Hỗ trợ phát triển HTX tỉnh (chủ trì: Sở Tài chính; thời hạn: 31/12/2025).');
  });

  it('lists the tasks by agency in the annex with their result and status', () => {
    const annex = report.model.appendices[1];
    expect(annex?.title).toBe('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN THÀNH VIÊN BAN CHỈ ĐẠO NĂM 2024');
    const table = annex?.blocks[0];
    if (table?.kind !== 'table') throw new Error('no table');
    const groups = table.rows.flatMap((r) => (r.kind === 'group' ? [r.label] : []));
    expect(groups).toEqual(['Liên minh HTX tỉnh', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính']);
    const states = table.rows.flatMap((r) => (r.kind === 'data' ? [r.cells[6]] : []));
    expect(states).toEqual(['Hoàn thành 20/07/2024 (chậm)', 'Quá hạn', 'Đang thực hiện', 'Hoàn thành 15/09/2024', 'Chưa thực hiện']);
  });

  it('DOCX and XLSX carry the same parts', async () => {
    const docx = docxText(await renderDocx(report.model));
    expect(docx).toContain('III. HẠN CHẾ, NGUYÊN NHÂN');
    expect(docx).toContain('đạt 102,1% kế hoạch');
    expectGolden('conference-2024.xlsx.txt', await xlsxDump(await renderXlsx(report.model)));
  });
});
