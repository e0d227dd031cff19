import type { InspectionPeriodData, RecordDto } from '../../../contract/inspection-dto.ts';
import { foldVietnamese } from '../../../shared/text-fold.ts';
import type { CoreContext } from '../../context.ts';
import { invalid } from '../common.ts';
import { countEntries } from '../monitoring/service.ts';
import { latestItemTitles } from '../repository.ts';
import { listRecordRows } from '../records/repository.ts';
import { recordDtos, summaryOf } from '../records/rows.ts';
import { plannedVisitsIn } from './repository.ts';

type ViolationCount = InspectionPeriodData['violations'][number];

/**
 * The most common violations: each inspection counts once per obligation it found breached, whether the
 * checklist item was marked "không đạt" or a violation was recorded against it. Violations outside the
 * checklist are grouped by their wording (accents and case ignored).
 */
export function commonViolations(records: readonly RecordDto[], titleOf: (code: string) => string): ViolationCount[] {
  const counts = new Map<string, ViolationCount>();
  const bump = (key: string, code: string | null, label: string) => {
    const c = counts.get(key);
    if (c) c.count += 1;
    else counts.set(key, { code, label, count: 1 });
  };
  for (const r of records) {
    const codes = new Set([
      ...r.checklist.filter((a) => a.result === 'khong_dat').map((a) => a.code),
      ...r.violations.flatMap((v) => (v.itemCode ? [v.itemCode] : [])),
    ]);
    for (const code of codes) bump(`code:${code}`, code, titleOf(code));
    const other = new Map(r.violations.filter((v) => !v.itemCode).map((v) => [foldVietnamese(v.description), v.description]));
    for (const [key, text] of other) bump(`text:${key}`, null, text);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
}

/** Data of the báo cáo kết quả kiểm tra: inspections dated in the period, follow-up as it stood on its last day. */
export async function periodReport(ctx: CoreContext, from: string, to: string): Promise<InspectionPeriodData> {
  if (from > to) throw invalid('Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc.');
  const rows = await listRecordRows(ctx.db, { from, to });
  const records = (await recordDtos(ctx, ctx.db, rows, to)).sort((a, b) => a.inspectedOn.localeCompare(b.inspectedOn) || a.id - b.id);
  const titles = new Map<string, string>();
  for (const t of await latestItemTitles(ctx.db)) if (!titles.has(t.code)) titles.set(t.code, t.title);
  const titleOf = (code: string) => titles.get(code) ?? code;

  const counted = countEntries(records.map((r) => r.organization));
  const checklist = new Map<string, InspectionPeriodData['checklist'][number]>();
  for (const r of records) {
    for (const a of r.checklist) {
      let c = checklist.get(a.code);
      if (!c) checklist.set(a.code, (c = { code: a.code, title: titleOf(a.code), assessed: 0, passed: 0, failed: 0, notApplicable: 0 }));
      if (a.result === 'dat') c.passed += 1;
      if (a.result === 'khong_dat') c.failed += 1;
      if (a.result === 'khong_ap_dung') c.notApplicable += 1;
      if (a.result === 'dat' || a.result === 'khong_dat') c.assessed += 1;
    }
  }
  const recs = records.flatMap((r) => r.recommendations);
  return {
    from,
    to,
    inspections: records.length,
    organizations: counted.organizations,
    byType: counted.byType,
    byCommune: counted.byCommune,
    checklist: [...checklist.values()],
    violations: commonViolations(records, titleOf),
    recommendations: {
      made: recs.length,
      done: recs.filter((c) => c.status === 'da_thuc_hien').length,
      inProgress: recs.filter((c) => c.status === 'dang_thuc_hien').length,
      notStarted: recs.filter((c) => c.status === 'chua_thuc_hien').length,
      overdue: recs.filter((c) => c.overdue).length,
    },
    planned: await plannedVisitsIn(ctx.db, from, to),
    records: records.map(summaryOf),
  };
}
