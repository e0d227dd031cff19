// The stubbed `app`: lifecycle, paths and the single-instance lock, as Electron does them for an
// unpackaged app started from its folder.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preventable, state } from './state.ts';

/** The folder holding the app's package.json, found upwards from the entry script as Electron does. */
function findAppDir(entry: string): string {
  let dir = path.dirname(path.resolve(entry));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`electron stub: no package.json above ${entry}`);
    dir = up;
  }
  return dir;
}

interface PackageJson {
  name: string;
  productName?: string;
  version: string;
}

/** Electron's appData: %APPDATA% on Windows, ~/Library/Application Support on macOS, XDG config elsewhere. */
function appDataDir(): string {
  if (process.platform === 'win32') return process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

class StubApp extends EventEmitter {
  readonly isPackaged = false;
  private readonly appDir = findAppDir(process.argv[1] ?? '.');
  private readonly pkg = JSON.parse(fs.readFileSync(path.join(this.appDir, 'package.json'), 'utf8')) as PackageJson;
  private readyPromise: Promise<void> | null = null;
  private readyNow = false;
  private quitting = false;

  /** KTTT_STUB_LOCK=taken plays the second instance, whose lock another process already holds. */
  requestSingleInstanceLock(): boolean {
    state.lockRequests += 1;
    return process.env.KTTT_STUB_LOCK !== 'taken';
  }

  /** Electron is ready only after the main script has run, hence the setImmediate. */
  whenReady(): Promise<void> {
    this.readyPromise ??= new Promise((resolve) =>
      setImmediate(() => {
        // Chromium keeps its profile in userData, so Electron has made that folder by the time it is ready.
        fs.mkdirSync(this.getPath('userData'), { recursive: true });
        this.readyNow = true;
        this.emit('ready');
        resolve();
      }),
    );
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.readyNow;
  }

  isQuitting(): boolean {
    return this.quitting;
  }

  getName(): string {
    return this.pkg.productName ?? this.pkg.name;
  }

  getVersion(): string {
    return this.pkg.version;
  }

  getAppPath(): string {
    return this.appDir;
  }

  getPath(name: string): string {
    switch (name) {
      case 'appData':
        return appDataDir();
      case 'userData':
        return path.join(appDataDir(), this.getName());
      case 'home':
        return os.homedir();
      case 'temp':
        return os.tmpdir();
      default:
        // Electron knows more names; the stub fails loudly rather than invent a folder.
        throw new Error(`electron stub: app.getPath('${name}') is not stubbed`);
    }
  }

  /** As Electron: close every window (no 'window-all-closed' then), 'will-quit', 'quit', then the process ends. */
  quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    state.quitRequested = true;
    setImmediate(() => {
      const before = preventable({});
      this.emit('before-quit', before);
      for (const win of state.windows) if (!win.isDestroyed()) win.close();
      this.emit('will-quit', preventable({}));
      this.emit('quit', preventable({}), 0);
      state.onQuit?.();
    });
  }
}

export const app = new StubApp();
