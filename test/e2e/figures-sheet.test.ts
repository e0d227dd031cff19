// The yearly figures as a sheet, in Chromium through the browser door: choosing a year lists every
// organization active in it, the empty ones ready to type into or to take a column pasted from Excel;
// a blank stays blank (never 0) and rows for other organizations can still be added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src-main/contract/index.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { apply, value } from '../helpers/registry.ts';
import { addRow, cell, columnTexts, gridStatus, pasteText, rowOf, settled } from '../helpers/registry-grid.ts';

let s: BrowserSession;
const figures = async (year: number) => value<FigureRow[]>(s.app.call('registry.listFigures', { year }));

beforeAll(async () => {
  s = await openBrowserSession();
  const orgs = await apply(s.app, 'organizations', [
    { kind: 'create', tempId: 'a', values: { type: 'HTX', name: 'HTX An Bình', foundedOn: '2015-01-01' } },
    { kind: 'create', tempId: 'b', values: { type: 'HTX', name: 'HTX Bến Tre', foundedOn: '2016-01-01' } },
    { kind: 'create', tempId: 'c', values: { type: 'THT', name: 'Tổ hợp tác Cà Mau', foundedOn: '2017-01-01' } },
    // Founded after 2023: not a row of the 2023 sheet.
    { kind: 'create', tempId: 'd', values: { type: 'HTX', name: 'HTX Đà Lạt', foundedOn: '2024-05-01' } },
  ]);
  const a = orgs[0]?.ok ? orgs[0].id : 0;
  await apply(s.app, 'figures', [{ kind: 'upsertFigures', organizationId: a, year: 2023, period: 'Y', changes: { members: 40 } }]);
  await s.page.setViewportSize({ width: 2200, height: 900 });
  s.page.setDefaultTimeout(8000);
  await s.page.goto(`${s.server.openUrl}#/so-lieu`);
  await s.page.locator('.kttt-grid .ag-row').first().waitFor();
});
afterAll(async () => {
  await s?.close();
});

describe('the yearly figures sheet', () => {
  it('lists every organization active in the year, with empty cells, and saves what is typed or pasted', async () => {
    const { page } = s;
    await expect.poll(() => page.getByLabel('Lọc theo năm').inputValue()).toBe('2023');
    await expect
      .poll(async () => (await columnTexts(page, 'organizationId')).sort())
      .toEqual(['HTX An Bình', 'HTX Bến Tre', 'Tổ hợp tác Cà Mau']);
    // Typing into an empty row creates its figures; the other cells stay blank, not 0.
    const b = await rowOf(page, 'HTX Bến Tre', 'organizationId');
    await cell(page, b, 'members').click();
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect.poll(async () => (await figures(2023)).find((f) => f.organizationName === 'HTX Bến Tre')?.members).toBe(25);
    expect((await figures(2023)).find((f) => f.organizationName === 'HTX Bến Tre')).toMatchObject({
      workers: null,
      revenue: null,
      period: 'Y',
    });

    // A column pasted from Excel fills the rows from the one chosen down.
    const first = Math.min(
      ...(await Promise.all(['HTX An Bình', 'HTX Bến Tre', 'Tổ hợp tác Cà Mau'].map((n) => rowOf(page, n, 'organizationId')))),
    );
    const order = await columnTexts(page, 'organizationId');
    await cell(page, first, 'workers').click();
    await pasteText(page, '7\r\n\r\n9\r\n');
    await settled(page);
    await expect
      .poll(async () => Object.fromEntries((await figures(2023)).map((f) => [f.organizationName, f.workers])))
      .toEqual({ [order[0] ?? '']: 7, [order[1] ?? '']: null, [order[2] ?? '']: 9 });
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });

  it('searches the empty rows too, and still adds a row for another organization', async () => {
    const { page } = s;
    await page.getByLabel('Lọc theo năm').selectOption('2024');
    await expect
      .poll(async () => (await columnTexts(page, 'organizationId')).sort())
      .toEqual(['HTX An Bình', 'HTX Bến Tre', 'HTX Đà Lạt', 'Tổ hợp tác Cà Mau']);
    await page.getByLabel('Tìm trong bảng Số liệu hằng năm').fill('da lat');
    await expect.poll(() => columnTexts(page, 'organizationId')).toEqual(['HTX Đà Lạt']);
    await page.getByLabel('Tìm trong bảng Số liệu hằng năm').fill('');
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await expect.poll(async () => (await columnTexts(page, 'organizationId')).length).toBe(5);
  });

  it('picking on a new row an organization the sheet already lists goes to its row, and says so', async () => {
    const { page } = s;
    await expect.poll(() => page.getByLabel('Lọc theo năm').inputValue()).toBe('2024');
    const before = (await columnTexts(page, 'organizationId')).filter((n) => n === 'Tổ hợp tác Cà Mau').length;
    expect(before).toBe(1);
    await addRow(page, 'organizationId');
    const rowsWithDraft = (await columnTexts(page, 'organizationId')).length;
    await page.keyboard.type('ca mau');
    await page.getByRole('option', { name: /Tổ hợp tác Cà Mau/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => gridStatus(page))
      .toContain('“Tổ hợp tác Cà Mau” đã có dòng trong số liệu năm 2024: đã chuyển đến dòng đó, không thêm dòng trùng.');
    // The keyboard is on the organization's own row; the empty new row is gone, no second row was made.
    const own = await rowOf(page, 'Tổ hợp tác Cà Mau', 'organizationId');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[row-index]')?.getAttribute('row-index')))
      .toBe(String(own));
    expect((await columnTexts(page, 'organizationId')).length).toBe(rowsWithDraft - 1);
    expect((await figures(2024)).filter((f) => f.organizationName === 'Tổ hợp tác Cà Mau')).toEqual([]);
    // The figures typed there fill that row.
    await cell(page, own, 'members').click();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect.poll(async () => (await figures(2024)).filter((f) => f.organizationName === 'Tổ hợp tác Cà Mau').length).toBe(1);
    expect((await columnTexts(page, 'organizationId')).filter((n) => n === 'Tổ hợp tác Cà Mau')).toHaveLength(1);
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});
