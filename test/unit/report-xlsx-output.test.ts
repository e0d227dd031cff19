import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guardText, paragraph, renderXlsx, type DocumentModel, type TableBlock } from '../../src-main/core/reports/index.ts';

function modelWith(...tables: TableBlock[]): DocumentModel {
  return {
    metaTitle: 'Thử',
    author: 'KTTT',
    header: { parentBody: '', issuingBody: 'CƠ QUAN', numberLine: 'Số: 01/BC', placeDateLine: 'Hà Nội, ngày 01 tháng 01 năm 2025' },
    title: { docType: 'BÁO CÁO', summary: ['Thử'] },
    body: [paragraph('Mở đầu'), ...tables],
    recipients: ['- Lưu: VT.'],
    signature: { authority: '', title: 'GIÁM ĐỐC', name: 'A' },
    appendices: [],
  };
}

async function load(model: DocumentModel): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await renderXlsx(model)).buffer);
  return wb;
}

const money: TableBlock = {
  kind: 'table',
  sheetName: 'Doanh thu',
  caption: 'Biểu 1. Doanh thu',
  unit: 'Đơn vị tính: triệu đồng',
  columns: [
    { header: 'Tên', format: 'text', width: 30 },
    { header: 'Doanh thu', format: { kind: 'money', unit: 'trieu', decimals: 0 }, width: 10, sum: true },
    { header: 'Thu nhập', format: { kind: 'money', unit: 'trieu', decimals: 2 }, width: 10 },
    { header: 'Tỷ lệ (%)', format: { kind: 'percent', decimals: 1 }, width: 10 },
  ],
  rows: [
    { kind: 'group', label: 'Xã A' },
    { kind: 'data', cells: ['=HYPERLINK("http://x.example","bấm")', 1_580_000_000, 4_670_000, 0.32] },
    { kind: 'data', cells: ['+84 912', 420_000_000, null, null] },
    { kind: 'data', cells: ['-Tổ hợp tác', null, 3_100_000, 0.5] },
    { kind: 'data', cells: ['@SUM(1)', 0, null, null] },
    { kind: 'data', cells: ['\tTab', null, null, null] },
    { kind: 'data', cells: ['\rCR', null, null, null] },
    { kind: 'data', cells: ['HTX Bình thường', 1, null, null] },
  ],
  total: { label: 'Tổng cộng', values: { 3: 0.4 } },
};

describe('XLSX output', () => {
  it('neutralizes text that a spreadsheet could run as a formula', async () => {
    const ws = (await load(modelWith(money))).getWorksheet('Doanh thu');
    const texts = [5, 6, 7, 8, 9, 10].map((r) => ws?.getCell(r, 1));
    for (const cell of texts) {
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
      expect(String(cell?.value)).toMatch(/^'/);
    }
    expect(ws?.getCell(5, 1).value).toBe(`'=HYPERLINK("http://x.example","bấm")`);
    expect(ws?.getCell(11, 1).value).toBe('HTX Bình thường');
    expect(guardText('=1+1')).toBe("'=1+1");
    expect(guardText('Xã =')).toBe('Xã =');
  });

  it('writes numbers in the shown unit with locale-neutral format codes', async () => {
    const ws = (await load(modelWith(money))).getWorksheet('Doanh thu');
    const revenue = ws?.getCell(5, 2);
    expect(revenue?.value).toBe(1580);
    expect(revenue?.numFmt).toBe('#,##0');
    expect(ws?.getCell(5, 3).value).toBe(4.67);
    expect(ws?.getCell(5, 3).numFmt).toBe('#,##0.00');
    expect(ws?.getCell(5, 4).value).toBe(32);
    expect(ws?.getCell(5, 4).numFmt).toBe('#,##0.0');
    // Not reported stays an empty cell: never a 0 that SUM would count.
    expect(ws?.getCell(6, 3).value).toBeNull();
  });

  it('totals summed columns with a SUM formula and a cached result', async () => {
    const ws = (await load(modelWith(money))).getWorksheet('Doanh thu');
    const total = ws?.getCell(12, 2);
    expect(ws?.getCell(12, 1).value).toBe('Tổng cộng');
    expect(total?.formula).toBe('SUM(B4:B11)');
    expect(total?.result).toBeCloseTo(2000.000001, 6);
    expect(ws?.getCell(12, 4).value).toBe(40);
    expect(ws?.getCell(12, 3).value).toBeNull();
  });

  it('lays out caption, unit, grouped headers and frozen header rows', async () => {
    const grouped: TableBlock = {
      kind: 'table',
      sheetName: 'Theo xã: [mới]/cũ?',
      caption: 'Biểu 2. Theo xã',
      columns: [
        { header: 'TT', format: 'text', width: 5 },
        { header: 'Xã', format: 'text', width: 20 },
        { header: 'HTX', format: { kind: 'integer' }, width: 8, sum: true },
        { header: 'THT', format: { kind: 'integer' }, width: 8, sum: true },
      ],
      headerGroups: [
        { label: '', span: 2 },
        { label: 'Số tổ chức', span: 2 },
      ],
      rows: [{ kind: 'data', cells: ['1', 'Xã A', 3, 4] }],
      total: { label: 'Tổng', labelSpan: 2 },
    };
    const wb = await load(modelWith(money, grouped, { ...grouped }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Doanh thu', 'Theo xã mới cũ', 'Theo xã mới cũ 2']);
    const ws = wb.worksheets[1];
    expect(ws?.getCell('A1').value).toBe('Biểu 2. Theo xã');
    expect(ws?.getCell('A2').value).toBe('TT');
    expect(ws?.getCell('A3').isMerged).toBe(true);
    expect(ws?.getCell('C2').value).toBe('Số tổ chức');
    expect(ws?.getCell('C3').value).toBe('HTX');
    expect(ws?.getCell('D3').value).toBe('THT');
    expect(ws?.getCell('C5').formula).toBe('SUM(C4:C4)');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws?.pageSetup.paperSize).toBe(9);
  });
});
