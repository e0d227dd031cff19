import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { apply } from '../helpers/registry.ts';
import { addRow, cell, columnTexts, gridStatus, organizations, pasteText, rowOf, settled } from '../helpers/registry-grid.ts';

/**
 * The organizations grid in Chromium through the browser door, against a real core on a temp SQLite
 * file: keyboard editing, an Excel paste into new rows and its undo, fill down, search, and a reload.
 * The steps build on each other, as a clerk's session would.
 */
let s: BrowserSession;

const SEED = [
  { type: 'HTX', name: 'Hợp tác xã Nông nghiệp Hòa Bình', regCode: '2501000001', foundedOn: '2015-06-01' },
  { type: 'HTX', name: 'Hợp tác xã Dịch vụ Đồng Tâm', regCode: null, foundedOn: '2018-01-15' },
  { type: 'THT', name: 'Tổ hợp tác Rau sạch Thanh Sơn', regCode: null, foundedOn: null },
];

beforeAll(async () => {
  s = await openBrowserSession();
  await apply(
    s.app,
    'organizations',
    SEED.map((values, i) => ({ kind: 'create' as const, tempId: `s${String(i)}`, values })),
  );
  // Wide enough that every column of the test is drawn (AG Grid draws only the columns in view).
  await s.page.setViewportSize({ width: 2600, height: 900 });
  await s.page.goto(`${s.server.openUrl}#/to-chuc`);
  await s.page.locator('.kttt-grid .ag-row').first().waitFor();
});
afterAll(async () => {
  await s?.close();
});

async function byName(name: string) {
  const all = await organizations(s.app);
  const found = all.find((o) => o.name === name);
  if (!found) throw new Error(`không có ${name}`);
  return found;
}

describe('the organizations grid, Excel-style', () => {
  it('edits cells with the keyboard: typing, Enter down, Tab right, F2, Esc, dropdowns', async () => {
    const { page } = s;
    const r = await rowOf(page, 'Hợp tác xã Dịch vụ Đồng Tâm');
    await cell(page, r, 'regCode').click();
    await page.keyboard.type('2501000777');
    await page.keyboard.press('Enter');
    // Enter saved and moved down, like Excel.
    await expect.poll(() => page.locator('.ag-cell-focus').getAttribute('col-id')).toBe('regCode');
    expect(await page.evaluate(() => document.querySelector('.ag-cell-focus')?.closest('[row-index]')?.getAttribute('row-index'))).toBe(
      String(r + 1),
    );
    await expect.poll(async () => (await byName('Hợp tác xã Dịch vụ Đồng Tâm')).regCode).toBe('2501000777');

    // Back up, right into the date: typed d/m/yyyy, shown dd/mm/yyyy; Tab moves right.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('5/3/2019');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, r, 'foundedOn').innerText()).toBe('05/03/2019');
    await expect.poll(() => page.locator('.ag-cell-focus').getAttribute('col-id')).toBe('status');

    // A dropdown that searches without diacritics: "tam ngung" → Tạm ngừng hoạt động.
    await page.keyboard.type('tam ngung');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, r, 'status').innerText()).toBe('Tạm ngừng hoạt động');

    // Street with F2: the text stays and the caret goes to its end.
    await cell(page, r, 'street').click();
    await page.keyboard.type('Thôn 1');
    await page.keyboard.press('Enter');
    await cell(page, r, 'street').click();
    await page.keyboard.press('F2');
    await page.keyboard.type(', xóm 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, r, 'street').innerText()).toBe('Thôn 1, xóm 2');

    // Money typed the Vietnamese way.
    await cell(page, r, 'charterCapital').click();
    await page.keyboard.type('1.580.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, r, 'charterCapital').innerText()).toBe('1.580.000');

    // Esc cancels an edit: nothing changes.
    await cell(page, r, 'headName').click();
    await page.keyboard.type('Nguyễn Văn Sai');
    await page.keyboard.press('Escape');
    expect(await cell(page, r, 'headName').innerText()).toBe('');

    await expect
      .poll(() => byName('Hợp tác xã Dịch vụ Đồng Tâm'))
      .toMatchObject({ foundedOn: '2019-03-05', status: 'tam_ngung', street: 'Thôn 1, xóm 2', charterCapital: 1_580_000, headName: null });
  });

  it('refuses an invalid cell before saving: the old value stays, the reason is on the cell', async () => {
    const { page } = s;
    const r = await rowOf(page, 'Hợp tác xã Nông nghiệp Hòa Bình');
    await cell(page, r, 'foundedOn').click();
    await page.keyboard.type('31/02/2019');
    await page.keyboard.press('Enter');
    const c = cell(page, r, 'foundedOn');
    await expect.poll(() => c.getAttribute('class')).toContain('kttt-error');
    expect(await c.innerText()).toBe('01/06/2015');
    expect(await gridStatus(page)).toMatch(/tháng 2\/2019 có 28 ngày/);
    // A duplicate code is refused by the core: rolled back, with the core's reason.
    await cell(page, r, 'regCode').click();
    await page.keyboard.type('2501000777');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, r, 'regCode').getAttribute('class')).toContain('kttt-error');
    await settled(page);
    expect(await cell(page, r, 'regCode').innerText()).toBe('2501000001');
    expect((await byName('Hợp tác xã Nông nghiệp Hòa Bình')).regCode).toBe('2501000001');
  });

  it('pastes a 3×5 block in Excel clipboard format into new rows', async () => {
    const { page } = s;
    await addRow(page, 'name');
    // Name, type, code, founded, status — the displayed order; a quoted cell with a line break and quotes.
    const excel =
      'HTX Chè Hòa Bình Xanh\tHTX\t2501000101\t01/02/2020\tĐang hoạt động\r\n' +
      '"Tổ hợp tác ""Sen Hồng""\nxóm Bãi"\tTổ hợp tác\t\t15.6.2021\tĐang hoạt động\r\n' +
      'Quỹ tín dụng nhân dân Hòa Bình\tQTDND\t2501000103\t3/4/2018\ttạm ngừng\r\n';
    await pasteText(page, excel);
    await expect.poll(() => gridStatus(page)).toMatch(/thêm 2 dòng mới/);
    await settled(page);
    await expect.poll(async () => (await organizations(s.app)).length).toBe(6);
    expect(await page.locator('.kttt-count').innerText()).toContain('6 dòng');
    const qtd = await byName('Quỹ tín dụng nhân dân Hòa Bình');
    expect(qtd).toMatchObject({ type: 'QTDND', regCode: '2501000103', foundedOn: '2018-04-03', status: 'tam_ngung' });
    expect((await byName('Tổ hợp tác "Sen Hồng"\nxóm Bãi')).type).toBe('THT');
    expect(await columnTexts(page, 'name')).toContain('HTX Chè Hòa Bình Xanh');
  });

  it('undoes the whole paste with one Ctrl+Z, and brings it back with Ctrl+Y', async () => {
    const { page } = s;
    await cell(page, 0, 'type').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await organizations(s.app)).length).toBe(3);
    await expect.poll(() => page.locator('.kttt-count').innerText()).toContain('3 dòng');
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await organizations(s.app)).length).toBe(6);
    await expect.poll(() => columnTexts(page, 'name')).toContain('Quỹ tín dụng nhân dân Hòa Bình');
  });

  it('fills down with Ctrl+D over a range selected with Shift+arrows', async () => {
    const { page } = s;
    await cell(page, 0, 'street').click();
    await page.keyboard.type('Thôn Đoàn Kết');
    await page.keyboard.press('Enter');
    await cell(page, 0, 'street').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => page.locator('.ag-cell.kttt-range').count()).toBe(3);
    await page.keyboard.press('Control+d');
    await expect
      .poll(async () => (await columnTexts(page, 'street')).slice(0, 3))
      .toEqual(['Thôn Đoàn Kết', 'Thôn Đoàn Kết', 'Thôn Đoàn Kết']);
    await expect.poll(async () => (await organizations(s.app)).filter((o) => o.street === 'Thôn Đoàn Kết').length).toBe(3);
  });

  it('copies the selected range as tab-separated text for Excel', async () => {
    const { page } = s;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.url });
    await cell(page, 0, 'type').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+c');
    const expected = await page.evaluate(() => {
      const t = (r: number, c: string) =>
        (
          document.querySelector<HTMLElement>(`.kttt-grid .ag-row[row-index="${String(r)}"] .ag-cell[col-id="${c}"]`)?.innerText ?? ''
        ).trim();
      return `${t(0, 'type')}\t${t(0, 'regCode')}\r\n${t(1, 'type')}\t${t(1, 'regCode')}\r\n`;
    });
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // And a real Ctrl+V of what Excel would put there lands in the grid.
    await page.evaluate(() => navigator.clipboard.writeText('Nguyễn Thị Hoa\r\n'));
    await cell(page, 0, 'headName').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => cell(page, 0, 'headName').innerText()).toBe('Nguyễn Thị Hoa');
    await expect.poll(async () => (await organizations(s.app)).some((o) => o.headName === 'Nguyễn Thị Hoa')).toBe(true);
  });

  it('finds rows ignoring diacritics, case and đ: "hoa binh", "htx"', async () => {
    const { page } = s;
    const search = page.getByRole('searchbox', { name: 'Tìm trong bảng Tổ chức KTTT' });
    await search.fill('hoa binh');
    await expect.poll(() => page.locator('.kttt-count').innerText()).toContain('3 / 6 dòng');
    expect((await columnTexts(page, 'name')).sort()).toEqual([
      'HTX Chè Hòa Bình Xanh',
      'Hợp tác xã Nông nghiệp Hòa Bình',
      'Quỹ tín dụng nhân dân Hòa Bình',
    ]);
    await search.fill('HTX dong tam');
    await expect.poll(() => columnTexts(page, 'name')).toEqual(['Hợp tác xã Dịch vụ Đồng Tâm']);
    await search.fill('');
    await expect.poll(() => page.locator('.kttt-count').innerText()).toContain('6 dòng');
  });

  it('keeps data, column layout and money unit after a reload', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Cột ▾' }).click();
    await page.getByRole('group', { name: 'Chọn cột hiển thị' }).getByLabel('Người đứng đầu').uncheck();
    await page.getByRole('combobox', { name: 'Đơn vị tiền' }).selectOption('trieu');
    await page.reload();
    await page.locator('.kttt-grid .ag-row').first().waitFor();
    const r = await rowOf(page, 'Hợp tác xã Dịch vụ Đồng Tâm');
    await expect.poll(() => cell(page, r, 'charterCapital').innerText()).toBe('1,58');
    expect(await cell(page, r, 'street').innerText()).toBe('Thôn Đoàn Kết');
    expect(await cell(page, r, 'regCode').innerText()).toBe('2501000777');
    expect(await page.locator('.ag-header-cell[col-id="headName"]').count()).toBe(0);
    expect(await page.locator('.ag-header-cell[col-id="charterCapital"]').innerText()).toContain('triệu đồng');
    expect(await page.locator('.kttt-count').innerText()).toContain('6 dòng');
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});
