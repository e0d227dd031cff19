// scripts/build-admin-units.ts writes files that are committed and shipped: the output must be
// reproducible from the MIT sources, small, and carry its attribution.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const COMMITTED = path.join(REPO_ROOT, 'resources', 'admin-units');
const SOURCES = path.resolve(REPO_ROOT, '../shared/data/admin-units');
const FILES = ['current-units.json', 'legacy-units.json', 'legacy-to-current.json', 'ATTRIBUTION.md'];

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function build(...args: string[]): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-admin-units-'));
  temps.push(out);
  const run = spawnSync(process.execPath, ['scripts/build-admin-units.ts', SOURCES, '--out', out, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
const json = (dir: string, file: string): Record<string, unknown[]> => JSON.parse(read(dir, file)) as Record<string, unknown[]>;

describe('build-admin-units script', () => {
  it('gives byte-identical output on two runs, equal to the committed files', () => {
    expect(fs.existsSync(SOURCES), `source data missing at ${SOURCES}`).toBe(true);
    const first = build();
    const second = build();
    for (const file of FILES) {
      expect(read(second, file), file).toBe(read(first, file));
      expect(read(COMMITTED, file), `${file} is stale: run node scripts/build-admin-units.ts`).toBe(read(first, file));
    }
  });

  it('writes 34 provinces and 3,321 communes, and 63 / 696 / 10,035 old units', () => {
    const current = json(COMMITTED, 'current-units.json');
    const legacy = json(COMMITTED, 'legacy-units.json');
    expect(current['provinces']).toHaveLength(34);
    expect(current['communes']).toHaveLength(3321);
    expect(legacy['provinces']).toHaveLength(63);
    expect(legacy['districts']).toHaveLength(696);
    expect(legacy['communes']).toHaveLength(10035);
  });

  it('maps every one of the 10,035 old communes, and the five island districts that had none', () => {
    const mapping = json(COMMITTED, 'legacy-to-current.json');
    const rows = mapping['communes'] as string[][];
    expect(rows).toHaveLength(10035);
    // dvhcvn's splits.json counts 9,587 / 386 / 57 / 16 / 1 over its 10,047 codes; the 12 codes not in
    // the pre-2025 list all had a single target.
    const byTargets = new Map<number, number>();
    for (const r of rows) byTargets.set(r.length - 1, (byTargets.get(r.length - 1) ?? 0) + 1);
    expect(Object.fromEntries(byTargets)).toEqual({ 1: 9575, 2: 386, 3: 57, 4: 16, 5: 1 });
    expect((mapping['districts'] as string[][]).map((r) => r[0])).toEqual(['318', '471', '498', '536', '755']);
  });

  it('stays small', () => {
    const sizes = FILES.map((f) => fs.statSync(path.join(COMMITTED, f)).size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(700_000);
  });

  it('names its MIT sources and their licence texts beside the data', () => {
    const text = read(COMMITTED, 'ATTRIBUTION.md');
    expect(text).toContain('thanglequoc/vietnamese-provinces-database');
    expect(text).toContain('dvhcvn/20250701');
    expect(text).toContain('Copyright (c) 2021 Thang Le Quoc');
    expect(text).toContain('Copyright (c) 2025 dvhcvn');
    // the sapnhap.bando crawl is not MIT content and must not be a source
    expect(text).not.toMatch(/sapnhap/i);
  });

  it('can build the list as enacted on 01/07/2025: same codes, the names of that date', () => {
    const enacted = json(build('--edition', '2025-07-01'), 'current-units.json');
    const current = json(COMMITTED, 'current-units.json');
    const codes = (rows: unknown[]): unknown[] => (rows as string[][]).map((r) => r[0]);
    expect(codes(enacted['communes'] ?? [])).toEqual(codes(current['communes'] ?? []));
    expect(enacted['provinces']).toContainEqual(['38', 'Thanh Hóa', 0]);
    expect(current['provinces']).toContainEqual(['38', 'Thanh Hoá', 0]);
    // Đồng Nai became a city in 2026, and Long Thành a phường
    expect(enacted['provinces']).toContainEqual(['75', 'Đồng Nai', 0]);
    expect(current['provinces']).toContainEqual(['75', 'Đồng Nai', 1]);
    expect(enacted['communes']).toContainEqual(['26368', 'Long Thành', 0, '75']);
    expect(current['communes']).toContainEqual(['26368', 'Long Thành', 1, '75']);
  });
});
