// The Excel habits every registry grid shares (src-renderer/grid), proved on the organizations grid in
// Chromium through the browser door, by keyboard alone: jumps, adding a row from the last one, Tab that
// does not open dropdowns, deleting rows with the keys and the focus kept, the detail panel by key, the
// way out to the toolbar, a pasted header line skipped, full values copied, and row numbers kept 1…n.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { apply } from '../helpers/registry.ts';
import { cell, columnTexts, organizations, pasteText, rowOf, settled } from '../helpers/registry-grid.ts';

let s: BrowserSession;
const NAMES = ['HTX Cam Lộ', 'HTX An Phú', 'HTX Bình Minh', 'Tổ hợp tác Đông Hà'];

beforeAll(async () => {
  s = await openBrowserSession();
  await apply(
    s.app,
    'organizations',
    NAMES.map((name, i) => ({ kind: 'create' as const, tempId: `t${String(i)}`, values: { type: i === 3 ? 'THT' : 'HTX', name } })),
  );
  await s.page.setViewportSize({ width: 2600, height: 900 });
  s.page.setDefaultTimeout(8000);
  await s.page.goto(`${s.server.openUrl}#/to-chuc`);
  await s.page.locator('.kttt-grid .ag-row').first().waitFor();
});
afterAll(async () => {
  await s?.close();
});

const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const c = document.activeElement?.closest('.ag-cell');
    return c ? { row: Number(c.closest('[row-index]')?.getAttribute('row-index')), col: c.getAttribute('col-id') } : null;
  });
const headerOrder = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.kttt-grid .ag-header-cell[col-id]')]
      .map((h) => ({ id: h.getAttribute('col-id') ?? '', x: h.getBoundingClientRect().x }))
      .sort((a, b) => a.x - b.x)
      .map((h) => h.id)
      .filter((id) => id !== '__row'),
  );
const editorOpen = (page: Page) => page.evaluate(() => document.querySelectorAll('.ag-cell-inline-editing, .ag-popup-editor').length > 0);

describe('grid habits, by keyboard', () => {
  it('Ctrl+End and Ctrl+Home jump to the last and first cells', async () => {
    const { page } = s;
    const cols = await headerOrder(page);
    await cell(page, 1, 'name').click();
    await page.keyboard.press('Control+End');
    // The last column of the organizations grid is the year's last figure, far off to the right.
    await expect.poll(() => focusedCell(page)).toEqual({ row: NAMES.length - 1, col: 'fig.budgetPaid' });
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focusedCell(page)).toEqual({ row: 0, col: cols[0] });
  });

  it('↓ on the last row adds a row, and an untouched new row is not doubled', async () => {
    const { page } = s;
    await cell(page, NAMES.length - 1, 'name').click();
    const count = page.locator('.kttt-grid .kttt-count');
    await expect.poll(() => count.innerText()).toBe(`${String(NAMES.length)} dòng`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => count.innerText()).toBe(`${String(NAMES.length + 1)} dòng`);
    await expect.poll(async () => (await focusedCell(page))?.row).toBe(NAMES.length);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await count.innerText()).toBe(`${String(NAMES.length + 1)} dòng`);
    // The keyboard is on the new row's first cell: a pasted name and type save it, as after "Thêm dòng".
    await expect.poll(() => focusedCell(page)).toEqual({ row: NAMES.length, col: 'name' });
    await pasteText(page, 'HTX Gõ Bằng Phím\tHTX\r\n');
    await settled(page);
    await expect.poll(async () => (await organizations(s.app)).map((o) => o.name)).toContain('HTX Gõ Bằng Phím');
  });

  it('Tab ends an edit and moves on without opening the next dropdown; Alt+↓ opens it', async () => {
    const { page } = s;
    // The founding date (typed text) comes just before the status (a dropdown).
    const before = 'foundedOn';
    const r = await rowOf(page, 'HTX An Phú');
    await cell(page, r, 'name').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedCell(page)).toEqual({ row: r, col: before });
    await page.keyboard.press('F2');
    await expect.poll(() => editorOpen(page)).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedCell(page)).toEqual({ row: r, col: 'status' });
    await page.waitForTimeout(150);
    expect(await editorOpen(page)).toBe(false);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => editorOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => editorOpen(page)).toBe(false);
  });

  it('Ctrl+Delete deletes the selected row after the confirmation, and the focus stays in the grid', async () => {
    const { page } = s;
    const r = await rowOf(page, 'HTX Bình Minh');
    await cell(page, r, 'name').click();
    const dialogs: string[] = [];
    page.once('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.keyboard.press('Control+Delete');
    await expect.poll(async () => (await organizations(s.app)).map((o) => o.name)).not.toContain('HTX Bình Minh');
    expect(dialogs[0]).toContain('Xóa 1 dòng');
    await expect.poll(() => focusedCell(page)).not.toBeNull();
    // And the keys still work from there: Ctrl+Z brings the row back.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await organizations(s.app)).map((o) => o.name)).toContain('HTX Bình Minh');
  });

  it('Alt+Enter opens the detail panel of the current row', async () => {
    const { page } = s;
    const r = await rowOf(page, 'HTX Cam Lộ');
    await cell(page, r, 'name').click();
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => page.getByRole('complementary', { name: 'Chi tiết tổ chức' }).innerText()).toContain('HTX Cam Lộ');
  });

  it('F6 and Ctrl+Tab reach the toolbar, Shift+Tab from the first cell its last button', async () => {
    const { page } = s;
    const cols = await headerOrder(page);
    await cell(page, 1, 'name').click();
    await page.keyboard.press('F6');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tìm trong bảng Tổ chức KTTT');
    await cell(page, 2, 'name').click();
    await page.keyboard.press('Control+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tìm trong bảng Tổ chức KTTT');
    await cell(page, 0, cols[0] ?? '').click();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Cột ▾');
  });
});

describe('grid habits with the clipboard and the row numbers', () => {
  it('skips a pasted first line that repeats the column headers', async () => {
    const { page } = s;
    const r = await rowOf(page, 'HTX An Phú');
    await cell(page, r, 'headName').click();
    // The header row as Excel copies it, the money column in a unit, the data below.
    const year = new Date().getFullYear();
    await pasteText(page, `Người đứng đầu\tThành viên ${String(year)}\r\nNguyễn Thị Hoa\t25\r\n`);
    await settled(page);
    await expect.poll(async () => (await organizations(s.app)).find((o) => o.name === 'HTX An Phú')?.headName).toBe('Nguyễn Thị Hoa');
    expect((await organizations(s.app, year)).find((o) => o.name === 'HTX An Phú')?.figures?.members).toBe(25);
    expect(await page.locator('.kttt-grid-status').innerText()).toContain('tiêu đề');
  });

  it('copies the full stored value, not the rounded one', async () => {
    const { page } = s;
    await page.getByLabel('Đơn vị tiền').selectOption('trieu');
    const r = await rowOf(page, 'HTX An Phú');
    await cell(page, r, 'charterCapital').click();
    await page.keyboard.type('1.234,5');
    await page.keyboard.press('Enter');
    await settled(page);
    await cell(page, r, 'charterCapital').click();
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('.kttt-clipboard')?.dataset.tsv);
    expect(copied).toBe('1.234,5\r\n');
    expect((await organizations(s.app)).find((o) => o.name === 'HTX An Phú')?.charterCapital).toBe(1_234_500_000);
    await page.getByLabel('Đơn vị tiền').selectOption('dong');
  });

  it('numbers the rows 1…n after a sort and a search', async () => {
    const { page } = s;
    await page.locator('.kttt-grid .ag-header-cell[col-id="name"] .ag-header-cell-label').click();
    await page.waitForTimeout(200);
    const n = await page.locator('.kttt-grid .ag-row[row-index]').count();
    const expected = Array.from({ length: n }, (_, i) => String(i + 1));
    await expect.poll(() => columnTexts(page, '__row')).toEqual(expected);
    await page.getByLabel('Tìm trong bảng Tổ chức KTTT').fill('htx');
    await expect.poll(async () => (await columnTexts(page, '__row')).length).toBeLessThan(n);
    const shown = await columnTexts(page, '__row');
    expect(shown).toEqual(shown.map((_, i) => String(i + 1)));
    await page.getByLabel('Tìm trong bảng Tổ chức KTTT').fill('');
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});
