import type { App } from '../../src-main/core/app.ts';
import { prng } from './seed.ts';

/**
 * A busy BCĐ year on the 50,000-organization database: 40 member agencies, a plan of 300 tasks for `year` (two
 * progress reports each on half of them) and 100 for the next year, 24 meetings, targets, 20,000 support
 * records, 500 activities with 10 organizations each, 3,000 linkage contracts and the clerk's text.
 */
export function seedBcdYear(app: App, orgs: number, year: number): void {
  const db = app.ctx.conn.sqlite;
  const rnd = prng(13);
  const at = `${year}-01-02T00:00:00.000Z`;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const day = (y: number) =>
    `${y}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  db.transaction(() => {
    const agency = db.prepare(`insert into bcd_agencies (name, created_at, updated_at) values (?, ?, ?)`);
    for (let i = 1; i <= 40; i++) agency.run(`Cơ quan thành viên số ${i}`, at, at);
    const plan = db.prepare(
      `insert into bcd_plans (year, number, issued_on, signer, title, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
    );
    const task = db.prepare(
      `insert into bcd_tasks (plan_id, position, title, lead_agency_id, deadline, expected_output, status, completed_on, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const partner = db.prepare(`insert or ignore into bcd_task_partners (task_id, agency_id) values (?, ?)`);
    const progress = db.prepare(
      `insert into bcd_task_progress (task_id, reported_on, content, percent, created_at) values (?, ?, ?, ?, ?)`,
    );
    for (const [y, count] of [
      [year, 300],
      [year + 1, 100],
    ] as const) {
      const planId = Number(
        plan.run(y, `0${y % 10}/KH-BCĐ`, `${y}-01-15`, 'Trưởng ban', `Kế hoạch hoạt động năm ${y}`, at, at).lastInsertRowid,
      );
      for (let i = 1; i <= count; i++) {
        const status = pick(['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh'] as const);
        const deadline = `${y}-${String(2 + Math.floor(rnd() * 10)).padStart(2, '0')}-20`;
        const id = Number(
          task.run(
            planId,
            i,
            `Nhiệm vụ số ${i} năm ${y}`,
            1 + Math.floor(rnd() * 40),
            deadline,
            'Báo cáo',
            status,
            status === 'hoan_thanh' ? deadline : null,
            at,
            at,
          ).lastInsertRowid,
        );
        partner.run(id, 1 + Math.floor(rnd() * 40));
        if (i % 2 === 0 && y === year) {
          progress.run(id, `${y}-06-30`, 'Đang triển khai', 40, at);
          progress.run(id, `${y}-11-30`, 'Cơ bản hoàn thành', 80, at);
        }
      }
    }
    const meeting = db.prepare(
      `insert into bcd_meetings (held_on, kind, conclusions, notice_number, notice_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < 24; i++)
      meeting.run(day(year), pick(['dinh_ky_6_thang', 'tong_ket_nam', 'dot_xuat']), 'Kết luận', `${i}/TB-BCĐ`, null, at, at);
    const target = db.prepare(`insert into bcd_targets (year, indicator, value, document, updated_at) values (?, ?, ?, ?, ?)`);
    for (const y of [year, year + 1]) {
      target.run(y, 'active.total', orgs * 0.7, 'Nghị quyết', at);
      target.run(y, 'newInYear.HTX', 500, 'Nghị quyết', at);
      target.run(y, 'avgRevenuePerHtx', 1_500_000_000, null, at);
    }
    const support = db.prepare(
      `insert into support_records (organization_id, policy, granted_on, kind, amount, source, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < 20_000; i++)
      support.run(
        1 + Math.floor(rnd() * orgs),
        'NĐ 45/2021/NĐ-CP',
        day(year),
        pick(['dao_tao', 'xuc_tien_thuong_mai', 'khcn', 'ha_tang', 'tin_dung', 'thanh_lap_moi', 'khac']),
        rnd() < 0.1 ? null : Math.round(rnd() * 500) * 1_000_000,
        pick(['trung_uong', 'dia_phuong', 'long_ghep', null]),
        at,
        at,
      );
    const activity = db.prepare(
      `insert into support_activities (kind, title, held_from, participants, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`,
    );
    const attend = db.prepare(
      `insert or ignore into support_activity_organizations (activity_id, organization_id, trainees) values (?, ?, ?)`,
    );
    for (let i = 0; i < 500; i++) {
      const kind = pick(['dao_tao', 'hoi_cho', 'tuyen_truyen']);
      const id = Number(activity.run(kind, `Hoạt động ${i}`, day(year), kind === 'tuyen_truyen' ? 200 : null, at, at).lastInsertRowid);
      for (let k = 0; k < 10; k++) attend.run(id, 1 + Math.floor(rnd() * orgs), kind === 'dao_tao' ? 2 : null);
    }
    const linkage = db.prepare(
      `insert into linkage_contracts (organization_id, partner, product, value, signed_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < 3_000; i++)
      linkage.run(
        1 + Math.floor(rnd() * orgs),
        `Doanh nghiệp ${i % 700}`,
        'Nông sản',
        Math.round(rnd() * 5000) * 1_000_000,
        day(year),
        at,
        at,
      );
    const narrative = db.prepare(`insert into bcd_narratives (year, part, content, updated_at) values (?, ?, ?, ?)`);
    narrative.run(year, 'limitations', 'Một số HTX hoạt động còn hình thức.\nNguồn lực hỗ trợ còn hạn chế.', at);
    narrative.run(year, 'solutions', '- Tiếp tục triển khai các chính sách hỗ trợ.\n- Tăng cường liên kết.', at);
  })();
}
