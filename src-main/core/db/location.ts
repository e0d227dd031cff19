import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../contract/index.ts';

export const DB_FILE_NAME = 'kttt.sqlite';
export const APP_FOLDER_NAME = 'KTTT';

/** The OS user-data folder for KTTT: %APPDATA%\KTTT on Windows, as Electron's app.getPath('userData'). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER_NAME);
}

/**
 * Which database file a door opens: `--db PATH` wins, then KTTT_DB, then the user-data folder.
 * Every door (Electron, browser, CLI) calls this with its own argv.
 */
export function resolveDbPath(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, dataDir?: string): string {
  const flag = argv.findIndex((a) => a === '--db' || a.startsWith('--db='));
  if (flag >= 0) {
    const arg = argv[flag] ?? '';
    const value = arg.startsWith('--db=') ? arg.slice(5) : argv[flag + 1];
    if (!value) throw new AppError('INVALID_INPUT', 'Thiếu đường dẫn sau --db.');
    return path.resolve(value);
  }
  if (env.KTTT_DB) return path.resolve(env.KTTT_DB);
  return path.join(dataDir ?? defaultDataDir(env), DB_FILE_NAME);
}

/** Linux statfs magic numbers of network file systems (NFS, SMB, CIFS, SMB2, AFS, 9P over network). */
const NETWORK_FS_TYPES = new Set([0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x5346414f]);

export interface NetworkProbe {
  platform: NodeJS.Platform;
  /** fs.realpathSync.native: on Windows it turns a mapped drive letter into its \\?\UNC\ form. */
  realpath(p: string): string;
  statfsType(p: string): number | null;
}

const realProbe: NetworkProbe = {
  platform: process.platform,
  realpath: (p) => fs.realpathSync.native(p),
  statfsType: (p) => {
    try {
      return fs.statfsSync(p).type;
    } catch {
      return null;
    }
  },
};

function isUncPath(p: string): boolean {
  const s = p.replace(/\//g, '\\');
  if (s.startsWith('\\\\?\\UNC\\')) return true;
  // \\?\C:\… and \\.\C:\… are local device paths, not shares
  if (s.startsWith('\\\\?\\') || s.startsWith('\\\\.\\')) return false;
  return s.startsWith('\\\\');
}

/** The nearest folder of `p` that exists, so a new database's location can be probed. */
function nearestExisting(p: string): string | null {
  let dir = path.dirname(p);
  for (;;) {
    if (fs.existsSync(dir)) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** True when the database would live on a network share (UNC path, mapped drive, NFS/SMB mount). */
export function isOnNetworkShare(dbPath: string, probe: NetworkProbe = realProbe): boolean {
  if (isUncPath(dbPath)) return true;
  const dir = nearestExisting(dbPath);
  if (!dir) return false;
  if (probe.platform === 'win32') {
    try {
      return isUncPath(probe.realpath(dir));
    } catch {
      return false;
    }
  }
  const type = probe.statfsType(dir);
  return type !== null && NETWORK_FS_TYPES.has(type);
}

export function assertLocalPath(dbPath: string, probe?: NetworkProbe): void {
  if (isOnNetworkShare(dbPath, probe)) {
    throw new AppError(
      'DB_NETWORK_PATH',
      `Không thể dùng cơ sở dữ liệu trên ổ mạng (${dbPath}). SQLite ghi nhật ký WAL cần bộ nhớ dùng chung ` +
        'của một máy, nên trên thư mục chia sẻ qua mạng dữ liệu có thể bị hỏng khi hai người cùng ghi. ' +
        'Hãy đặt tệp trên ổ đĩa của máy này và dùng chức năng sao lưu để chép sang nơi khác.',
    );
  }
}
