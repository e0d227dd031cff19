import { describe, expect, it } from 'vitest';
import type { CellValue, OcopRow, OrgDetail, OrgRow } from '../../src-main/contract/index.ts';
import { ImportService } from '../../src-main/core/import/service.ts';
import type { StagedSheet } from '../../src-main/core/import/staged.ts';
import { undoImport } from '../../src-main/core/import/undo.ts';
import { listFolderBackups } from '../../src-main/core/db/backup.ts';
import { createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';
import { sheet } from '../helpers/staged-sheet.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);

async function setup(now: () => Date = () => NOW) {
  const app = await openTestApp({ now });
  let staged: StagedSheet[] = [];
  const service = new ImportService(app.ctx, async () => staged);
  return { app, service, stage: (s: StagedSheet[]) => (staged = s) };
}

describe('importing staged rows', () => {
  it('previews every row with its fate and writes nothing before commit', async () => {
    const { app, service, stage } = await setup();
    await createRow(app, 'organizations', { type: 'HTX', name: 'Hợp tác xã Nông nghiệp Tân Lập', regCode: '0501' });
    stage([
      sheet('organizations', [
        { name: 'HTX Nông nghiệp Tân Lập', regCode: '0501', headName: 'Bùi Văn Nam', revenue: 1_580_000_000 },
        { name: 'HTX  Dịch vụ   Điện', type: 'Hợp tác xã', members: 30 },
        { name: 'HTX DỊCH VỤ ĐIỆN', type: 'Hợp tác xã' },
        { name: 'HTX Tương lai', foundedOn: '2030-01-01' },
        { name: 'Tổ hợp tác mây tre đan Quyết Thắng' },
        { name: 'Doanh nghiệp ABC' },
      ]),
    ]);
    const preview = await service.open('danh-sach.xlsx', new Uint8Array([1, 2, 3]));
    const rows = preview.sheets[0]?.rows ?? [];
    expect(rows.map((r) => [r.sourceRow, r.fate])).toEqual([
      [5, 'update'],
      [6, 'new'],
      [7, 'merged'],
      [8, 'new'],
      [9, 'new'],
      [10, 'new'],
    ]);
    expect(rows[0]?.changes.map((c) => c.field).sort()).toEqual(['headName', 'revenue']);
    expect(rows[2]?.reason).toBe('Trùng với dòng 6: đã gộp.');
    // A founding date in the future is no reason to lose the row: the date is left blank and flagged.
    expect(rows[3]?.flags).toEqual([
      { field: 'foundedOn', label: 'Ngày thành lập / đăng ký', raw: '2030-01-01', reason: 'Ngày thành lập không được sau ngày hôm nay.' },
    ]);
    expect(rows[5]?.flags.map((f) => [f.field, f.reason])).toEqual([['type', expect.stringContaining('Không rõ loại hình')]]);
    expect(preview.sheets[0]?.counts).toEqual({ new: 4, update: 1, unchanged: 0, merged: 1, excluded: 0 });
    expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toHaveLength(1);
  });

  it('commits in one transaction after a backup, records the import, and a second import of the same file changes nothing', async () => {
    const { app, service, stage } = await setup();
    const rows: Record<string, CellValue>[] = [
      { name: 'HTX Chè Shan tuyết', type: 'HTX', regCode: '0601', members: 12, revenue: 2_000_000_000 },
      { name: 'Quỹ TDND Thanh Sơn', type: 'QTDND', members: 900 },
    ];
    stage([
      sheet('organizations', rows),
      sheet(
        'ocop',
        [
          { name: 'Chè Shan tuyết', organizationId: 'Hợp tác xã Chè Shan Tuyết', stars: '4 sao', recognitionYear: 2023 },
          { name: 'Mật ong', organizationId: 'Hộ ông Hùng', stars: '3★' },
        ],
        null,
        'OCOP',
      ),
    ]);
    const first = await service.open('htx.xlsx', new Uint8Array([9, 9]));
    const committed = await service.commit(first.jobId);
    expect(committed.counts).toEqual({ new: 4, update: 0, unchanged: 0, merged: 0, excluded: 0 });
    expect(listFolderBackups(app.ctx.dbPath).length).toBeGreaterThan(0);
    const orgs = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2024 }));
    expect(orgs.map((o) => [o.name, o.type, o.figures?.members])).toEqual([
      ['HTX Chè Shan tuyết', 'HTX', 12],
      ['Quỹ TDND Thanh Sơn', 'QTDND', 900],
    ]);
    const ocop = await value<OcopRow[]>(app.call('registry.listOcop', {}));
    expect(ocop.map((p) => [p.name, p.ownerName, p.organizationId !== null, p.stars])).toEqual([
      ['Chè Shan tuyết', 'HTX Chè Shan tuyết', true, 4],
      ['Mật ong', 'Hộ ông Hùng', false, 3],
    ]);
    const again = await service.open('htx.xlsx', new Uint8Array([9, 9]));
    expect(again.previousImport?.batchId).toBe(committed.id);
    expect(again.sheets.map((s) => s.counts.unchanged)).toEqual([2, 2]);
    const second = await service.commit(again.jobId);
    expect(second.counts).toEqual({ new: 0, update: 0, unchanged: 4, merged: 0, excluded: 0 });
  });

  it('imports a row whose figures break a rule, leaving that figure blank and flagged for review', async () => {
    const { app, service, stage } = await setup();
    const existing = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Có sẵn', headName: 'Ông A' });
    stage([
      sheet('organizations', [
        { name: 'HTX Đầu', type: 'HTX', members: 10 },
        { name: 'HTX Giữa', type: 'HTX', workers: 10, regularWorkers: 12 },
        { name: 'HTX Có sẵn', headName: 'Ông B', workers: 5, regularWorkers: 9 },
        { name: 'HTX Cuối', type: 'HTX', members: 30 },
      ]),
    ]);
    const preview = await service.open('nua-chung.xlsx', new Uint8Array([4]));
    expect(preview.sheets[0]?.rows.map((r) => r.fate)).toEqual(['new', 'new', 'update', 'new']);
    expect(preview.sheets[0]?.rows[1]?.flags[0]?.reason).toContain('không được lớn hơn tổng số lao động');
    const batch = await service.commit(preview.jobId);
    expect(batch.counts).toEqual({ new: 3, update: 1, unchanged: 0, merged: 0, excluded: 0 });
    expect(batch.reviewOpen).toBe(2);
    const orgs = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2024 }));
    expect(orgs.map((o) => [o.name, o.headName, o.figures?.workers ?? null, o.figures?.regularWorkers ?? null])).toEqual([
      ['HTX Cuối', null, null, null],
      ['HTX Có sẵn', 'Ông B', 5, null],
      ['HTX Giữa', null, 10, null],
      ['HTX Đầu', null, null, null],
    ]);
    expect(orgs.find((o) => o.name === 'HTX Có sẵn')?.id).toBe(existing);
  });

  it("records an import's new rows in its batch, which the organization's history shows, not in the audit log", async () => {
    const { app, service, stage } = await setup();
    stage([sheet('organizations', [{ name: 'HTX Lịch sử', type: 'HTX', members: 12 }])]);
    const batch = await service.commit((await service.open('lich-su.xlsx', new Uint8Array([7]))).jobId);
    const [org] = await value<OrgRow[]>(app.call('registry.listOrganizations', {}));
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id: org?.id ?? 0 }));
    expect(detail.audit.map((a) => [a.action, a.entity, a.newValue])).toEqual([
      ['import', 'organizations', `lich-su.xlsx (lần nhập số ${batch.id})`],
      ['import', 'figures', `lich-su.xlsx (lần nhập số ${batch.id})`],
    ]);
    const inserts = app.ctx.conn.sqlite.prepare("select count(*) as n from audit_log where action = 'insert'").get() as { n: number };
    expect(inserts.n).toBe(0);
  });

  it('records rows added one after another as one range, and undoes every row of it', async () => {
    const { app, service, stage } = await setup();
    stage([
      sheet(
        'organizations',
        ['Một', 'Hai', 'Ba', 'Bốn'].map((n, i) => ({ name: `HTX Dãy ${n}`, type: 'HTX', members: 10 + i })),
      ),
    ]);
    const batch = await service.commit((await service.open('day.xlsx', new Uint8Array([8]))).jobId);
    const stored = app.ctx.conn.sqlite
      .prepare('select entity, entity_id, last_entity_id, action from import_changes where batch_id = ?')
      .all(batch.id) as { entity: string; entity_id: number; last_entity_id: number | null }[];
    expect(stored.map((c) => [c.entity, c.last_entity_id === null ? 1 : c.last_entity_id - c.entity_id + 1])).toEqual([
      ['organizations', 4],
      ['figures', 4],
    ]);
    const [, third] = await value<OrgRow[]>(app.call('registry.listOrganizations', {}));
    const detail = await value<OrgDetail>(app.call('registry.organizationDetail', { id: third?.id ?? 0 }));
    expect(detail.audit.filter((a) => a.action === 'import')).toHaveLength(2);
    expect(await undoImport(app.ctx, batch.id)).toMatchObject({ reverted: 8, keptBecauseChangedSince: 0 });
    expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toEqual([]);
  });

  it('undoes a row and the later row of the file merged into it, reporting nothing as edited since', async () => {
    // A clock that moves at every reading, as a real one does between the rows of an import.
    let tick = NOW.getTime();
    const { app, service, stage } = await setup(() => new Date((tick += 7)));
    stage([
      sheet('organizations', [
        { name: 'HTX Dịch vụ Điện', type: 'HTX', members: 30 },
        { name: 'HTX Trồng rừng Đà Bắc', type: 'HTX' },
        { name: 'HTX DỊCH VỤ ĐIỆN', type: 'HTX', headName: 'Bùi Văn Nam', revenue: 1_580_000_000 },
      ]),
    ]);
    const batch = await service.commit((await service.open('trung.xlsx', new Uint8Array([9]))).jobId);
    expect(batch.counts).toMatchObject({ new: 2, merged: 1 });
    const report = await undoImport(app.ctx, batch.id);
    expect(report.keptBecauseChangedSince).toBe(0);
    expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toEqual([]);
  });

  it('undoes a whole import, leaving fields the clerk edited since', async () => {
    const { app, service, stage } = await setup();
    const existing = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Cũ', headName: 'Ông A', phone: '0210' });
    stage([
      sheet('organizations', [
        { name: 'HTX Cũ', headName: 'Ông B', phone: '0999' },
        { name: 'HTX Mới', type: 'HTX' },
      ]),
    ]);
    const p = await service.open('f.xlsx', new Uint8Array([1]));
    const batch = await service.commit(p.jobId);
    await app.call('registry.apply', { entity: 'organizations', ops: [{ kind: 'update', id: existing, changes: { phone: '0888' } }] });
    const report = await undoImport(app.ctx, batch.id);
    expect(report).toMatchObject({ batchId: batch.id, reverted: 2, keptBecauseChangedSince: 1 });
    const orgs = await value<OrgRow[]>(app.call('registry.listOrganizations', {}));
    expect(orgs.map((o) => [o.name, o.headName, o.phone])).toEqual([['HTX Cũ', 'Ông A', '0888']]);
    expect((await service.history())[0]).toMatchObject({ id: batch.id, status: 'undone' });
    await expect(undoImport(app.ctx, batch.id)).rejects.toThrow('đã được hoàn tác');
  });

  it('fixes a cell in the preview and re-plays the row', async () => {
    const { service, stage } = await setup();
    stage([sheet('organizations', [{ name: 'HTX Sửa', type: 'HTX', foundedOn: '2030-01-01' }])]);
    const p = await service.open('s.xlsx', new Uint8Array([2]));
    expect(p.sheets[0]?.rows[0]?.flags.map((f) => f.field)).toEqual(['foundedOn']);
    const fixed = await service.fixCell(p.jobId, 'Danh sách', 5, 'foundedOn', '2020-01-01');
    expect(fixed.sheets[0]?.rows[0]).toMatchObject({ fate: 'new', flags: [] });
  });

  it('matches names whatever the case, spacing, tone placement or abbreviation, but not across different diacritics', async () => {
    const { app, service, stage } = await setup();
    await createRow(app, 'organizations', { type: 'HTX', name: 'Hợp tác xã Thành Công' });
    await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Thủy sản Hòa Bình' });
    stage([
      sheet('organizations', [
        { name: 'HTX  THÀNH CÔNG', headName: 'A' },
        { name: 'HTX Thanh Công', headName: 'B' },
        { name: 'Hợp tác xã thuỷ sản Hoà Bình', headName: 'C' },
      ]),
    ]);
    const p = await service.open('names.xlsx', new Uint8Array([7]));
    expect(p.sheets[0]?.rows.map((r) => [r.values.name, r.fate, r.matchedName])).toEqual([
      ['HTX  THÀNH CÔNG', 'update', 'Hợp tác xã Thành Công'],
      ['HTX Thanh Công', 'new', null],
      ['Hợp tác xã thuỷ sản Hoà Bình', 'update', 'HTX Thủy sản Hòa Bình'],
    ]);
  });

  it('keeps namesakes of different communes apart within one file, and follows a name changed earlier in it', async () => {
    const { app, service, stage } = await setup();
    const old = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Đổi mã', regCode: '111' });
    stage([
      sheet('organizations', [
        { name: 'HTX Thành Công', type: 'HTX', communeCode: '04792' },
        { name: 'HTX Thành Công', type: 'HTX', communeCode: '04795' },
        { name: 'HTX Đổi tên', regCode: '111' },
      ]),
      sheet('organizations', [{ name: 'HTX Đổi tên', type: 'HTX', headName: 'Bà Lan' }], 2024, 'Trang 2'),
    ]);
    const p = await service.open('namesakes.xlsx', new Uint8Array([8]));
    expect(p.sheets[0]?.rows.map((r) => r.fate)).toEqual(['new', 'new', 'update']);
    expect(p.sheets[1]?.rows.map((r) => [r.fate, r.matchedId])).toEqual([['update', old]]);
  });
});
