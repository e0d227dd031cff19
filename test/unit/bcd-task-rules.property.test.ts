import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TaskDto } from '../../src-main/contract/bcd-dto.ts';
import { TASK_STATUSES } from '../../src-main/contract/bcd-vocab.ts';
import { reachedShare } from '../../src-main/core/bcd/report/targets-section.ts';
import { tallyByAgency } from '../../src-main/core/bcd/report/work-section.ts';
import { doneOnTime, taskState } from '../../src-main/core/bcd/task-state.ts';

const isoDay = fc.integer({ min: 0, max: 3_000 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
const status = fc.constantFrom(...TASK_STATUSES);

describe('the status of a task read on a date', () => {
  it('is "quá hạn" exactly when it is not done and its deadline has passed; otherwise what the clerk set', () => {
    fc.assert(
      fc.property(status, fc.option(isoDay, { nil: null }), isoDay, (s, deadline, asOf) => {
        const state = taskState(s, deadline, asOf);
        const overdue = s !== 'hoan_thanh' && deadline !== null && deadline < asOf;
        expect(state).toBe(overdue ? 'qua_han' : s);
      }),
    );
  });

  it('is on time only for a done task completed by its deadline, and unknown without either date', () => {
    fc.assert(
      fc.property(status, fc.option(isoDay, { nil: null }), fc.option(isoDay, { nil: null }), (s, deadline, completedOn) => {
        const onTime = doneOnTime(s, deadline, completedOn);
        if (s !== 'hoan_thanh' || deadline === null || completedOn === null) expect(onTime).toBeNull();
        else expect(onTime).toBe(completedOn <= deadline);
      }),
    );
  });
});

describe('the tally of tasks by agency', () => {
  const task = fc.record({
    leadAgency: fc.constantFrom('Sở Tài chính', 'Liên minh HTX tỉnh', 'Sở Công Thương'),
    status,
    deadline: fc.option(isoDay, { nil: null }),
    completedOn: fc.option(isoDay, { nil: null }),
  });
  it('counts every task once: done + in progress + not started + overdue = total, per agency and overall', () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 60 }), isoDay, (raw, asOf) => {
        const tasks = raw.map(
          (t, i) =>
            ({
              id: i + 1,
              leadAgency: t.leadAgency,
              status: t.status,
              state: taskState(t.status, t.deadline, asOf),
              onTime: doneOnTime(t.status, t.deadline, t.completedOn),
            }) as TaskDto,
        );
        const tally = tallyByAgency(tasks);
        for (const a of tally) {
          expect(a.done + a.doing + a.notStarted + a.overdue).toBe(a.total);
          expect(a.onTime).toBeLessThanOrEqual(a.done);
        }
        expect(tally.reduce((s, a) => s + a.total, 0)).toBe(tasks.length);
      }),
    );
  });
});

describe('the share of a target reached', () => {
  it('is the figure over the target, and never invented without a figure or a target above 0', () => {
    fc.assert(
      fc.property(fc.option(fc.nat(), { nil: null }), fc.option(fc.nat(), { nil: null }), (actual, target) => {
        const share = reachedShare(actual, target);
        if (actual === null || target === null || target === 0) expect(share).toBeNull();
        else expect(share).toBeCloseTo(actual / target, 12);
      }),
    );
  });
});
