// A clerk imports a list with cells the app cannot read, sees them in the preview, then fixes them on
// "Cần xem lại" in one click, and the next import reads the same text by itself.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgRow } from '../../src-main/contract/index.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { bytesOf, workbookOf, type Aoa } from '../helpers/import-fixtures.ts';
import { value } from '../helpers/registry.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(async () => {
  await s?.close();
});

const HEADER = ['STT', 'Tên HTX', 'Số thành viên', 'Lĩnh vực', 'Tình trạng', 'Ngày thành lập'];

function listFile(rows: Aoa): Buffer {
  const sheet = { name: 'DS', rows: [['DANH SÁCH HỢP TÁC XÃ ĐẾN 31/12/2024'], [], HEADER, ...rows] };
  return Buffer.from(bytesOf(workbookOf([sheet]), 'xlsx'));
}

const FIRST = listFile([
  [1, 'HTX Vũ Trụ Một', 'khoảng 20', 'thám hiểm vũ trụ', 'Đang hoạt động', '15/03/2019'],
  [2, 'HTX Vũ Trụ Hai', 15, 'thám hiểm vũ trụ', 'Đang hoạt động', '05/06/2020'],
  [3, 'HTX Vũ Trụ Ba', 12, 'thám hiểm vũ trụ', 'Tạm ngừng hoạt động', '2015'],
  [4, 'HTX Nông nghiệp Tân Lập', 30, 'Trồng lúa', 'Đang hoạt động', '01/01/2010'],
]);

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What a clerk must never see: stored codes of statuses and sectors, ISO dates, field keys. */
const RAW = /nong_nghiep|dang_hoat_dong|tam_ngung|\bkhac\b|\d{4}-\d{2}-\d{2}|\bsectors\b|\bmembers\b|\bfoundedOn\b/;

async function pickFile(name: string, buffer: Buffer) {
  await s.page.goto(`${s.server.url}/#/nhap`);
  await s.page.getByLabel('Chọn tệp bảng tính').setInputFiles({ name, mimeType: XLSX_MIME, buffer });
  const sheet = s.page.getByRole('region', { name: 'Trang DS' });
  await sheet.waitFor({ timeout: 20_000 });
  return sheet;
}

describe('cells an import could not read, from the preview to “Cần xem lại”', () => {
  it('shows the reconciliation, values in Vietnamese and the flagged cells in the preview', async () => {
    await s.page.goto(s.server.openUrl);
    const sheet = await pickFile('DS HTX vũ trụ.xlsx', FIRST);
    await expect
      .poll(() => sheet.innerText())
      .toContain('7 dòng = 4 nhập (thêm mới 4, cập nhật 0, không đổi 0) + 0 gộp vào dòng trùng + 3 không phải bản ghi');
    const text = await sheet.innerText();
    expect(text).toContain('Danh sách tính đến 31/12/2024');
    expect(text).toContain('Nông, lâm nghiệp, thủy sản');
    expect(text).toContain('Đang hoạt động');
    expect(text).toContain('15/03/2019');
    expect(text).not.toMatch(RAW);
    await expect.poll(() => s.page.getByLabel('Năm số liệu', { exact: true }).inputValue()).toBe('2024');
    // The column mapping: a select for each column that feeds a field, no select for the row number.
    const mapping = sheet.getByRole('table', { name: 'Cách hiểu các cột' });
    expect(await mapping.getByRole('combobox').count()).toBe(5);
    expect(await mapping.getByRole('combobox', { name: 'Dùng cột Lĩnh vực cho' }).inputValue()).toBe('sectors');
    // Three rows with cells to review; the chip shows only them.
    await sheet.getByRole('button', { name: 'Cần xem lại: 3' }).click();
    const rows = sheet.getByRole('table', { name: 'Các dòng của trang DS' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const cell = sheet.locator('td.cell-error').filter({ hasText: 'Khác' }).first();
    expect(await cell.getAttribute('title')).toBe(
      'Lĩnh vực chưa có trong danh mục: “thám hiểm vũ trụ” — tạm xếp vào “Khác”. (ô ghi “thám hiểm vũ trụ”)',
    );
    expect(s.pageErrors).toEqual([]);
  });

  it('commits, says how many cells wait, and counts them in the navigation and the history', async () => {
    await s.page.getByRole('button', { name: /Nhập vào cơ sở dữ liệu/ }).click();
    const outcome = s.page.getByText(/Đã nhập “DS HTX vũ trụ.xlsx”/);
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain('thêm mới 4, cập nhật 0, không đổi 0, gộp vào dòng trùng 0, không phải bản ghi 3');
    await s.page.getByRole('link', { name: 'Có 4 ô cần xem lại' }).waitFor();
    await s.page.getByRole('link', { name: 'Cần xem lại (4)' }).waitFor();
    // The history links to the cells of this import.
    await s.page.getByRole('link', { name: '4 ô cần xem lại của lần nhập DS HTX vũ trụ.xlsx' }).click();
    const batch = s.page.getByRole('region', { name: 'Các ô của lần nhập' });
    await expect.poll(() => batch.locator('tbody tr').count()).toBe(4);
    expect(await batch.innerText()).toContain('Lần nhập “DS HTX vũ trụ.xlsx”');
    expect(s.pageErrors).toEqual([]);
  });

  it('fixes a group in one click, remembered, and a single cell on its own', async () => {
    await s.page.getByRole('link', { name: 'Cần xem lại (4)' }).click();
    const group = s.page.getByRole('region', { name: 'Lĩnh vực: thám hiểm vũ trụ' });
    await expect.poll(() => group.innerText()).toMatch(/thám hiểm vũ trụ’ — 3 dòng/);
    expect(await group.getByRole('checkbox', { name: 'Ghi nhớ cho các lần nhập sau' }).isChecked()).toBe(true);
    await group.getByRole('checkbox', { name: 'Nông, lâm nghiệp, thủy sản' }).check();
    await group.getByRole('button', { name: 'Sửa 3 dòng' }).click();
    await group.waitFor({ state: 'detached' });
    await s.page
      .getByText(/Đã sửa 3 ô Lĩnh vực “thám hiểm vũ trụ” thành Nông, lâm nghiệp, thủy sản; các lần nhập sau sẽ đọc như vậy/)
      .waitFor();
    const orgs = await value<OrgRow[]>(s.app.call('registry.listOrganizations', {}));
    expect(orgs.filter((o) => o.name.includes('Vũ Trụ')).map((o) => o.sectors)).toEqual([
      ['nong_nghiep'],
      ['nong_nghiep'],
      ['nong_nghiep'],
    ]);
    await s.page.getByRole('link', { name: 'Cần xem lại (1)' }).waitFor();

    // The workbook of what is left.
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^can-xem-lai-.*\.xlsx$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // The members cell, opened and fixed as a single row.
    const members = s.page.getByRole('region', { name: 'Thành viên: khoảng 20' });
    await members.getByRole('button', { name: 'Xem 1 dòng' }).click();
    await members.getByRole('button', { name: /Sửa ô Thành viên của HTX Vũ Trụ Một/ }).click();
    await members.getByRole('table').getByLabel('Thành viên đúng').fill('20');
    await members.getByRole('table').getByRole('button', { name: 'Lưu' }).click();
    await s.page.getByText('Không còn ô nào cần xem lại.').waitFor();
    await s.page.getByRole('link', { name: 'Cần xem lại', exact: true }).waitFor();
    const after = await value<OrgRow[]>(s.app.call('registry.listOrganizations', { year: 2024 }));
    expect(after.find((o) => o.name === 'HTX Vũ Trụ Một')?.figures?.members).toBe(20);
    expect(s.pageErrors).toEqual([]);
  });

  it('reads the remembered text by itself in the next import, and a cell is fixed in place in the preview', async () => {
    const sheet = await pickFile(
      'DS HTX vũ trụ 2.xlsx',
      listFile([
        [1, 'HTX Vũ Trụ Bốn', 10, 'thám hiểm vũ trụ', 'Đang hoạt động', '01/02/2021'],
        [2, 'HTX Vũ Trụ Năm', 'chừng 30', 'Trồng lúa, thám hiểm vũ trụ', 'Đang hoạt động', '01/02/2022'],
      ]),
    );
    // Only the members cell waits: both sector cells are read as the clerk taught.
    await expect.poll(() => sheet.innerText()).toContain('Cần xem lại: 1');
    const flagged = sheet.locator('td.cell-error');
    expect(await flagged.count()).toBe(1);
    expect(await sheet.getByRole('table', { name: 'Các dòng của trang DS' }).innerText()).not.toContain('Khác');
    await flagged.getByRole('button', { name: /Sửa ô Thành viên, dòng 5/ }).click();
    const input = sheet.getByLabel(/Sửa ô Thành viên, dòng 5; Enter để ghi/);
    expect(await input.inputValue()).toBe('chừng 30');
    await input.fill('30');
    await input.press('Enter');
    await expect.poll(() => sheet.innerText()).toContain('Cần xem lại: 0');
    expect(await sheet.locator('td.cell-error').count()).toBe(0);
    expect(await sheet.innerText()).not.toMatch(RAW);
    expect(s.pageErrors).toEqual([]);
  });
});
