// The secretariat corrects the committee in place: renames an agency, changes a member's role in the grid,
// writes a meeting's conclusions; an agency that leads a task is not deleted, the refusal says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyDto, BcdMeetingDto, MemberDto } from '../../src-main/contract/bcd-dto.ts';
import { agency, plan, task } from '../helpers/bcd-helpers.ts';
import { openBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { settled } from '../helpers/registry-grid.ts';
import { value } from '../helpers/registry.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
  const so = await agency(s.app, 'Sở Tài chinh');
  await agency(s.app, 'Liên minh HTX tỉnh');
  await value(s.app.call('bcd.saveMember', { agencyId: so.id, person: 'Nguyễn Văn An', role: 'uy_vien' }));
  const p = await plan(s.app, 2024, '2024-01-10');
  await task(s.app, { planId: p.id, title: 'Rà soát HTX ngừng hoạt động', leadAgencyId: so.id, deadline: '2024-06-30' });
  await value(s.app.call('bcd.saveMeeting', { heldOn: '2024-07-05', kind: 'dinh_ky_6_thang' }));
});
afterAll(async () => {
  await s?.close();
});

const region = (name: string) => s.page.getByRole('region', { name });
const cellOf = (name: string, row: number, colId: string) =>
  region(name).locator(`.ag-row[row-index="${String(row)}"] .ag-cell[col-id="${colId}"]`);

describe('the committee, edited in place', () => {
  it('renames an agency and changes a member’s role in the grids', async () => {
    const { page } = s;
    await page.goto(`${s.server.openUrl}#/ban-chi-dao/thanh-vien`);
    await expect.poll(() => region('Cơ quan thành viên').locator('.ag-row').count()).toBe(2);
    const row = await region('Cơ quan thành viên')
      .locator('.ag-row')
      .evaluateAll((els) => els.find((e) => (e as HTMLElement).innerText.includes('Sở Tài chinh'))?.getAttribute('row-index') ?? '-1');
    await cellOf('Cơ quan thành viên', Number(row), 'name').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Sở Tài chính');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect
      .poll(async () => (await value<AgencyDto[]>(s.app.call('bcd.agencies', {}))).map((a) => a.name).sort())
      .toEqual(['Liên minh HTX tỉnh', 'Sở Tài chính']);

    // The member's agency is shown by its new name; the members grid has taken the new list of agencies
    // (its columns are rebuilt with it) before its role cell is edited.
    await expect.poll(() => region('Thành viên Ban Chỉ đạo').innerText()).toContain('Sở Tài chính');
    await cellOf('Thành viên Ban Chỉ đạo', 0, 'role').click();
    // Typed at once, Enter included: the dropdown must take every key, however fast.
    await page.keyboard.type('Phó Trưởng ban thường trực');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect.poll(async () => (await value<MemberDto[]>(s.app.call('bcd.members', {})))[0]?.role).toBe('pho_truong_ban_thuong_truc');
    expect(s.pageErrors).toEqual([]);
  });

  it('refuses to delete an agency that leads a task, saying why, and keeps it', async () => {
    const { page } = s;
    const row = await region('Cơ quan thành viên')
      .locator('.ag-row')
      .evaluateAll((els) => els.find((e) => (e as HTMLElement).innerText.includes('Sở Tài chính'))?.getAttribute('row-index') ?? '-1');
    await cellOf('Cơ quan thành viên', Number(row), 'name').click();
    page.once('dialog', (d) => void d.accept());
    await region('Cơ quan thành viên').getByRole('button', { name: 'Xóa dòng' }).click();
    await expect
      .poll(() => region('Cơ quan thành viên').locator('.kttt-grid-status').innerText())
      .toContain('đang chủ trì hoặc phối hợp 1 nhiệm vụ');
    await settled(page);
    expect((await value<AgencyDto[]>(s.app.call('bcd.agencies', {}))).map((a) => a.name)).toContain('Sở Tài chính');
  });

  it('writes a meeting’s conclusions in place', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Cuộc họp' }).click();
    await page.getByLabel('Năm', { exact: true }).fill('2024');
    const meetings = 'Cuộc họp Ban Chỉ đạo năm 2024';
    await expect.poll(() => region(meetings).locator('.ag-row').count()).toBe(1);
    await cellOf(meetings, 0, 'conclusions').click();
    await page.keyboard.type('Hoàn thành rà soát trước 30/9');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect
      .poll(async () => (await value<BcdMeetingDto[]>(s.app.call('bcd.meetings', { year: 2024 })))[0]?.conclusions)
      .toBe('Hoàn thành rà soát trước 30/9');
    expect(s.pageErrors).toEqual([]);
  });

  it('shows the agency’s overdue task among the monitoring lists', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/kiem-tra/giam-sat`);
    await page.getByLabel('Tính đến ngày').fill('15/07/2024');
    const overdue = page.getByRole('table', { name: 'Nhiệm vụ của Ban Chỉ đạo quá hạn chưa hoàn thành' });
    // The list is drawn first as of today, then again as of the date typed: wait for the latter.
    await expect.poll(() => overdue.innerText()).toContain('quá 15 ngày');
    expect(await overdue.innerText()).toContain('Rà soát HTX ngừng hoạt động');
    expect(await overdue.innerText()).toContain('Sở Tài chính');
    expect(s.pageErrors).toEqual([]);
  });
});
