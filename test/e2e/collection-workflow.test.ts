// A clerk sends the yearly templates, gets one back filled, reads it in without choosing any column, and
// sees in the register who has reported and who has not — through the browser door in Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_SHEET, FIRST_DATA_ROW, templateColumns } from '../../src-main/core/collection/layout.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { value } from '../helpers/registry.ts';
import { tempDir } from '../helpers/temp.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
  const org = (name: string, communeCode: string, i: number) => ({
    kind: 'create' as const,
    tempId: String(i),
    values: { type: 'HTX', name, status: 'dang_hoat_dong', communeCode, foundedOn: '2015-01-01' },
  });
  await value(
    s.app.call('registry.apply', {
      entity: 'organizations',
      ops: [org('Hợp tác xã Chè Tân Lập', '04792', 1), org('Hợp tác xã Mây tre', '04792', 2), org('Hợp tác xã Rau sạch', '04795', 3)],
    }),
  );
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const RAW = /dang_hoat_dong|nong_nghiep|\d{4}-\d{2}-\d{2}|\bmembers\b|\btemplate\b/;

async function filled(file: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(DATA_SHEET);
  const members = templateColumns(2024, 'Y').findIndex((c) => c.role === 'answer' && c.field?.key === 'members') + 1;
  for (let r = FIRST_DATA_ROW; typeof ws?.getCell(r, 3).value === 'string'; r++) ws.getCell(r, members).value = 20 + r;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the yearly collection', () => {
  it('templates out, a filled file back in by its key, and the register of who has reported', async () => {
    const page = s.page;
    const downloads: { name: string; file: string }[] = [];
    page.on('download', (d) => void d.path().then((file) => downloads.push({ name: d.suggestedFilename(), file })));
    await page.goto(`${s.server.openUrl}`);
    await page.goto(`${s.server.url}/#/thu-thap/register?year=2024&period=Y`);
    await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    expect(downloads[0]?.name).toBe('mau-bao-cao-2024-ca-nam.zip');
    expect(await page.getByText('Đã tạo mẫu báo cáo cho 3 tổ chức (các tệp trong một tệp nén .zip).').count()).toBe(1);
    // The .zip as Windows would open it: one workbook per commune inside.
    const out = tempDir('kttt-zip-');
    execFileSync('unzip', ['-q', downloads[0]?.file ?? '', '-d', out]);
    const inside = fs.readdirSync(out).sort();
    expect(inside).toHaveLength(2);
    const tanLapName = inside.find((n) => n.includes('04792'));
    expect(tanLapName).toBeDefined();
    const tanLap = { file: path.join(out, tanLapName ?? '') };

    await page.getByLabel('Chọn các tệp mẫu đã điền').setInputFiles({
      name: 'tan-lap-da-dien.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await filled(tanLap.file),
    });
    const files = page.getByRole('table', { name: 'Các tệp đã đọc' });
    await expect.poll(() => files.innerText(), { timeout: 30_000 }).toContain('Mẫu báo cáo (đọc theo khóa)');
    expect(await files.innerText()).toContain('cập nhật 2');
    await page.getByRole('button', { name: 'Ghi vào dữ liệu' }).click();
    await expect.poll(() => page.getByText(/Đã ghi 1 tệp; đã ghi nhận báo cáo của 2 tổ chức/).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('register-counts').innerText()).toContain('Đã nhận 2/3 tổ chức; chưa báo cáo 1');

    const register = page.getByRole('region', { name: 'Danh sách tổ chức phải báo cáo' });
    await expect.poll(() => register.innerText()).toContain('Mẫu biểu (tệp Excel)');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(RAW);
    expect(s.pageErrors).toEqual([]);
  }, 180_000);
});
