import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import type { ReportFile } from '../../src-main/contract/reports.ts';
import type { App } from '../../src-main/core/app.ts';
import { formatNumber } from '../../src-main/shared/index.ts';
import { borrowerHtx, contractedLoan } from '../helpers/fund.ts';
import { expectGolden } from '../helpers/golden.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp, tempDir } from '../helpers/temp.ts';

/** The fund's printouts through the report engine: golden HTML, real DOCX/XLSX files, and `kttt report fund`. */

const NOW = new Date(2026, 0, 20, 9, 0, 0);

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** Two HTX borrowers: one paying on time, one overdue since April; a loan signed in 2024 for the year-on-year column. */
async function seeded(): Promise<{ app: App; onTime: number; late: number }> {
  const app = await openTestApp({ now: () => NOW });
  await value(
    app.call('settings.set', {
      parentBody: 'UBND tỉnh Phú Thọ',
      issuingBody: 'Liên minh Hợp tác xã tỉnh Phú Thọ',
      placeName: 'Phú Thọ',
      signerAuthority: 'KT. CHỦ TỊCH',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Nguyễn Văn An',
    }),
  );
  const a = await borrowerHtx(app, 'HTX Nông nghiệp Tân Lập');
  const b = await borrowerHtx(app, 'HTX Dịch vụ Hòa Bình', { sectors: ['dich_vu'] });
  const onTime = await contractedLoan(app, a, '2024-10-01', { termMonths: 24, periodMonths: 3, method: 'equal_principal' });
  await value(app.call('fund.disburse', { loanId: onTime.id, onDate: '2024-10-05', amount: 120_000_000 }));
  const late = await contractedLoan(app, b, '2025-02-01', { amount: 60_000_000, method: 'annuity' });
  await value(app.call('fund.disburse', { loanId: late.id, onDate: '2025-02-10', amount: 60_000_000 }));
  const loan = await value(app.call('fund.loan', { id: onTime.id, asOf: '2025-12-31' }));
  for (const r of loan.schedule.filter((s) => s.dueOn <= '2025-12-31'))
    await value(app.call('fund.repay', { loanId: onTime.id, onDate: r.dueOn, amount: r.principal + r.interest }));
  const lateLoan = await value(app.call('fund.loan', { id: late.id, asOf: '2025-03-10' }));
  const firstDue = lateLoan.schedule[0];
  if (firstDue)
    await value(app.call('fund.repay', { loanId: late.id, onDate: firstDue.dueOn, amount: firstDue.principal + firstDue.interest }));
  return { app, onTime: onTime.id, late: late.id };
}

describe('the fund report, the statement and the reminder letter', () => {
  it('print as the golden HTML (NĐ 30 layout), with the figures of the aging', async () => {
    const { app, late } = await seeded();
    const report = await value(app.call('fund.documentHtml', { kind: 'report', from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' }));
    expect(report.html).toContain('BÁO CÁO');
    expect(report.html).toContain('DANH SÁCH KHOẢN VAY QUÁ HẠN');
    expectGolden('fund-report.html', report.html);
    const statement = await value(app.call('fund.documentHtml', { kind: 'statement', loanId: late, asOf: '2025-12-31' }));
    expectGolden('fund-statement.html', statement.html);
    const reminder = await value(app.call('fund.documentHtml', { kind: 'reminder', loanId: late, asOf: '2025-12-31' }));
    expect(reminder.html).toContain('Kính gửi: HTX Dịch vụ Hòa Bình');
    expectGolden('fund-reminder.html', reminder.html);
  });

  it('saves Word and Excel files, and JSON with the same figures', async () => {
    const { app } = await seeded();
    const document = { kind: 'report', from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' } as const;
    const docx = await value<ReportFile>(app.call('fund.documentFile', { document, format: 'docx' }));
    expect(docx.fileName).toBe('bao-cao-quy-htpt-2025-01-01-2025-12-31.docx');
    expect(Buffer.from(docx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const xlsx = await value<ReportFile>(app.call('fund.documentFile', { document, format: 'xlsx' }));
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const json = JSON.parse(
      Buffer.from(
        (await value<ReportFile>(app.call('fund.documentFile', { document, format: 'json' }))).contentBase64,
        'base64',
      ).toString(),
    ) as {
      totals: { loans: number; outstanding: number; overdue: number };
    };
    const aging = await value(app.call('fund.aging', { asOf: '2025-12-31' }));
    expect(json.totals.loans).toBe(aging.length);
    expect(json.totals.outstanding).toBe(aging.reduce((s, r) => s + r.principalOutstanding, 0));
    expect(json.totals.overdue).toBe(aging.reduce((s, r) => s + r.principalOverdue, 0));
    expect(json.totals.overdue).toBeGreaterThan(0);
  });

  it('prints the reminder letter to PDF in Chromium, with what is owed and the date to pay by', async () => {
    process.env.KTTT_CHROMIUM ??= '/usr/bin/chromium';
    const { app, late } = await seeded();
    const pdf = await value<ReportFile>(
      app.call('fund.documentFile', { document: { kind: 'reminder', loanId: late, asOf: '2025-12-31' }, format: 'pdf' }),
    );
    expect(pdf.fileName).toBe(`nhac-tra-no-${String(late)}-2025-12-31.pdf`);
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Kính gửi: HTX Dịch vụ Hòa Bình');
    const loan = await value(app.call('fund.loan', { id: late, asOf: '2025-12-31' }));
    const owed = (loan.position?.principalDue ?? 0) + (loan.position?.interestDue ?? 0) + (loan.position?.penaltyDue ?? 0);
    expect(text).toContain(`còn nợ đến hạn chưa trả ${formatNumber(owed)} đồng`);
    expect(text).toContain('trước ngày 10/01/2026');
  }, 120_000);

  it('gives the annual conference report a paragraph and a table on the fund, year on year', async () => {
    const { app } = await seeded();
    const { html } = await value(app.call('reports.annualHtml', { year: 2025, asOf: '2025-12-31' }));
    expect(html).toContain('Hoạt động của Quỹ hỗ trợ phát triển hợp tác xã');
    expect(html).toContain('Kết quả hoạt động của Quỹ hỗ trợ phát triển HTX năm 2025 so với năm trước');
    expect(html).toContain('Ngày 31/12/2024');
    expect(html).toContain('115.089.981');
    // Last in part I, before part II; the biểu after it keep numbering in reading order.
    const text = html.replace(/<[^>]+>/g, ' ');
    const fund = text.indexOf('Hoạt động của Quỹ hỗ trợ phát triển hợp tác xã');
    const partTwo = text.search(/II\. [A-ZĐ]/);
    if (partTwo !== -1) expect(fund).toBeLessThan(partTwo);
    const numbers = [...text.matchAll(/Biểu (\d+)\./g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const empty = await openTestApp({ now: () => NOW });
    const plain = await value(empty.call('reports.annualHtml', { year: 2025, asOf: '2025-12-31' }));
    expect(plain.html).not.toContain('Quỹ hỗ trợ phát triển');
  });

  it('`kttt report fund --from --to --as-of` writes the report', async () => {
    const { app } = await seeded();
    const db = app.ctx.dbPath;
    await app.close();
    const out = path.join(tempDir(), 'quy.json');
    const io = capture();
    const code = await runCli(
      [
        '--db',
        db,
        'report',
        'fund',
        '--from',
        '2025-01-01',
        '--to',
        '2025-12-31',
        '--as-of',
        '2025-06-30',
        '--format',
        'json',
        '--out',
        out,
      ],
      io,
    );
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const data = JSON.parse(fs.readFileSync(out, 'utf8')) as { asOf: string; totals: { loans: number } };
    expect(data.asOf).toBe('2025-06-30');
    expect(data.totals.loans).toBe(2);
    const overdue = capture();
    expect(await runCli(['--db', db, 'fund', 'overdue', '--as-of', '2025-12-31'], overdue)).toBe(0);
    expect(overdue.stdout[0]).toBe('Khoản vay của Quỹ quá hạn đến ngày 31/12/2025: 1 / 2 khoản còn dư nợ');
    expect(overdue.stdout[1]).toMatch(
      /^ {2}02\/HĐTD — HTX Dịch vụ Hòa Bình: dư nợ 55\.089\.981 đồng, .*quá hạn từ 10\/04\/2025 \(265 ngày, nhóm 4\)$/,
    );
    const due = capture();
    expect(await runCli(['--db', db, '--json', 'fund', 'due', '--as-of', '2025-12-20'], due)).toBe(0);
    expect((JSON.parse(due.stdout.join('\n')) as { dueOn: string }[]).map((d) => d.dueOn)).toEqual(['2026-01-05', '2026-01-10']);
    const bad = capture();
    expect(await runCli(['--db', db, 'report', 'fund-reminder', '--as-of', '2025-06-30', '--format', 'html', '--out', out], bad)).toBe(1);
    expect(bad.stderr.join('\n')).toContain('Cần --id là số của khoản vay');
  });
});
