import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatVnDate } from '../../src-main/shared/vn-date-format.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';

/**
 * Issue 13 in Chromium through the browser door: the BCĐ's agencies and a member, this year's plan with three
 * tasks (one refused first for want of a lead agency, one for a deadline before the plan), progress on two (one
 * refused first for 120%), the overdue one in "Theo dõi nhiệm vụ", and the conference report listing the tasks
 * by agency in its annex.
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
const year = today.getFullYear();
const addDays = (n: number) => isoOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() + n));
const TASKS = ['Kiện toàn tổ chức bộ máy quản lý nhà nước về KTTT', 'Tổ chức hội chợ sản phẩm HTX', 'Rà soát HTX ngừng hoạt động'];

describe('the Steering Committee’s year in the browser', () => {
  it('members → plan with three tasks → progress on two → one overdue → the conference report lists them by agency', async () => {
    const { page } = s;
    await page.goto(`${s.server.openUrl}#/ban-chi-dao/thanh-vien`);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    await page.locator('.insp-page').waitFor();

    // Thành viên
    for (const name of ['Sở Tài chính', 'Liên minh HTX tỉnh']) {
      await page.getByLabel('Tên cơ quan').fill(name);
      await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
      await page.getByText(`Đã thêm ${name}.`).waitFor();
    }
    await page.getByLabel('Cơ quan', { exact: true }).selectOption({ label: 'Sở Tài chính' });
    await page.getByLabel('Họ tên').fill('Nguyễn Văn An');
    await page.getByLabel('Vai trò trong BCĐ').selectOption({ label: 'Phó Trưởng ban thường trực' });
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await page.getByText('Đã thêm Nguyễn Văn An (Phó Trưởng ban thường trực).').waitFor();

    // Kế hoạch và ba nhiệm vụ
    await page.getByRole('tab', { name: 'Kế hoạch, nhiệm vụ' }).click();
    await page.getByLabel('Số kế hoạch').fill('05/KH-BCĐ');
    await page.getByLabel('Ngày ban hành').fill(formatVnDate(`${year}-01-10`));
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await page.getByText(/0 nhiệm vụ: hoàn thành 0, quá hạn 0/).waitFor();

    const addTask = async (title: string, lead: string | null, deadline: string) => {
      await page.getByLabel('Nội dung nhiệm vụ').fill(title);
      await page.getByLabel('Cơ quan chủ trì').selectOption(lead === null ? { index: 0 } : { label: lead });
      await page.getByLabel('Hạn hoàn thành').fill(deadline);
      await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    };
    await addTask(TASKS[0] ?? '', null, formatVnDate(addDays(-5)));
    await page.getByText('Chưa lưu: Nhiệm vụ phải có cơ quan chủ trì.').waitFor();
    await addTask(TASKS[0] ?? '', 'Sở Tài chính', formatVnDate(`${year - 1}-12-01`));
    await page.getByText(/Chưa lưu: Hạn hoàn thành không được trước ngày ban hành kế hoạch/).waitFor();
    await addTask(TASKS[0] ?? '', 'Sở Tài chính', formatVnDate(addDays(-5)));
    await page.getByText(`Đã thêm nhiệm vụ "${TASKS[0] ?? ''}".`).waitFor();
    await page.getByLabel('Liên minh HTX tỉnh').check();
    await addTask(TASKS[1] ?? '', 'Liên minh HTX tỉnh', formatVnDate(addDays(5)));
    await page.getByText(`Đã thêm nhiệm vụ "${TASKS[1] ?? ''}".`).waitFor();
    await addTask(TASKS[2] ?? '', 'Sở Tài chính', '');
    await page.getByText(`Đã thêm nhiệm vụ "${TASKS[2] ?? ''}".`).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Nhiệm vụ' }).locator('tbody tr').count()).toBe(3);

    // Tiến độ của hai nhiệm vụ
    const report = async (row: number, content: string, percent: string) => {
      await page
        .getByRole('table', { name: 'Nhiệm vụ' })
        .locator('tbody tr')
        .nth(row)
        .getByRole('button', { name: 'Báo cáo tiến độ' })
        .click();
      await page.getByLabel('Nội dung', { exact: true }).fill(content);
      await page.getByLabel('Tỷ lệ hoàn thành (%)').fill(percent);
      await page.getByRole('button', { name: 'Ghi tiến độ' }).click();
    };
    await report(0, 'Đã trình dự thảo quyết định', '120');
    await page.getByText('Chưa lưu: Tỷ lệ hoàn thành không được quá 100%').waitFor();
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('60');
    await page.getByRole('button', { name: 'Ghi tiến độ' }).click();
    await page.getByText('Đã ghi tiến độ.').waitFor();
    await report(1, 'Đã đăng ký 12 gian hàng', '30');
    await page.getByText('Đã ghi tiến độ.').waitFor();
    await page.getByText(/3 nhiệm vụ: hoàn thành 0, quá hạn 1/).waitFor();

    // Theo dõi: the overdue task, and the one due within 15 days
    await page.getByRole('tab', { name: 'Theo dõi nhiệm vụ' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Nhiệm vụ quá hạn' }).innerText()).toContain(TASKS[0] ?? '');
    expect(await page.getByRole('table', { name: 'Nhiệm vụ sắp đến hạn' }).innerText()).toContain(TASKS[1] ?? '');
    const alerts = await s.app.call('bcd.taskLists', { asOf: isoOf(today) });
    expect(alerts.ok && alerts.value.overdue.map((t) => t.title)).toEqual([TASKS[0]]);

    // The conference report of this year: part II and the annex of tasks by agency
    await page.goto(`${s.server.url}/#/bao-cao`);
    await page.getByLabel('Năm báo cáo').fill(String(year));
    const frame = page.frameLocator('iframe.report-preview');
    await frame
      .getByText('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN THÀNH VIÊN BAN CHỈ ĐẠO', { exact: false })
      .waitFor({ timeout: 30_000 });
    const text = (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THỰC HIỆN CÁC CHÍNH SÁCH PHÁT TRIỂN KTTT');
    expect(text).toContain('Ban Chỉ đạo giao 3 nhiệm vụ cho 2 cơ quan chủ trì');
    const annex = text.slice(text.indexOf('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN'));
    const at = (s: string) => annex.indexOf(s);
    // Agencies in Vietnamese order, each followed by its own tasks, with their state.
    expect(at('Liên minh HTX tỉnh')).toBeLessThan(at(TASKS[1] ?? ''));
    expect(at(TASKS[1] ?? '')).toBeLessThan(at('Sở Tài chính'));
    expect(at('Sở Tài chính')).toBeLessThan(at(TASKS[0] ?? ''));
    expect(annex).toContain('Đã trình dự thảo quyết định (60%) Quá hạn');
    // The three refusals of the core (no lead agency, deadline before the plan, 120%) answer 400, which Chromium
    // logs; nothing else went wrong on the page.
    const refused = 'Failed to load resource: the server responded with a status of 400 (Bad Request)';
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([refused, refused, refused]);
  }, 180_000);
});
