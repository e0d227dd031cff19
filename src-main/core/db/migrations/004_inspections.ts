import { sql, type Kysely } from 'kysely';

/**
 * Frozen. Inspections and monitoring: a versioned checklist (seeded with version 1 from the obligations of
 * the Law on Cooperatives 2023), yearly inspection plans, inspection records (biên bản) with participants,
 * checklist answers, violations and recommendations whose follow-up is a dated history, and the annual
 * members' meetings the monitoring lists check. Plans, records and meetings are deleted softly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checklist_templates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('checklist_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('template_id', 'integer', (c) => c.notNull().references('checklist_templates.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('guidance', 'text')
    .addColumn('legal_basis', 'text')
    .addUniqueConstraint('checklist_items_code', ['template_id', 'code'])
    .execute();

  await db.schema
    .createTable('inspection_plans')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text')
    .addColumn('team', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('inspection_plans_year').on('inspection_plans').column('year').execute();

  await db.schema
    .createTable('inspection_plan_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('inspection_plans.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('planned_date', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('inspection_plan_items_plan').on('inspection_plan_items').column('plan_id').execute();

  await db.schema
    .createTable('inspection_records')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('plan_item_id', 'integer', (c) => c.references('inspection_plan_items.id'))
    .addColumn('template_id', 'integer', (c) => c.notNull().references('checklist_templates.id'))
    .addColumn('number', 'text')
    .addColumn('inspected_on', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('findings', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('copies', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('inspection_records_date').on('inspection_records').column('inspected_on').execute();
  await db.schema.createIndex('inspection_records_org').on('inspection_records').column('organization_id').execute();

  await db.schema
    .createTable('inspection_participants')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('record_id', 'integer', (c) => c.notNull().references('inspection_records.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('doan','to_chuc','dia_phuong')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('unit', 'text')
    .execute();
  await db.schema.createIndex('inspection_participants_record').on('inspection_participants').column('record_id').execute();

  await db.schema
    .createTable('inspection_answers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('record_id', 'integer', (c) => c.notNull().references('inspection_records.id'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('checklist_items.id'))
    .addColumn('result', 'text', (c) => c.check(sql`result is null or result in ('dat','khong_dat','khong_ap_dung')`))
    .addColumn('remark', 'text')
    .addUniqueConstraint('inspection_answers_item', ['record_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('inspection_violations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('record_id', 'integer', (c) => c.notNull().references('inspection_records.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('item_code', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_violations_record').on('inspection_violations').column('record_id').execute();

  await db.schema
    .createTable('inspection_recommendations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('record_id', 'integer', (c) => c.notNull().references('inspection_records.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_recommendations_record').on('inspection_recommendations').column('record_id').execute();

  await db.schema
    .createTable('recommendation_updates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('inspection_recommendations.id'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('chua_thuc_hien','dang_thuc_hien','da_thuc_hien')`))
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('who', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('recommendation_updates_rec')
    .on('recommendation_updates')
    .columns(['recommendation_id', 'on_date'])
    .execute();

  await db.schema
    .createTable('members_meetings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await sql`create unique index members_meetings_year on members_meetings(organization_id, fiscal_year) where deleted_at is null`.execute(
    db,
  );

  await seedChecklistVersion1(db);
}

/**
 * Version 1 of the checklist: the obligations a provincial office checks under Luật Hợp tác xã 2023
 * (domain.md §1.6). Written as data here, frozen with the migration; later wording is a new version.
 */
const VERSION_1: readonly { code: string; title: string; guidance: string; legalBasis: string }[] = [
  {
    code: 'dhtv',
    title: 'Tổ chức Đại hội thành viên thường niên trong thời hạn 04 tháng kể từ ngày kết thúc năm tài chính',
    guidance: 'Có biên bản, nghị quyết Đại hội thành viên thường niên của năm trước.',
    legalBasis: 'Luật Hợp tác xã năm 2023, Chương V',
  },
  {
    code: 'co_cau_quan_tri',
    title: 'Cơ cấu tổ chức quản trị (đầy đủ hoặc rút gọn) phù hợp với quy mô',
    guidance:
      'HTX nhỏ, vừa, lớn và liên hiệp HTX từ 10 thành viên phải có cơ cấu đầy đủ: Đại hội thành viên, Hội đồng quản trị, Giám đốc, Ban kiểm soát.',
    legalBasis: 'Luật Hợp tác xã năm 2023, Chương V',
  },
  {
    code: 'so_thanh_vien',
    title: 'Lập, lưu giữ và cập nhật sổ đăng ký thành viên',
    guidance: 'Sổ ghi đủ thông tin thành viên, phần vốn góp và ngày góp.',
    legalBasis: 'Luật Hợp tác xã năm 2023',
  },
  {
    code: 'gop_von',
    title: 'Ghi nhận việc góp vốn của thành viên, phù hợp với vốn điều lệ',
    guidance: 'Đối chiếu vốn thực góp với vốn điều lệ đã đăng ký và thời hạn góp vốn.',
    legalBasis: 'Luật Hợp tác xã năm 2023',
  },
  {
    code: 'bao_cao_tai_chinh',
    title: 'Lập báo cáo tài chính năm; kiểm toán độc lập đối với trường hợp bắt buộc',
    guidance:
      'Kiểm toán bắt buộc: HTX lớn, liên hiệp HTX từ 10 thành viên, HTX nhận hỗ trợ của Nhà nước theo chính sách yêu cầu; ít nhất 2 năm một lần.',
    legalBasis: 'Luật Hợp tác xã năm 2023, Điều 106',
  },
  {
    code: 'trich_lap_quy',
    title: 'Trích lập các quỹ theo quy định và điều lệ; quản lý tài sản không chia',
    guidance: 'Quỹ đầu tư phát triển, quỹ chung không chia và các quỹ khác do điều lệ quy định.',
    legalBasis: 'Luật Hợp tác xã năm 2023',
  },
  {
    code: 'bao_cao_co_quan',
    title: 'Thực hiện chế độ báo cáo tình hình hoạt động với cơ quan đăng ký, cơ quan quản lý nhà nước',
    guidance: 'Báo cáo hằng năm đúng mẫu và đúng hạn.',
    legalBasis: 'Luật Hợp tác xã năm 2023',
  },
  {
    code: 'thong_tin_dang_ky',
    title: 'Thông tin đăng ký được cập nhật kịp thời',
    guidance: 'Tên, trụ sở, người đại diện, ngành nghề, vốn điều lệ khớp với giấy chứng nhận đăng ký; thay đổi đã được đăng ký.',
    legalBasis: 'Luật Hợp tác xã năm 2023',
  },
];

async function seedChecklistVersion1(db: Kysely<unknown>): Promise<void> {
  const at = new Date().toISOString();
  await sql`insert into checklist_templates (version, note, created_at, created_by) values (1, ${'Theo Luật Hợp tác xã năm 2023'}, ${at}, ${'KTTT'})`.execute(
    db,
  );
  const id = (await sql<{ id: number }>`select id from checklist_templates where version = 1`.execute(db)).rows[0]?.id;
  for (const [i, item] of VERSION_1.entries()) {
    await sql`insert into checklist_items (template_id, position, code, title, guidance, legal_basis)
              values (${id}, ${i + 1}, ${item.code}, ${item.title}, ${item.guidance}, ${item.legalBasis})`.execute(db);
  }
}
