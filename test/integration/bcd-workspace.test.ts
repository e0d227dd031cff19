import { describe, expect, it } from 'vitest';
import type { BcdPlanDetail, TaskLists } from '../../src-main/contract/bcd-dto.ts';
import { alertSources } from '../../src-main/core/home/alert-sources.ts';
import { agency, plan, refusal, task } from '../helpers/bcd-helpers.ts';
import { createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);
const open = () => openTestApp({ now: () => NOW });

describe('the BCĐ plan and its tasks', () => {
  it('refuses on the cell a task without a lead agency, a deadline before the plan, a percentage over 100', async () => {
    const app = await open();
    const so = await agency(app, 'Sở Tài chính');
    const p = await plan(app, 2025, '2025-02-10');
    const noLead = await app.call('bcd.saveTask', { planId: p.id, title: 'Rà soát HTX', leadAgencyId: null });
    expect(refusal(noLead)).toEqual({ path: 'leadAgencyId', message: 'Nhiệm vụ phải có cơ quan chủ trì.' });
    const early = await app.call('bcd.saveTask', { planId: p.id, title: 'Rà soát HTX', leadAgencyId: so.id, deadline: '2025-01-31' });
    expect(refusal(early)).toEqual({ path: 'deadline', message: 'Hạn hoàn thành không được trước ngày ban hành kế hoạch (10/02/2025).' });
    const t = await task(app, { planId: p.id, title: 'Rà soát HTX', leadAgencyId: so.id, deadline: '2025-02-10' });
    const over = await app.call('bcd.addProgress', { taskId: t.id, reportedOn: '2025-03-01', content: 'Đã xong', percent: 101 });
    expect(refusal(over)).toEqual({ path: 'percent', message: 'Tỷ lệ hoàn thành không được quá 100%' });
    const plans = await value(app.call('bcd.plans', { year: 2025 }));
    expect(plans.map((x) => x.taskCount)).toEqual([1]);
  });

  it('refuses to delete an agency that leads or partners a task, and keeps it and its tasks', async () => {
    const app = await open();
    const lead = await agency(app, 'Sở Nông nghiệp và Môi trường');
    const partner = await agency(app, 'Liên minh HTX tỉnh');
    const spare = await agency(app, 'Sở Công Thương');
    const p = await plan(app, 2025, '2025-02-10');
    await task(app, { planId: p.id, title: 'Hỗ trợ HTX nông nghiệp', leadAgencyId: lead.id, partnerIds: [partner.id] });
    for (const a of [lead, partner]) {
      const r = await app.call('bcd.deleteAgency', { id: a.id });
      expect(r.ok).toBe(false);
      expect(refusal(r)).toMatchObject({ message: expect.stringContaining('Không thể xóa') });
    }
    expect((await app.call('bcd.deleteAgency', { id: spare.id })).ok).toBe(true);
    const agencies = await value(app.call('bcd.agencies', {}));
    expect(agencies.map((a) => [a.name, a.taskCount])).toEqual([
      ['Liên minh HTX tỉnh', 1],
      ['Sở Nông nghiệp và Môi trường', 1],
    ]);
  });

  it('reads a task past its deadline as overdue, lists it with those due soon, and raises home alerts', async () => {
    const app = await open();
    const a = await agency(app, 'Sở Tài chính');
    const p = await plan(app, 2025, '2025-01-15');
    const late = await task(app, { planId: p.id, title: 'Báo cáo sơ kết', leadAgencyId: a.id, deadline: '2025-06-10' });
    const soon = await task(app, { planId: p.id, title: 'Hội nghị giữa năm', leadAgencyId: a.id, deadline: '2025-06-25' });
    const done = await task(app, {
      planId: p.id,
      title: 'Kiện toàn BCĐ',
      leadAgencyId: a.id,
      deadline: '2025-03-01',
      status: 'hoan_thanh',
      completedOn: '2025-02-20',
    });
    await task(app, { planId: p.id, title: 'Tổng kết năm', leadAgencyId: a.id, deadline: '2025-12-20' });
    await value(app.call('bcd.addProgress', { taskId: late.id, reportedOn: '2025-05-01', content: 'Đã thu thập số liệu', percent: 40 }));
    const lists: TaskLists = await value(app.call('bcd.taskLists', { asOf: '2025-06-15' }));
    expect(lists.overdue.map((t) => t.id)).toEqual([late.id]);
    expect(lists.overdue[0]?.percent).toBe(40);
    expect(lists.dueSoon.map((t) => t.id)).toEqual([soon.id]);
    const detail: BcdPlanDetail = await value(app.call('bcd.plan', { id: p.id }));
    // Progress moved the late task on to "đang thực hiện"; read on 15/06 it is overdue all the same.
    expect(detail.tasks.map((t) => [t.status, t.state])).toEqual([
      ['dang_thuc_hien', 'qua_han'],
      ['chua_thuc_hien', 'chua_thuc_hien'],
      ['hoan_thanh', 'hoan_thanh'],
      ['chua_thuc_hien', 'chua_thuc_hien'],
    ]);
    expect(detail.tasks.find((t) => t.id === done.id)?.onTime).toBe(true);
    // The BCĐ's own alerts among every feature's.
    const alerts = (await Promise.all(alertSources.map((s) => s(app.ctx, '2025-06-15')))).flat().filter((x) => x.key.startsWith('bcd.'));
    expect(alerts.map((x) => [x.key, x.count, x.severity])).toEqual([
      ['bcd.tasksOverdue', 1, 'danger'],
      ['bcd.tasksDueSoon', 1, 'warning'],
    ]);
  });

  it('copies a plan into next year: deadlines a year later, status reset, no progress, no duplicates when copied twice', async () => {
    const app = await open();
    const a = await agency(app, 'Sở Tài chính');
    const b = await agency(app, 'Liên minh HTX tỉnh');
    const p = await plan(app, 2024, '2024-01-20');
    const t = await task(app, {
      planId: p.id,
      title: 'Tuyên truyền Luật HTX',
      leadAgencyId: a.id,
      partnerIds: [b.id],
      deadline: '2024-09-30',
    });
    await value(
      app.call('bcd.saveTask', {
        id: t.id,
        planId: p.id,
        title: t.title,
        leadAgencyId: a.id,
        partnerIds: [b.id],
        deadline: '2024-09-30',
        status: 'hoan_thanh',
        completedOn: '2024-09-01',
      }),
    );
    await task(app, { planId: p.id, title: 'Hội nghị tổng kết', leadAgencyId: b.id, deadline: '2024-02-29' });
    const copied = await value(app.call('bcd.copyPlan', { id: p.id, toYear: 2025, issuedOn: '2025-01-10' }));
    expect(copied).toMatchObject({ year: 2025, title: 'Kế hoạch hoạt động của Ban Chỉ đạo năm 2025', taskCount: 2, doneCount: 0 });
    await value(app.call('bcd.copyPlan', { id: p.id, toYear: 2025, issuedOn: '2025-01-10' }));
    const detail = await value(app.call('bcd.plan', { id: copied.id }));
    expect(detail.tasks.map((x) => [x.title, x.deadline, x.status, x.partners.map((q) => q.name), x.progress.length])).toEqual([
      ['Tuyên truyền Luật HTX', '2025-09-30', 'chua_thuc_hien', ['Liên minh HTX tỉnh'], 0],
      ['Hội nghị tổng kết', '2025-02-28', 'chua_thuc_hien', [], 0],
    ]);
  });
});

describe('support given', () => {
  it('keeps a blank amount blank and refuses a contract ending before it is signed, on its cell', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Tân Trung' });
    const rec = await value(
      app.call('support.saveRecord', { organizationId: org, policy: 'NĐ 45/2021', grantedOn: '2025-03-02', kind: 'dao_tao', amount: null }),
    );
    expect(rec.amount).toBeNull();
    const bad = await app.call('support.saveLinkage', {
      organizationId: org,
      partner: 'Công ty CP Sữa',
      signedOn: '2025-03-01',
      endsOn: '2025-02-01',
    });
    expect(refusal(bad)).toEqual({ path: 'endsOn', message: 'Ngày hết hạn hợp đồng không được trước ngày ký.' });
    const neg = await app.call('support.saveRecord', {
      organizationId: org,
      policy: 'x',
      grantedOn: '2025-03-02',
      kind: 'khac',
      amount: -5,
    });
    expect(refusal(neg)).toEqual({ path: 'amount', message: 'Số tiền không được âm' });
  });
});
