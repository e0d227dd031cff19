import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CertRow, FigureRow, OcopRow } from '../../src-main/contract/index.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { apply, value } from '../helpers/registry.ts';
import { addRow, cell, columnTexts, gridStatus, organizations, pasteText, rowOf, settled } from '../helpers/registry-grid.ts';

/**
 * Everything around the grids: other open views following an edit, the detail panel with its history and
 * dated status changes, the recycle bin, the year's figures on the organizations grid, and the figures,
 * OCOP and certification grids with their pickers.
 */
let s: BrowserSession;
// A database without figures opens every page on the current year.
const YEAR = new Date().getFullYear();

beforeAll(async () => {
  s = await openBrowserSession();
  await apply(s.app, 'organizations', [
    {
      kind: 'create',
      tempId: 'a',
      values: { type: 'HTX', name: 'HTX Nông nghiệp Hòa Bình', regCode: '2501000001', foundedOn: '2015-06-01' },
    },
    { kind: 'create', tempId: 'b', values: { type: 'HTX', name: 'HTX Dịch vụ Đồng Tâm', foundedOn: '2018-01-15' } },
  ]);
  await s.page.setViewportSize({ width: 2600, height: 900 });
  // A step that hangs fails on its own line, well within the test's time.
  s.page.setDefaultTimeout(8000);
  await s.page.goto(`${s.server.openUrl}#/to-chuc`);
  await s.page.locator('.kttt-grid .ag-row').first().waitFor();
});
afterAll(async () => {
  await s?.close();
});

async function typeInto(page: Page, rowIndex: number, colId: string, text: string): Promise<void> {
  await cell(page, rowIndex, colId).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('registry views', () => {
  it('shows an edit in another open window, and does not reload its own list for it', async () => {
    const other = await s.browser.newPage({ viewport: { width: 2600, height: 900 } });
    try {
      // A new tab needs the launch token, as any browser tab would.
      await other.goto(`${s.server.openUrl}#/to-chuc`);
      await other.locator('.kttt-grid .ag-row').first().waitFor();
      const lists: string[] = [];
      s.page.on('request', (r) => {
        if (r.url().includes('registry.listOrganizations')) lists.push(r.url());
      });
      const r = await rowOf(s.page, 'HTX Dịch vụ Đồng Tâm');
      await typeInto(s.page, r, 'headName', 'Trần Văn Bình');
      await settled(s.page);
      await expect.poll(() => columnTexts(other, 'headName')).toContain('Trần Văn Bình');
      await s.page.waitForTimeout(300);
      expect(lists).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('saves figures of the chosen year from the organizations grid', async () => {
    const { page } = s;
    const r = await rowOf(page, 'HTX Nông nghiệp Hòa Bình');
    await typeInto(page, r, 'fig.members', '1.250');
    await typeInto(page, r, 'fig.revenue', '2.500.000.000');
    await expect
      .poll(() => value<FigureRow[]>(s.app.call('registry.listFigures', { year: YEAR })))
      .toMatchObject([
        { organizationName: 'HTX Nông nghiệp Hòa Bình', year: YEAR, period: 'Y', members: 1250, revenue: 2_500_000_000, workers: null },
      ]);
    expect((await organizations(s.app, YEAR)).find((o) => o.name === 'HTX Nông nghiệp Hòa Bình')?.figures?.members).toBe(1250);
  });

  it('reports, in Vietnamese, the pasted cells it could not take', async () => {
    const { page } = s;
    const r = await rowOf(page, 'HTX Dịch vụ Đồng Tâm');
    await cell(page, r, 'foundedOn').click();
    await pasteText(page, '31/02/2019\tkhông có tình trạng này\r\n');
    await expect
      .poll(() => gridStatus(page))
      .toMatch(/Không nhận 2 ô: ô D\d+ \(Ngày thành lập \/ đăng ký\): Ngày 31\/02\/2019 không có trong lịch.*ô E\d+ \(Tình trạng\)/);
    expect(await cell(page, r, 'foundedOn').getAttribute('class')).toContain('kttt-error');
    expect(await cell(page, r, 'foundedOn').innerText()).toBe('15/01/2018');
  });

  it('opens the detail panel with the history, and records a dated status change there', async () => {
    const { page } = s;
    const r = await rowOf(page, 'HTX Dịch vụ Đồng Tâm');
    await cell(page, r, '__row').dblclick();
    const panel = page.getByRole('complementary', { name: 'Chi tiết tổ chức' });
    await panel.getByRole('heading', { name: 'HTX Dịch vụ Đồng Tâm' }).waitFor();
    await expect
      .poll(() => panel.getByRole('table', { name: 'Nhật ký thay đổi' }).innerText())
      .toContain('Người đứng đầu: (trống) → Trần Văn Bình');
    const form = panel.getByRole('form', { name: 'Ghi nhận thay đổi tình trạng' });
    await form.getByRole('combobox').selectOption('tam_ngung');
    await form.getByLabel('Từ ngày').fill('1/2/2024');
    await form.getByLabel(/Đến ngày/).fill('31.12.2024');
    await form.getByLabel(/Ghi chú/).fill('Thông báo số 12/TB');
    await form.getByRole('button', { name: 'Ghi nhận' }).click();
    await form.getByText('Đã ghi nhận: Tạm ngừng hoạt động từ 1/2/2024.').waitFor();
    await expect
      .poll(() => panel.getByRole('table', { name: 'Lịch sử tình trạng' }).innerText())
      .toMatch(/Tạm ngừng hoạt động\s+01\/02\/2024\s+31\/12\/2024\s+Thông báo số 12\/TB/);
    await panel.getByRole('button', { name: 'Đóng' }).click();
  });

  it('deletes to the recycle bin and restores from it', async () => {
    const { page } = s;
    page.once('dialog', (d) => void d.accept());
    const r = await rowOf(page, 'HTX Nông nghiệp Hòa Bình');
    await cell(page, r, 'type').click();
    await page.getByRole('button', { name: 'Xóa dòng' }).click();
    await expect.poll(async () => (await organizations(s.app)).length).toBe(1);
    await page.getByRole('button', { name: 'Thùng rác' }).click();
    const bin = page.getByRole('region', { name: 'Thùng rác' });
    await bin.getByText('HTX Nông nghiệp Hòa Bình').waitFor();
    // The bin finds without diacritics; the row's own button restores it.
    await bin.getByLabel('Tìm trong Thùng rác').fill('nong nghiep');
    await bin.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await bin.getByText('Đã khôi phục 1 dòng: HTX Nông nghiệp Hòa Bình.').waitFor();
    await expect.poll(() => columnTexts(page, 'name')).toContain('HTX Nông nghiệp Hòa Bình');
    expect((await organizations(s.app)).length).toBe(2);
    // Ctrl+Z in the grid undoes the restore, Ctrl+Y does it again.
    await cell(page, 0, 'name').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await organizations(s.app)).length).toBe(1);
    // The undo is done once the grid offers to redo it (the core answers a moment before the grid records it).
    await expect.poll(() => page.getByRole('button', { name: 'Làm lại' }).isEnabled()).toBe(true);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await organizations(s.app)).length).toBe(2);
  });

  it('restores several rows at once from the bin', async () => {
    const { page } = s;
    const ids = (await organizations(s.app)).map((o) => o.id);
    await apply(
      s.app,
      'organizations',
      ids.map((id) => ({ kind: 'delete' as const, id })),
    );
    await expect.poll(() => columnTexts(page, 'name')).not.toContain('HTX Nông nghiệp Hòa Bình');
    const bin = page.getByRole('region', { name: 'Thùng rác' });
    await bin.getByLabel('Tìm trong Thùng rác').fill('');
    await bin.getByLabel('Chọn tất cả các dòng đang hiện').check();
    await bin.getByRole('button', { name: 'Khôi phục 2 dòng đã chọn' }).click();
    await bin.getByText('Đã khôi phục 2 dòng.', { exact: false }).waitFor();
    await expect.poll(async () => (await organizations(s.app)).length).toBe(2);
    // Xóa hẳn asks first; a refused row says why.
    await apply(s.app, 'organizations', [{ kind: 'create', tempId: 'x', values: { type: 'THT', name: 'Tổ hợp tác Tạm Thời' } }]);
    const temp = (await organizations(s.app)).find((o) => o.name === 'Tổ hợp tác Tạm Thời')?.id ?? 0;
    await apply(s.app, 'organizations', [{ kind: 'delete', id: temp }]);
    await bin.getByLabel('Chọn Tổ hợp tác Tạm Thời').check();
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await bin.getByRole('button', { name: 'Xóa hẳn…' }).click();
    await bin.getByText('Đã xóa hẳn 1 dòng.').waitFor();
    expect(asked[0]).toContain('Không khôi phục được nữa');
    await expect.poll(() => bin.innerText()).not.toContain('Tổ hợp tác Tạm Thời');
    await bin.getByRole('button', { name: 'Đóng' }).click();
  });

  it('adds figures on the figures grid, picking the organization by typing without diacritics', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Số liệu hằng năm', exact: true }).click();
    await page.getByRole('heading', { name: 'Số liệu hằng năm' }).waitFor();
    await addRow(page, 'organizationId');
    await page.keyboard.type('dong tam');
    await page.getByRole('option', { name: /HTX Dịch vụ Đồng Tâm/ }).waitFor();
    await page.keyboard.press('Enter');
    await settled(page);
    // The sheet already holds an empty row for every active organization: the picker goes to it (no duplicate).
    await expect.poll(() => gridStatus(page)).toContain('đã có dòng trong số liệu năm');
    const row = Number(await page.evaluate(() => document.activeElement?.closest('[row-index]')?.getAttribute('row-index')));
    await typeInto(page, row, 'members', '45');
    await expect
      .poll(async () =>
        (await value<FigureRow[]>(s.app.call('registry.listFigures', { year: YEAR }))).find(
          (f) => f.organizationName === 'HTX Dịch vụ Đồng Tâm',
        ),
      )
      .toMatchObject({ members: 45, period: 'Y' });
  });

  it('keeps OCOP stars within 3–5 and saves a product with its owner', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Sản phẩm OCOP', exact: true }).click();
    await page.getByRole('heading', { name: 'Sản phẩm OCOP & chứng nhận' }).waitFor();
    await addRow(page, 'name');
    await page.keyboard.type('Chè Shan tuyết');
    await page.keyboard.press('Enter');
    await expect.poll(() => gridStatus(page)).toContain('còn thiếu “Hạng sao”');
    const r = await rowOf(page, 'Chè Shan tuyết');
    await typeInto(page, r, 'stars', '6');
    await expect.poll(() => gridStatus(page)).toContain('Hạng sao phải là 3, 4 hoặc 5.');
    await typeInto(page, r, 'stars', '4');
    await cell(page, r, 'organizationId').click();
    await page.keyboard.type('hoa binh');
    await page.getByRole('option', { name: /HTX Nông nghiệp Hòa Bình/ }).waitFor();
    await page.keyboard.press('Enter');
    await typeInto(page, r, 'recognitionYear', '2023');
    await expect.poll(() => cell(page, r, 'validUntil').innerText()).toBe('31/12/2025');
    await expect
      .poll(() => value<OcopRow[]>(s.app.call('registry.listOcop', {})))
      .toMatchObject([{ name: 'Chè Shan tuyết', stars: 4, ownerName: 'HTX Nông nghiệp Hòa Bình', recognitionYear: 2023 }]);
  });

  it('records a certification on the second tab', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: /Chứng nhận/ }).click();
    await page.locator('.kttt-grid .ag-header-cell[col-id="kind"]').waitFor();
    await addRow(page, 'organizationId');
    await page.keyboard.type('dong tam');
    await page.getByRole('option', { name: /HTX Dịch vụ Đồng Tâm/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('vietgap');
    await page.getByRole('option', { name: 'VietGAP', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => value<CertRow[]>(s.app.call('registry.listCertifications', {})))
      .toMatchObject([{ organizationName: 'HTX Dịch vụ Đồng Tâm', kind: 'vietgap' }]);
    expect(s.pageErrors, s.pageErrors.join('\n')).toEqual([]);
  });
});
