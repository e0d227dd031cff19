import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SupportRecordDto } from '../../src-main/contract/bcd-dto.ts';
import type { ImportBatchDto, ImportPreview } from '../../src-main/contract/index.ts';
import { createRow, value } from '../helpers/registry.ts';
import { newWorkbook, supportSheet, xlsxBytes, type SupportRow } from '../helpers/support-workbooks.ts';
import { openTestApp } from '../helpers/temp.ts';

/**
 * Nothing lost, for any list: every record row of a support sheet becomes one support record; a blank amount
 * is blank and a written one is its đồng, never 0 for a blank; a date that cannot be read is blank, never
 * invented; an organization the registry lacks is left blank with the text kept, and no organization is added.
 */
const NOW = new Date(2025, 0, 20, 9, 0, 0);
const KNOWN = ['HTX Nông nghiệp Tân Lập', 'HTX Chè xanh Thanh Sơn', 'Tổ hợp tác Mây tre đan Quyết Thắng'];

const amountArb = fc.oneof(
  fc.constant({ cell: null as SupportRow['amount'], dong: null as number | null }),
  fc.integer({ min: 1, max: 5_000 }).map((k) => ({ cell: k * 100_000, dong: k * 100_000 })),
  fc.integer({ min: 1, max: 5_000 }).map((k) => ({ cell: `${(k * 100_000).toLocaleString('vi-VN')} đ`, dong: k * 100_000 })),
  fc.constant({ cell: 'xem hồ sơ' as SupportRow['amount'], dong: null }),
);
const dateArb = fc.oneof(
  fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ d, m }) => ({
    cell: `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2024`,
    iso: `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  })),
  fc.constant({ cell: 'quý III', iso: null as string | null }),
  fc.constant({ cell: '31/02/2024', iso: null as string | null }),
);
const rowArb = fc.record({
  org: fc.oneof(
    fc.constantFrom(...KNOWN),
    fc.integer({ min: 1, max: 999 }).map((n) => `HTX Chưa có trong sổ ${n}`),
  ),
  amount: amountArb,
  date: dateArb,
  kind: fc.constantFrom('Tập huấn', 'Hội chợ', 'Vay vốn', 'Khác', 'Hạ tầng'),
});

describe('importing support records loses nothing', () => {
  it('for random lists of known and unknown organizations, amounts and dates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 12 }), async (rows) => {
        const app = await openTestApp({ now: () => NOW });
        for (const name of KNOWN) await createRow(app, 'organizations', { type: name.startsWith('Tổ') ? 'THT' : 'HTX', name });
        const wb = newWorkbook();
        // Each row its own policy, so that every row is told apart from the others.
        supportSheet(
          wb,
          rows.map((r, i) => ({
            org: r.org,
            policy: `Chính sách ${i + 1}`,
            date: r.date.cell,
            kind: r.kind,
            amount: r.amount.cell,
            source: '',
          })),
        );
        const bytes = Buffer.from(await xlsxBytes(wb)).toString('base64');
        const preview = await value<ImportPreview>(app.call('imports.open', { fileName: 'ds.xlsx', contentBase64: bytes }));
        expect(preview.sheets[0]?.entity).toBe('support');
        await value<ImportBatchDto>(app.call('imports.commit', { jobId: preview.jobId }));
        const stored = await value<SupportRecordDto[]>(app.call('support.records', { year: 2024, undated: true }));
        expect(stored).toHaveLength(rows.length);
        const byPolicy = new Map(stored.map((s) => [s.policy, s]));
        rows.forEach((r, i) => {
          const s = byPolicy.get(`Chính sách ${i + 1}`);
          expect(s?.amount ?? null).toBe(r.amount.dong);
          expect(s?.grantedOn ?? null).toBe(r.date.iso);
          if (KNOWN.includes(r.org)) expect(s?.organization?.name).toBe(r.org);
          else expect([s?.organization ?? null, s?.sourceTexts.organizationId]).toEqual([null, r.org]);
        });
        expect(await value<unknown[]>(app.call('registry.listOrganizations', {}))).toHaveLength(KNOWN.length);
        await app.close();
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
