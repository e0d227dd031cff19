import { describe, expect, it } from 'vitest';
import type { TaskDto } from '../../src-main/contract/bcd-dto.ts';
import { bcdLayout, TASKS_ANNEX_MAX_PAGES } from '../../src-main/core/bcd/report/annual-part.ts';
import { annualReport, estimatedPages, separateAnnexes } from '../../src-main/core/reports/index.ts';
import { annualInput2024, REPORT_SETTINGS, SETTINGS } from '../fixtures/annual-2024.ts';
import { bcdData2024 } from '../fixtures/bcd-2024.ts';

const input = annualInput2024();

/** The fixture's year with its tasks repeated `times` times (each a task of its own). */
function reportWith(times: number) {
  const d = bcdData2024();
  const tasks: TaskDto[] = Array.from({ length: times }, (_, k) => d.tasks.map((t, i) => ({ ...t, id: k * 100 + i + 1 }))).flat();
  const built = annualReport(input, SETTINGS, REPORT_SETTINGS, [bcdLayout({ ...d, tasks }, input)]);
  return { tasks: tasks.length, ...separateAnnexes(built.model, 'bao-cao-tong-ket-KTTT-2024-phu-luc.xlsx') };
}

describe('the tasks annex of the conference report', () => {
  it('prints with the report while it is a few pages', () => {
    const { model, annex } = reportWith(4);
    expect(annex).toBeNull();
    const tasks = model.appendices.at(-1);
    expect(tasks?.annex).toBeUndefined();
    expect(estimatedPages(tasks?.blocks ?? [])).toBeLessThanOrEqual(TASKS_ANNEX_MAX_PAGES);
  });

  it('goes to the annex file, named in one line of the report, once it is longer than that', () => {
    const { model, annex, tasks } = reportWith(300);
    const line = model.appendices.at(-1);
    expect(line?.title).toBe('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN THÀNH VIÊN BAN CHỈ ĐẠO NĂM 2024');
    expect(line?.annex).toMatchObject({ fileName: 'bao-cao-tong-ket-KTTT-2024-phu-luc.xlsx', rows: tasks });
    expect(line?.annex?.pages).toBeGreaterThan(TASKS_ANNEX_MAX_PAGES);
    expect(annex?.appendices.map((a) => a.title)).toEqual([line?.title]);
    const table = annex?.appendices[0]?.blocks[0];
    expect(table?.kind === 'table' ? table.rows.filter((r) => r.kind === 'data').length : 0).toBe(tasks);
  });
});
