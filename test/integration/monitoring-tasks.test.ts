import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { ReportFile } from '../../src-main/contract/index.ts';
import type { MonitoringResult } from '../../src-main/contract/inspection-monitoring.ts';
import { agency, plan, task } from '../helpers/bcd-helpers.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

async function scenario() {
  const app = await openTestApp({ now: () => new Date(2025, 5, 15, 9) });
  const so = await agency(app, 'Sở Nông nghiệp và Môi trường');
  const lm = await agency(app, 'Liên minh HTX tỉnh');
  const p = await plan(app, 2025, '2025-01-10');
  await task(app, { planId: p.id, title: 'Rà soát HTX ngừng hoạt động', leadAgencyId: so.id, partnerIds: [lm.id], deadline: '2025-05-31' });
  await task(app, { planId: p.id, title: 'Tổ chức hội chợ sản phẩm HTX', leadAgencyId: lm.id, deadline: '2025-06-25' });
  await task(app, { planId: p.id, title: 'Tổng kết 5 năm Luật HTX', leadAgencyId: lm.id, deadline: '2025-12-15' });
  const done = await task(app, { planId: p.id, title: 'Kiện toàn Ban Chỉ đạo', leadAgencyId: so.id, deadline: '2025-03-31' });
  await value(app.call('bcd.saveTask', { ...taskInputOf(done), status: 'hoan_thanh', completedOn: '2025-03-20' }));
  return app;
}

function taskInputOf(t: { id: number; planId: number; title: string; leadAgencyId: number; deadline: string | null }) {
  return { id: t.id, planId: t.planId, title: t.title, leadAgencyId: t.leadAgencyId, deadline: t.deadline, partnerIds: [] };
}

describe('the BCĐ’s tasks in the monitoring lists', () => {
  it('lists the tasks overdue and due soon on the as-of date, apart from the lists of organizations', async () => {
    const app = await scenario();
    const r = await value<MonitoringResult>(app.call('monitoring.lists', { asOf: '2025-06-15' }));
    expect(r.tasks.tasksOverdue.map((t) => [t.title, t.leadAgency, t.partners, t.daysLeft])).toEqual([
      ['Rà soát HTX ngừng hoạt động', 'Sở Nông nghiệp và Môi trường', ['Liên minh HTX tỉnh'], -15],
    ]);
    expect(r.tasks.tasksDueSoon.map((t) => [t.title, t.daysLeft])).toEqual([['Tổ chức hội chợ sản phẩm HTX', 10]]);
    // On another day, other tasks.
    const later = await value<MonitoringResult>(app.call('monitoring.lists', { asOf: '2025-12-05' }));
    expect(later.tasks.tasksOverdue.map((t) => t.title)).toEqual(['Rà soát HTX ngừng hoạt động', 'Tổ chức hội chợ sản phẩm HTX']);
    expect(later.tasks.tasksDueSoon.map((t) => t.title)).toEqual(['Tổng kết 5 năm Luật HTX']);
  });

  it('prints them in the monitoring report and its JSON, and saves each list as a workbook', async () => {
    const app = await scenario();
    const html = await value<{ html: string }>(app.call('inspections.documentHtml', { kind: 'monitoring', asOf: '2025-06-15' }));
    expect(html.html).toContain('III. NHIỆM VỤ CỦA BAN CHỈ ĐẠO CẦN ĐÔN ĐỐC');
    expect(html.html).toContain('Nhiệm vụ của Ban Chỉ đạo quá hạn chưa hoàn thành: 1 nhiệm vụ do 1 cơ quan chủ trì');
    expect(html.html).toContain('quá 15 ngày');
    const json = await value<ReportFile>(
      app.call('inspections.documentFile', { document: { kind: 'monitoring', asOf: '2025-06-15' }, format: 'json' }),
    );
    const data = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as { lists: Record<string, { title?: string }[]> };
    expect(data.lists.tasksOverdue?.map((t) => t.title)).toEqual(['Rà soát HTX ngừng hoạt động']);
    const file = await value<ReportFile>(app.call('monitoring.listFile', { asOf: '2025-06-15', list: 'tasksDueSoon' }));
    const wb = XLSX.read(Buffer.from(file.contentBase64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0] ?? ''] ?? {}, { header: 1 });
    expect(rows.flat()).toContain('Tổ chức hội chợ sản phẩm HTX');
    expect(rows.flat()).toContain('25/06/2025');
  });
});
