import type { ChecklistTemplateDto, RecordDto } from '../../src-main/contract/inspection-dto.ts';
import type { MonitoringResult } from '../../src-main/contract/inspection-monitoring.ts';
import type { RecordInput } from '../../src-main/contract/inspections.ts';
import type { App } from '../../src-main/core/app.ts';
import { value } from './registry.ts';

/** Helpers of the inspection and monitoring tests: one call per fact, failing the test on a refusal. */

export const TEAM = [
  { side: 'doan' as const, name: 'Nguyễn Văn An', role: 'Trưởng đoàn', unit: 'Liên minh HTX tỉnh' },
  { side: 'doan' as const, name: 'Trần Thị Bình', role: 'Thư ký', unit: 'Liên minh HTX tỉnh' },
  { side: 'to_chuc' as const, name: 'Lê Văn Cường', role: 'Giám đốc', unit: null },
];

export async function currentTemplate(app: App): Promise<ChecklistTemplateDto> {
  const list = await value<ChecklistTemplateDto[]>(app.call('inspections.templates', {}));
  const t = list[0];
  if (!t) throw new Error('no checklist template');
  return t;
}

/** A biên bản with every item of the current checklist passed unless `failed` names their codes. */
export async function recordInput(
  app: App,
  organizationId: number,
  inspectedOn: string,
  extra: Partial<RecordInput> & { failed?: string[] } = {},
): Promise<RecordInput> {
  const t = await currentTemplate(app);
  const { failed = [], ...rest } = extra;
  return {
    organizationId,
    inspectedOn,
    place: 'Trụ sở HTX',
    participants: TEAM,
    checklist: t.items.map((i) => ({
      itemId: i.id,
      result: failed.includes(i.code) ? ('khong_dat' as const) : ('dat' as const),
      remark: failed.includes(i.code) ? 'Chưa thực hiện' : null,
    })),
    violations: [],
    recommendations: [],
    ...rest,
  };
}

export async function saveRecord(app: App, input: RecordInput): Promise<RecordDto> {
  return value<RecordDto>(app.call('inspections.saveRecord', input));
}

export async function monitoring(app: App, asOf: string): Promise<MonitoringResult> {
  return value<MonitoringResult>(app.call('monitoring.lists', { asOf }));
}

/** Ids in one monitoring list, for "on this side of the threshold it is listed, on that side not". */
export async function listed(app: App, asOf: string, list: keyof MonitoringResult['lists']): Promise<number[]> {
  return (await monitoring(app, asOf)).lists[list].map((e) => e.id);
}
