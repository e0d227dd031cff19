import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLargeRegistry } from '../bench/seed.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';

/** Enough active organizations for the annual report's list to pass 100 printed pages. */
const ORGS = 5_000;
let seededDir: string;
let s: BrowserSession;

beforeAll(async () => {
  const seeded = await seedLargeRegistry(ORGS, 2, 2024);
  await seeded.app.close();
  seededDir = seeded.dir;
  s = await openBrowserSession({ dbPath: path.join(seededDir, 'kttt.sqlite') });
}, 120_000);
afterAll(async () => {
  await s?.close();
  fs.rmSync(seededDir, { recursive: true, force: true });
});

describe('a report whose appendix is too long to print, exported from the reports page', () => {
  it('hands on the report and, beside it, the annex spreadsheet the report names', async () => {
    await s.page.goto(s.server.openUrl);
    await s.page.goto(`${s.server.url}/#/bao-cao`);
    await s.page.getByLabel('Năm báo cáo').fill('2024');
    const downloads: { name: string; file: string }[] = [];
    s.page.on('download', (d) => void d.path().then((file) => downloads.push({ name: d.suggestedFilename(), file })));
    await s.page.getByRole('button', { name: 'Xuất Word' }).click();
    await s.page.getByText(/Đã tạo bao-cao-tong-ket-KTTT-2024\.docx và phụ lục in riêng/).waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
    expect(downloads.map((d) => d.name).sort()).toEqual(['bao-cao-tong-ket-KTTT-2024-phu-luc.xlsx', 'bao-cao-tong-ket-KTTT-2024.docx']);
    expect(await s.page.getByText(/\(5\.000 dòng\)/).count()).toBe(1);

    const annex = downloads.find((d) => d.name.endsWith('-phu-luc.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(fs.readFileSync(annex?.file ?? '')).buffer);
    let organizations = 0;
    wb.getWorksheet('Phụ lục danh sách')?.eachRow((row) => {
      if (['HTX', 'THT', 'QTDND', 'LHHTX'].includes(String(row.getCell(3).value))) organizations++;
    });
    expect(organizations).toBe(ORGS);
    expect(s.pageErrors).toEqual([]);
  }, 120_000);
});
