import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, type App } from '../../src-main/core/app.ts';
import { RESOURCES_DIR } from '../helpers/paths.ts';

/** A deterministic pseudo-random sequence, so every run seeds the same province. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'Nông nghiệp',
  'Dịch vụ',
  'Chè',
  'Rau an toàn',
  'Hòa Bình',
  'Tân Lập',
  'Thủy sản',
  'Mây tre đan',
  'Điện',
  'Vận tải',
  'Môi trường',
  'Cây ăn quả',
];
const TYPES = ['HTX', 'HTX', 'HTX', 'THT', 'QTDND', 'LHHTX'];

/**
 * Seeds a real SQLite file through the core's own schema with `orgs` organizations and `years` years of
 * whole-year figures each; rows go in with prepared statements in one transaction (seeding is setup, not
 * what is measured).
 */
export async function seedLargeRegistry(orgs = 50_000, years = 10, lastYear = 2024): Promise<{ app: App; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-bench-'));
  const app = await openApp({ dbPath: path.join(dir, 'kttt.sqlite'), resourcesDir: RESOURCES_DIR, appVersion: 'bench', who: 'bench' });
  const rnd = prng(42);
  const s = app.ctx.conn.sqlite;
  const communes = ['04792', '04795', '04828']; // real communes of Phú Thọ (2025 list)
  const at = '2025-01-01T00:00:00.000Z';
  const insOrg = s.prepare(
    `insert into organizations (type, name, name_key, reg_code, founded_on, status, status_since, commune_code, sectors, charter_capital, created_at, updated_at)
     values (?, ?, ?, ?, ?, 'dang_hoat_dong', ?, ?, '["nong_nghiep"]', ?, ?, ?)`,
  );
  const insStatus = s.prepare(
    `insert into status_history (organization_id, status, from_date, recorded_at) values (?, 'dang_hoat_dong', ?, ?)`,
  );
  const insFig = s.prepare(
    `insert into yearly_figures (organization_id, year, period, members, workers, regular_workers, revenue, profit, avg_income, created_at, updated_at)
     values (?, ?, 'Y', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  s.transaction(() => {
    for (let i = 1; i <= orgs; i++) {
      const type = TYPES[Math.floor(rnd() * TYPES.length)] ?? 'HTX';
      const name = `${type === 'THT' ? 'Tổ hợp tác' : type === 'QTDND' ? 'Quỹ tín dụng nhân dân' : 'Hợp tác xã'} ${WORDS[i % WORDS.length]} ${i}`;
      const founded = `${2000 + (i % 24)}-0${1 + (i % 9)}-1${i % 9}`;
      const r = insOrg.run(
        type,
        name,
        name.toLowerCase(),
        type === 'THT' ? null : String(5_000_000_000 + i),
        founded,
        founded,
        communes[i % communes.length] ?? null,
        Math.round(rnd() * 5e9),
        at,
        at,
      );
      const id = Number(r.lastInsertRowid);
      insStatus.run(id, founded, at);
      for (let y = lastYear - years + 1; y <= lastYear; y++) {
        const workers = 5 + Math.floor(rnd() * 60);
        insFig.run(
          id,
          y,
          7 + Math.floor(rnd() * 300),
          workers,
          Math.floor(workers * 0.6),
          Math.round(rnd() * 4e9),
          Math.round((rnd() - 0.2) * 4e8),
          3_000_000 + Math.round(rnd() * 4e6),
          at,
          at,
        );
      }
    }
  })();
  return { app, dir };
}

export async function disposeSeeded(seeded: { app: App; dir: string }): Promise<void> {
  await seeded.app.close();
  fs.rmSync(seeded.dir, { recursive: true, force: true });
}
