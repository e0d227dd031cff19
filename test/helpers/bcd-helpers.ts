import type { AgencyDto, BcdPlanDto, TaskDto } from '../../src-main/contract/bcd-dto.ts';
import type { TaskInput } from '../../src-main/contract/bcd.ts';
import type { InputOf } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';
import { value } from './registry.ts';

/** Helpers of the BCĐ tests: one call per fact, failing the test on a refusal. */

export async function agency(app: App, name: string): Promise<AgencyDto> {
  return value<AgencyDto>(app.call('bcd.saveAgency', { name }));
}

export async function plan(app: App, year: number, issuedOn: string, number = `05/KH-BCĐ`): Promise<BcdPlanDto> {
  return value<BcdPlanDto>(
    app.call('bcd.savePlan', { year, number, issuedOn, signer: 'Đinh Công Sứ', title: `Kế hoạch hoạt động của Ban Chỉ đạo năm ${year}` }),
  );
}

export async function task(app: App, input: Omit<InputOf<'bcd.saveTask'>, 'partnerIds' | 'status'> & Partial<TaskInput>): Promise<TaskDto> {
  return value<TaskDto>(app.call('bcd.saveTask', input));
}

/** The cell of a refusal and the message shown on it, or 'accepted'. */
export function refusal(r: { ok: boolean; error?: { message: string; details?: unknown } }): string | { message: string; path: string } {
  if (r.ok) return 'accepted';
  const details = r.error?.details as Array<{ path: string; message: string }> | undefined;
  const cell = details?.[0];
  return cell ? { message: cell.message, path: cell.path } : { message: r.error?.message ?? '', path: '' };
}
