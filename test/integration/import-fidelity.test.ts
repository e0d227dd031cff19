// A province's workbook imported as a clerk would, through the CLI's code path: nothing lost, nothing
// mis-dated, no column with content skipped in silence, and what could not be read waiting in "Cần xem lại".
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import type { OrgDetail, OrgRow, ReviewGroup } from '../../src-main/contract/index.ts';
import { openApp } from '../../src-main/core/app.ts';
import { bytesOf, workbookOf, type Aoa, type SheetSpec } from '../helpers/import-fixtures.ts';
import { value } from '../helpers/registry.ts';
import { RESOURCES_DIR, tempDir } from '../helpers/temp.ts';

/** The import day is long after the lists' dates: nothing may start on it. */
const TODAY = new Date(2026, 11, 5);

interface CliRun {
  code: number;
  out: string;
}

async function cli(args: string[]): Promise<CliRun> {
  const lines: string[] = [];
  const io: CliOutput = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
  const code = await runCli(args, io);
  return { code, out: lines.join('\n') };
}

async function setup(sheets: SheetSpec[], bookType: 'xlsx' | 'biff8' = 'xlsx') {
  const dir = tempDir();
  const db = path.join(dir, 'kttt.sqlite');
  const file = path.join(dir, bookType === 'xlsx' ? 'ds.xlsx' : 'ds.xls');
  fs.writeFileSync(file, bytesOf(workbookOf(sheets), bookType));
  const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', now: () => TODAY });
  await app.call('settings.set', { provinceCode: '25' });
  await app.close();
  return { db, file, dir };
}

async function withApp<T>(db: string, f: (app: Awaited<ReturnType<typeof openApp>>) => Promise<T>): Promise<T> {
  const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', now: () => TODAY });
  try {
    return await f(app);
  } finally {
    await app.close();
  }
}

async function indicators(db: string, year: number, dir: string): Promise<Record<string, unknown>> {
  const out = path.join(dir, `r${year}.json`);
  expect((await cli(['--db', db, 'report', 'annual', '--year', String(year), '--format', 'json', '--out', out])).code).toBe(0);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>;
}

const title = (line: string): Aoa => [['UBND TỈNH HÒA BÌNH'], [line], []];

describe('importing a province’s legacy workbook', () => {
  it('counts an organization listed as operating, with no founding date, as active in the list’s year and not as new', async () => {
    const { db, file, dir } = await setup([
      {
        name: 'THT',
        rows: [
          ...title('DANH SÁCH TỔ HỢP TÁC ĐẾN 31/12/2024'),
          ['STT', 'Tên tổ hợp tác', 'Ngày chứng thực hợp đồng hợp tác', 'Số thành viên'],
          [1, 'Tổ hợp tác trồng nấm Đồng Tâm', null, 8],
          [2, 'Tổ hợp tác mây tre đan Quyết Thắng', '15/03/2024', 12],
          [3, 'Tổ hợp tác chăn nuôi Tân Lập', null, null],
        ],
      },
    ]);
    expect((await cli(['--db', db, 'import', file, '--yes'])).code).toBe(0);
    const r = await indicators(db, 2024, dir);
    expect(r.active).toMatchObject({ THT: 3, total: 3 });
    expect(r.newInYear).toMatchObject({ THT: 1 });
    expect(r.notReported).toMatchObject({ THT: 1 });
    // The day before the list, nothing is known of the groups without a founding date.
    expect((await indicators(db, 2023, dir)).active).toMatchObject({ THT: 0 });
    await withApp(db, async (app) => {
      const orgs = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2024 }));
      const nam = orgs.find((o) => o.name.includes('nấm'));
      expect(nam?.statusSince).toBeNull();
      const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id: nam?.id ?? 0 }));
      expect(detail.statusHistory.map((h) => [h.status, h.fromDate, h.knownOn])).toEqual([['dang_hoat_dong', null, '2024-12-31']]);
    });
  });

  it('reads a status from the notes of a sheet that has no status column, with the day it began when written', async () => {
    const { db, file, dir } = await setup([
      {
        name: 'DS',
        rows: [
          ...title('DANH SÁCH HỢP TÁC XÃ NĂM 2024'),
          ['STT', 'Tên HTX', 'Ngày thành lập', 'Ghi chú'],
          [1, 'HTX Nông nghiệp An Bình', '2010', 'Đã chấm dứt hoạt động'],
          [2, 'HTX Dịch vụ Hòa Sơn', '2012', 'Giải thể ngày 15/8/2024'],
          [3, 'HTX Chè Đà Bắc', '2015', 'Hoạt động tốt'],
        ],
      },
    ]);
    expect((await cli(['--db', db, 'import', file, '--yes'])).code).toBe(0);
    const r = await indicators(db, 2024, dir);
    expect(r.active).toMatchObject({ HTX: 1 });
    // Only the dissolution the notes date counts in the year; the other ended on an unknown day.
    expect(r.dissolvedInYear).toMatchObject({ HTX: 1 });
  });

  it('reads a column of certificates into certifications valid on the list’s date, so the certified share is not 0%', async () => {
    const { db, file, dir } = await setup([
      {
        name: 'DS',
        rows: [
          ...title('DANH SÁCH HỢP TÁC XÃ ĐẾN 31/12/2024'),
          ['STT', 'Tên HTX', 'Sản phẩm được chứng nhận (VietGAP, hữu cơ…)'],
          [1, 'HTX Rau an toàn Yên Thủy', 'VietGAP (rau cải), ATTP'],
          [2, 'HTX Chè Shan tuyết', 'Đang xây dựng VietGAP'],
          [3, 'HTX Bưởi Đoan Hùng', 'Chưa có'],
          [4, 'HTX Cam Cao Phong', 'GlobalGAP cam'],
        ],
      },
    ]);
    expect((await cli(['--db', db, 'import', file, '--yes'])).code).toBe(0);
    expect((await indicators(db, 2024, dir)).certifiedHtxShare).toBe(0.5);
    // A certificate known only from the 2024 list does not count in another year.
    expect((await indicators(db, 2025, dir)).certifiedHtxShare).toBe(0);
  });

  it('keeps a cell it cannot read blank, never 0, with its text, and lists it under “Cần xem lại”', async () => {
    const { db, file } = await setup([
      {
        name: 'DS',
        rows: [
          ...title('DANH SÁCH HỢP TÁC XÃ NĂM 2024'),
          ['STT', 'Tên HTX', 'Số thành viên', 'Lĩnh vực'],
          [1, 'HTX A', 'khoảng 20', 'thám hiểm vũ trụ'],
          [2, 'HTX B', 15, 'Trồng lúa, thám hiểm vũ trụ'],
          [3, 'HTX C', 'khoảng 20', 'Trồng lúa'],
        ],
      },
    ]);
    const run = await cli(['--db', db, 'import', file, '--yes']);
    expect(run.out).toContain('3 nhập');
    expect(run.out).toContain('Thành viên: “khoảng 20” — 2 dòng');
    await withApp(db, async (app) => {
      const orgs = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2024 }));
      expect(orgs.map((o) => [o.name, o.figures?.members ?? null, o.sectors])).toEqual([
        ['HTX A', null, ['khac']],
        ['HTX B', 15, ['nong_nghiep', 'khac']],
        ['HTX C', null, ['nong_nghiep']],
      ]);
      const groups = await value<ReviewGroup[]>(app.call('review.groups', {}));
      expect(groups.map((g) => [g.label, g.raw, g.count])).toEqual(
        expect.arrayContaining([
          ['Thành viên', 'khoảng 20', 2],
          ['Lĩnh vực', 'thám hiểm vũ trụ', 1],
          ['Lĩnh vực', 'Trồng lúa, thám hiểm vũ trụ', 1],
        ]),
      );
      const oc = groups.find((g) => g.raw === 'thám hiểm vũ trụ');
      expect(oc?.options?.some((o) => o.value === 'nong_nghiep')).toBe(true);
      // One action fixes every cell of the group, and later imports read the text so.
      await value(
        app.call('review.fixGroup', {
          entity: 'organizations',
          field: 'sectors',
          textKey: oc?.textKey ?? '',
          value: ['nong_nghiep'],
          remember: true,
        }),
      );
      const after = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2024 }));
      expect(after.find((o) => o.name === 'HTX A')?.sectors).toEqual(['nong_nghiep']);
      const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id: after[0]?.id ?? 0 }));
      expect(detail.sourceTexts).toMatchObject({ sectors: 'thám hiểm vũ trụ' });
      expect(detail.figures.map((f) => [f.year, f.members, f.sourceTexts])).toEqual([[2024, null, { members: 'khoảng 20' }]]);
    });
    const again = await cli(['--db', db, 'import', file, '--json']);
    const preview = JSON.parse(again.out) as { sheets: { rows: { sourceRow: number; flags: { field: string }[] }[] }[] };
    const sectorFlags = preview.sheets[0]?.rows.flatMap((r) => r.flags).filter((f) => f.field === 'sectors');
    expect(sectorFlags).toEqual([]);
  });

  it('accounts for every row of a sheet, and keeps a column it does not use with the rows', async () => {
    const { db, file } = await setup([
      {
        name: 'DS HTX',
        rows: [
          ['UBND TỈNH HÒA BÌNH', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['DANH SÁCH HỢP TÁC XÃ ĐẾN 31/12/2024'],
          [],
          ['STT', 'Tên HTX', 'Thôn, xã', 'Huyện', 'Số hộ nghèo được hỗ trợ'],
          ['I', 'Huyện Lương Sơn'],
          [1, 'HTX Nông nghiệp Tân Vinh', 'Xóm Mới, xã Tân Vinh', 'Lương Sơn', 12],
          [2, 'HTX Nông nghiệp Tân Vinh', 'Xóm Mới, xã Tân Vinh', 'Lương Sơn', null],
          [3, null, null, null, null],
          [null, 'Cộng', null, null, 12],
          [],
          [null, 'Người lập biểu'],
        ],
      },
    ]);
    const run = await cli(['--db', db, 'import', file, '--yes', '--json']);
    const out = JSON.parse(run.out) as {
      sheets: {
        sourceRows: number;
        counts: Record<string, number>;
        keptColumns: { header: string }[];
        rows: { sourceRow: number; fate: string }[];
      }[];
    };
    const s = out.sheets[0];
    expect(s?.sourceRows).toBe(11);
    expect(Object.values(s?.counts ?? {}).reduce((a, b) => a + b, 0)).toBe(11);
    expect(s?.counts).toMatchObject({ new: 1, merged: 1 });
    expect(s?.rows.map((r) => r.sourceRow)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(s?.keptColumns.map((c) => c.header)).toEqual(['Số hộ nghèo được hỗ trợ']);
    await withApp(db, async (app) => {
      const [org] = await value<OrgRow[]>(app.call('registry.listOrganizations', {}));
      expect(org?.legacyAddress).toBe('Xóm Mới, xã Tân Vinh, Lương Sơn');
      expect(org?.communeCode).toMatch(/^\d{5}$/);
      const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id: org?.id ?? 0 }));
      expect(detail.extraColumns).toEqual([['Số hộ nghèo được hỗ trợ', '12']]);
    });
  });

  it('reads the founding dates and the communes of a figures sheet: namesakes stay two, the new one counts as new', async () => {
    const { db, file, dir } = await setup([
      {
        name: 'HTX 2024',
        rows: [
          ...title('TÌNH HÌNH HOẠT ĐỘNG CỦA HỢP TÁC XÃ NĂM 2024'),
          ['STT', 'Tên HTX', 'Ngày cấp ĐKKD', 'Xã', 'Huyện, TP', 'Số thành viên', 'Doanh thu (triệu đồng)', 'Ghi chú'],
          [1, 'HTX Nông nghiệp Đoàn Kết', null, 'P. Thái Bình', 'TP. Hòa Bình', 20, 1500, 'Giải thể'],
          [2, 'HTX Nông nghiệp Đoàn Kết', '01/03/2024', 'P. Tân Hòa', 'TP. Hòa Bình', 9, 300, null],
          [3, 'HTX Dịch vụ Hòa Sơn', '12/05/2012', 'P. Tân Hòa', 'TP. Hòa Bình', 30, 2100, null],
        ],
      },
    ]);
    const run = await cli(['--db', db, 'import', file, '--yes', '--json']);
    const sheet = (JSON.parse(run.out) as { sheets: { entity: string; counts: Record<string, number> }[] }).sheets[0];
    expect(sheet).toMatchObject({ entity: 'figures', counts: { new: 3 } });
    const r = await indicators(db, 2024, dir);
    expect(r.active).toMatchObject({ HTX: 2 });
    expect(r.newInYear).toMatchObject({ HTX: 1 });
    await withApp(db, async (app) => {
      const orgs = await value<OrgRow[]>(app.call('registry.listOrganizations', {}));
      expect(orgs.map((o) => [o.legacyAddress, o.foundedOn]).sort()).toEqual([
        ['P. Thái Bình, TP. Hòa Bình', null],
        ['P. Tân Hòa, TP. Hòa Bình', '2012-05-12'],
        ['P. Tân Hòa, TP. Hòa Bình', '2024-03-01'],
      ]);
    });
  });

  it('refuses a workbook that is mostly not a registry, whole, with a Vietnamese message', async () => {
    const schools: Aoa = [
      ['DANH SÁCH TRƯỜNG HỌC'],
      ['STT', 'Tên đơn vị', 'Địa chỉ'],
      ...Array.from({ length: 30 }, (_, i) => [i + 1, `Trường Tiểu học số ${i + 1}`, 'xã Tân Vinh']),
    ];
    const { db, file } = await setup([{ name: 'Trường', rows: schools }]);
    const run = await cli(['--db', db, 'import', file, '--yes']);
    expect(run.code).toBe(2);
    expect(run.out).toContain('không giống danh sách tổ chức kinh tế tập thể');
    await withApp(db, async (app) => expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toEqual([]));
  });

  it('leaves a cell with a formula error blank and flagged', async () => {
    const { db, file } = await setup([
      {
        name: 'DS',
        rows: [
          ...title('DANH SÁCH HỢP TÁC XÃ NĂM 2024'),
          ['STT', 'Tên HTX', 'Doanh thu (triệu đồng)'],
          [1, 'HTX Lỗi công thức', '#REF!'],
          [2, 'HTX Đúng', 1580],
        ],
      },
    ]);
    const run = await cli(['--db', db, 'import', file, '--yes', '--json']);
    const out = JSON.parse(run.out) as {
      sheets: { counts: Record<string, number>; rows: { fate: string; flags: { field: string; raw: string }[] }[] }[];
    };
    expect(out.sheets[0]?.counts).toMatchObject({ new: 2 });
    expect(out.sheets[0]?.rows.flatMap((r) => r.flags)).toEqual([expect.objectContaining({ field: 'revenue', raw: '#REF!' })]);
  });
});
