import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { contractsSheet, entriesSheet, TAN_LAP_CONTRACT } from '../helpers/fund-ledger.ts';
import { bytesOf, workbookOf } from '../helpers/import-fixtures.ts';
import { createRow } from '../helpers/registry.ts';

/**
 * Issue 14 in Chromium through the browser door: a clerk brings the fund's Excel ledger in through the same
 * "Nhập dữ liệu" page as any list — sees the sheets taken for contracts and movements, each row's fate, the
 * borrower not in the registry and the repayment above what is owed left out and flagged — commits, finds
 * the loans with their balances on the fund's page and the left-out rows under "Cần xem lại".
 */
let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(async () => {
  await s?.close();
});

describe('the fund’s ledger through the import page', () => {
  it('previews, commits, and shows the loans on the fund page and the refused rows to review', async () => {
    const { page } = s;
    await createRow(s.app, 'organizations', { type: 'HTX', name: 'HTX Nông nghiệp Tân Lập', foundedOn: '2019-04-02' });
    const bytes = bytesOf(
      workbookOf([
        contractsSheet([
          TAN_LAP_CONTRACT,
          {
            borrower: 'HTX Chưa Có Trong Danh Bạ',
            contractNo: '02/2023/HĐTD',
            contractOn: '01/02/2023',
            amountMillions: 50,
            rate: 6,
            termMonths: 12,
          },
        ]),
        entriesSheet([
          { contractNo: '01/2023/HĐTD', onDate: '15/02/2023', principal: '10.000.000', interest: 489_205 },
          { contractNo: '01/2023/HĐTD', onDate: '15/03/2023', principal: '900.000.000' },
        ]),
      ]),
      'xlsx',
    );
    await page.goto(s.server.openUrl);
    await page.goto(`${s.server.url}/#/nhap`);
    await page.getByLabel('Chọn tệp bảng tính').setInputFiles({
      name: 'So theo doi cho vay.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    });
    const contracts = page.getByRole('region', { name: 'Trang HĐ vay' });
    await contracts.waitFor({ timeout: 20_000 });
    await expect.poll(() => contracts.innerText()).toContain('Không tìm thấy người vay “HTX Chưa Có Trong Danh Bạ”');
    const movements = page.getByRole('region', { name: 'Trang Giải ngân - thu nợ' });
    await expect.poll(() => movements.innerText()).toMatch(/lớn hơn số còn nợ đến ngày 15\/03\/2023/);
    const mapping = await contracts.getByRole('table', { name: 'Cách hiểu các cột' }).innerText();
    expect(mapping).toContain('Số hợp đồng tín dụng');
    expect(mapping).toContain('Lãi suất cho vay');
    expect(await contracts.innerText()).not.toMatch(/fundLoans|contractNo|ratePercent|\d{4}-\d{2}-\d{2}/);

    await page.getByRole('button', { name: /Nhập vào cơ sở dữ liệu/ }).click();
    await page.getByText(/Đã nhập “So theo doi cho vay.xlsx”/).waitFor();

    await page.goto(`${s.server.url}/#/quy-htpt/khoan-vay`);
    const loans = page.getByRole('grid').first();
    await expect.poll(() => loans.innerText(), { timeout: 15_000 }).toContain('01/2023/HĐTD');
    expect(await loans.innerText()).toContain('HTX Nông nghiệp Tân Lập');

    await page.goto(`${s.server.url}/#/xem-lai`);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('HTX Chưa Có Trong Danh Bạ');
    expect(s.pageErrors).toEqual([]);
  });

  it('keeps the registry grids’ Excel habits on the loans and a loan’s schedule: a range copied as Excel takes it, Enter opens', async () => {
    const { page } = s;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.url });
    await page.goto(`${s.server.url}/#/quy-htpt/khoan-vay`);
    const loans = page.getByRole('region', { name: 'Danh sách khoản vay' });
    const first = loans.locator('.ag-row[row-index="0"] .ag-cell[col-id="code"]');
    await first.waitFor();
    await first.click();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => loans.locator('.ag-cell.kttt-range').count()).toBe(2);
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^HS-2023-\d{3}\t01\/2023\/HĐTD\r\n$/);
    await expect.poll(() => loans.innerText()).toContain('đã chép vùng chọn');

    await page.keyboard.press('Enter');
    const schedule = page.getByRole('region', { name: 'Lịch trả nợ' });
    const dueCell = schedule.locator('.ag-row[row-index="0"] .ag-cell[col-id="dueOn"]');
    await dueCell.waitFor();
    expect(await schedule.innerText()).toContain('12 dòng');
    // The ledger gives no application: its figures are not known, not 0, and own capital is not checked.
    const plan = await page.locator('[aria-label="Phương án vay"]').innerText();
    expect(plan).toContain('Tổng vốn đầu tư không rõ, vốn tự có không rõ, đề nghị vay không rõ');
    expect(plan).not.toMatch(/\b0 đồng/);
    const conditions = await page.getByRole('list', { name: 'Điều kiện vay vốn' }).innerText();
    expect(conditions).toMatch(/Vốn chủ sở hữu tham gia tối thiểu 20% tổng vốn đầu tư: Không rõ: .*chưa kiểm tra/);
    await dueCell.click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+c');
    // Dates and money as the grid shows them: 15/02/2023, 10.000.000.
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('15/02/2023\t10.000.000\r\n15/03/2023\t10.000.000\r\n');
    const repayments = page.getByRole('region', { name: 'Các lần thu nợ' });
    expect(await repayments.innerText()).toContain('10.489.205');
    // Posted entries are not edited in place.
    await repayments.locator('.ag-row[row-index="0"] .ag-cell[col-id="amount"]').dblclick();
    expect(await page.locator('.ag-cell-inline-editing').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});
