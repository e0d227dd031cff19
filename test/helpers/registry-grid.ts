import type { Locator, Page } from 'playwright-core';
import type { OrgRow } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';
import { value } from './registry.ts';

/** A cell of the visible grid by row index (as displayed) and column id. */
export function cell(page: Page, rowIndex: number, colId: string): Locator {
  return page.locator(`.kttt-grid .ag-row[row-index="${String(rowIndex)}"] .ag-cell[col-id="${colId}"]`);
}

/** Texts of one column in displayed order (only rendered rows: enough for small test grids). */
export async function columnTexts(page: Page, colId: string): Promise<string[]> {
  return page.evaluate((col) => {
    const cells = [...document.querySelectorAll<HTMLElement>(`.kttt-grid .ag-row .ag-cell[col-id="${col}"]`)];
    return cells
      .map((c) => ({ i: Number(c.closest('[row-index]')?.getAttribute('row-index')), t: c.innerText.trim() }))
      .sort((a, b) => a.i - b.i)
      .map((x) => x.t);
  }, colId);
}

/** Displayed row index of the row whose `colId` cell shows `name`; waits a little for it to be drawn. */
export async function rowOf(page: Page, name: string, colId = 'name'): Promise<number> {
  const handle = await page
    .waitForFunction(
      ([n, col]) => {
        const c = [...document.querySelectorAll<HTMLElement>(`.kttt-grid .ag-row .ag-cell[col-id="${col}"]`)].find(
          (x) => x.innerText.trim() === n,
        );
        const i = c?.closest('[row-index]')?.getAttribute('row-index');
        // A string, so that row 0 is not mistaken for "not yet".
        return i ?? false;
      },
      [name, colId] as const,
      { timeout: 5000 },
    )
    .catch(async (e: unknown) => {
      throw new Error(`Không thấy dòng "${name}" trong cột ${colId}; đang có: ${JSON.stringify(await columnTexts(page, colId))}`, {
        cause: e,
      });
    });
  return Number(await handle.jsonValue());
}

/**
 * Pastes text as a clipboard paste event at the focused cell, the way Electron's Edit menu or the
 * browser delivers it (headless Chromium has no shared clipboard to paste from with the keyboard).
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

export async function gridStatus(page: Page): Promise<string> {
  return page.locator('.kttt-grid-status').innerText();
}

export async function organizations(app: App, year?: number): Promise<OrgRow[]> {
  return value<OrgRow[]>(app.call('registry.listOrganizations', year === undefined ? {} : { year }));
}

/**
 * Waits until every edit sent by the grid has been answered (no cell left pending). AG Grid hands an edit
 * over a moment after the key that ends it, so a short pause comes first.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(60);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.kttt-grid .kttt-pending').length === 0 &&
      !document.querySelector('.kttt-count')?.textContent?.includes('đang lưu'),
  );
}

/** Clicks "Thêm dòng" and waits until the keyboard is on the new row's first cell (it is drawn a frame later). */
export async function addRow(page: Page, firstColId: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await page.waitForFunction((col) => document.activeElement?.getAttribute('col-id') === col, firstColId);
}
