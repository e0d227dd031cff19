import { describe, expect, it } from 'vitest';
import type { CommuneDto, ReportFile } from '../../src-main/contract/index.ts';
import type { InspectionPeriodData, PlanDto } from '../../src-main/contract/inspection-dto.ts';
import type { InspectionDocumentRequest } from '../../src-main/contract/inspections.ts';
import { defaultInspectionReportSettings, inspectionReport } from '../../src-main/core/inspections/documents/index.ts';
import type { DocumentModel } from '../../src-main/core/reports/model.ts';
import { renderDocx, renderHtml, renderXlsx } from '../../src-main/core/reports/render/index.ts';
import { recordInput, saveRecord } from '../helpers/inspection-helpers.ts';
import { createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';
import { expectGolden } from '../helpers/golden.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);

/** The printouts' document models as golden files: what is printed, independent of how a renderer lays it out. */
function golden(name: string, model: DocumentModel): void {
  expectGolden(name, `${JSON.stringify(model, null, 2)}\n`);
}

async function scenario() {
  const app = await openTestApp({ now: () => NOW });
  await value(
    app.call('settings.set', {
      officeName: 'Liên minh Hợp tác xã tỉnh Phú Thọ',
      parentBody: 'UBND tỉnh Phú Thọ',
      issuingBody: 'Liên minh Hợp tác xã tỉnh',
      placeName: 'Phú Thọ',
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn Hải',
      provinceCode: '25',
    }),
  );
  const communes = await value<CommuneDto[]>(app.call('adminUnits.communes', { provinceCode: '25' }));
  const commune = communes[0]?.code ?? null;
  const a = await createRow(app, 'organizations', {
    type: 'HTX',
    name: 'HTX Nông nghiệp Đồng Tâm',
    regCode: '2501000123',
    foundedOn: '2018-03-15',
    communeCode: commune ?? '',
    charterCapital: 650_000_000,
    headName: 'Lê Văn Cường',
  });
  const b = await createRow(app, 'organizations', { type: 'THT', name: 'THT Rau sạch Bình Minh', foundedOn: '2020-05-01' });
  await createRow(app, 'figures', { organizationId: a, year: 2024, members: 45, workers: 20, revenue: 2_350_000_000 });
  const plan = await value<PlanDto>(
    app.call('inspections.savePlan', {
      year: 2025,
      number: '03/KH-LMHTX',
      title: 'Kế hoạch kiểm tra, giám sát HTX năm 2025',
      issuedOn: '2025-01-06',
      team: 'Ông Nguyễn Văn An, Trưởng ban Kiểm tra, Trưởng đoàn\nBà Trần Thị Bình, chuyên viên, Thư ký',
      content: 'Kiểm tra việc thực hiện Luật Hợp tác xã năm 2023.\nKiểm tra sổ sách, báo cáo tài chính năm 2024.',
      items: [
        { organizationId: a, plannedDate: '2025-05-20' },
        { organizationId: b, plannedDate: '2025-09-10', note: 'Kết hợp tập huấn' },
      ],
    }),
  );
  const record = await saveRecord(
    app,
    await recordInput(app, a, '2025-05-20', {
      planItemId: plan.items[0]?.id ?? null,
      number: '05/BB-ĐKT',
      startTime: '08:30',
      endTime: '11:15',
      legalBasis: 'Căn cứ Kế hoạch số 03/KH-LMHTX ngày 06/01/2025 của Liên minh Hợp tác xã tỉnh.',
      failed: ['dhtv', 'so_thanh_vien'],
      findings: 'HTX duy trì dịch vụ làm đất, tưới tiêu cho thành viên.',
      violations: [
        { itemCode: 'dhtv', description: 'Chưa tổ chức Đại hội thành viên thường niên năm 2024' },
        { description: 'Sổ sách kế toán ghi chép chưa đầy đủ' },
      ],
      conclusion: 'HTX cơ bản chấp hành quy định của Luật HTX năm 2023.',
      recommendations: [
        { content: 'Tổ chức Đại hội thành viên thường niên năm 2024', responsible: 'Hội đồng quản trị HTX', deadline: '2025-06-10' },
      ],
      copies: 2,
    }),
  );
  return { app, a, b, plan, record };
}

const fixedDate = (kind: 'record' | 'plan' | 'period' | 'monitoring') => defaultInspectionReportSettings(kind, '2025-06-15');

describe('inspection printouts', () => {
  it('build the biên bản, the plan, the period report and the monitoring report as document models', async () => {
    const { app, plan, record } = await scenario();
    const requests: [string, InspectionDocumentRequest][] = [
      ['inspection-record.json', { kind: 'record', id: record.id }],
      ['inspection-plan.json', { kind: 'plan', id: plan.id }],
      ['inspection-period.json', { kind: 'period', from: '2025-01-01', to: '2025-06-30' }],
      ['monitoring-report.json', { kind: 'monitoring', asOf: '2025-06-15' }],
    ];
    for (const [file, request] of requests) {
      const report = await inspectionReport(
        app.ctx,
        request,
        request.kind === 'record' || request.kind === 'plan'
          ? defaultInspectionReportSettings(request.kind, null)
          : fixedDate(request.kind),
      );
      golden(file, report.model);
      const html = renderHtml(report.model);
      expect(html).toContain(report.model.title.docType);
      // Every output format accepts the model (DOCX and XLSX are zip files: "PK").
      expect(Buffer.from((await renderDocx(report.model)).slice(0, 2)).toString()).toBe('PK');
      expect(Buffer.from((await renderXlsx(report.model)).slice(0, 2)).toString()).toBe('PK');
    }
  });

  it('print the biên bản dated on the inspection day, with both sides and the failed items', async () => {
    const { app, record } = await scenario();
    const { model } = await inspectionReport(app.ctx, { kind: 'record', id: record.id });
    expect(model.header).toMatchObject({ numberLine: 'Số: 05/BB-ĐKT', placeDateLine: 'Phú Thọ, ngày 20 tháng 5 năm 2025' });
    expect(model.signature).toEqual({ authority: '', title: 'TRƯỞNG ĐOÀN KIỂM TRA', name: 'Nguyễn Văn An' });
    const html = renderHtml(model);
    expect(html).toContain('ĐẠI DIỆN HTX NÔNG NGHIỆP ĐỒNG TÂM');
    expect(html.match(/Không đạt/g)).toHaveLength(2);
    expect(html).toContain('10/06/2025');
  });

  it('count the period: inspections by commune and type, common violations, recommendations carried out', async () => {
    const { app, record } = await scenario();
    const before = await value<InspectionPeriodData>(app.call('inspections.periodReport', { from: '2025-01-01', to: '2025-06-30' }));
    expect(before).toMatchObject({ inspections: 1, organizations: 1, byType: { HTX: 1, THT: 0 }, planned: { visits: 1, carriedOut: 1 } });
    expect(before.violations).toEqual([
      // Equal counts read alphabetically.
      { code: 'so_thanh_vien', label: 'Lập, lưu giữ và cập nhật sổ đăng ký thành viên', count: 1 },
      { code: null, label: 'Sổ sách kế toán ghi chép chưa đầy đủ', count: 1 },
      { code: 'dhtv', label: 'Tổ chức Đại hội thành viên thường niên trong thời hạn 04 tháng kể từ ngày kết thúc năm tài chính', count: 1 },
    ]);
    expect(before.recommendations).toEqual({ made: 1, done: 0, inProgress: 0, notStarted: 1, overdue: 1 });
    await value(
      app.call('inspections.updateRecommendation', {
        id: record.recommendations[0]?.id ?? 0,
        status: 'da_thuc_hien',
        onDate: '2025-06-12',
      }),
    );
    const after = await value<InspectionPeriodData>(app.call('inspections.periodReport', { from: '2025-01-01', to: '2025-06-30' }));
    expect(after.recommendations).toEqual({ made: 1, done: 1, inProgress: 0, notStarted: 0, overdue: 0 });
    const refused = await app.call('inspections.periodReport', { from: '2025-07-01', to: '2025-06-30' });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc.' } });
  });

  it('give the monitoring JSON as { asOf, lists } and HTML to preview through the contract', async () => {
    const { app } = await scenario();
    const report = await inspectionReport(app.ctx, { kind: 'monitoring', asOf: '2025-06-15' });
    expect(Object.keys(report.json as object)).toEqual(['asOf', 'lists']);
    const r = await value<{ title: string; html: string }>(
      app.call('inspections.documentHtml', { kind: 'monitoring', asOf: '2025-06-15' }),
    );
    expect(r.title).toBe('Báo cáo giám sát tổ chức kinh tế tập thể đến ngày 15/06/2025');
    expect(r.html).toContain('Kiến nghị quá hạn chưa thực hiện');
    expect(r.html).toContain('Tổ chức Đại hội thành viên thường niên năm 2024');
  });

  it('save as files through the contract: the monitoring JSON and a PDF printed by Chromium', async () => {
    const { app } = await scenario();
    const json = await value<ReportFile>(
      app.call('inspections.documentFile', { document: { kind: 'monitoring', asOf: '2025-06-15' }, format: 'json' }),
    );
    expect(json).toMatchObject({ fileName: 'bao-cao-giam-sat-2025-06-15.json', mime: 'application/json' });
    const data = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as {
      asOf: string;
      lists: Record<string, { id: number; name: string }[]>;
    };
    expect(data.asOf).toBe('2025-06-15');
    expect(data.lists.recommendationsOverdue?.map((e) => e.name)).toEqual(['HTX Nông nghiệp Đồng Tâm']);
    const pdf = await value<ReportFile>(
      app.call('inspections.documentFile', { document: { kind: 'monitoring', asOf: '2025-06-15' }, format: 'pdf' }),
    );
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
