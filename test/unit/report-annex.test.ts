import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  ANNEX_MIN_PAGES,
  annualReport,
  estimatedPages,
  paragraph,
  renderAnnex,
  renderDocx,
  renderHtml,
  renderXlsx,
  separateAnnexes,
  type DocumentModel,
  type TableBlock,
  type TableRow,
} from '../../src-main/core/reports/index.ts';
import { annualInput2024, REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';
import { docxText, htmlText } from '../helpers/report-text.ts';

const FILE = 'bao-cao-tong-ket-KTTT-2024-phu-luc.xlsx';

/** A list of `n` organizations in three communes, as the annual report's appendix lays one out. */
function listTable(n: number): TableBlock {
  const rows: TableRow[] = [];
  for (let i = 1; i <= n; i++) {
    if ((i - 1) % Math.ceil(n / 3) === 0) rows.push({ kind: 'group', label: `Xã số ${String(rows.length + 1)}` });
    rows.push({ kind: 'data', cells: [String(i), `Hợp tác xã Dịch vụ nông nghiệp ${String(i)}`, 'HTX', 20 + (i % 50), 1_000_000_000 + i] });
  }
  return {
    kind: 'table',
    sheetName: 'Phụ lục danh sách',
    caption: 'Danh sách tổ chức KTTT đang hoạt động',
    columns: [
      { header: 'TT', format: 'text', width: 6, align: 'center' },
      { header: 'Tên tổ chức', format: 'text', width: 40 },
      { header: 'Loại hình', format: 'text', width: 10, align: 'center' },
      { header: 'Thành viên (người)', format: { kind: 'integer' }, width: 12, sum: true },
      { header: 'Doanh thu (triệu đồng)', format: { kind: 'money', unit: 'trieu', decimals: 0 }, width: 14, sum: true },
    ],
    rows,
    total: { label: 'Tổng cộng', labelSpan: 3 },
    compact: true,
  };
}

function reportWith(n: number): DocumentModel {
  const { model } = annualReport(annualInput2024(), SETTINGS, REPORT_SETTINGS);
  return {
    ...model,
    appendices: [
      {
        label: 'Phụ lục',
        title: 'DANH SÁCH TỔ CHỨC KTTT ĐANG HOẠT ĐỘNG NĂM 2024',
        subtitle: '(Kèm theo Báo cáo số 12/BC-BCĐ ngày 06/01/2025)',
        blocks: [listTable(n)],
      },
    ],
  };
}

describe('an appendix too long to print with its report', () => {
  const long = reportWith(6_000);
  const { model, annex } = separateAnnexes(long, FILE);

  it('is estimated at over 100 pages, and a list of a few hundred rows at a few', () => {
    expect(estimatedPages(long.appendices[0]?.blocks ?? [])).toBeGreaterThan(ANNEX_MIN_PAGES);
    expect(estimatedPages(reportWith(300).appendices[0]?.blocks ?? [])).toBeLessThan(15);
  });

  it('leaves its heading in the report with one line naming the annex file', () => {
    const appendix = model.appendices[0];
    expect(appendix?.annex).toEqual({ fileName: FILE, rows: 6_000, pages: expect.any(Number) as number });
    expect(appendix?.blocks).toEqual([
      paragraph(
        `Phụ lục gồm 6.000 dòng (khoảng ${String(appendix?.annex?.pages)} trang in) được lập thành tệp riêng kèm theo báo cáo này: ${FILE}.`,
        { indent: false, align: 'center' },
      ),
    ]);
    expect(model.body).toBe(long.body);
  });

  it('says so in one line of the HTML and the DOCX, which no longer hold the list', async () => {
    const line = `được lập thành tệp riêng kèm theo báo cáo này: ${FILE}.`;
    const html = htmlText(renderHtml(model));
    expect(html).toContain('DANH SÁCH TỔ CHỨC KTTT ĐANG HOẠT ĐỘNG NĂM 2024');
    expect(html).toContain(line);
    expect(html).not.toContain('Hợp tác xã Dịch vụ nông nghiệp 5999');
    const docx = docxText(await renderDocx(model));
    expect(docx).toContain(line);
    expect(docx).not.toContain('Hợp tác xã Dịch vụ nông nghiệp 5999');
    // The report's own spreadsheet keeps the body's tables; the list is the annex's.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await renderXlsx(model)).buffer);
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Phụ lục danh sách');
  });

  it('is the annex: every row in a spreadsheet with the "Kèm theo" line, and as pages to print', async () => {
    expect(annex?.appendices).toEqual([long.appendices[0]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await renderAnnex(annex ?? { metaTitle: '', author: '', appendices: [] }, 'xlsx')).buffer);
    const sheet = wb.getWorksheet('Phụ lục danh sách');
    const names: string[] = [];
    sheet?.eachRow((row) => {
      const v = row.getCell(2).value;
      if (typeof v === 'string' && v.startsWith('Hợp tác xã')) names.push(v);
    });
    expect(names).toHaveLength(6_000);
    const texts: string[] = [];
    sheet?.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain('(Kèm theo Báo cáo số 12/BC-BCĐ ngày 06/01/2025)');
    const html = htmlText(new TextDecoder().decode(await renderAnnex(annex ?? { metaTitle: '', author: '', appendices: [] }, 'html')));
    expect(html).toContain('Hợp tác xã Dịch vụ nông nghiệp 5999');
    expect(html).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('prints a list of thousands of rows as tables of 2,000, each after the first from a new page', async () => {
    const html = new TextDecoder().decode(await renderAnnex(annex ?? { metaTitle: '', author: '', appendices: [] }, 'html'));
    // 6,000 organizations and 3 commune rows: 6,003 rows in four tables, the caption once, the total once.
    expect(html.match(/<table class="data compact">/g)).toHaveLength(4);
    expect(html.match(/<div class="table-block" style="break-before: page">/g)).toHaveLength(3);
    expect(html.match(/Danh sách tổ chức KTTT đang hoạt động</g)).toHaveLength(1);
    expect(html.match(/<tr class="total">/g)).toHaveLength(1);
    expect(html.lastIndexOf('<tr class="total">')).toBeGreaterThan(html.lastIndexOf('Hợp tác xã Dịch vụ nông nghiệp 6000<'));
  });

  it('leaves a report whose appendix prints well as it was', () => {
    const report = annualReport(annualInput2024(), SETTINGS, REPORT_SETTINGS).model;
    const kept = separateAnnexes(report, FILE);
    expect(kept.annex).toBeNull();
    expect(kept.model).toBe(report);
  });
});
