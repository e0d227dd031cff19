import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { ImportBatchDto, ImportPreview } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';
import { record } from './measure.ts';
import { disposeSeeded, prng, seedLargeRegistry } from './seed.ts';

/**
 * 20,000 support records in one department's workbook (title block, header, text amounts "1.200.000 đ",
 * dd/mm/yyyy dates), imported against the 50,000-organization database: read and preview (imports.open),
 * then the commit. Most rows name a registered organization by name, some by code; one in fifty names one the
 * registry lacks (kept, flagged). Each round is undone before the next, so every commit writes 20,000 rows.
 */
const ORGS = 50_000;
const ROWS = 20_000;
const ROUNDS = 3;
const KINDS = ['Đào tạo, bồi dưỡng', 'Xúc tiến thương mại', 'Ứng dụng KHCN', 'Hạ tầng', 'Vay vốn', 'Thành lập mới', 'Khác'];
const SOURCES = ['Ngân sách trung ương', 'Ngân sách tỉnh', 'Lồng ghép'];

let seeded: { app: App; dir: string };
let bytes: Uint8Array;

function workbook(app: App): Uint8Array {
  const orgs = app.ctx.conn.sqlite.prepare('select name, reg_code from organizations order by id').all() as {
    name: string;
    reg_code: string | null;
  }[];
  const rnd = prng(7);
  const rows: (string | number | null)[][] = [
    ['UBND TỈNH PHÚ THỌ'],
    ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
    [],
    ['DANH SÁCH HỢP TÁC XÃ ĐƯỢC HỖ TRỢ NĂM 2024'],
    [],
    [
      'STT',
      'Tên hợp tác xã',
      'Mã số HTX',
      'Chính sách hỗ trợ',
      'Số quyết định',
      'Ngày quyết định',
      'Hình thức hỗ trợ',
      'Kinh phí hỗ trợ (đồng)',
      'Nguồn kinh phí',
    ],
  ];
  for (let i = 0; i < ROWS; i++) {
    const org = orgs[Math.floor(rnd() * orgs.length)] ?? { name: '', reg_code: null };
    const missing = i % 50 === 0;
    const byCode = !missing && i % 5 === 0 && org.reg_code !== null;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const amount = (5 + (i % 300)) * 100_000;
    rows.push([
      i + 1,
      missing ? `HTX Chưa đăng ký ${i}` : org.name,
      byCode ? org.reg_code : null,
      i % 2 === 0 ? 'Nghị định 45/2021/NĐ-CP' : 'Nghị quyết 10/2023/NQ-HĐND',
      `${100 + (i % 400)}/QĐ-UBND`,
      `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2024`,
      KINDS[i % KINDS.length] ?? 'Khác',
      i % 3 === 0 ? `${amount.toLocaleString('vi-VN')} đ` : amount,
      SOURCES[i % SOURCES.length] ?? null,
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Ho tro 2024');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

beforeAll(async () => {
  seeded = await seedLargeRegistry(ORGS, 2, 2024);
  bytes = workbook(seeded.app);
}, 900_000);
afterAll(async () => {
  await disposeSeeded(seeded);
});

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe(`import of ${ROWS} support records against ${ORGS} organizations`, () => {
  test('imports.open (read, match, preview) then imports.commit', async () => {
    const app = seeded.app;
    const opens: number[] = [];
    const commits: number[] = [];
    let counts = '';
    for (let round = 0; round < ROUNDS; round++) {
      let t = performance.now();
      const preview = await ok<ImportPreview>(
        app.call('imports.open', { fileName: 'ho-tro-2024.xlsx', contentBase64: Buffer.from(bytes).toString('base64') }),
      );
      opens.push(performance.now() - t);
      const sheet = preview.sheets[0];
      if (sheet?.entity !== 'support') throw new Error(`sheet read as ${String(sheet?.entity)}`);
      t = performance.now();
      const batch = await ok<ImportBatchDto>(app.call('imports.commit', { jobId: preview.jobId }));
      commits.push(performance.now() - t);
      if (batch.counts.new !== ROWS) throw new Error(`${batch.counts.new} rows written of ${ROWS}`);
      counts = `${batch.counts.new} new, ${String(sheet.flaggedRows)} flagged`;
      await ok(app.call('imports.undo', { batchId: batch.id }));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    record({
      name: `support import: imports.open of ${ROWS} rows (${ORGS} organizations)`,
      p50Ms: median(opens),
      samples: opens,
      note: counts,
    });
    record({ name: `support import: imports.commit of ${ROWS} rows`, p50Ms: median(commits), samples: commits });
  }, 3_600_000);
});
