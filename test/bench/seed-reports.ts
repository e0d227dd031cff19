import type { App } from '../../src-main/core/app.ts';
import { prng } from './seed.ts';

/**
 * What the reports read beyond organizations and figures, added to the 50,000-organization database of
 * seed.ts so every list and report has rows to work on at that scale: status changes (suspended, stopped,
 * dissolved), organizations that did not report the last year, OCOP products, certifications, members'
 * meetings, a year of inspection records with their parts and follow-up, and rows in the recycle bin.
 * Written with prepared statements in one transaction, like seed.ts: seeding is setup, not what is measured.
 * The proportions are those of a real province, scaled up; the figures say how many rows each list gets.
 */
export interface ReportSeed {
  /** Inspection records dated in `inspectionYear`, with checklist answers, violations and recommendations. */
  records: number;
  inspectionYear: number;
  /** One record id, for the biên bản benchmark. */
  sampleRecordId: number;
}

const AT = '2025-01-01T00:00:00.000Z';
const PRODUCTS = [
  'Chè Shan tuyết',
  'Bưởi Đoan Hùng',
  'Mật ong rừng',
  'Gạo nếp cái hoa vàng',
  'Miến dong',
  'Cá thính',
  'Măng khô',
  'Thịt chua',
];
const CERTS = ['vietgap', 'vietgahp', 'globalgap', 'huu_co', 'attp', 'khac'] as const;

function isoDay(year: number, rnd: () => number): string {
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Suspensions, stops and dissolutions as recorded status history, with the current status on the row. */
function seedStatuses(app: App, orgs: number, rnd: () => number): void {
  const s = app.ctx.conn.sqlite;
  const hist = s.prepare(`insert into status_history (organization_id, status, from_date, to_date, recorded_at) values (?, ?, ?, ?, ?)`);
  const setStatus = s.prepare(`update organizations set status = ?, status_since = ?, status_until = ? where id = ?`);
  for (let id = 7; id <= orgs; id += 37) {
    const pick = rnd();
    const status = pick < 0.45 ? 'tam_ngung' : pick < 0.7 ? 'ngung_hoat_dong' : 'da_giai_the';
    const from = status === 'tam_ngung' ? isoDay(2024, rnd) : isoDay(2023 + Math.floor(rnd() * 2), rnd);
    // Suspensions last a year; some end in the weeks after the as-of date, so "sắp hết tạm ngừng" has rows.
    const to = status === 'tam_ngung' ? `${2025}-${from.slice(5)}` : null;
    hist.run(id, status, from, to, AT);
    setStatus.run(status, from, to, id);
  }
}

/** 3 % of organizations did not report the last year; a third work in two sectors. */
function seedReportingGaps(app: App, orgs: number, lastYear: number): void {
  const s = app.ctx.conn.sqlite;
  s.prepare(`delete from yearly_figures where year = ? and organization_id % 33 = 0`).run(lastYear);
  s.prepare(`update organizations set sectors = '["nong_nghiep","dich_vu"]' where id % 3 = 0 and id <= ?`).run(orgs);
}

function seedOcopAndCertifications(app: App, orgs: number, rnd: () => number): void {
  const s = app.ctx.conn.sqlite;
  const owner = s.prepare(`insert into external_owners (kind, name, name_key, created_at) values (?, ?, ?, ?)`);
  const ocop = s.prepare(
    `insert into ocop_products (name, organization_id, external_owner_id, stars, decision_no, decision_date, recognition_year, created_at, updated_at, deleted_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const cert = s.prepare(
    `insert into certifications (organization_id, kind, product, number, issued_on, expires_on, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const kinds = ['doanh_nghiep', 'ho_kinh_doanh', 'ca_nhan', 'khac'];
  const owners: number[] = [];
  for (let i = 1; i <= 100; i++)
    owners.push(Number(owner.run(kinds[i % kinds.length], `Chủ thể ${i}`, `chu the ${i}`, AT).lastInsertRowid));
  for (let i = 1; i <= 6_300; i++) {
    const external = i > 6_000;
    const orgId = external ? null : 1 + Math.floor(rnd() * orgs);
    const decided = isoDay(2020 + Math.floor(rnd() * 5), rnd);
    const stars = rnd() < 0.85 ? 3 : rnd() < 0.9 ? 4 : 5;
    const deleted = i % 30 === 0 ? AT : null;
    ocop.run(
      `${PRODUCTS[i % PRODUCTS.length] ?? 'Sản phẩm'} ${i}`,
      orgId,
      external ? (owners[i % owners.length] ?? null) : null,
      stars,
      `${i}/QĐ-UBND`,
      decided,
      Number(decided.slice(0, 4)),
      AT,
      AT,
      deleted,
    );
  }
  for (let i = 1; i <= 8_000; i++) {
    const issued = isoDay(2021 + Math.floor(rnd() * 4), rnd);
    const expires = i % 10 === 0 ? null : `${Number(issued.slice(0, 4)) + 2 + (i % 2)}${issued.slice(4)}`;
    const deleted = i % 40 === 0 ? AT : null;
    cert.run(
      1 + Math.floor(rnd() * orgs),
      CERTS[i % CERTS.length],
      PRODUCTS[i % PRODUCTS.length] ?? null,
      `GCN-${i}`,
      issued,
      expires,
      AT,
      AT,
      deleted,
    );
  }
}

/** Meetings of fiscal year `fiscalYear` for 70 % of organizations, some after the 30/4 deadline. */
function seedMeetings(app: App, orgs: number, fiscalYear: number, rnd: () => number): void {
  const meeting = app.ctx.conn.sqlite.prepare(
    `insert into members_meetings (organization_id, fiscal_year, held_on, created_at, updated_at) values (?, ?, ?, ?, ?)`,
  );
  for (let id = 1; id <= orgs; id++) {
    if (rnd() >= 0.7) continue;
    const month = rnd() < 0.9 ? 1 + Math.floor(rnd() * 4) : 5 + Math.floor(rnd() * 3);
    meeting.run(id, fiscalYear, `${fiscalYear + 1}-${String(month).padStart(2, '0')}-15`, AT, AT);
  }
}

const RESULTS = ['dat', 'dat', 'dat', 'dat', 'dat', 'dat', 'dat', 'dat', 'khong_dat', 'khong_ap_dung'] as const;

/** A yearly plan and `count` biên bản dated in `year`, most carrying out a plan visit, with their parts and follow-up. */
function seedInspections(app: App, orgs: number, year: number, count: number, rnd: () => number): number {
  const s = app.ctx.conn.sqlite;
  const items = s.prepare(`select id, code from checklist_items where template_id = 1 order by position`).all() as {
    id: number;
    code: string;
  }[];
  const planId = Number(
    s
      .prepare(`insert into inspection_plans (year, title, issued_on, team, content, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`)
      .run(
        year,
        `Kế hoạch kiểm tra năm ${year}`,
        `${year}-01-10`,
        'Đoàn kiểm tra Liên minh HTX tỉnh',
        'Kiểm tra việc thực hiện Luật Hợp tác xã năm 2023',
        AT,
        AT,
      ).lastInsertRowid,
  );
  const planItem = s.prepare(`insert into inspection_plan_items (plan_id, position, organization_id, planned_date) values (?, ?, ?, ?)`);
  const record = s.prepare(
    `insert into inspection_records (organization_id, plan_item_id, template_id, number, inspected_on, place, findings, conclusion, copies, created_at, updated_at)
     values (?, ?, 1, ?, ?, ?, ?, ?, 2, ?, ?)`,
  );
  const participant = s.prepare(
    `insert into inspection_participants (record_id, position, side, name, role, unit) values (?, ?, ?, ?, ?, ?)`,
  );
  const answer = s.prepare(`insert into inspection_answers (record_id, item_id, result, remark) values (?, ?, ?, ?)`);
  const violation = s.prepare(`insert into inspection_violations (record_id, position, item_code, description) values (?, ?, ?, ?)`);
  const recommendation = s.prepare(
    `insert into inspection_recommendations (record_id, position, content, responsible, deadline, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = s.prepare(
    `insert into recommendation_updates (recommendation_id, on_date, status, recorded_at, who) values (?, ?, ?, ?, ?)`,
  );
  let first = 0;
  for (let i = 1; i <= count; i++) {
    const org = 1 + Math.floor(rnd() * orgs);
    const on = isoDay(year, rnd);
    const itemId = i % 8 === 0 ? null : Number(planItem.run(planId, i, org, on).lastInsertRowid);
    const id = Number(
      record.run(
        org,
        itemId,
        `${i}/BB-ĐKT`,
        on,
        'Trụ sở tổ chức',
        'Tổ chức chấp hành cơ bản quy định.',
        'Đề nghị khắc phục các tồn tại.',
        AT,
        AT,
      ).lastInsertRowid,
    );
    first ||= id;
    participant.run(id, 1, 'doan', 'Nguyễn Văn An', 'Trưởng đoàn', 'Liên minh HTX tỉnh');
    participant.run(id, 2, 'doan', 'Trần Thị Bình', 'Thư ký', 'Liên minh HTX tỉnh');
    participant.run(id, 3, 'to_chuc', 'Lê Văn Cường', 'Giám đốc', null);
    let v = 0;
    for (const item of items) {
      const result = RESULTS[Math.floor(rnd() * RESULTS.length)] ?? 'dat';
      answer.run(id, item.id, result, result === 'khong_dat' ? 'Chưa thực hiện đầy đủ' : null);
      if (result === 'khong_dat') violation.run(id, ++v, item.code, 'Chưa thực hiện đúng quy định');
    }
    if (rnd() < 0.1) violation.run(id, v + 1, null, rnd() < 0.5 ? 'Sổ sách kế toán chưa cập nhật' : 'SỔ SÁCH KẾ TOÁN CHƯA CẬP NHẬT');
    const recs = 1 + Math.floor(rnd() * 3);
    for (let p = 1; p <= recs; p++) {
      const deadline = `${year + (on.slice(5, 7) > '09' ? 1 : 0)}-${String(((Number(on.slice(5, 7)) + 2) % 12) + 1).padStart(2, '0')}-28`;
      const rec = Number(recommendation.run(id, p, `Khắc phục tồn tại số ${p}`, 'Giám đốc HTX', deadline, AT, AT).lastInsertRowid);
      const step = rnd();
      if (step < 0.4) update.run(rec, deadline, 'da_thuc_hien', AT, 'bench');
      else if (step < 0.6) update.run(rec, on, 'dang_thuc_hien', AT, 'bench');
    }
  }
  return first;
}

/** Rows in the recycle bin: organizations with their figures, products and certificates deleted by clerks. */
function seedRecycleBin(app: App, rnd: () => number): void {
  const s = app.ctx.conn.sqlite;
  const org = s.prepare(
    `insert into organizations (type, name, name_key, founded_on, status, status_since, commune_code, sectors, created_at, updated_at, deleted_at)
     values ('HTX', ?, ?, '2015-01-01', 'dang_hoat_dong', '2015-01-01', '04792', '["nong_nghiep"]', ?, ?, ?)`,
  );
  const hist = s.prepare(
    `insert into status_history (organization_id, status, from_date, recorded_at) values (?, 'dang_hoat_dong', '2015-01-01', ?)`,
  );
  const fig = s.prepare(
    `insert into yearly_figures (organization_id, year, period, members, revenue, created_at, updated_at, deleted_at) values (?, ?, 'Y', ?, ?, ?, ?, ?)`,
  );
  for (let i = 1; i <= 300; i++) {
    const name = `Hợp tác xã đã xóa ${i}`;
    const id = Number(org.run(name, name.toLowerCase(), AT, AT, AT).lastInsertRowid);
    hist.run(id, AT);
    for (let y = 2020; y <= 2024; y++) fig.run(id, y, 10 + Math.floor(rnd() * 50), Math.round(rnd() * 1e9), AT, AT, AT);
  }
  s.prepare(`update yearly_figures set deleted_at = ? where year = 2016 and organization_id % 25 = 0`).run(AT);
}

/** Adds everything above to a database seeded by seedLargeRegistry(orgs, …, lastYear). */
export function seedReportData(app: App, orgs: number, lastYear = 2024): ReportSeed {
  const rnd = prng(7);
  const records = 3_000;
  let sampleRecordId = 0;
  app.ctx.conn.sqlite.transaction(() => {
    seedStatuses(app, orgs, rnd);
    seedReportingGaps(app, orgs, lastYear);
    seedOcopAndCertifications(app, orgs, rnd);
    seedMeetings(app, orgs, lastYear - 1, rnd);
    sampleRecordId = seedInspections(app, orgs, lastYear, records, rnd);
    seedRecycleBin(app, rnd);
  })();
  return { records, inspectionYear: lastYear, sampleRecordId };
}
