// Help in Chromium through the browser door: F1 opens the current section's help over the page and Esc
// gives the keyboard back where it was; "Hướng dẫn" lists every topic; an empty grid says what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
  s.page.setDefaultTimeout(8000);
});
afterAll(async () => {
  await s?.close();
});

describe('help', () => {
  it('an empty grid says how rows get in, with links', async () => {
    const { page } = s;
    await page.goto(`${s.server.openUrl}#/to-chuc`);
    const empty = page.locator('.kttt-grid-empty');
    await expect.poll(() => empty.innerText()).toContain('Chưa có dòng nào');
    expect(await empty.getByRole('link', { name: 'nhập bảng tính cũ' }).getAttribute('href')).toBe('#/nhap');
  });

  it('F1 opens the help of the page, by keyboard, and Esc returns the focus where it was', async () => {
    const { page } = s;
    const search = page.getByLabel('Tìm trong bảng Tổ chức KTTT');
    await search.focus();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Làm việc với bảng (như Excel)' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('table', { name: 'Phím tắt trong bảng' }).innerText()).toContain('Ctrl+Home');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tìm trong bảng Tổ chức KTTT');

    await page.getByRole('link', { name: 'Sao lưu & cài đặt', exact: true }).click();
    // The page is loaded when first opened: F1 is pressed once it shows, as a clerk would.
    await page.locator('main h1', { hasText: 'Thông tin cơ quan' }).waitFor();
    await page.keyboard.press('F1');
    await expect.poll(() => page.getByRole('dialog', { name: 'Sao lưu và khôi phục' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('"Hướng dẫn" lists every topic and opens each', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Hướng dẫn', exact: true }).click();
    const topics = page.getByRole('navigation', { name: 'Các mục hướng dẫn' }).getByRole('link');
    expect(await topics.allInnerTexts()).toEqual([
      'Bắt đầu',
      'Làm việc với bảng (như Excel)',
      'Nhập bảng tính cũ và “Cần xem lại”',
      'In và ký báo cáo',
      'Sao lưu và khôi phục',
    ]);
    await topics.nth(3).click();
    await expect.poll(() => page.locator('#help-title').innerText()).toBe('In và ký báo cáo');
    expect(page.url()).toContain('#/huong-dan/bao-cao');
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});
