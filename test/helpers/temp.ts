import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type App, type AppOptions } from '../../src-main/core/app.ts';

const made: string[] = [];
const apps: App[] = [];

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(prefix = 'kttt-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

import { RESOURCES_DIR } from './paths.ts';

export { REPO_ROOT, RESOURCES_DIR, SHARED_DIR } from './paths.ts';

/** Opens the real core on a real SQLite file in a temp folder; closed after the test. */
export async function openTestApp(options: Partial<AppOptions> & { dbPath?: string } = {}): Promise<App> {
  const dbPath = options.dbPath ?? path.join(tempDir(), 'kttt.sqlite');
  const app = await openApp({ resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', who: 'tester', ...options, dbPath });
  apps.push(app);
  return app;
}

/** A short fingerprint of a file's bytes, to prove a refused operation changed nothing. */
export function fileHash(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

afterEach(async () => {
  for (const app of apps.splice(0)) {
    try {
      await app.close();
    } catch {
      // already closed by the test
    }
  }
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Every row of every table of an open database, as text: proves a refused call wrote nothing even while the
 * writes of WAL mode would still sit in the -wal file and leave the main file's bytes as they were.
 */
export function dbSnapshot(app: App): string {
  const s = app.ctx.conn.sqlite;
  const tables = s.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map(({ name }) => [name, s.prepare(`select * from "${name}" order by rowid`).all()]));
}
