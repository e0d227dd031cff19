import { describe, expect, it } from 'vitest';
import type {
  ChecklistTemplateDto,
  MeetingDto,
  PlanDto,
  RecommendationDto,
  RecordDto,
  RecordSummaryDto,
} from '../../src-main/contract/inspection-dto.ts';
import { currentTemplate, recordInput, saveRecord, TEAM } from '../helpers/inspection-helpers.ts';
import { createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);
const open = () => openTestApp({ now: () => NOW });
const refusal = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'accepted' : r.error?.message);

describe('the checklist template', () => {
  it('starts at version 1 with the obligations of the Law on Cooperatives 2023', async () => {
    const app = await open();
    const t = await currentTemplate(app);
    expect(t.version).toBe(1);
    expect(t.items.map((i) => i.code)).toEqual([
      'dhtv',
      'co_cau_quan_tri',
      'so_thanh_vien',
      'gop_von',
      'bao_cao_tai_chinh',
      'trich_lap_quy',
      'bao_cao_co_quan',
      'thong_tin_dang_ky',
    ]);
    expect(t.items[0]?.title).toContain('04 tháng');
  });

  it('is edited into a new version; a record keeps the version it was made with', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Phiên bản' });
    const v1 = await currentTemplate(app);
    const old = await saveRecord(app, await recordInput(app, org, '2025-01-10', { failed: ['gop_von'] }));
    const v2 = await value<ChecklistTemplateDto>(
      app.call('inspections.saveTemplate', {
        note: 'Bổ sung nội dung hỗ trợ của Nhà nước',
        items: [
          ...v1.items.slice(0, 3).map((i) => ({ code: i.code, title: i.title })),
          { code: 'gop_von', title: 'Góp vốn của thành viên đúng hạn, đủ vốn điều lệ' },
          { title: 'Sử dụng vốn hỗ trợ của Nhà nước đúng mục đích' },
        ],
      }),
    );
    expect(v2.version).toBe(2);
    expect(v2.items.map((i) => i.code)).toEqual([
      'dhtv',
      'co_cau_quan_tri',
      'so_thanh_vien',
      'gop_von',
      'su_dung_von_ho_tro_cua_nha_nuoc_dung',
    ]);
    const fresh = await saveRecord(app, await recordInput(app, org, '2025-02-10'));
    expect(fresh.templateVersion).toBe(2);
    expect(fresh.checklist).toHaveLength(5);
    const again = await value<RecordDto>(app.call('inspections.getRecord', { id: old.id }));
    expect(again.templateVersion).toBe(1);
    expect(again.checklist).toHaveLength(8);
    expect(again.checklist.find((a) => a.code === 'gop_von')).toMatchObject({ result: 'khong_dat', title: v1.items[3]?.title });
    const templates = await value<ChecklistTemplateDto[]>(app.call('inspections.templates', {}));
    expect(templates.map((t) => [t.version, t.recordsUsing])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    // Editing the old record cannot move it to the new checklist.
    const moved = await app.call('inspections.saveRecord', {
      ...(await recordInput(app, org, '2025-01-10')),
      id: old.id,
      templateId: v2.id,
    });
    expect(refusal(moved)).toBe('Biên bản đã lập theo mẫu nội dung kiểm tra phiên bản 1; không đổi sang mẫu khác được.');
    const dup = await app.call('inspections.saveTemplate', {
      items: [
        { code: 'a', title: 'Một' },
        { code: 'a', title: 'Hai' },
      ],
    });
    expect(refusal(dup)).toBe('Mã mục "a" bị trùng trong mẫu.');
  });
});

describe('plans', () => {
  it('are saved per year with their visits, validated, and linked to the biên bản that carried them out', async () => {
    const app = await open();
    const a = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX An Phú' });
    const b = await createRow(app, 'organizations', { type: 'THT', name: 'THT Bình Minh' });
    const input = {
      year: 2025,
      number: '12/KH-LMHTX',
      title: 'Kế hoạch kiểm tra HTX năm 2025',
      issuedOn: '2025-01-05',
      team: 'Ông Nguyễn Văn An, Trưởng ban Kiểm tra',
      content: 'Kiểm tra việc thi hành Luật HTX 2023',
      items: [
        { organizationId: a, plannedDate: '2025-03-10' },
        { organizationId: b, plannedDate: '2025-04-12', note: 'Kết hợp tập huấn' },
      ],
    };
    const plan = await value<PlanDto>(app.call('inspections.savePlan', input));
    expect(plan.items.map((i) => [i.organization.name, i.plannedDate, i.recordId])).toEqual([
      ['HTX An Phú', '2025-03-10', null],
      ['THT Bình Minh', '2025-04-12', null],
    ]);

    const wrongYear = await app.call('inspections.savePlan', { ...input, items: [{ organizationId: a, plannedDate: '2026-01-10' }] });
    expect(refusal(wrongYear)).toBe('Ngày dự kiến kiểm tra HTX An Phú (10/01/2026) không thuộc năm 2025.');
    const empty = await app.call('inspections.savePlan', { ...input, items: [] });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: [{ message: 'Kế hoạch cần ít nhất một tổ chức được kiểm tra' }] },
    });

    const itemA = plan.items[0]?.id ?? 0;
    const rec = await saveRecord(app, await recordInput(app, a, '2025-03-10', { planItemId: itemA }));
    const wrongOrg = await app.call('inspections.saveRecord', await recordInput(app, b, '2025-03-10', { planItemId: itemA }));
    expect(refusal(wrongOrg)).toBe('Mục kế hoạch được chọn là của tổ chức khác.');
    const linked = await value<PlanDto>(app.call('inspections.getPlan', { id: plan.id }));
    expect(linked.items[0]?.recordId).toBe(rec.id);
    const drop = await app.call('inspections.savePlan', {
      ...input,
      id: plan.id,
      items: [{ id: plan.items[1]?.id, organizationId: b, plannedDate: '2025-04-12' }],
    });
    expect(refusal(drop)).toBe('Không bỏ được HTX An Phú khỏi kế hoạch: đã có biên bản kiểm tra theo mục này.');
    const kept = await value<PlanDto>(
      app.call('inspections.savePlan', { ...input, id: plan.id, items: [{ id: itemA, organizationId: a, plannedDate: '2025-03-10' }] }),
    );
    expect(kept.items).toHaveLength(1);
    await value(app.call('inspections.deletePlan', { id: plan.id }));
    expect(await value<PlanDto[]>(app.call('inspections.listPlans', { year: 2025 }))).toEqual([]);
    expect((await value<RecordDto>(app.call('inspections.getRecord', { id: rec.id }))).planItemId).toBe(itemA);
  });
});

describe('inspection records', () => {
  it('keep participants, checklist, violations and recommendations, and log who saved what', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Đồng Tâm' });
    const t = await currentTemplate(app);
    const input = await recordInput(app, org, '2025-05-20', {
      number: '05/BB-ĐKT',
      startTime: '08:30',
      endTime: '11:00',
      failed: ['dhtv', 'so_thanh_vien'],
      findings: 'HTX duy trì hoạt động dịch vụ làm đất.',
      violations: [
        { itemCode: 'dhtv', description: 'Chưa tổ chức Đại hội thường niên năm 2024' },
        { description: 'Sổ sách kế toán ghi chép chưa đầy đủ' },
      ],
      recommendations: [{ content: 'Tổ chức Đại hội thường niên', responsible: 'Hội đồng quản trị HTX', deadline: '2025-07-31' }],
      copies: 2,
    });
    const rec = await saveRecord(app, input);
    expect(rec.checklist.filter((a) => a.result === 'khong_dat').map((a) => a.code)).toEqual(['dhtv', 'so_thanh_vien']);
    expect(rec.participants).toEqual(TEAM);
    expect(rec.recommendations).toMatchObject([
      { content: 'Tổ chức Đại hội thường niên', status: 'chua_thuc_hien', overdue: false, deadline: '2025-07-31' },
    ]);
    const list = await value<RecordSummaryDto[]>(app.call('inspections.listRecords', { from: '2025-01-01', to: '2025-12-31' }));
    expect(list).toMatchObject([
      { id: rec.id, number: '05/BB-ĐKT', failedItems: 2, violations: 2, recommendations: 1, recommendationsDone: 0 },
    ]);

    // Editing keeps the recommendation (and its follow-up) by id, and logs the changed fields.
    const recId = rec.recommendations[0]?.id;
    await value(app.call('inspections.updateRecommendation', { id: recId ?? 0, status: 'dang_thuc_hien', onDate: '2025-06-01' }));
    const edited = await saveRecord(app, {
      ...input,
      id: rec.id,
      place: 'Nhà văn hóa thôn',
      recommendations: [
        { id: recId, content: 'Tổ chức Đại hội thường niên', responsible: 'Hội đồng quản trị HTX', deadline: '2025-08-15' },
      ],
    });
    expect(edited.recommendations).toMatchObject([{ id: recId, deadline: '2025-08-15', status: 'dang_thuc_hien' }]);
    const audit = await app.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'inspection_records').orderBy('id').execute();
    expect(audit.map((e) => [e.action, e.field, e.who])).toEqual([
      ['insert', null, 'tester'],
      ['update', 'place', 'tester'],
      ['update', 'recommendations', 'tester'],
    ]);
    const removeTracked = await app.call('inspections.saveRecord', { ...input, id: rec.id, recommendations: [] });
    expect(refusal(removeTracked)).toBe('Kiến nghị "Tổ chức Đại hội thường niên" đã có cập nhật theo dõi nên không xóa được.');
    expect(t.items).toHaveLength(8);
  });

  it('refuse what a biên bản cannot say, each with its reason', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Kiểm tra lỗi' });
    const base = await recordInput(app, org, '2025-05-20');
    expect(refusal(await app.call('inspections.saveRecord', { ...base, inspectedOn: '2025-06-16' }))).toBe(
      'Ngày kiểm tra không được sau ngày hôm nay.',
    );
    expect(refusal(await app.call('inspections.saveRecord', { ...base, participants: [{ side: 'to_chuc', name: 'Lê Văn C' }] }))).toBe(
      'Cần ghi ít nhất một thành viên đoàn kiểm tra.',
    );
    expect(
      refusal(
        await app.call('inspections.saveRecord', {
          ...base,
          recommendations: [{ content: 'X', responsible: 'Y', deadline: '2025-05-19' }],
        }),
      ),
    ).toBe('Kiến nghị thứ 1: thời hạn không được trước ngày kiểm tra (20/05/2025).');
    expect(refusal(await app.call('inspections.saveRecord', { ...base, startTime: '10:00', endTime: '09:00' }))).toBe(
      'Giờ kết thúc phải sau giờ bắt đầu.',
    );
    expect(refusal(await app.call('inspections.saveRecord', { ...base, violations: [{ itemCode: 'khong_co', description: 'X' }] }))).toBe(
      'Vi phạm gắn với mục "khong_co" không có trong mẫu phiên bản 1.',
    );
    expect(refusal(await app.call('inspections.saveRecord', { ...base, organizationId: 9999 }))).toBe(
      'Không tìm thấy tổ chức được kiểm tra (có thể đã bị xóa).',
    );
    const badTime = await app.call('inspections.saveRecord', { ...base, startTime: '25:00' });
    expect(badTime).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: [{ path: 'startTime', message: 'Giờ phải có dạng HH:MM' }] },
    });
    const count = await app.ctx.db
      .selectFrom('inspection_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });
});

describe('follow-up of recommendations', () => {
  it('keeps dated updates; the status on a date is the latest update by then', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Theo dõi' });
    const rec = await saveRecord(
      app,
      await recordInput(app, org, '2025-02-01', {
        recommendations: [{ content: 'Bổ sung sổ thành viên', responsible: 'Giám đốc', deadline: '2025-04-30' }],
      }),
    );
    const id = rec.recommendations[0]?.id ?? 0;
    await value(
      app.call('inspections.updateRecommendation', { id, status: 'dang_thuc_hien', onDate: '2025-03-01', note: 'Đang thu thập thông tin' }),
    );
    const done = await value<RecommendationDto>(
      app.call('inspections.updateRecommendation', { id, status: 'da_thuc_hien', onDate: '2025-05-10' }),
    );
    expect(done).toMatchObject({ status: 'da_thuc_hien', statusSince: '2025-05-10', overdue: false });
    expect(done.updates.map((u) => [u.onDate, u.status, u.who])).toEqual([
      ['2025-03-01', 'dang_thuc_hien', 'tester'],
      ['2025-05-10', 'da_thuc_hien', 'tester'],
    ]);
    const on = async (asOf: string) => (await value<RecommendationDto[]>(app.call('inspections.listRecommendations', { asOf })))[0];
    expect(await on('2025-02-15')).toMatchObject({ status: 'chua_thuc_hien', overdue: false });
    expect(await on('2025-04-30')).toMatchObject({ status: 'dang_thuc_hien', overdue: false, daysOverdue: 0 });
    expect(await on('2025-05-01')).toMatchObject({ status: 'dang_thuc_hien', overdue: true, daysOverdue: 1 });
    expect(await on('2025-05-10')).toMatchObject({ status: 'da_thuc_hien', overdue: false });

    expect(refusal(await app.call('inspections.updateRecommendation', { id, status: 'dang_thuc_hien', onDate: '2025-04-01' }))).toBe(
      'Ngày cập nhật không được trước lần cập nhật gần nhất (10/05/2025).',
    );
    expect(refusal(await app.call('inspections.updateRecommendation', { id, status: 'dang_thuc_hien', onDate: '2025-06-16' }))).toBe(
      'Ngày cập nhật không được sau ngày hôm nay.',
    );
    expect(refusal(await app.call('inspections.updateRecommendation', { id: 999, status: 'dang_thuc_hien', onDate: '2025-06-01' }))).toBe(
      'Không tìm thấy kiến nghị này (biên bản có thể đã bị xóa).',
    );
    const audit = await app.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'inspection_recommendations').execute();
    expect(audit).toHaveLength(2);
  });
});

describe("annual members' meetings", () => {
  it('are one per organization and fiscal year, on time until 30 April of the next year', async () => {
    const app = await open();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Đại hội' });
    const m = await value<MeetingDto>(app.call('inspections.saveMeeting', { organizationId: org, fiscalYear: 2024, heldOn: '2025-04-30' }));
    expect(m).toMatchObject({ fiscalYear: 2024, deadline: '2025-04-30', onTime: true });
    const late = await value<MeetingDto>(
      app.call('inspections.saveMeeting', { id: m.id, organizationId: org, fiscalYear: 2024, heldOn: '2025-05-01' }),
    );
    expect(late.onTime).toBe(false);
    const listed = await value<MeetingDto[]>(app.call('inspections.listMeetings', { fiscalYear: 2024 }));
    expect(listed).toEqual([{ ...late, organization: { id: org, name: 'HTX Đại hội', type: 'HTX', communeCode: null, commune: null } }]);
    const dup = await app.call('inspections.saveMeeting', { organizationId: org, fiscalYear: 2024, heldOn: '2025-03-01' });
    expect(refusal(dup)).toBe('HTX Đại hội đã có Đại hội thường niên năm 2024 (họp ngày 01/05/2025).');
    expect(refusal(await app.call('inspections.saveMeeting', { organizationId: org, fiscalYear: 2024, heldOn: '2023-12-01' }))).toBe(
      'Đại hội thường niên năm 2024 không thể họp trước năm 2024.',
    );
    await value(app.call('inspections.deleteMeeting', { id: m.id }));
    expect(await value<MeetingDto[]>(app.call('inspections.listMeetings', { organizationId: org }))).toEqual([]);
  });
});
