import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { FundLoanSummary } from '../../src-main/contract/fund-dto.ts';
import { migrate } from '../../src-main/core/db/migrate.ts';
import { up as migration013 } from '../../src-main/core/db/migrations/013_fund_unknown_application.ts';
import { closeConnection, openConnection } from '../../src-main/core/db/open.ts';
import { borrowerHtx } from '../helpers/fund.ts';
import { contractsSheet, TAN_LAP_CONTRACT } from '../helpers/fund-ledger.ts';
import { bytesOf, workbookOf } from '../helpers/import-fixtures.ts';
import { value } from '../helpers/registry.ts';
import { dbSnapshot, openTestApp, tempDir } from '../helpers/temp.ts';

/**
 * The fund's old ledger gives a contract but no application: the application's date, purpose, total investment,
 * own capital and the amount and term asked are not known — stored null, never 0 nor the contract's, shown
 * "Không rõ", and the own-capital condition is neither met nor failed.
 */
const NOW = new Date(2025, 5, 15, 9, 0, 0);

describe('a loan whose application is not known', () => {
  it('imported from a ledger without application columns keeps null facts, shows “Không rõ” and leaves own capital unchecked', async () => {
    const app = await openTestApp({ now: () => NOW });
    await borrowerHtx(app, 'HTX Nông nghiệp Tân Lập');
    const bytes = bytesOf(workbookOf([contractsSheet([TAN_LAP_CONTRACT])]), 'xlsx');
    const preview = await value(
      app.call('imports.open', { fileName: 'so-vay.xlsx', contentBase64: Buffer.from(bytes).toString('base64') }),
    );
    await value(app.call('imports.commit', { jobId: preview.jobId }));

    const [summary] = await value<FundLoanSummary[]>(app.call('fund.loans', { asOf: '2023-06-30' }));
    expect(summary?.appliedOn).toBeNull();
    expect(summary?.purpose).toBeNull();
    const loan = await value(app.call('fund.loan', { id: summary?.id ?? 0, asOf: '2023-06-30' }));
    expect([loan.totalInvestment, loan.ownCapital, loan.amountRequested, loan.termRequested]).toEqual([null, null, null, null]);
    // The contract itself is known and stored as the ledger wrote it.
    expect([loan.amount, loan.termMonths, loan.contractOn]).toEqual([120_000_000, 12, '2023-01-10']);
    const stored = app.ctx.conn.sqlite
      .prepare('select applied_on, purpose, total_investment, own_capital, amount_requested, term_requested from fund_loans')
      .all();
    expect(stored).toEqual([
      { applied_on: null, purpose: null, total_investment: null, own_capital: null, amount_requested: null, term_requested: null },
    ]);
    const ownCapital = loan.conditions.find((c) => c.key === 'ownCapital');
    expect(ownCapital?.met).toBeNull();
    expect(ownCapital?.detail).toMatch(/^Không rõ: .*chưa kiểm tra$/);
    expect(loan.conditions.find((c) => c.key === 'plan')?.detail).toMatch(/^Không rõ/);
  });

  it('typed still needs the total investment and own capital, and a known 0 own capital fails the condition (never “unknown”)', async () => {
    const app = await openTestApp({ now: () => NOW });
    const org = await borrowerHtx(app, 'HTX Dịch vụ Mường Khến');
    const base = { organizationId: org, appliedOn: '2025-03-01', purpose: 'Mua máy sấy', amountRequested: 50_000_000, termRequested: 24 };
    const withoutTotal = await app.call('fund.saveApplication', { ...base, ownCapital: 10_000_000 } as never);
    expect(withoutTotal.ok).toBe(false);
    const withoutOwn = await app.call('fund.saveApplication', { ...base, totalInvestment: 100_000_000 } as never);
    expect(withoutOwn.ok).toBe(false);

    const loan = await value(app.call('fund.saveApplication', { ...base, totalInvestment: 50_000_000, ownCapital: 0 }));
    expect([loan.totalInvestment, loan.ownCapital]).toEqual([50_000_000, 0]);
    const ownCapital = loan.conditions.find((c) => c.key === 'ownCapital');
    expect(ownCapital?.met).toBe(false);
    expect(ownCapital?.detail).toContain('= 0,0%');
  });

  it('is never approved while its own capital is not known', async () => {
    const app = await openTestApp({ now: () => NOW });
    const org = await borrowerHtx(app, 'HTX Mây tre đan Mai Châu');
    const a = await value(
      app.call('fund.saveApplication', {
        organizationId: org,
        appliedOn: '2025-03-01',
        purpose: 'Mua nguyên liệu',
        totalInvestment: 100_000_000,
        ownCapital: 40_000_000,
        amountRequested: 60_000_000,
        termRequested: 12,
      }),
    );
    await value(
      app.call('fund.appraise', { id: a.id, appraisedBy: 'Cán bộ', appraisedOn: '2025-03-05', opinion: 'Khả thi', planFeasible: true }),
    );
    // As a loan of the old ledger would hold it: the figures of the plan not known.
    app.ctx.conn.sqlite.prepare('update fund_loans set total_investment = null, own_capital = null where id = ?').run(a.id);
    const r = await app.call('fund.decide', {
      id: a.id,
      approve: true,
      decisionNo: '3/QĐ',
      decisionOn: '2025-03-10',
      approvedAmount: 60_000_000,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('chưa rõ tổng vốn đầu tư hoặc vốn tự có');
    const page = await value(app.call('fund.loan', { id: a.id, asOf: '2025-03-10' }));
    expect(page.stage).toBe('appraised');
    expect(page.conditions.find((c) => c.key === 'ownCapital')).toMatchObject({
      met: null,
      detail: expect.stringContaining('chưa kiểm tra'),
    });
  });
});

/** A loan of version 12 as the ledger import stored it (stand-ins), and one typed with a known own capital of 0. */
function seedVersion12(file: string): void {
  const s = new BetterSqlite3(file);
  s.pragma('foreign_keys = ON');
  s.exec(`
    insert into organizations (id, type, name, name_key, status, sectors, created_at, updated_at)
      values (1, 'HTX', 'HTX A', 'hợp tác xã a', 'dang_hoat_dong', '[]', 'x', 'x');
    insert into fund_loans (id, code, organization_id, stage, applied_on, purpose, total_investment, own_capital, amount_requested,
        term_requested, contract_no, contract_on, amount, rate_ppm, overdue_rate_ppm, term_months, period_months, grace_months, method,
        created_at, updated_at)
      values
      (1, 'HS-2023-001', 1, 'contracted', '2023-01-10', '', 0, 0, 120000000, 12, '01/HĐTD', '2023-01-10', 120000000, 48000, 72000, 12, 1, 0,
        'equal_principal', 'x', 'x'),
      (2, 'HS-2023-002', 1, 'contracted', '2023-02-01', 'Mua máy', 80000000, 0, 50000000, 24, '02/HĐTD', '2023-02-10', 40000000, 48000,
        72000, 24, 1, 0, 'equal_principal', 'x', 'x'),
      (3, 'HS-2023-003', 1, 'application', '2023-03-01', 'Bỏ', 10, 5, 5, 1, null, null, null, null, null, null, null, null, null, 'x', 'x');
    delete from fund_loans where id = 3;
    insert into fund_disbursements (loan_id, on_date, amount, created_at, created_by) values (1, '2023-01-15', 120000000, 'x', 'a'),
      (2, '2023-02-15', 40000000, 'x', 'a');
    insert into fund_schedule_versions (loan_id, effective_from) values (1, '2023-01-15'), (2, '2023-02-15');
  `);
  s.close();
}

describe('migration 013', () => {
  it('makes the stand-ins of the old ledger import null, keeps typed figures and every entry on its loan, and never reuses an id', async () => {
    const file = path.join(tempDir(), 'v12.sqlite');
    const conn = openConnection(file);
    await migrate(conn, { target: 12 });
    await closeConnection(conn);
    seedVersion12(file);

    const app = await openTestApp({ dbPath: file, now: () => NOW });
    const s = app.ctx.conn.sqlite;
    const rows = s
      .prepare(
        'select id, applied_on, purpose, total_investment, own_capital, amount_requested, term_requested from fund_loans order by id',
      )
      .all();
    expect(rows).toEqual([
      { id: 1, applied_on: null, purpose: null, total_investment: null, own_capital: null, amount_requested: null, term_requested: null },
      {
        id: 2,
        applied_on: '2023-02-01',
        purpose: 'Mua máy',
        total_investment: 80_000_000,
        own_capital: 0,
        amount_requested: 50_000_000,
        term_requested: 24,
      },
    ]);
    expect(s.prepare('select loan_id from fund_disbursements order by id').all()).toEqual([{ loan_id: 1 }, { loan_id: 2 }]);
    expect(s.pragma('foreign_key_check')).toEqual([]);
    expect(s.prepare("select seq from sqlite_sequence where name = 'fund_loans'").get()).toEqual({ seq: 3 });

    const ledger = await value(app.call('fund.loan', { id: 1, asOf: '2023-06-30' }));
    expect(ledger.conditions.find((c) => c.key === 'ownCapital')?.met).toBeNull();
    const typed = await value(app.call('fund.loan', { id: 2, asOf: '2023-06-30' }));
    expect(typed.conditions.find((c) => c.key === 'ownCapital')?.met).toBe(false);
    // Loan 3 was deleted before the upgrade: its id is never given again.
    const next = s
      .prepare("insert into fund_loans (code, organization_id, stage, created_at, updated_at) values ('HS-X', 1, 'application', 'x', 'x')")
      .run();
    expect(next.lastInsertRowid).toBe(4);
    s.prepare('delete from fund_loans where id = 4').run();

    const before = {
      rows: dbSnapshot(app),
      schema: JSON.stringify(s.prepare('select type, name, sql from sqlite_master order by name').all()),
    };
    await migration013(app.ctx.db as unknown as Kysely<unknown>);
    expect({
      rows: dbSnapshot(app),
      schema: JSON.stringify(s.prepare('select type, name, sql from sqlite_master order by name').all()),
    }).toEqual(before);
  });
});
