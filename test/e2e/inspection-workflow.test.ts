import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatVnDate } from '../../src-main/shared/vn-date-format.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { createRow } from '../helpers/registry.ts';

/**
 * Issue 6 in Chromium through the browser door: create a plan, record an inspection with two failed checklist
 * items and one recommendation, move the monitoring date past its deadline, and find the recommendation in
 * the overdue list and in the monitoring report's PDF. Needs poppler-utils (pdftotext) like the report tests.
 */
let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(async () => {
  await s?.close();
});

function isoOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const today = new Date();
const addDays = (n: number) => isoOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() + n));
const ORG = 'HTX Dịch vụ nông nghiệp Thanh Sơn';
const RECOMMENDATION = 'Tổ chức Đại hội thành viên thường niên';

describe('inspection and monitoring in the browser', () => {
  it('plans, records an inspection, and finds its overdue recommendation in the list and the PDF', async () => {
    const { page } = s;
    await createRow(s.app, 'organizations', { type: 'HTX', name: ORG, foundedOn: '2019-04-02' });
    await page.goto(`${s.server.openUrl}#/kiem-tra/ke-hoach`);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    await page.locator('.insp-page').waitFor();

    // Kế hoạch
    await page.getByRole('button', { name: 'Lập kế hoạch mới' }).click();
    await page.getByLabel('Thành phần đoàn kiểm tra').fill('Ông Nguyễn Văn An, Trưởng đoàn');
    await page.getByLabel('Nội dung kiểm tra').fill('Kiểm tra việc thi hành Luật Hợp tác xã năm 2023');
    await page.getByLabel('1. Tổ chức').fill(ORG);
    await page.getByLabel('Ngày dự kiến').fill('32/01/2020');
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page
      .getByText(/Chưa lưu: Dòng 1, ngày dự kiến/)
      .first()
      .waitFor();
    await page.getByLabel('Ngày dự kiến').fill(formatVnDate(isoOf(today)));
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.getByText('Đã lưu kế hoạch.').waitFor();

    // Biên bản, from the keyboard-reachable tab list
    await page.getByRole('tab', { name: 'Kế hoạch' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Biên bản' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Lập biên bản mới' }).click();
    // Typed without accents and picked from the list by keyboard, as in the grids.
    const orgBox = page.getByLabel('Tổ chức được kiểm tra', { exact: true });
    await orgBox.fill('thanh son');
    await page.getByRole('option', { name: new RegExp(ORG) }).waitFor();
    await orgBox.press('Enter');
    await expect.poll(() => orgBox.inputValue()).toContain(ORG);
    await page.getByLabel('Theo kế hoạch').selectOption({ index: 1 });
    // The plan fills the biên bản's "Căn cứ".
    await expect.poll(() => page.getByLabel('Căn cứ (quyết định, kế hoạch kiểm tra)').inputValue()).toMatch(/^Kế hoạch kiểm tra/);
    await page.getByLabel('Địa điểm').fill('Trụ sở HTX');
    await page.getByLabel('Họ và tên').first().fill('Nguyễn Văn An');
    const groups = page.getByRole('radiogroup');
    const items = await groups.count();
    for (let i = 0; i < items; i++)
      await groups
        .nth(i)
        .getByLabel(i < 2 ? 'Không đạt' : 'Đạt', { exact: true })
        .check();
    await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    await page.getByLabel('1. Nội dung kiến nghị').fill(RECOMMENDATION);
    await page.getByLabel('Bên thực hiện').fill('Hội đồng quản trị HTX');
    const deadline = addDays(10);
    await page.getByRole('textbox', { name: 'Thời hạn', exact: true }).fill(formatVnDate(deadline));
    await page.keyboard.press('Control+s');
    await page.getByText('Đã lưu biên bản (2 mục không đạt, 1 kiến nghị).').waitFor();

    // Giám sát on the day after the deadline
    await page.getByRole('tab', { name: 'Giám sát' }).click();
    await page.getByLabel('Tính đến ngày').fill(formatVnDate(addDays(11)));
    const chip = page.locator('button[data-list="recommendationsOverdue"]');
    await expect.poll(() => chip.innerText()).toMatch(/Kiến nghị quá hạn\s*1/);
    await chip.click();
    await page.locator('.insp-grid .ag-row').first().waitFor();
    expect(await page.locator('.insp-grid').innerText()).toContain(RECOMMENDATION);
    // On the deadline itself it is not overdue yet.
    await page.getByLabel('Tính đến ngày').fill(formatVnDate(deadline));
    await expect.poll(() => chip.innerText()).toMatch(/Kiến nghị quá hạn\s*0/);
    await page.getByLabel('Tính đến ngày').fill(formatVnDate(addDays(11)));
    await expect.poll(() => chip.innerText()).toMatch(/Kiến nghị quá hạn\s*1/);

    // The list on screen saves as an Excel workbook too.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu danh sách (Excel)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^giam-sat-recommendationsOverdue-.*\.xlsx$/);
    const xlsxPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-e2e-xlsx-')), 'list.xlsx');
    await xlsx.saveAs(xlsxPath);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    expect(JSON.stringify(wb.worksheets[0]?.getSheetValues())).toContain(RECOMMENDATION);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất PDF' }).click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-e2e-pdf-')), 'giam-sat.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(text).toContain('Kiến nghị quá hạn chưa thực hiện');
    expect(text).toContain(ORG);
    expect(text.replace(/\s+/g, ' ')).toContain(RECOMMENDATION);
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  }, 120_000);

  it('edits the checklist into a new version and records an annual meeting, refusing a bad date first', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/kiem-tra/mau`);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    await page.locator('.insp-page').waitFor();
    await page.getByRole('button', { name: 'Thêm mục' }).click();
    await page.getByLabel('Nội dung kiểm tra').last().fill('Sử dụng vốn hỗ trợ của Nhà nước đúng mục đích');
    await page.getByRole('button', { name: 'Bỏ mục 1' }).click();
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu mẫu phiên bản 2. Biên bản mới sẽ dùng phiên bản này.').waitFor();
    const templates = await s.app.call('inspections.templates', {});
    expect(templates).toMatchObject({
      ok: true,
      value: [
        {
          version: 2,
          items: expect.arrayContaining([expect.objectContaining({ title: 'Sử dụng vốn hỗ trợ của Nhà nước đúng mục đích' })]),
        },
        { version: 1 },
      ],
    });
    if (templates.ok) expect(templates.value[0]?.items).toHaveLength(8);

    await page.getByRole('tab', { name: 'Đại hội thường niên' }).click();
    const year = today.getFullYear() - 1;
    await page.getByLabel('Năm tài chính').fill(String(year));
    await page.getByLabel('Tổ chức', { exact: true }).fill(ORG);
    await page.getByLabel(`Ngày họp Đại hội năm ${year}`).fill('31/02/' + String(year + 1));
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByText(/Chưa lưu: .*không có trong lịch/).waitFor();
    await page.getByLabel(`Ngày họp Đại hội năm ${year}`).fill(formatVnDate(`${year + 1}-03-15`));
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByText(`Đã ghi nhận Đại hội năm ${year} của ${ORG}.`).waitFor();
    await expect.poll(() => page.locator('table.table tbody tr').count()).toBe(1);
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  }, 60_000);
});
