import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { openApp } from '../../src-main/core/app.ts';
import { docxText, htmlText } from '../helpers/report-text.ts';
import { RESOURCES_DIR, tempDir } from '../helpers/temp.ts';
import { value } from '../helpers/registry.ts';

const silent = (): CliOutput => ({ out: () => undefined, err: () => undefined });

/** Two active HTX, and the BCĐ's 2024: a plan of three tasks (one done, one overdue, one not started), a target, support. */
async function seed(db: string): Promise<void> {
  const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', now: () => new Date(2025, 0, 5) });
  const r = await value(
    app.call('registry.apply', {
      entity: 'organizations',
      ops: [
        { kind: 'create', tempId: 'a', values: { type: 'HTX', name: 'HTX Chè Long Cốc', foundedOn: '2015-03-01' } },
        { kind: 'create', tempId: 'b', values: { type: 'HTX', name: 'HTX Bưởi Đoan Hùng', foundedOn: '2024-06-01' } },
      ],
    }),
  );
  const orgId = r.results[0]?.ok ? r.results[0].id : 0;
  const tc = await value(app.call('bcd.saveAgency', { name: 'Sở Tài chính' }));
  const lm = await value(app.call('bcd.saveAgency', { name: 'Liên minh HTX tỉnh' }));
  const plan = await value(
    app.call('bcd.savePlan', { year: 2024, number: '05/KH-BCĐ', issuedOn: '2024-01-20', title: 'Kế hoạch hoạt động năm 2024' }),
  );
  const t1 = await value(
    app.call('bcd.saveTask', { planId: plan.id, title: 'Kiện toàn Ban Chỉ đạo', leadAgencyId: tc.id, deadline: '2024-03-31' }),
  );
  await value(
    app.call('bcd.saveTask', {
      id: t1.id,
      planId: plan.id,
      title: 'Kiện toàn Ban Chỉ đạo',
      leadAgencyId: tc.id,
      deadline: '2024-03-31',
      status: 'hoan_thanh',
      completedOn: '2024-03-20',
      result: 'Quyết định 301/QĐ-UBND',
    }),
  );
  const t2 = await value(
    app.call('bcd.saveTask', {
      planId: plan.id,
      title: 'Tổ chức hội chợ',
      leadAgencyId: lm.id,
      partnerIds: [tc.id],
      deadline: '2024-10-31',
    }),
  );
  await value(app.call('bcd.addProgress', { taskId: t2.id, reportedOn: '2024-09-01', content: 'Đã đăng ký 12 gian hàng', percent: 60 }));
  await value(app.call('bcd.saveTask', { planId: plan.id, title: 'Rà soát HTX ngừng hoạt động', leadAgencyId: tc.id }));
  await value(app.call('bcd.saveTargets', { year: 2024, targets: [{ indicator: 'active.HTX', value: 4, document: 'NQ 12/NQ-HĐND' }] }));
  await value(
    app.call('support.saveRecord', {
      organizationId: orgId,
      policy: 'NĐ 45/2021',
      grantedOn: '2024-04-01',
      kind: 'dao_tao',
      amount: 25_000_000,
      source: 'dia_phuong',
    }),
  );
  await value(app.call('bcd.saveNarrative', { year: 2024, part: 'limitations', content: 'Nguồn lực hỗ trợ còn hạn chế.' }));
  await app.close();
}

describe('kttt report with the BCĐ’s year', () => {
  it('report annual prints parts II–IV and the tasks by agency; report bcd-tasks prints the tasks alone', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    await seed(db);
    const docxOut = path.join(dir, 'bc.docx');
    expect(await runCli(['--db', db, 'report', 'annual', '--year', '2024', '--format', 'docx', '--out', docxOut], silent(), {})).toBe(0);
    const docx = docxText(fs.readFileSync(docxOut));
    expect(docx).toContain('Hợp tác xã đang hoạt động 2 HTX, đạt 50% kế hoạch');
    expect(docx).toContain('II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THỰC HIỆN CÁC CHÍNH SÁCH PHÁT TRIỂN KTTT');
    expect(docx).toContain('đã hoàn thành 1 nhiệm vụ (1 nhiệm vụ đúng hạn), đang thực hiện 0, chưa thực hiện 1, quá hạn 1 nhiệm vụ');
    expect(docx).toContain('1 lượt hỗ trợ cho 1 tổ chức KTTT, tổng kinh phí 25 triệu đồng');
    expect(docx).toContain('Nguồn lực hỗ trợ còn hạn chế.');
    expect(docx).toContain('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2025');
    expect(docx).toContain('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN THÀNH VIÊN BAN CHỈ ĐẠO NĂM 2024');

    const htmlOut = path.join(dir, 'nv.html');
    expect(await runCli(['--db', db, 'report', 'bcd-tasks', '--year', '2024', '--format', 'html', '--out', htmlOut], silent(), {})).toBe(0);
    const text = htmlText(fs.readFileSync(htmlOut, 'utf8'));
    expect(text).toContain('Tình hình thực hiện nhiệm vụ của các cơ quan thành viên Ban Chỉ đạo năm 2024');
    expect(text).toContain(
      'Liên minh HTX tỉnh\n1 | Tổ chức hội chợ | Sở Tài chính | 31/10/2024 | | 01/09/2024: Đã đăng ký 12 gian hàng (60%) | Quá hạn\n',
    );
    expect(text).toContain('2 | Kiện toàn Ban Chỉ đạo | | 31/03/2024 | | Quyết định 301/QĐ-UBND | Hoàn thành 20/03/2024\n');
    expect(text).toContain('Biểu 2. Nhiệm vụ năm 2024 theo cơ quan chủ trì');
    expect(text).not.toContain('Phụ lục');

    const jsonOut = path.join(dir, 'nv.json');
    expect(await runCli(['--db', db, 'report', 'bcd-tasks', '--year', '2024', '--format', 'json', '--out', jsonOut], silent(), {})).toBe(0);
    const json = JSON.parse(fs.readFileSync(jsonOut, 'utf8')) as { byAgency: Array<{ agency: string; total: number; overdue: number }> };
    expect(json.byAgency.map((a) => [a.agency, a.total, a.overdue])).toEqual([
      ['Liên minh HTX tỉnh', 1, 1],
      ['Sở Tài chính', 2, 0],
    ]);
  });

  it('refuses bcd-tasks without a year, in Vietnamese', async () => {
    const dir = tempDir();
    const err: string[] = [];
    const code = await runCli(
      ['--db', path.join(dir, 'k.sqlite'), 'report', 'bcd-tasks', '--format', 'html', '--out', path.join(dir, 'x.html')],
      { out: () => undefined, err: (l) => err.push(l) },
      {},
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('Cần --year');
  });
});

describe('kttt report half-year', () => {
  it('prints the six-month review from the H1 figures, beside the same period of the year before', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', now: () => new Date(2025, 6, 10) });
    const r = await value(
      app.call('registry.apply', {
        entity: 'organizations',
        ops: [
          { kind: 'create', tempId: 'a', values: { type: 'HTX', name: 'HTX Chè Long Cốc', foundedOn: '2015-03-01' } },
          { kind: 'create', tempId: 'b', values: { type: 'HTX', name: 'HTX Bưởi Đoan Hùng', foundedOn: '2025-03-01' } },
        ],
      }),
    );
    const [a, b] = r.results.map((x) => (x.ok ? x.id : 0));
    const h1 = (organizationId: number, year: number, revenue: number | null) => ({
      kind: 'upsertFigures' as const,
      organizationId,
      year,
      period: 'H1' as const,
      changes: { members: 10, ...(revenue === null ? {} : { revenue }) },
    });
    await value(
      app.call('registry.apply', {
        entity: 'figures',
        ops: [h1(a ?? 0, 2024, 400_000_000), h1(a ?? 0, 2025, 500_000_000), h1(b ?? 0, 2025, null)],
      }),
    );
    const tc = await value(app.call('bcd.saveAgency', { name: 'Sở Tài chính' }));
    const plan = await value(app.call('bcd.savePlan', { year: 2025, issuedOn: '2025-01-15', title: 'Kế hoạch năm 2025' }));
    await value(app.call('bcd.saveTask', { planId: plan.id, title: 'Sơ kết 6 tháng', leadAgencyId: tc.id, deadline: '2025-07-31' }));
    await value(app.call('bcd.saveMeeting', { heldOn: '2025-06-20', kind: 'dinh_ky_6_thang' }));
    await value(app.call('bcd.saveMeeting', { heldOn: '2025-07-05', kind: 'dot_xuat' }));
    await value(app.call('bcd.saveNarrative', { year: 2025, part: 'halfLimitations', content: 'Tiến độ giải ngân chậm.' }));
    const html = await value(app.call('bcd.halfYearHtml', { year: 2025 }));
    await app.close();
    const text = htmlText(html.html);
    expect(text).toContain('Sơ kết tình hình phát triển kinh tế tập thể 6 tháng đầu năm 2025');
    expect(text).toContain(
      'toàn tỉnh có 2 tổ chức KTTT đang hoạt động, bằng 200% so với cùng kỳ, trong đó 2 HTX; 6 tháng đầu năm thành lập mới 1 tổ chức (cùng kỳ 0)',
    );
    expect(text).toContain('6 tháng năm 2024 | 6 tháng năm 2025 | So với cùng kỳ (%)');
    expect(text).toContain('6 | Doanh thu 6 tháng | triệu đồng | 400 | 500 | 125,0');
    // The meeting of 5 July falls in the second half: not counted.
    expect(text).toContain('Trong 6 tháng đầu năm 2025, Ban Chỉ đạo tổ chức 1 cuộc họp (1 họp định kỳ 6 tháng)');
    expect(text).toContain('Tiến độ giải ngân chậm.');
    expect(text).toContain('- Sơ kết 6 tháng (chủ trì: Sở Tài chính; thời hạn: 31/07/2025).');
  });
});
