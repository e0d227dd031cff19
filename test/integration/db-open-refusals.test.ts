import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/index.ts';
import { openApp } from '../../src-main/core/app.ts';
import { isOnNetworkShare, resolveDbPath, type NetworkProbe } from '../../src-main/core/db/location.ts';
import { fileHash, RESOURCES_DIR, tempDir } from '../helpers/temp.ts';

const open = (dbPath: string) => openApp({ dbPath, resourcesDir: RESOURCES_DIR, appVersion: 't' }).catch((e: unknown) => e);

function probe(overrides: Partial<NetworkProbe>): NetworkProbe {
  return { platform: 'linux', realpath: (p) => p, statfsType: () => 0xef53, ...overrides };
}

describe('opening a database', () => {
  it('refuses UNC paths with a Vietnamese explanation about WAL on network shares', async () => {
    const err = await open('\\\\server\\share\\kttt.sqlite');
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_NETWORK_PATH');
    expect((err as AppError).message).toMatch(/ổ mạng/);
    expect((err as AppError).message).toMatch(/WAL/);
  });

  it('detects mapped network drives on Windows and NFS/SMB mounts on Linux', () => {
    const dir = tempDir();
    const file = path.join(dir, 'kttt.sqlite');
    expect(isOnNetworkShare('//server/share/x.sqlite', probe({}))).toBe(true);
    expect(isOnNetworkShare(file, probe({ platform: 'win32', realpath: () => '\\\\?\\UNC\\server\\share\\data' }))).toBe(true);
    expect(isOnNetworkShare(file, probe({ platform: 'win32', realpath: () => '\\\\?\\C:\\Users\\a' }))).toBe(false);
    expect(isOnNetworkShare(file, probe({ statfsType: () => 0x6969 }))).toBe(true);
    expect(isOnNetworkShare(file, probe({ statfsType: () => 0xfe534d42 }))).toBe(true);
    expect(isOnNetworkShare(file, probe({}))).toBe(false);
  });

  it('refuses a file that is not a database as corrupt, without changing it', async () => {
    const dbPath = path.join(tempDir(), 'kttt.sqlite');
    fs.writeFileSync(dbPath, 'Đây không phải cơ sở dữ liệu, chỉ là văn bản. '.repeat(200));
    const before = fileHash(dbPath);
    const err = await open(dbPath);
    expect((err as AppError).code).toBe('DB_CORRUPT');
    expect((err as AppError).message).toContain('bị hỏng');
    expect(fileHash(dbPath)).toBe(before);
  });

  it('reports a folder it cannot create in with a clear message', async () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const err = await open(path.join(blocker, 'sub', 'kttt.sqlite'));
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/thư mục/);
  });

  it('takes --db over KTTT_DB over the user-data folder', () => {
    expect(resolveDbPath(['--db', '/x/a.sqlite'], { KTTT_DB: '/y/b.sqlite' })).toBe(path.resolve('/x/a.sqlite'));
    expect(resolveDbPath(['--db=/x/c.sqlite'], {})).toBe(path.resolve('/x/c.sqlite'));
    expect(resolveDbPath([], { KTTT_DB: '/y/b.sqlite' })).toBe(path.resolve('/y/b.sqlite'));
    expect(resolveDbPath([], {}, '/home/u/.config/KTTT')).toBe(path.join('/home/u/.config/KTTT', 'kttt.sqlite'));
    expect(() => resolveDbPath(['--db'], {})).toThrow(/--db/);
  });
});
