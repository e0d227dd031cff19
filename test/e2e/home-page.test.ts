// The home page ("Tổng quan") in Chromium through the browser door: the first page on start, a checklist
// that ticks itself on a new database, the latest year's figures beside the year before on a full one,
// alerts that open their list (by keyboard too), recent imports and the last backup. With UPDATE_SCREENSHOTS=1
// screenshots of both states go to docs/screenshots (otherwise to a temporary folder: a test run changes no
// tracked file).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryOp } from '../../src-main/contract/index.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { apply, value } from '../helpers/registry.ts';
import { REPO_ROOT, tempDir } from '../helpers/temp.ts';

const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs', 'screenshots') : tempDir('kttt-shots-');

describe('the home page on a new database', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowserSession();
    s.page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens first, with a checklist whose steps link to their pages and tick themselves when done', async () => {
    const { page } = s;
    await page.goto(s.server.openUrl);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Tổng quan');
    const steps = page.locator('.home-checklist li');
    await expect.poll(() => steps.count()).toBe(4);
    expect(await page.locator('.home-checklist li.done').count()).toBe(0);
    expect(await page.locator('.home-checklist li.next').getAttribute('data-step')).toBe('settings');
    await expect.poll(() => page.getByTestId('home-last-backup').innerText()).toContain('Sao lưu');
    await page.screenshot({ path: path.join(SHOTS, 'home-empty.png'), fullPage: true });

    // The first link leads to the office settings; once saved, the step is ticked on the way back.
    await page.getByRole('link', { name: 'Mở Sao lưu & cài đặt' }).click();
    expect(page.url()).toContain('#/cai-dat');
    await value(s.app.call('settings.set', { officeName: 'Liên minh HTX tỉnh Thử', provinceCode: '01' }));
    await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
    await expect.poll(() => page.locator('.home-checklist li[data-step="settings"]').getAttribute('class')).toBe('done');
    expect(await page.locator('.home-checklist li.next').getAttribute('data-step')).toBe('organizations');
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});

/** Ten organizations with figures for 2022–2024 (members growing), one certificate lapsed. */
async function seed(s: BrowserSession): Promise<void> {
  await value(s.app.call('settings.set', { officeName: 'Liên minh HTX tỉnh Thử', provinceCode: '01' }));
  const types = ['HTX', 'HTX', 'HTX', 'HTX', 'HTX', 'HTX', 'QTDND', 'THT', 'THT', 'LHHTX'];
  const created = await apply(
    s.app,
    'organizations',
    types.map((type, i): RegistryOp => ({
      kind: 'create',
      tempId: `o${String(i)}`,
      values: { type, name: `${type === 'HTX' ? 'HTX' : 'Tổ chức'} Số ${String(i + 1)}`, foundedOn: `${String(2015 + (i % 8))}-03-01` },
    })),
  );
  const ids = created.map((r) => (r.ok ? r.id : 0));
  const ops: RegistryOp[] = [];
  for (const year of [2022, 2023, 2024])
    ids.forEach((organizationId, i) =>
      ops.push({
        kind: 'upsertFigures',
        organizationId,
        year,
        period: 'Y',
        changes: { members: 10 + i + (year - 2022) * 3, workers: 5 + i, revenue: (1000 + 100 * i + 50 * (year - 2022)) * 1_000_000 },
      }),
    );
  await apply(s.app, 'figures', ops);
  await apply(s.app, 'certifications', [
    {
      kind: 'create',
      tempId: 'c',
      values: { organizationId: ids[0] ?? 0, kind: 'vietgap', issuedOn: '2021-01-01', expiresOn: '2024-01-31' },
    },
  ]);
}

describe('the home page on a database with figures', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowserSession();
    s.page.setDefaultTimeout(8000);
    await seed(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the latest year with the year before, a five-year trend and alerts, and an alert opens its list by keyboard', async () => {
    const { page } = s;
    await page.goto(s.server.openUrl);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Tổng quan — số liệu năm 2024');
    const table = page.getByRole('table', { name: 'Chỉ tiêu chính năm 2024' });
    const members = table.getByRole('row', { name: /^Thành viên/ });
    // 2024: Σ(16 + i) for i = 0…9 = 205; 2023: 175.
    await expect.poll(() => members.innerText()).toMatch(/205\s+175\s+tăng 30/);
    // Years are written without a thousands separator everywhere on the page.
    expect(await page.locator('main').innerText()).not.toMatch(/2\.02[0-9]/);
    await expect.poll(() => page.locator('.home-chart').count()).toBe(3);
    // 2020 and 2021 have no figures: no bars, a dash, never a zero.
    expect(await page.locator('.home-chart').nth(1).locator('.home-chart-none').count()).toBe(2);
    const alert = page.locator('[data-alert="monitoring.certificationsExpired"] a');
    await expect.poll(() => alert.innerText()).toMatch(/^1\s+Chứng nhận đã hết hạn/);
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: path.join(SHOTS, 'home-full.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    await alert.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/kiem-tra/giam-sat/certificationsExpired');
    await expect.poll(() => page.locator('[data-list="certificationsExpired"]').getAttribute('aria-pressed')).toBe('true');
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });

  it('opens the figures and organizations on the latest year with figures, and carries a chosen year across pages', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/so-lieu`);
    const figuresYear = page.getByLabel('Lọc theo năm');
    await expect.poll(() => figuresYear.inputValue()).toBe('2024');
    await figuresYear.selectOption('2023');
    await page.getByRole('link', { name: 'Tổ chức KTTT', exact: true }).click();
    await expect.poll(() => page.getByLabel('Năm của số liệu').inputValue()).toBe('2023');
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await expect.poll(() => page.getByLabel('Năm báo cáo').inputValue()).toBe('2023');
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});
