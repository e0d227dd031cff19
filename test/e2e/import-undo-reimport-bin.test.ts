// A clerk imports a list, undoes the import, imports the same list again: the organizations are live again,
// and the recycle bin no longer offers the undone copies (restoring one would make a duplicate).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { bytesOf, cooperativeReport, workbookOf } from '../helpers/import-fixtures.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(async () => {
  await s?.close();
});

const FILE = 'DS HTX 2024.xlsx';
const IMPORTED = ['HTX Nông nghiệp Tân Lập', 'Hợp tác xã Dịch vụ Hòa Sơn', 'HTX Vận tải Thống Nhất'];

async function importTheList(): Promise<void> {
  await s.page.goto(`${s.server.url}/#/nhap`);
  const bytes = bytesOf(workbookOf([cooperativeReport()]), 'xlsx');
  await s.page.getByLabel('Chọn tệp bảng tính').setInputFiles({
    name: FILE,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  await s.page.getByRole('button', { name: /Nhập vào cơ sở dữ liệu/ }).click({ timeout: 20_000 });
  await s.page.getByText(`Đã nhập “${FILE}”`).waitFor();
}

async function binText(): Promise<string> {
  await s.page.goto(`${s.server.url}/#/to-chuc`);
  await s.page.getByRole('button', { name: 'Thùng rác' }).click();
  const bin = s.page.getByRole('region', { name: 'Thùng rác' });
  await expect.poll(() => bin.innerText()).toMatch(/\d+ dòng|Thùng rác trống/);
  return bin.innerText();
}

async function liveNames(): Promise<string[]> {
  const r = await s.app.call('registry.listOrganizations', { year: 2024 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.map((o) => o.name).sort();
}

describe('the recycle bin after an import is undone and imported again', () => {
  it('offers the undone rows until the same list comes back, then no longer', async () => {
    await s.page.goto(s.server.openUrl);
    await importTheList();
    const first = await liveNames();
    expect(first).toEqual([...IMPORTED].sort());

    await s.page.getByRole('button', { name: 'Hoàn tác…' }).click();
    await s.page.getByRole('dialog', { name: 'Xác nhận hoàn tác' }).getByRole('button', { name: 'Hoàn tác' }).click();
    await s.page.getByText(/Đã hoàn tác lần nhập/).waitFor();
    const undone = await binText();
    // What the undo put in the bin (a row it judged edited since the import stays live and is not in it).
    const binned = IMPORTED.filter((name) => undone.includes(name));
    expect(binned.length).toBeGreaterThanOrEqual(2);
    for (const name of binned) expect(await liveNames()).not.toContain(name);

    await importTheList();
    // The same organizations, once each, and nothing of them left to restore.
    expect(await liveNames()).toEqual(first);
    const after = await binText();
    for (const name of binned) expect(after).not.toContain(name);
    expect(after).toContain('Thùng rác trống.');
    expect(s.pageErrors).toEqual([]);
  });

  it('keeps in the bin an undone row whose organization did not come back', async () => {
    // A row the clerk deletes by hand is the clerk's: a later import does not take it out of the bin.
    const r = await s.app.call('registry.listOrganizations', { year: 2024 });
    const victim = r.ok ? r.value.find((o) => o.name === 'HTX Vận tải Thống Nhất') : undefined;
    expect(victim).toBeDefined();
    await s.app.call('registry.apply', { entity: 'organizations', ops: [{ kind: 'delete', id: victim?.id ?? 0 }] });
    await importTheList();
    expect(await binText()).toContain('HTX Vận tải Thống Nhất');
  });
});
