import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src-main/contract/index.ts';
import { DATA_SHEET, FIRST_DATA_ROW, KEY_SHEET, templateColumns } from '../../src-main/core/collection/layout.ts';
import { createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';
import type { App } from '../../src-main/core/app.ts';

const NOW = new Date(2025, 1, 10, 9, 0, 0);
const COMMUNE_A = '04792';
const COMMUNE_B = '04795';

async function setup() {
  const app = await openTestApp({ now: () => NOW });
  const a1 = await createRow(app, 'organizations', {
    type: 'HTX',
    name: 'Hợp tác xã Chè Tân Lập',
    regCode: '2501000001',
    status: 'dang_hoat_dong',
    communeCode: COMMUNE_A,
    foundedOn: '2015-03-01',
    sectors: ['nong_nghiep'],
  });
  const a2 = await createRow(app, 'organizations', {
    type: 'THT',
    name: 'Tổ hợp tác Mây tre đan',
    status: 'dang_hoat_dong',
    communeCode: COMMUNE_A,
    foundedOn: '2019',
  });
  const b1 = await createRow(app, 'organizations', {
    type: 'HTX',
    name: 'Hợp tác xã Rau an toàn',
    regCode: '2501000002',
    status: 'dang_hoat_dong',
    communeCode: COMMUNE_B,
    foundedOn: '2010-01-01',
  });
  await value(
    app.call('registry.apply', {
      entity: 'figures',
      ops: [{ kind: 'upsertFigures', organizationId: a1, year: 2023, period: 'Y', changes: { members: 40, revenue: 1_200_000_000 } }],
    }),
  );
  return { app, a1, a2, b1 };
}

async function exported(app: App, by: 'commune' | 'province' | 'organization' = 'commune') {
  return value(app.call('collection.exportTemplates', { year: 2024, period: 'Y', by }));
}

/** Fills a template by program, the way a commune clerk would in Excel: answers in the open cells. */
async function fill(
  base64: string,
  answers: Record<string, Record<string, string | number>>,
  added: Record<string, string | number>[] = [],
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  const ws = wb.getWorksheet(DATA_SHEET);
  if (!ws) throw new Error('no data sheet');
  const cols = templateColumns(2024, 'Y');
  const colOf = (header: string) => cols.findIndex((c) => c.header === header) + 1;
  let last = FIRST_DATA_ROW;
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + 100; r++) {
    const name = ws.getCell(r, 3).value;
    if (typeof name !== 'string') break;
    last = r + 1;
    for (const [header, v] of Object.entries(answers[name] ?? {})) ws.getCell(r, colOf(header)).value = v;
  }
  added.forEach((row, i) => {
    for (const [header, v] of Object.entries(row)) ws.getCell(last + i, colOf(header)).value = v;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function figures(app: App, organizationId: number): Promise<FigureRow | undefined> {
  return (await value(app.call('registry.listFigures', { year: 2024, organizationId }))).find((f) => f.period === 'Y');
}

describe('collection templates', () => {
  it('exports one workbook per commune with the organizations there, last year for reference and a very hidden key', async () => {
    const { app } = await setup();
    const files = await exported(app);
    expect(files.map((f) => [f.fileName, f.organizations])).toEqual([
      [expect.stringMatching(/^mau-bao-cao-2024-ca-nam-04792-.*\.xlsx$/), 2],
      [expect.stringMatching(/^mau-bao-cao-2024-ca-nam-04795-.*\.xlsx$/), 1],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(Buffer.from(files[0]?.contentBase64 ?? '', 'base64')).buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      [DATA_SHEET, 'visible'],
      ['Danh mục', 'hidden'],
      [KEY_SHEET, 'veryHidden'],
    ]);
    const ws = wb.getWorksheet(DATA_SHEET);
    const cols = templateColumns(2024, 'Y');
    const prevMembers = cols.findIndex((c) => c.header === 'Thành viên năm 2023') + 1;
    const curMembers = cols.findIndex((c) => c.header === 'Thành viên năm 2024') + 1;
    const row = [FIRST_DATA_ROW, FIRST_DATA_ROW + 1].find((r) => ws?.getCell(r, 3).value === 'Hợp tác xã Chè Tân Lập') ?? 0;
    expect(ws?.getCell(row, prevMembers).value).toBe(40);
    expect(ws?.getCell(row, prevMembers).protection?.locked).not.toBe(false);
    expect(ws?.getCell(row, curMembers).value).toBeNull();
    expect(ws?.getCell(row, curMembers).protection?.locked).toBe(false);
    expect(ws?.getCell(row, curMembers).dataValidation?.type).toBe('whole');
  });

  it('reads a filled template back by its key, previews, commits, marks the reports received and undoes', async () => {
    const { app, a1, a2, b1 } = await setup();
    const [fileA] = await exported(app);
    const bytes = await fill(
      fileA?.contentBase64 ?? '',
      {
        'Hợp tác xã Chè Tân Lập': {
          'Thành viên năm 2024': 45,
          'Doanh thu (đồng) năm 2024': 1_580_000_000,
          'Lao động năm 2024': 'khoảng 20',
        },
        'Tổ hợp tác Mây tre đan': { 'Tình trạng': 'Tạm ngừng hoạt động' },
      },
      [{ 'Tên tổ chức': 'Hợp tác xã Dịch vụ Mới', 'Loại hình': 'Hợp tác xã', 'Thành viên năm 2024': 9 }],
    );
    const input = { files: [{ fileName: 'xa-a.xlsx', contentBase64: bytes.toString('base64') }], year: 2024, period: 'Y' as const };
    const [preview] = await value(app.call('collection.importFiles', { ...input, commit: false }));
    expect(preview?.kind).toBe('template');
    expect(preview?.sheets[0]?.counts).toMatchObject({ new: 1, update: 2 });
    expect(await figures(app, a1)).toBeUndefined();

    const [done] = await value(app.call('collection.importFiles', { ...input, commit: true }));
    expect(done?.batch?.id).toBeGreaterThan(0);
    const f = await figures(app, a1);
    expect(f?.members).toBe(45);
    expect(f?.revenue).toBe(1_580_000_000);
    // "khoảng 20" is a flagged blank, never 0.
    expect(f?.workers).toBeNull();
    expect(done?.sheets[0]?.flaggedRows).toBe(1);
    const detail = await value(app.call('registry.organizationDetail', { id: a2 }));
    expect(detail.organization.status).toBe('tam_ngung');

    const register = await value(app.call('collection.register', { year: 2024, period: 'Y' }));
    expect(register.expected).toBe(4);
    const received = new Map(register.rows.map((r) => [r.organizationId, r]));
    expect(received.get(a1)).toMatchObject({ received: true, channel: 'template', receivedOn: '2025-02-10', enteredBy: 'tester' });
    expect(received.get(a2)?.received).toBe(true);
    expect(received.get(b1)?.received).toBe(false);
    // The organization the commune wrote in below its list has reported too.
    const added = register.rows.find((r) => r.name === 'Hợp tác xã Dịch vụ Mới');
    expect(added).toMatchObject({ received: true, channel: 'template', communeCode: COMMUNE_A });
    expect(done?.reported).toBe(3);

    await value(app.call('imports.undo', { batchId: done?.batch?.id ?? 0 }));
    expect(await figures(app, a1)).toBeUndefined();
    const after = await value(app.call('collection.register', { year: 2024, period: 'Y', missingOnly: true }));
    expect(after.rows.map((r) => r.organizationId).sort()).toEqual([a1, a2, b1].sort());
  });

  it('refuses a template of another year or period with a clear message', async () => {
    const { app } = await setup();
    const [fileA] = await exported(app);
    const [r] = await value(
      app.call('collection.importFiles', {
        files: [{ fileName: 'a.xlsx', contentBase64: fileA?.contentBase64 ?? '' }],
        year: 2024,
        period: 'H1',
        commit: true,
      }),
    );
    expect(r?.kind).toBe('refused');
    expect(r?.message).toContain('không phải 6 tháng đầu năm 2024');
  });

  it('reads a template whose locked cells were edited as an ordinary spreadsheet, with a warning, and writes nothing', async () => {
    const { app, a1 } = await setup();
    const [fileA] = await exported(app);
    const bytes = await fill(fileA?.contentBase64 ?? '', {
      'Hợp tác xã Chè Tân Lập': { 'Tên tổ chức': 'Hợp tác xã Khác hẳn', 'Thành viên năm 2024': 45 },
    });
    const [r] = await value(
      app.call('collection.importFiles', { files: [{ fileName: 'a.xlsx', contentBase64: bytes.toString('base64') }], commit: true }),
    );
    expect(r?.kind).toBe('legacy');
    expect(r?.message).toContain('ô khóa');
    expect(r?.batch).toBeNull();
    expect(await figures(app, a1)).toBeUndefined();
  });

  it('reads a template whose hidden key was damaged as an ordinary spreadsheet, never merged by the key', async () => {
    const { app, a1 } = await setup();
    const [fileA] = await exported(app);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      new Uint8Array(await fill(fileA?.contentBase64 ?? '', { 'Hợp tác xã Chè Tân Lập': { 'Thành viên năm 2024': 45 } })).buffer,
    );
    // Another organization's id written over the first row's key: the checksum no longer matches.
    const cell = wb.getWorksheet(KEY_SHEET)?.getCell(2, 2);
    if (!cell) throw new Error('no key');
    cell.value = Number(cell.value) + 1000;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const [r] = await value(
      app.call('collection.importFiles', { files: [{ fileName: 'a.xlsx', contentBase64: bytes.toString('base64') }], commit: true }),
    );
    expect(r?.kind).toBe('legacy');
    expect(r?.message).toContain('mã kiểm tra không khớp');
    expect(r?.batch).toBeNull();
    expect(await figures(app, a1)).toBeUndefined();
  });

  it('sets a report received by hand and takes it back; the home alert and the monitoring list count who has not reported', async () => {
    const { app, a1 } = await setup();
    const row = await value(
      app.call('collection.setReceipt', { organizationId: a1, year: 2024, period: 'Y', receivedOn: '2025-02-01', channel: 'paper' }),
    );
    expect(row).toMatchObject({ received: true, channel: 'paper', receivedOn: '2025-02-01' });
    const { alertSources } = await import('../../src-main/core/home/alert-sources.ts');
    const alerts = (await Promise.all(alertSources.map((s) => s(app.ctx, '2025-02-10')))).flat();
    expect(alerts.find((a) => a.key === 'collection.notReported')).toMatchObject({ count: 2, severity: 'warning' });
    const monitoring = await value(app.call('monitoring.lists', { asOf: '2025-02-10' }));
    expect(monitoring.lists.notReported.map((e) => e.id)).not.toContain(a1);
    expect(monitoring.lists.notReported).toHaveLength(2);
    const cleared = await value(
      app.call('collection.setReceipt', { organizationId: a1, year: 2024, period: 'Y', receivedOn: null, channel: 'paper' }),
    );
    expect(cleared.received).toBe(false);
  });
});
