// Runs one step of the import benchmark in its own process, so its peak memory is its own:
//   read FILE      bare SheetJS read of the file
//   insert N DB    bare batched insert of N organizations into a fresh KTTT database
// Prints one JSON line: { ms, maxRssMb }.
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { openApp } from '../../../src-main/core/app.ts';

const [step, a, b] = process.argv.slice(2);
const t0 = performance.now();
if (step === 'read') {
  const wb = XLSX.read(fs.readFileSync(a ?? ''), { type: 'buffer', dense: true });
  const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no sheet');
} else if (step === 'insert') {
  const n = Number(a);
  const app = await openApp({ dbPath: b ?? '', resourcesDir: new URL('../../../resources', import.meta.url).pathname, appVersion: 'bench' });
  const s = app.ctx.conn.sqlite;
  const ins = s.prepare(`insert into organizations (type, name, name_key, reg_code, founded_on, status, status_since, sectors, created_at, updated_at) values ('HTX', ?, ?, ?, '2020-01-01', 'dang_hoat_dong', '2020-01-01', '[]', 'x', 'x')`);
  const fig = s.prepare(`insert into yearly_figures (organization_id, year, period, members, workers, revenue, created_at, updated_at) values (?, 2024, 'Y', 10, 20, 1000000, 'x', 'x')`);
  s.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const id = ins.run(`Hợp tác xã ${i}`, `hop tac xa ${i}`, String(2_500_000_000 + i)).lastInsertRowid;
      fig.run(id);
    }
  })();
  await app.close();
}
console.log(JSON.stringify({ ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
