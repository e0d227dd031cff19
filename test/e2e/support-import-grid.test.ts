// A clerk imports a department's list of the support given (title block, merged header, "1.200.000 đ",
// dd/mm/yyyy), sees it read as support in the preview with the organization it cannot find flagged, commits,
// then in Ban Chỉ đạo › Hỗ trợ, liên kết names that organization in place in the grid; emptying a required
// cell is refused on the cell, in Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupportRecordDto } from '../../src-main/contract/bcd-dto.ts';
import type { ReviewItem } from '../../src-main/contract/index.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { pasteText, settled } from '../helpers/registry-grid.ts';
import { createRow, value } from '../helpers/registry.ts';
import { newWorkbook, supportSheet, xlsxBytes } from '../helpers/support-workbooks.ts';

let s: BrowserSession;
let cheXanh = 0;
beforeAll(async () => {
  s = await openBrowserSession();
  await createRow(s.app, 'organizations', { type: 'HTX', name: 'Hợp tác xã Nông nghiệp Tân Lập', regCode: '2501000123' });
  cheXanh = await createRow(s.app, 'organizations', { type: 'HTX', name: 'HTX Chè xanh Thanh Sơn' });
});
afterAll(async () => {
  await s?.close();
});

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RAW = /dao_tao|trung_uong|dia_phuong|\d{4}-\d{2}-\d{2}|\bgrantedOn\b|\borganizationId\b/;

async function file(): Promise<Buffer> {
  const wb = newWorkbook();
  supportSheet(wb, [
    {
      org: 'HTX Nông nghiệp Tân Lập',
      code: '2501000123',
      policy: 'Nghị định 45/2021/NĐ-CP',
      decision: '15/QĐ-UBND',
      date: '01/03/2024',
      kind: 'Tập huấn',
      amount: '1.200.000 đ',
      source: 'NSTW',
    },
    {
      org: 'HTX Chè Xanh TS',
      policy: 'Chương trình OCOP',
      date: '10/06/2024',
      kind: 'Hội chợ',
      amount: 25_000_000,
      source: 'Ngân sách tỉnh',
    },
  ]);
  return Buffer.from(await xlsxBytes(wb));
}

const records = () => value<SupportRecordDto[]>(s.app.call('support.records', { year: 2024, undated: true }));
const grid = () => s.page.getByRole('region', { name: 'Hỗ trợ tổ chức KTTT năm 2024' });
const gridCell = (row: number, colId: string) => grid().locator(`.ag-row[row-index="${String(row)}"] .ag-cell[col-id="${colId}"]`);

describe('support given, from a spreadsheet into the BCĐ grid', () => {
  it('previews the sheet as support given, with the organization it cannot find flagged', async () => {
    await s.page.goto(`${s.server.openUrl}#/nhap`);
    await s.page.getByLabel('Chọn tệp bảng tính').setInputFiles({ name: 'Hỗ trợ 2024.xlsx', mimeType: XLSX_MIME, buffer: await file() });
    const sheet = s.page.getByRole('region', { name: 'Trang HTX duoc ho tro' });
    await sheet.waitFor({ timeout: 20_000 });
    expect(await sheet.getByLabel('Loại dữ liệu').inputValue()).toBe('support');
    await expect.poll(() => sheet.innerText()).toContain('Kinh phí hỗ trợ (triệu đồng)');
    const text = await sheet.innerText();
    expect(text).toContain('Đào tạo, bồi dưỡng\t1,2\tNgân sách trung ương');
    expect(text).toContain('01/03/2024');
    expect(text).not.toMatch(RAW);
    await sheet.getByRole('button', { name: 'Cần xem lại: 1' }).waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  it('commits, and the grid shows the record waiting for its organization with what the file said', async () => {
    await s.page.getByRole('button', { name: /Nhập vào cơ sở dữ liệu/ }).click();
    await s.page.getByText(/Đã nhập “Hỗ trợ 2024.xlsx”/).waitFor();
    expect((await records()).map((r) => r.organization?.id ?? null)).toContain(null);

    await s.page.goto(`${s.server.url}/#/ban-chi-dao/ho-tro`);
    await s.page.getByLabel('Năm', { exact: true }).fill('2024');
    await expect.poll(() => grid().locator('.ag-row').count()).toBe(2);
    await expect.poll(() => grid().innerText()).toContain('Tổ chức: “HTX Chè Xanh TS”');
    expect(await grid().innerText()).toContain('Hợp tác xã Nông nghiệp Tân Lập');
  });

  it('names the organization in place, which closes its flag, and refuses an emptied policy on the cell', async () => {
    const rows = await records();
    const waiting = rows.findIndex((r) => r.organization === null);
    const index = await grid()
      .locator('.ag-row')
      .evaluateAll(
        (els, text) => els.find((e) => (e as HTMLElement).innerText.includes(text))?.getAttribute('row-index') ?? '-1',
        'HTX Chè Xanh TS',
      );
    expect(waiting).toBeGreaterThanOrEqual(0);
    await gridCell(Number(index), 'organizationId').click();
    await pasteText(s.page, 'HTX Chè xanh Thanh Sơn');
    await settled(s.page);
    await expect.poll(async () => (await records()).find((r) => r.policy === 'Chương trình OCOP')?.organization?.id).toBe(cheXanh);
    const open = await value<ReviewItem[]>(s.app.call('review.items', {}));
    expect(open.filter((i) => i.entity === 'support')).toEqual([]);

    await gridCell(Number(index), 'policy').click();
    await s.page.keyboard.press('Delete');
    await expect.poll(() => gridCell(Number(index), 'policy').getAttribute('class')).toContain('kttt-error');
    await expect.poll(() => s.page.locator('.kttt-grid-status').first().innerText()).toContain('không được để trống');
    await settled(s.page);
    expect((await records()).find((r) => r.organization?.id === cheXanh)?.policy).toBe('Chương trình OCOP');
    expect(s.pageErrors).toEqual([]);
  });
});
