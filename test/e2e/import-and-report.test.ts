import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { bytesOf, cooperativeReport, ocopSheet, tcvn3, workbookOf } from '../helpers/import-fixtures.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(async () => {
  await s?.close();
});

describe('a clerk imports an old spreadsheet and prints the annual report', () => {
  it('picks a TCVN3 .xls, sees every row’s fate, fixes nothing, commits, and finds it in the history', async () => {
    await s.page.goto(s.server.openUrl);
    await s.page.goto(`${s.server.url}/#/nhap`);
    const bytes = bytesOf(workbookOf([cooperativeReport(tcvn3), ocopSheet()]), 'biff8');
    await s.page
      .getByLabel('Chọn tệp bảng tính')
      .setInputFiles({ name: 'DS HTX 2024.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from(bytes) });
    const sheet = s.page.getByRole('region', { name: 'Trang DS HTX' });
    await sheet.waitFor({ timeout: 20_000 });
    await expect.poll(() => sheet.innerText()).toContain('HTX Nông nghiệp Tân Lập'); // TCVN3 read as Unicode
    await expect.poll(() => sheet.innerText()).toMatch(/Thêm mới: [1-9]/);
    await expect.poll(() => sheet.innerText()).toMatch(/Gộp vào dòng trùng: [1-9]/); // the duplicate row
    // Every row accounted for, in one line; the list's date; values as the grids show them, never codes.
    const text = await sheet.innerText();
    expect(text).toContain('21 dòng = 3 nhập (thêm mới 3, cập nhật 0, không đổi 0) + 1 gộp vào dòng trùng + 17 không phải bản ghi');
    expect(text).toContain('Danh sách tính đến 31/12/2024');
    expect(text).toContain('Tạm ngừng hoạt động');
    expect(text).toContain('05/06/2020');
    expect(text).not.toMatch(/dang_hoat_dong|tam_ngung|da_giai_the|\d{4}-\d{2}-\d{2}|\bregCode\b|\bfoundedOn\b/);
    expect(await sheet.getByRole('table', { name: 'Cách hiểu các cột' }).innerText()).toContain('Số thứ tự');
    await s.page.getByRole('button', { name: /Nhập vào cơ sở dữ liệu/ }).click();
    const outcome = s.page.getByText(/Đã nhập “DS HTX 2024.xls”/);
    await outcome.waitFor();
    expect(await outcome.innerText()).toMatch(
      /thêm mới [1-9]\d*, cập nhật 0, không đổi 0, gộp vào dòng trùng [1-9]\d*, không phải bản ghi [1-9]/,
    );
    const history = s.page.getByRole('cell', { name: 'DS HTX 2024.xls' });
    await history.first().waitFor();
    const orgs = await s.app.call('registry.listOrganizations', { year: 2024 });
    expect(orgs.ok && orgs.value.length).toBeGreaterThan(1);
    expect(s.pageErrors).toEqual([]);
  });

  it('shows the annual figures and the print preview, and exports the JSON of indicators.md', async () => {
    await s.page.goto(`${s.server.url}/#/bao-cao`);
    await s.page.getByLabel('Năm báo cáo').fill('2024');
    const summary = s.page.getByRole('table', { name: 'Chỉ tiêu chính' });
    await expect.poll(() => summary.innerText()).toContain('Tổ chức KTTT đang hoạt động');
    const preview = s.page.frameLocator('iframe[title="Bản xem trước báo cáo"]');
    await expect.poll(() => preview.locator('body').innerText()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Xuất JSON' }).click()]);
    const file = await download.path();
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'active',
        'newInYear',
        'dissolvedInYear',
        'members',
        'workers',
        'avgRevenuePerHtx',
        'ocop',
        'certifiedHtxShare',
        'notReported',
      ]),
    );
    expect(download.suggestedFilename()).toBe('bao-cao-tong-ket-KTTT-2024.json');
    expect(s.pageErrors).toEqual([]);
  });

  it('keeps the number, symbol and recipients of each kind of document apart', async () => {
    await s.page.goto(`${s.server.url}/#/bao-cao`);
    await s.page.getByLabel('Loại văn bản').selectOption('monitoring');
    const form = s.page.getByRole('form', { name: 'Thông tin văn bản' });
    await form.locator('input[name=symbol]').fill('BC-GS');
    await form.locator('textarea[name=recipients]').fill('UBND tỉnh (b/c)\nLưu hồ sơ giám sát');
    await form.getByRole('button', { name: 'Lưu thông tin văn bản' }).click();
    await form.getByText('Đã lưu thông tin văn bản.').waitFor();
    const monitoring = await s.app.call('reports.settings', { type: 'monitoring' });
    expect(monitoring).toMatchObject({ ok: true, value: { symbol: 'BC-GS', recipients: ['UBND tỉnh (b/c)', 'Lưu hồ sơ giám sát'] } });
    const annual = await s.app.call('reports.settings', { type: 'annual' });
    expect(annual).toMatchObject({ ok: true, value: { symbol: 'BC-BCĐ' } });
  });
});
