/**
 * The PDF as Chromium prints it: A4, page numbers centred at the top from page 2, the seed sentences in the
 * text, table headers repeated on every page a table crosses, and no table row cut in two.
 * Needs Debian's Chromium (or KTTT_CHROMIUM) and poppler-utils (pdftotext, pdfinfo).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annualReport,
  ChromiumPdfPrinter,
  paragraph,
  renderHtml,
  type DocumentModel,
  type TableRow,
} from '../../src-main/core/reports/index.ts';
import { annualInput2024, REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';

let printer: ChromiumPdfPrinter;
// One folder for the whole file: PDFs printed in beforeAll must outlive the per-test cleanup of helpers/temp.ts.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-pdf-'));
let printed = 0;

beforeAll(async () => {
  printer = await ChromiumPdfPrinter.launch();
});
afterAll(async () => {
  await printer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function printToFile(model: DocumentModel): Promise<string> {
  const file = path.join(dir, `report-${String(++printed)}.pdf`);
  fs.writeFileSync(file, await printer.printPdf(renderHtml(model)));
  return file;
}

/** Text of each page (pdftotext separates pages with a form feed); `band` keeps only the top `band` points. */
function pagesText(file: string, band?: number): string[] {
  const crop = band === undefined ? [] : ['-x', '0', '-y', '0', '-W', '595', '-H', String(band)];
  const text = execFileSync('pdftotext', ['-layout', ...crop, file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The 20 mm top margin is 56,7 pt: the page number lives there and nothing else does. */
const TOP_MARGIN_PT = 56;

describe('annual report PDF printed with Chromium', () => {
  let file: string;
  beforeAll(async () => {
    file = await printToFile(annualReport(annualInput2024(), SETTINGS, REPORT_SETTINGS).model);
  });

  it('is A4 portrait with the expected number of pages', () => {
    const info = pdfInfo(file);
    expect(Math.round(info.width)).toBe(595);
    expect(Math.round(info.height)).toBe(842);
    // Liberation Serif has the metrics of Times New Roman, so the count is the same where Times is installed.
    expect(info.pages).toBe(35);
  });

  it('says the seed sentences', () => {
    const text = pagesText(file).join(' ').replace(/\s+/g, ' ');
    for (const phrase of [
      'Hiện toàn tỉnh có 694 tổ chức KTTT hoạt động, trong đó có 525 HTX, 3 quỹ tín dụng nhân dân, 166 tổ hợp tác.',
      'Trong năm 2024 thành lập mới 63 HTX',
      'thu hút 16,3 nghìn thành viên và trên 29 nghìn lao động',
      'Doanh thu bình quân ước đạt 1,58 tỷ đồng/HTX, lợi nhuận bình quân 174 triệu đồng/HTX, thu nhập bình quân của lao động thường xuyên đạt 4,67 triệu đồng/người/tháng.',
      'Đến nay có 15 sản phẩm OCOP đạt 4 sao trở lên và 103 sản phẩm 3 sao của tổ chức KTTT; khoảng 32% HTX',
      'tăng 12 HTX so với năm 2023',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'KT. TRƯỞNG BAN',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('numbers pages in the top margin from page 2, never on page 1', () => {
    const tops = pagesText(file, TOP_MARGIN_PT).map((t) => t.trim());
    expect(tops[0]).toBe('');
    tops.slice(1).forEach((top, i) => expect(top).toBe(String(i + 2)));
    // Centred over the text (between the 30 mm and 15 mm margins), as a centred Word header is.
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">2<\/word>/.exec(bbox);
    expect(word).not.toBeNull();
    const centre = (Number(word?.[1]) + Number(word?.[3])) / 2;
    const textCentre = (30 + (210 - 30 - 15) / 2) * (72 / 25.4);
    expect(Math.abs(centre - textCentre)).toBeLessThan(3);
    expect(Number(word?.[4])).toBeLessThan(TOP_MARGIN_PT);
  });

  it('repeats the appendix table header on its last page', () => {
    const pages = pagesText(file);
    const last = pages[pages.length - 1] ?? '';
    expect(last).toMatch(/Tên tổ chức/);
    expect(last).toMatch(/Tổng cộng\s+16\.318\s+29\.214/);
  });
});

describe('a long table printed with Chromium', () => {
  /** Rows of three lines each, so a row cut at a page end would show up as a code without its name. */
  function longTableModel(): DocumentModel {
    const rows: TableRow[] = Array.from({ length: 90 }, (_, i) => {
      const code = `R${String(i + 1).padStart(3, '0')}`;
      return {
        kind: 'data',
        cells: [
          code,
          `Đầu ${code} nội dung dài được ngắt thành nhiều dòng để thử việc không cắt đôi hàng khi sang trang cuối ${code}`,
          i + 1,
        ],
      };
    });
    return {
      metaTitle: 'Thử bảng dài',
      author: 'KTTT',
      header: {
        parentBody: 'UBND TỈNH THỬ',
        issuingBody: 'CƠ QUAN THỬ',
        numberLine: 'Số: 01/BC-TH',
        placeDateLine: 'Thử, ngày 01 tháng 01 năm 2025',
      },
      title: { docType: 'BÁO CÁO', summary: ['Thử bảng dài'] },
      body: [
        paragraph('Bảng dưới đây dài hơn một trang.'),
        {
          kind: 'table',
          sheetName: 'Thử',
          caption: 'Biểu 1. Bảng dài',
          columns: [
            { header: 'Mã dòng', format: 'text', width: 12 },
            { header: 'Nội dung của dòng', format: 'text', width: 40 },
            { header: 'Số thứ tự', format: { kind: 'integer' }, width: 12, sum: true },
          ],
          rows,
          total: { label: 'Tổng cộng', labelSpan: 2 },
        },
      ],
      recipients: ['- Lưu: VT.'],
      signature: { authority: '', title: 'THỦ TRƯỞNG', name: 'Người Thử' },
      appendices: [],
    };
  }

  it('repeats its header row on every page and never splits a row', async () => {
    const file = await printToFile(longTableModel());
    const pages = pagesText(file);
    expect(pages.length).toBeGreaterThan(2);
    let seen = 0;
    pages.forEach((page, i) => {
      const starts = [...page.matchAll(/Đầu (R\d{3})/g)].map((m) => m[1]);
      const ends = [...page.matchAll(/cuối (R\d{3})/g)].map((m) => m[1]);
      // Both halves of each row are on the same page.
      expect(ends, `page ${String(i + 1)}`).toEqual(starts);
      if (starts.length > 0 && i > 0) expect(page, `page ${String(i + 1)}`).toMatch(/Mã dòng\s+Nội dung của dòng\s+Số thứ tự/);
      seen += starts.length;
    });
    expect(seen).toBe(90);
    expect(pages.join('')).toMatch(/Tổng cộng\s+4\.095/);
  });
});
