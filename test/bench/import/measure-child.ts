// Runs one step of the import benchmark in its own process, so its peak memory is its own:
//   read FILE      bare SheetJS read of the file
//   insert N DB    bare batched insert of the same N rows into a fresh KTTT database
// Prints one JSON line: { ms, maxRssMb }.
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { openApp } from '../../../src-main/core/app.ts';
import { legacyRecord } from './make-legacy-xlsx.ts';

const [step, a, b] = process.argv.slice(2);
const t0 = performance.now();
if (step === 'read') {
  const wb = XLSX.read(fs.readFileSync(a ?? ''), { type: 'buffer', dense: true });
  const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no sheet');
} else if (step === 'insert') {
  // The same rows as the file's, already in Unicode and in đồng: every column the import fills, one
  // organization, its status history entry and its figures per row, in one transaction, nothing checked.
  const n = Number(a);
  const app = await openApp({
    dbPath: b ?? '',
    resourcesDir: new URL('../../../resources', import.meta.url).pathname,
    appVersion: 'bench',
  });
  const s = app.ctx.conn.sqlite;
  const at = new Date().toISOString();
  const org =
    s.prepare(`insert into organizations (type, name, name_key, reg_code, legacy_address, founded_on, status, status_since, sectors, charter_capital, head_name, phone, email, short_name, notes, created_at, updated_at)
    values ('HTX', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const status = s.prepare(
    'insert into status_history (organization_id, status, from_date, to_date, note, recorded_at) values (?, ?, ?, null, null, ?)',
  );
  const fig =
    s.prepare(`insert into yearly_figures (organization_id, year, period, members, workers, regular_workers, revenue, profit, avg_income, budget_paid, created_at, updated_at)
    values (?, 2024, 'Y', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const million = (x: number) => Math.round(x * 1_000_000);
  s.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const r = legacyRecord(i);
      const founded = `${r.founded.year}-${String(r.founded.month).padStart(2, '0')}-${String(r.founded.day).padStart(2, '0')}`;
      const id = org.run(
        r.name,
        r.name.toLowerCase(),
        r.regCode,
        r.address,
        founded,
        r.status[1],
        founded,
        JSON.stringify(r.sector[1]),
        million(r.capitalMillions),
        r.head,
        r.phone,
        r.email,
        r.shortName,
        r.note,
        at,
        at,
      ).lastInsertRowid;
      status.run(id, r.status[1], founded, at);
      fig.run(
        id,
        r.members,
        r.workers,
        r.regularWorkers,
        million(r.revenueMillions),
        million(r.profitMillions),
        million(r.avgIncomeMillions),
        million(r.budgetMillions),
        at,
        at,
      );
    }
  })();
  await app.close();
}
console.log(JSON.stringify({ ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
