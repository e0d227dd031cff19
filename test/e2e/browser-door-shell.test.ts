import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src-renderer/app/sections.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(async () => {
  await s?.close();
});

describe('the app in Chromium through the browser door', () => {
  it('opens in Vietnamese with the database path in the status bar and no Node or IPC in the page', async () => {
    await s.page.goto(s.server.openUrl);
    await s.page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => s.page.locator('.statusbar').innerText()).toContain(s.app.ctx.dbPath);
    // The token is taken out of the address bar once read.
    expect(s.page.url()).not.toContain('token=');
    const globals = await s.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        api: typeof w.api,
        ipcRenderer: typeof w.ipcRenderer,
        electron: typeof w.electron,
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
    });
  });

  it('visits every section of the navigation without an error', async () => {
    for (const section of SECTIONS) {
      await s.page.getByRole('link', { name: section.label, exact: true }).click();
      await expect.poll(() => s.page.locator('main h1').first().innerText()).not.toBe('');
      expect(await s.page.locator('[role=alert]').count()).toBe(0);
      expect(s.page.url()).toContain(`#/${section.id}`);
    }
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });

  it('keeps a changed setting across a reload', async () => {
    await s.page.goto(`${s.server.url}/#/cai-dat`);
    const office = s.page.locator('input[name=officeName]');
    await office.fill('Liên minh Hợp tác xã tỉnh Phú Thọ');
    await expect.poll(() => s.page.locator('select[name=provinceCode] option').count()).toBe(35);
    await s.page.selectOption('select[name=provinceCode]', { label: 'Tỉnh Phú Thọ' });
    await s.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await s.page.getByText('Đã lưu thông tin cơ quan.').waitFor();
    await s.page.reload();
    await expect.poll(() => s.page.locator('input[name=officeName]').inputValue()).toBe('Liên minh Hợp tác xã tỉnh Phú Thọ');
    await expect.poll(() => s.page.locator('select[name=provinceCode]').inputValue()).toBe('25');
    const stored = await s.app.call('settings.get', {});
    expect(stored).toMatchObject({ ok: true, value: { officeName: 'Liên minh Hợp tác xã tỉnh Phú Thọ', provinceCode: '25' } });
  });

  it('backs up from the backup page and lists the new backup', async () => {
    await s.page.goto(`${s.server.url}/#/cai-dat`);
    await s.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await s.page.getByText(/Đã sao lưu: kttt-\d{8}-\d{6}-manual/).waitFor();
    await expect.poll(() => s.page.locator('table.table tbody tr').count()).toBeGreaterThan(0);
    await expect.poll(() => s.page.locator('.statusbar').innerText()).not.toContain('chưa có');
    await s.page.getByRole('button', { name: 'Kiểm tra toàn vẹn dữ liệu' }).click();
    await s.page.getByText('Kiểm tra toàn vẹn: đạt').waitFor();
  });

  it('refuses a call from the page that lacks the token', async () => {
    const status = await s.page.evaluate(async () => {
      const r = await fetch('/api/call/settings.get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return r.status;
    });
    expect(status).toBe(401);
  });
});
