import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src-main/contract/index.ts';
import { capTextColumns } from '../../src-main/core/import/reader/read/text-columns.ts';
import { bytesOf, csvBytes, workbookOf } from '../helpers/import-fixtures.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A CSV whose title row has a million columns, above an ordinary list. */
function millionColumnCsv(): Uint8Array {
  const wide = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',');
  return new TextEncoder().encode(`${wide}\nTT,Tên hợp tác xã,Mã số HTX\n1,HTX Đồng Tâm,5400000001\n2,HTX Hòa Bình,5400000002\n`);
}

describe('a hostile file for import', () => {
  it('a CSV of a million columns is read with its columns capped, and the preview sent back stays small', async () => {
    const app = await openTestApp();
    const started = Date.now();
    const preview = await value<ImportPreview>(app.call('imports.open', { fileName: 'rong.csv', contentBase64: b64(millionColumnCsv()) }));
    const elapsed = Date.now() - started;
    const reply = JSON.stringify(preview).length;
    expect(preview.sheets.every((sheet) => sheet.columns.length <= 1000)).toBe(true);
    // Bounded work: the reply a browser would get is under a megabyte (69 MB before the cap).
    expect(reply).toBeLessThan(1024 * 1024);
    expect(elapsed).toBeGreaterThan(0); // the time is measured in docs/reliability.md, not asserted here
  }, 120_000);

  it('an XLSX sheet wider than the limit keeps its first thousand columns', async () => {
    const row = Array.from({ length: 3000 }, (_, i) => `ô ${i}`);
    const bytes = bytesOf(workbookOf([{ name: 'Rộng', rows: [row, ['TT', 'Tên hợp tác xã'], [1, 'HTX Đồng Tâm']] }]), 'xlsx');
    const app = await openTestApp();
    const preview = await value<ImportPreview>(app.call('imports.open', { fileName: 'rong.xlsx', contentBase64: b64(bytes) }));
    expect(preview.sheets[0]?.columns.length).toBe(1000);
  }, 60_000);

  it('cutting columns respects quotes and leaves narrow lines untouched', () => {
    expect(capTextColumns('a,b,c\n1,2,3\n', 3)).toEqual({ text: 'a,b,c\n1,2,3\n', cut: false });
    expect(capTextColumns('a,b,c,d,e\n1,2\n', 3)).toEqual({ text: 'a,b,c\n1,2\n', cut: true });
    expect(capTextColumns('"x,y,z,w",b\n', 2)).toEqual({ text: '"x,y,z,w",b\n', cut: false });
    expect(capTextColumns('a;b;c;d\r\n1;2\r\n', 2)).toEqual({ text: 'a;b\r\n1;2\r\n', cut: true });
  });
});

describe('text an import reads', () => {
  it('loses the characters XML cannot hold before it reaches the registry', async () => {
    const rows = [['DANH SÁCH HỢP TÁC XÃ'], [], ['TT', 'Tên hợp tác xã', 'Mã số HTX'], [1, 'HTX\uFFFE Đồng\u0001 Tâm', '5400000001']];
    const bytes = csvBytes(rows, 'utf-8');
    const app = await openTestApp();
    const r = await value(app.call('imports.run', { fileName: 'ds.csv', contentBase64: b64(bytes), commit: true, allRows: false }));
    expect(r.batch).not.toBeNull();
    const names = app.ctx.conn.sqlite.prepare('select name from organizations').all() as { name: string }[];
    expect(names.map((n) => n.name)).toEqual(['HTX Đồng Tâm']);
  }, 60_000);
});
